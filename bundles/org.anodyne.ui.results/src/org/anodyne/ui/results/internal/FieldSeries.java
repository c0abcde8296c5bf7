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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anodyne.results.FieldFrame;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudySummary.FieldEntry;
import org.anodyne.ui.results.charts.FieldScale;

/**
 * The field frames of one result in time order, read on demand and a few kept in memory, with the
 * range of each array over all frames, so that a map keeps its colour scale while its time slider
 * moves.
 */
final class FieldSeries {

	/** Frames kept in memory; a frame of the benchmark grid is about 0.7 MB per array. */
	private static final int CACHED_FRAMES = 6;

	private final StudyResult result;
	private final List<FieldEntry> entries;
	private final Map<String, FieldFrame> cache = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, FieldFrame> eldest) {
			return size() > CACHED_FRAMES;
		}
	};
	private Map<String, double[]> extents;
	private final Map<String, String> units = new HashMap<>();

	FieldSeries(StudyResult result) {
		this.result = result;
		this.entries = result.summary().fields().stream().sorted(Comparator.comparingDouble(FieldEntry::timeSeconds))
				.toList();
	}

	StudyResult result() {
		return result;
	}

	List<FieldEntry> entries() {
		return entries;
	}

	int size() {
		return entries.size();
	}

	FieldFrame frame(int index) throws IOException {
		FieldEntry e = entries.get(index);
		FieldFrame f = cache.get(e.name());
		if (f == null) {
			f = result.field(e.name());
			cache.put(e.name(), f);
		}
		return f;
	}

	/** The arrays of the frames, as {name, label} in the order the summary lists them. */
	List<String[]> arrays() {
		Map<String, String[]> byName = new LinkedHashMap<>();
		for (FieldEntry e : entries) {
			for (String a : e.arrays()) {
				String[] nl = Texts.arrayEntry(a);
				byName.putIfAbsent(nl[0], nl);
			}
		}
		return new ArrayList<>(byName.values());
	}

	/**
	 * The array to show first: the deposit (where metal plated is what a designer looks for), else
	 * the first array.
	 */
	String defaultArray() {
		List<String[]> arrays = arrays();
		for (String hint : new String[]{"newmetal", "deposit", "fill", "metal"}) {
			for (String[] a : arrays) {
				if (a[0].toLowerCase(Locale.ROOT).contains(hint)) {
					return a[0];
				}
			}
		}
		return arrays.isEmpty() ? null : arrays.get(0)[0];
	}

	/**
	 * The colour scale of an array over all frames (read once, then remembered); a metal occupancy
	 * always 0 to 1 on the occupancy map.
	 */
	FieldScale scale(String array) throws IOException {
		if (extents == null) {
			Map<String, double[]> all = new HashMap<>();
			for (int k = 0; k < entries.size(); k++) {
				for (FieldArray a : frame(k).arrays()) {
					units.putIfAbsent(a.name(), a.unit());
					double[] e = FieldScale.extent(a.values());
					if (!Double.isNaN(e[0])) {
						all.merge(a.name(), e, (x, y) -> new double[]{Math.min(x[0], y[0]), Math.max(x[1], y[1])});
					}
				}
			}
			extents = all;
		}
		double[] e = extents.get(array);
		return e == null
				? FieldScale.forArray(array, units.get(array), Double.NaN, Double.NaN)
				: FieldScale.forArray(array, units.get(array), e[0], e[1]);
	}

	/** The last frame at or before a time, or the first frame if all are later. */
	int indexAt(double seconds) {
		int best = 0;
		for (int k = 0; k < entries.size(); k++) {
			if (entries.get(k).timeSeconds() <= seconds + 1e-9) {
				best = k;
			}
		}
		return best;
	}

	/**
	 * A line saying which instant a frame shows: "t = 1.00 h — after 0.25 mAh/cm2", or the frame's
	 * label alone when it already starts with the time.
	 */
	String instant(int index) {
		FieldEntry e = entries.get(index);
		String label = e.label() == null ? "" : e.label().strip();
		if (label.startsWith("t =") || label.startsWith("t=")) {
			return label;
		}
		return "t = " + Texts.time(e.timeSeconds()) + (label.isEmpty() ? "" : " — " + label);
	}
}
