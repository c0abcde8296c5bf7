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

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.anodyne.results.picture.Chart;

/**
 * What one chart shows: traces of one unit against a common abscissa, with the chart's title and
 * axes. Independent of any toolkit: {@link ChartPanel} draws it with SWTChart on screen and
 * as a {@link Chart} for export, and exports the same numbers as CSV.
 *
 * @param name   a short name that can start a file name, e.g. {@code voltage-trace}
 * @param title  the chart's title
 * @param xAxis  the abscissa
 * @param yAxis  the ordinate, shared by all traces
 * @param traces the lines, in legend order
 */
public record Plot(String name, String title, PlotAxis xAxis, PlotAxis yAxis, List<Trace> traces) {

	public Plot {
		Objects.requireNonNull(name);
		Objects.requireNonNull(title);
		Objects.requireNonNull(xAxis);
		Objects.requireNonNull(yAxis);
		traces = List.copyOf(traces);
	}

	/** [min, max] of all traces' abscissae; NaNs if no trace has a point. */
	public double[] xExtent() {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (Trace t : traces) {
			double[] e = t.xExtent();
			if (!Double.isNaN(e[0])) {
				lo = Math.min(lo, e[0]);
				hi = Math.max(hi, e[1]);
			}
		}
		return lo <= hi ? new double[]{lo, hi} : new double[]{Double.NaN, Double.NaN};
	}

	/**
	 * [min, max] of the ordinates over x in [lo, hi] without a few far-out points, by the rule of
	 * all charts ({@link Chart#typicalExtent}); NaNs if there are none.
	 */
	public double[] typicalYExtent(double lo, double hi) {
		return Chart.typicalExtent(traces.stream().flatMapToDouble(t -> Arrays.stream(t.within(lo, hi).y())).toArray());
	}

	/** [min, max] of all traces' ordinates over x in [lo, hi]; NaNs if there are none. */
	public double[] yExtent(double lo, double hi) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (Trace t : traces) {
			double[] e = t.yExtent(lo, hi);
			if (!Double.isNaN(e[0])) {
				min = Math.min(min, e[0]);
				max = Math.max(max, e[1]);
			}
		}
		return min <= max ? new double[]{min, max} : new double[]{Double.NaN, Double.NaN};
	}
}
