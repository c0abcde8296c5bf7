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

import org.anodyne.results.Column;
import org.anodyne.results.Series;

/**
 * One line of a chart: a column of a result series against its abscissa, at full resolution, with
 * its look. What is drawn is thinned to the pixels available by the results format's min/max
 * down-sampler, over the range in view, so zooming in on a trace of thousands of hours brings back
 * its millivolt detail.
 */
public final class Trace {

	/** How the line is dashed; comparisons tell the quantities of one run apart by dash. */
	public enum Dash {
		SOLID, DASH, DOT
	}

	/** Points of a trace, x and y of equal length. */
	public record Points(double[] x, double[] y) {
		public int size() {
			return x.length;
		}
	}

	private final String label;
	private final String group;
	private final Column xColumn;
	private final Column yColumn;
	private final double[] xs;
	private final double[] ys;
	private final boolean ascending;
	private final int colour;
	private final Dash dash;
	private final boolean markers;

	/**
	 * A trace.
	 *
	 * @param label   legend text
	 * @param group   traces of one group share their rows (the columns of one series of one run);
	 *                CSV export writes a group's abscissa once
	 * @param xColumn the abscissa's quantity and unit
	 * @param xs      abscissa values, taken over, not copied
	 * @param yColumn the ordinate's quantity and unit
	 * @param ys      ordinate values (NaN where missing), taken over, not copied
	 * @param colour  0xRRGGBB
	 * @param dash    line dash
	 * @param markers whether each point gets a marker (per-cycle values)
	 */
	public Trace(String label, String group, Column xColumn, double[] xs, Column yColumn, double[] ys, int colour,
			Dash dash, boolean markers) {
		if (xs.length != ys.length) {
			throw new IllegalArgumentException("trace '" + label + "' has " + xs.length + " x values and " + ys.length
					+ " y values");
		}
		this.label = Objects.requireNonNull(label);
		this.group = Objects.requireNonNull(group);
		this.xColumn = Objects.requireNonNull(xColumn);
		this.yColumn = Objects.requireNonNull(yColumn);
		this.xs = xs;
		this.ys = ys;
		this.colour = colour;
		this.dash = Objects.requireNonNull(dash);
		this.markers = markers;
		this.ascending = isAscending(xs);
	}

	/** The same data under another label, group and look. */
	public Trace restyled(String newLabel, String newGroup, int newColour, Dash newDash) {
		return new Trace(newLabel, newGroup, xColumn, xs, yColumn, ys, newColour, newDash, markers);
	}

	public String label() {
		return label;
	}

	public String group() {
		return group;
	}

	public Column xColumn() {
		return xColumn;
	}

	public Column yColumn() {
		return yColumn;
	}

	public int colour() {
		return colour;
	}

	public Dash dash() {
		return dash;
	}

	public boolean markers() {
		return markers;
	}

	/** Number of rows at full resolution. */
	public int rowCount() {
		return xs.length;
	}

	/** [min, max] of the finite abscissa values; NaNs if there are none. */
	public double[] xExtent() {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < xs.length; k++) {
			if (Double.isFinite(xs[k]) && Double.isFinite(ys[k])) {
				lo = Math.min(lo, xs[k]);
				hi = Math.max(hi, xs[k]);
			}
		}
		return lo <= hi ? new double[]{lo, hi} : new double[]{Double.NaN, Double.NaN};
	}

	/** The rows with x in [lo, hi], at full resolution and in their order; missing values kept as NaN. */
	public Points within(double lo, double hi) {
		int[] span = span(lo, hi, false);
		double[] x = new double[span[1] - span[0]];
		double[] y = new double[x.length];
		int n = 0;
		for (int k = span[0]; k < span[1]; k++) {
			if (xs[k] >= lo && xs[k] <= hi) {
				x[n] = xs[k];
				y[n] = ys[k];
				n++;
			}
		}
		return new Points(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
	}

	/**
	 * The points to draw over [lo, hi] with at most about {@code maxPoints} points: the rows in range
	 * and their two neighbours outside it (so the line runs to the plot's edges), thinned by
	 * {@link Series#downsample(int)}, which keeps each bucket's minimum and maximum; rows with a
	 * missing value are left out.
	 */
	public Points display(double lo, double hi, int maxPoints) {
		int[] span = span(lo, hi, true);
		int n = span[1] - span[0];
		double[] x = new double[n];
		double[] y = new double[n];
		int m = 0;
		for (int k = span[0]; k < span[1]; k++) {
			boolean inside = ascending || (xs[k] >= lo && xs[k] <= hi);
			if (inside && Double.isFinite(xs[k]) && Double.isFinite(ys[k])) {
				x[m] = xs[k];
				y[m] = ys[k];
				m++;
			}
		}
		x = Arrays.copyOf(x, m);
		y = Arrays.copyOf(y, m);
		if (m <= Math.max(4, maxPoints)) {
			return new Points(x, y);
		}
		Series thin = Series.of(List.of(xColumn, yColumn), x, y).downsample(Math.max(4, maxPoints));
		return new Points(thin.column(0), thin.column(1));
	}

	/** [min, max] of the finite ordinate values with x in [lo, hi]; NaNs if there are none. */
	public double[] yExtent(double lo, double hi) {
		int[] span = span(lo, hi, false);
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int k = span[0]; k < span[1]; k++) {
			if (xs[k] >= lo && xs[k] <= hi && Double.isFinite(ys[k])) {
				min = Math.min(min, ys[k]);
				max = Math.max(max, ys[k]);
			}
		}
		return min <= max ? new double[]{min, max} : new double[]{Double.NaN, Double.NaN};
	}

	/**
	 * Row indices [from, to) to look at for x in [lo, hi]: found by bisection when x ascends (with one
	 * neighbour each side if asked), all rows otherwise.
	 */
	private int[] span(double lo, double hi, boolean neighbours) {
		if (!ascending) {
			return new int[]{0, xs.length};
		}
		int from = lowerBound(lo);
		int to = upperBound(hi);
		if (neighbours) {
			from = Math.max(0, from - 1);
			to = Math.min(xs.length, to + 1);
		}
		return new int[]{from, Math.max(from, to)};
	}

	/** First index with xs[k] >= v. */
	private int lowerBound(double v) {
		int a = 0;
		int b = xs.length;
		while (a < b) {
			int mid = (a + b) >>> 1;
			if (xs[mid] < v) {
				a = mid + 1;
			} else {
				b = mid;
			}
		}
		return a;
	}

	/** First index with xs[k] > v. */
	private int upperBound(double v) {
		int a = 0;
		int b = xs.length;
		while (a < b) {
			int mid = (a + b) >>> 1;
			if (xs[mid] <= v) {
				a = mid + 1;
			} else {
				b = mid;
			}
		}
		return a;
	}

	private static boolean isAscending(double[] v) {
		for (int k = 1; k < v.length; k++) {
			if (!(v[k] >= v[k - 1])) {
				return false;
			}
		}
		return true;
	}
}
