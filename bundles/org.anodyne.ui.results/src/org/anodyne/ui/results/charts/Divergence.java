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

import java.util.List;

import org.anodyne.ui.results.charts.Trace.Points;

/**
 * How much several runs' versions of one chart differ, as one number that charts of different
 * quantities can be ranked by: for each quantity (trace) the runs share, the root-mean-square
 * difference between a run and the first run over the abscissa they both cover, divided by the
 * range the quantity spans in either run; the largest such figure. 0 means identical (a charge
 * passed that both cells pass alike); 1 means a difference as large as the quantity's whole range.
 * Root-mean-square rather than the largest gap, so that one end spike does not outrank a difference
 * that lasts the whole run.
 */
public final class Divergence {

	/** Points at which two traces are compared across their common abscissa. */
	static final int SAMPLES = 512;

	private Divergence() {
	}

	/**
	 * @param plots each run's version of the chart, in run order; null where a run lacks it
	 * @return the normalised difference, or NaN when fewer than two runs have the chart or their
	 *         abscissae do not overlap
	 */
	public static double of(List<Plot> plots) {
		List<Plot> present = plots.stream().filter(p -> p != null && !p.traces().isEmpty()).toList();
		if (present.size() < 2) {
			return Double.NaN;
		}
		double largest = Double.NaN;
		Plot first = present.get(0);
		for (int r = 1; r < present.size(); r++) {
			int shared = Math.min(first.traces().size(), present.get(r).traces().size());
			for (int j = 0; j < shared; j++) {
				double d = between(first.traces().get(j), present.get(r).traces().get(j));
				if (!Double.isNaN(d) && !(d <= largest)) {
					largest = d;
				}
			}
		}
		return largest;
	}

	/** The normalised root-mean-square difference of two traces over their common abscissa. */
	static double between(Trace a, Trace b) {
		double[] ea = a.xExtent();
		double[] eb = b.xExtent();
		if (Double.isNaN(ea[0]) || Double.isNaN(eb[0])) {
			return Double.NaN;
		}
		double lo = Math.max(ea[0], eb[0]);
		double hi = Math.min(ea[1], eb[1]);
		if (!(hi >= lo)) {
			return Double.NaN;
		}
		Points pa = a.within(ea[0], ea[1]);
		Points pb = b.within(eb[0], eb[1]);
		if (!ascending(pa.x()) || !ascending(pb.x())) {
			// A sweep that doubles back has no single value at an abscissa to compare.
			return Double.NaN;
		}
		double[] ya = a.yExtent(ea[0], ea[1]);
		double[] yb = b.yExtent(eb[0], eb[1]);
		double range = Math.max(ya[1], yb[1]) - Math.min(ya[0], yb[0]);
		if (!(range > 0)) {
			return Double.isNaN(range) ? Double.NaN : 0;
		}
		int n = hi > lo ? SAMPLES : 1;
		double sum = 0;
		int counted = 0;
		for (int k = 0; k < n; k++) {
			double x = n == 1 ? lo : lo + (hi - lo) * k / (n - 1);
			double d = interpolate(pa, x) - interpolate(pb, x);
			if (Double.isFinite(d)) {
				sum += d * d;
				counted++;
			}
		}
		return counted == 0 ? Double.NaN : Math.sqrt(sum / counted) / range;
	}

	private static boolean ascending(double[] v) {
		for (int k = 1; k < v.length; k++) {
			if (v[k] < v[k - 1]) {
				return false;
			}
		}
		return true;
	}

	/** The trace's value at x, linear between the points either side (points sorted by x). */
	static double interpolate(Points p, double x) {
		double[] xs = p.x();
		double[] ys = p.y();
		if (xs.length == 0) {
			return Double.NaN;
		}
		int lo = 0;
		int hi = xs.length - 1;
		if (x <= xs[lo]) {
			return ys[lo];
		}
		if (x >= xs[hi]) {
			return ys[hi];
		}
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (xs[mid] <= x) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double span = xs[hi] - xs[lo];
		return span > 0 ? ys[lo] + (ys[hi] - ys[lo]) * (x - xs[lo]) / span : ys[lo];
	}
}
