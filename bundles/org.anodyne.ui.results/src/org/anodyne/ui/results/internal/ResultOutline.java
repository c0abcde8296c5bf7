/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anodyne.results.Column;
import org.anodyne.results.StudySummary;
import org.anodyne.results.StudySummary.FieldEntry;
import org.anodyne.results.StudySummary.PictureEntry;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.charts.Plots;
import org.anodyne.ui.results.charts.UnitText;

/**
 * What a study result holds, as the Outline lists it: its key figures, its per-cycle quantities, its
 * series with their columns, its field frames in time order and its pictures. Made from the summary
 * alone (no series or field is read); each entry says what it is, so that the editor can reveal it.
 */
final class ResultOutline {

	/** What an entry stands for, and so where the editor reveals it. */
	enum Kind {
		/** A heading ("Key figures", "Series" …); reveals nothing. */
		GROUP,
		/** A scalar of the summary: {@code key} is its name. */
		SCALAR,
		/** A per-cycle scalar of the summary: {@code key} is its name. */
		CYCLE_MAP,
		/** A series: {@code key} is its name. */
		SERIES,
		/** A column of a series: {@code key} is the series' name, {@code column} the column's. */
		COLUMN,
		/** A field frame: {@code key} is its name. */
		FIELD,
		/** A picture: {@code key} is its name. */
		PICTURE,
		/** A sweep's parameter: {@code key} is its index in the sweep table. */
		SWEEP_PARAMETER,
		/** A sweep's output: {@code key} is its index in the sweep table. */
		SWEEP_OUTPUT,
		/** A sweep's point: {@code key} is its index. */
		SWEEP_POINT
	}

	/** One line of the outline. */
	record Entry(Kind kind, String key, String column, String label, List<Entry> children) {

		Entry {
			children = List.copyOf(children);
		}

		static Entry leaf(Kind kind, String key, String label) {
			return new Entry(kind, key, null, label, List.of());
		}
	}

	private ResultOutline() {
	}

	/** The outline's top-level entries: only the groups the result has something in. */
	static List<Entry> of(StudySummary summary) {
		List<Entry> groups = new ArrayList<>();
		List<Entry> figures = new ArrayList<>();
		List<Entry> cycles = new ArrayList<>();
		for (Map.Entry<String, Object> s : summary.scalars().entrySet()) {
			figures.add(Entry.leaf(Kind.SCALAR, s.getKey(), Texts.scalarLabel(s.getKey()) + ": "
					+ Texts.scalarValue(s.getKey(), s.getValue(), summary.scalars())));
			TreeMap<Integer, Double> perCycle = summary.cycleMap(s.getKey());
			if (!perCycle.isEmpty()) {
				cycles.add(Entry.leaf(Kind.CYCLE_MAP, s.getKey(), Texts.scalarLabel(s.getKey()) + " per cycle: "
						+ cycleRange(perCycle.firstKey(), perCycle.lastKey(), perCycle.size())));
			}
		}
		List<Entry> series = new ArrayList<>();
		for (SeriesEntry e : summary.series()) {
			boolean perCycle = !e.columns().isEmpty() && Plots.CYCLE.equals(e.columns().get(0).name());
			List<Entry> columns = new ArrayList<>();
			for (Column c : e.columns().subList(Math.min(1, e.columns().size()), e.columns().size())) {
				columns.add(
						new Entry(Kind.COLUMN, e.name(), c.name(), UnitText.axisTitle(c.name(), c.unit()), List.of()));
			}
			String label = UnitText.words(e.name()) + " — " + e.rows() + (e.rows() == 1 ? " row" : " rows")
					+ (e.columns().isEmpty() ? "" : " against " + e.columns().get(0).name());
			(perCycle ? cycles : series).add(new Entry(Kind.SERIES, e.name(), null, label, columns));
		}
		add(groups, "Key figures", figures);
		add(groups, "Cycles", cycles);
		add(groups, "Series", series);
		add(groups, "Fields", summary.fields().stream().sorted(Comparator.comparingDouble(FieldEntry::timeSeconds))
				.map(f -> Entry.leaf(Kind.FIELD, f.name(), fieldLabel(f))).toList());
		add(groups, "Pictures", summary.pictures().stream()
				.map(p -> Entry.leaf(Kind.PICTURE, p.name(), pictureLabel(p))).toList());
		return groups;
	}

	private static void add(List<Entry> groups, String title, List<Entry> entries) {
		if (!entries.isEmpty()) {
			groups.add(new Entry(Kind.GROUP, title, null, title + " (" + entries.size() + ")", entries));
		}
	}

	private static String cycleRange(int first, int last, int count) {
		return (first == last ? "cycle " + first : "cycles " + first + "–" + last) + " (" + count
				+ (count == 1 ? " value)" : " values)");
	}

	private static String fieldLabel(FieldEntry f) {
		String time = Texts.time(f.timeSeconds());
		return f.label() == null || f.label().isBlank() || f.label().equals(time)
				? f.name() + " at " + time
				: f.label() + " (" + time + ")";
	}

	private static String pictureLabel(PictureEntry p) {
		return p.caption() == null || p.caption().isBlank() ? p.name() : p.caption();
	}
}
