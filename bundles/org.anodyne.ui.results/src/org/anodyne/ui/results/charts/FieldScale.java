package org.anodyne.ui.results.charts;

import org.anodyne.results.picture.Colormap;

/**
 * The colour scale of a field map: the value range and the colour map over it. Signed quantities
 * (plating vs stripping current, potentials about zero) get the diverging map over a range symmetric
 * about zero so that white means zero; the others get viridis.
 *
 * @param min    value at the bottom of the colour bar
 * @param max    value at its top
 * @param signed whether the diverging map is used
 */
public record FieldScale(double min, double max, boolean signed) {

	/** The scale for values in [lo, hi] (NaNs if there are none). */
	public static FieldScale of(double lo, double hi) {
		if (!(lo <= hi)) {
			return new FieldScale(0, 1, false);
		}
		if (lo < 0 && hi > 0) {
			double m = Math.max(-lo, hi);
			return new FieldScale(-m, m, true);
		}
		if (hi - lo <= Math.max(Math.abs(hi), Math.abs(lo)) * 1e-9) {
			double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
			return new FieldScale(lo - pad, hi + pad, false);
		}
		return new FieldScale(lo, hi, false);
	}

	/** The smallest scale covering this one and another (for maps side by side on one scale). */
	public FieldScale union(FieldScale other) {
		return of(Math.min(min, other.min), Math.max(max, other.max));
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
		return lo <= hi ? new double[] { lo, hi } : new double[] { Double.NaN, Double.NaN };
	}

	public Colormap colormap() {
		return signed ? Colormap.DIVERGING : Colormap.VIRIDIS;
	}

	/** The colour of a value as 0xRRGGBB (clamped to the ends of the scale). */
	public int colour(double v) {
		return colormap().colour((v - min) / (max - min));
	}
}
