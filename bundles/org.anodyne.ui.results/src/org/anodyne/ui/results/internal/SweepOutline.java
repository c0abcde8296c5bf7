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
import java.util.List;
import java.util.Locale;

import org.anodyne.results.SweepTable;
import org.anodyne.ui.results.internal.ResultOutline.Entry;
import org.anodyne.ui.results.internal.ResultOutline.Kind;

/**
 * What a sweep holds, as the Outline lists it: its parameters with the values they take, its outputs with
 * their range over the points that finished, and its points with their status (a failed point with its
 * message). Made from the sweep table alone; each entry's key is the index the sweep editor reveals.
 */
final class SweepOutline {

	private SweepOutline() {
	}

	static List<Entry> of(SweepTable table) {
		List<Entry> parameters = new ArrayList<>();
		for (int k = 0; k < table.parameters().size(); k++) {
			int index = k;
			double[] values = table.points().stream().mapToDouble(p -> p.values()[index]).filter(Double::isFinite)
					.distinct().sorted().toArray();
			parameters.add(Entry.leaf(Kind.SWEEP_PARAMETER, Integer.toString(k),
					table.parameters().get(k).column().header() + ": " + range(values) + " (" + values.length
							+ (values.length == 1 ? " value)" : " values)")));
		}
		List<Entry> outputs = new ArrayList<>();
		for (int k = 0; k < table.outputs().size(); k++) {
			String name = table.outputs().get(k).name();
			double[] values = table.points().stream().filter(SweepTable.Point::ok).mapToDouble(p -> p.number(name))
					.filter(Double::isFinite).sorted().toArray();
			outputs.add(Entry.leaf(Kind.SWEEP_OUTPUT, Integer.toString(k), table.outputs().get(k).column().header()
					+ ": " + (values.length == 0 ? "no value yet" : range(values))));
		}
		List<Entry> points = new ArrayList<>();
		for (SweepTable.Point p : table.points()) {
			StringBuilder label = new StringBuilder(String.format(Locale.ROOT, "%04d %s", p.index(), p.status()));
			for (int k = 0; k < table.parameters().size(); k++) {
				label.append(k == 0 ? " — " : ", ").append(table.parameters().get(k).name()).append(' ')
						.append(SweepPlot.number(p.values()[k]));
			}
			if (!p.ok() && p.message() != null && !p.message().isBlank()) {
				label.append(": ").append(p.message());
			}
			points.add(Entry.leaf(Kind.SWEEP_POINT, Integer.toString(p.index()), label.toString()));
		}
		List<Entry> groups = new ArrayList<>();
		add(groups, "Parameters", parameters);
		add(groups, "Outputs", outputs);
		add(groups, String.format(Locale.ROOT, "Points (%d ok, %d failed, %d missing)", table.count(SweepTable.OK),
				table.count(SweepTable.FAILED), table.count(SweepTable.MISSING)), points);
		return groups;
	}

	private static void add(List<Entry> groups, String title, List<Entry> entries) {
		if (!entries.isEmpty()) {
			groups.add(new Entry(Kind.GROUP, title, null,
					title.endsWith(")") ? title : title + " (" + entries.size() + ")", entries));
		}
	}

	private static String range(double[] sorted) {
		return sorted.length == 0
				? "none"
				: sorted.length == 1
						? SweepPlot.number(sorted[0])
						: SweepPlot.number(sorted[0]) + " – " + SweepPlot.number(sorted[sorted.length - 1]);
	}
}
