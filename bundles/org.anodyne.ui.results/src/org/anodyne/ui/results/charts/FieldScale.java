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

import java.util.Locale;

import org.anodyne.results.picture.Colormap;

/**
 * The colour scale of a field map: the value range and the colour map over it. Signed quantities
 * (plating vs stripping current, potentials about zero) get the diverging map over a range symmetric
 * about zero so that white means zero; occupancies of metal (fractions of a cell filled) get a map
 * from white (no metal, plain electrolyte) to deep orange-brown, so that a thin layer of new metal
 * stands out against the greys of fibres and pre-deposited metal; the others get viridis.
 *
 * @param min     value at the bottom of the colour bar
 * @param max     value at its top
 * @param palette which colour map
 */
public record FieldScale(double min, double max, Palette palette) {

	/** The colour maps a field map uses. */
	public enum Palette {
		SEQUENTIAL(Colormap.VIRIDIS), DIVERGING(Colormap.DIVERGING),
		/** White at zero: empty electrolyte reads as background, any metal as colour. */
		OCCUPANCY(new Colormap(0xffffff, 0xfff3b0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026, 0x800026));

		final Colormap colormap;

		Palette(Colormap colormap) {
			this.colormap = colormap;
		}
	}

	/** The scale for values in [lo, hi] (NaNs if there are none). */
	public static FieldScale of(double lo, double hi) {
		if (!(lo <= hi)) {
			return new FieldScale(0, 1, Palette.SEQUENTIAL);
		}
		if (lo < 0 && hi > 0) {
			double m = Math.max(-lo, hi);
			return new FieldScale(-m, m, Palette.DIVERGING);
		}
		if (hi - lo <= Math.max(Math.abs(hi), Math.abs(lo)) * 1e-9) {
			double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
			return new FieldScale(lo - pad, hi + pad, Palette.SEQUENTIAL);
		}
		return new FieldScale(lo, hi, Palette.SEQUENTIAL);
	}

	/**
	 * The scale of an array by its name and unit: a dimensionless metal occupancy (new metal, metal
	 * fill) runs from 0 to 1 on the occupancy map whatever the run reached, so that runs compare
	 * and a half-filled cell looks half-filled; any other array as {@link #of(double, double)}.
	 */
	public static FieldScale forArray(String name, String unit, double lo, double hi) {
		if (isOccupancy(name, unit) && (Double.isNaN(lo) || lo >= -1e-6 && hi <= 1 + 1e-6)) {
			return new FieldScale(0, 1, Palette.OCCUPANCY);
		}
		return of(lo, hi);
	}

	/** Whether an array is a fraction of cells filled with metal. */
	public static boolean isOccupancy(String name, String unit) {
		String n = name.toLowerCase(Locale.ROOT);
		boolean dimensionless = unit == null || unit.isBlank() || unit.equals("1") || unit.equals("-");
		return dimensionless
				&& (n.contains("metal") || n.contains("fill") || n.contains("deposit") || n.contains("occupan"));
	}

	/** The smallest scale covering this one and another (for maps side by side on one scale). */
	public FieldScale union(FieldScale other) {
		if (palette == Palette.OCCUPANCY && other.palette == Palette.OCCUPANCY) {
			return new FieldScale(Math.min(min, other.min), Math.max(max, other.max), Palette.OCCUPANCY);
		}
		return of(Math.min(min, other.min), Math.max(max, other.max));
	}

	/** Whether values in the diverging map are shown about zero. */
	public boolean signed() {
		return palette == Palette.DIVERGING;
	}

	/** [min, max] of the finite values of an array. */
	public static double[] extent(float[] values) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (float v : values) {
			if (Float.isFinite(v)) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		}
		return lo <= hi ? new double[]{lo, hi} : new double[]{Double.NaN, Double.NaN};
	}

	public Colormap colormap() {
		return palette.colormap;
	}

	/** The colour of a value as 0xRRGGBB (clamped to the ends of the scale). */
	public int colour(double v) {
		return colormap().colour((v - min) / (max - min));
	}
}
