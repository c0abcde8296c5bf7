/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anodyne.io.AtomicFiles;
import org.anodyne.ui.results.charts.Trace.Points;

/**
 * The numbers behind a chart as CSV in the results format's style: unit-bearing headers
 * ({@code time [h],voltage [mV]}), full resolution over the range shown, {@code NaN} where a value is
 * missing. Traces of one group (the columns of one series) share their abscissa column; an overlay
 * of several runs gets a block of columns per run, headed {@code <run>: time [h]}, and shorter
 * blocks end in empty cells.
 */
public final class PlotCsv {

	private PlotCsv() {
	}

	/** Writes the plot's data with x in [lo, hi]; the file is replaced only once complete. */
	public static void write(Plot plot, double lo, double hi, Path file) throws IOException {
		Map<String, List<Trace>> groups = new LinkedHashMap<>();
		for (Trace t : plot.traces()) {
			groups.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t);
		}
		boolean prefix = groups.size() > 1;
		List<String> headers = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		for (Map.Entry<String, List<Trace>> g : groups.entrySet()) {
			String p = prefix ? g.getKey().replace(',', ';') + ": " : "";
			List<Trace> traces = g.getValue();
			Points first = traces.get(0).within(lo, hi);
			headers.add(p + traces.get(0).xColumn().header());
			columns.add(first.x());
			for (Trace t : traces) {
				headers.add(p + t.yColumn().header());
				columns.add(t.within(lo, hi).y());
			}
		}
		int rows = columns.stream().mapToInt(c -> c.length).max().orElse(0);
		AtomicFiles.writeText(file, w -> {
			w.write(String.join(",", headers));
			w.write('\n');
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns.size(); c++) {
					if (c > 0) {
						w.write(',');
					}
					double[] col = columns.get(c);
					if (r < col.length) {
						w.write(number(col[r]));
					}
				}
				w.write('\n');
			}
		});
	}

	/** Integral values without a fraction, others as the shortest text that reads back exactly. */
	static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		return Double.toString(v);
	}
}
