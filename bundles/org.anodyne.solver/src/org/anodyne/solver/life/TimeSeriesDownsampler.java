/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import java.util.Arrays;

/**
 * Down-sampling for display that keeps extremes: the time axis is cut into equal buckets and each
 * bucket keeps its minimum and maximum sample of every given channel (in time order), plus the first
 * and last sample overall. A spike or the ragged trace of a failing cell therefore survives any
 * reduction, which plain decimation or averaging would hide.
 */
public final class TimeSeriesDownsampler {

	private TimeSeriesDownsampler() {
	}

	/**
	 * Down-samples one channel.
	 *
	 * @param x       sample positions, non-decreasing
	 * @param y       values
	 * @param buckets number of buckets, ≥ 1
	 * @return {x, y} of the kept samples
	 */
	public static double[][] downsample(double[] x, double[] y, int buckets) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
		}
		int[] keep = minMaxIndices(x, x.length, buckets, y);
		double[][] out = new double[2][keep.length];
		for (int k = 0; k < keep.length; k++) {
			out[0][k] = x[keep[k]];
			out[1][k] = y[keep[k]];
		}
		return out;
	}

	/**
	 * Indices (ascending, unique) of the first and last sample and of each bucket's minimum and maximum
	 * of every channel.
	 *
	 * @param x        positions, non-decreasing, at least {@code n} long
	 * @param n        number of samples used
	 * @param buckets  ≥ 1
	 * @param channels value arrays, each at least {@code n} long
	 */
	public static int[] minMaxIndices(double[] x, int n, int buckets, double[]... channels) {
		if (buckets < 1) {
			throw new IllegalArgumentException("need at least one bucket, got " + buckets);
		}
		if (n == 0) {
			return new int[0];
		}
		if (n <= 2 + 2 * buckets * Math.max(1, channels.length)) {
			int[] all = new int[n];
			Arrays.setAll(all, i -> i);
			return all;
		}
		int[] kept = new int[2 + 2 * buckets * channels.length];
		int count = 0;
		kept[count++] = 0;
		double x0 = x[0];
		double width = (x[n - 1] - x0) / buckets;
		int start = 0;
		for (int b = 0; b < buckets && start < n; b++) {
			double edge = b == buckets - 1 || width <= 0.0 ? Double.POSITIVE_INFINITY : x0 + (b + 1) * width;
			int end = start;
			while (end < n && (x[end] < edge || b == buckets - 1)) {
				end++;
			}
			if (end == start) {
				continue;
			}
			for (double[] y : channels) {
				int lo = start;
				int hi = start;
				for (int i = start + 1; i < end; i++) {
					if (y[i] < y[lo]) {
						lo = i;
					}
					if (y[i] > y[hi]) {
						hi = i;
					}
				}
				kept[count++] = lo;
				kept[count++] = hi;
			}
			start = end;
		}
		kept[count++] = n - 1;
		return Arrays.stream(kept, 0, count).sorted().distinct().toArray();
	}
}
