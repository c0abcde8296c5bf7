/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.geometry;

import java.util.Arrays;
import java.util.Locale;

/**
 * A solid polygon of a host seen in cross-section, e.g. a vertical wire or a strip: vertices in
 * metres, counter-clockwise, a simple polygon (no self-intersection). It may cross the periodic
 * x-boundary (the solver wraps it). The arrays are copied in and out.
 *
 * @param xs        vertex abscissae [m]
 * @param ys        vertex heights above the bottom wall [m]
 * @param substrate substrate id of its surface (nucleation-barrier key)
 */
public record PolygonSolid(double[] xs, double[] ys, String substrate) {

	public PolygonSolid {
		if (xs == null || ys == null || xs.length != ys.length || xs.length < 3) {
			throw new IllegalArgumentException("polygon needs at least 3 vertices with as many x as y");
		}
		xs = xs.clone();
		ys = ys.clone();
		for (int v = 0; v < xs.length; v++) {
			if (!Double.isFinite(xs[v]) || !Double.isFinite(ys[v]) || ys[v] < 0.0) {
				throw new IllegalArgumentException(String.format(Locale.ROOT,
						"polygon vertex %d at (%s, %s) m must be finite and at or above the bottom wall", v, xs[v],
						ys[v]));
			}
		}
		if (signedArea(xs, ys) <= 0.0) {
			throw new IllegalArgumentException("polygon vertices must run counter-clockwise and enclose an area");
		}
		if (substrate == null || substrate.isBlank()) {
			throw new IllegalArgumentException("polygon: substrate id must not be empty");
		}
	}

	/** An axis-aligned rectangle [m], e.g. a vertical wire from {@code bottom} to {@code top}. */
	public static PolygonSolid rectangle(double left, double bottom, double right, double top, String substrate) {
		if (!(right > left) || !(top > bottom)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"rectangle needs left < right and bottom < top, got x %s..%s m, y %s..%s m", left, right, bottom,
					top));
		}
		return new PolygonSolid(new double[]{left, right, right, left}, new double[]{bottom, bottom, top, top},
				substrate);
	}

	@Override
	public double[] xs() {
		return xs.clone();
	}

	@Override
	public double[] ys() {
		return ys.clone();
	}

	/** Enclosed area [m²]. */
	public double area() {
		return signedArea(xs, ys);
	}

	/** Highest vertex [m]. */
	public double top() {
		return Arrays.stream(ys).max().orElseThrow();
	}

	private static double signedArea(double[] xs, double[] ys) {
		double twice = 0.0;
		for (int a = 0, b = xs.length - 1; a < xs.length; b = a++) {
			twice += xs[b] * ys[a] - xs[a] * ys[b];
		}
		return 0.5 * twice;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PolygonSolid p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys)
				&& substrate.equals(p.substrate);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Arrays.hashCode(xs) + Arrays.hashCode(ys)) + substrate.hashCode();
	}

	@Override
	public String toString() {
		return "PolygonSolid[xs=" + Arrays.toString(xs) + ", ys=" + Arrays.toString(ys) + ", substrate=" + substrate
				+ "]";
	}
}
