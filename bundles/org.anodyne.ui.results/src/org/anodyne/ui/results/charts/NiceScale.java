package org.anodyne.ui.results.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value range with tick marks 1, 2 or 5 × 10^k apart, and tick labels with as many decimals as the
 * step needs: the axes of exported SVG charts and of field maps and their colour bars.
 *
 * @param min  lower end of the range
 * @param max  upper end of the range
 * @param step distance between ticks
 */
public record NiceScale(double min, double max, double step) {

	/**
	 * A scale over [lo, hi] with about {@code ticks} ticks. A degenerate or non-finite range becomes a
	 * small range around its value, so a constant quantity still gets a readable axis.
	 */
	public static NiceScale of(double lo, double hi, int ticks) {
		if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
			lo = 0;
			hi = 1;
		}
		if (hi < lo) {
			double t = lo;
			lo = hi;
			hi = t;
		}
		if (hi - lo <= Math.max(Math.abs(hi), Math.abs(lo)) * 1e-12) {
			double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
			lo -= pad;
			hi += pad;
		}
		return new NiceScale(lo, hi, niceStep((hi - lo) / Math.max(1, ticks)));
	}

	static double niceStep(double rough) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double f = rough / magnitude;
		double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
		return nice * magnitude;
	}

	/** The tick values inside the range. */
	public List<Double> ticks() {
		List<Double> result = new ArrayList<>();
		double first = Math.ceil(min / step - 1e-9) * step;
		for (int k = 0; k < 200; k++) {
			double v = first + k * step;
			if (v > max + step * 1e-9) {
				break;
			}
			result.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
		}
		return result;
	}

	/** Where v lies between min (0) and max (1). */
	public double fraction(double v) {
		return (v - min) / (max - min);
	}

	/** A tick label: "0.25", "1500", "2e-5". */
	public String label(double v) {
		if (v == 0) {
			return "0";
		}
		double a = Math.abs(v);
		if (a >= 1e-3 && a < 1e6) {
			int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
			String s = String.format(Locale.ROOT, "%." + Math.min(decimals, 8) + "f", v);
			return s.contains(".") ? new BigDecimal(s).stripTrailingZeros().toPlainString() : s;
		}
		String s = String.format(Locale.ROOT, "%.3g", v);
		int e = s.indexOf('e');
		if (e < 0) {
			return s;
		}
		String mantissa = s.substring(0, e);
		if (mantissa.contains(".")) {
			mantissa = new BigDecimal(mantissa).stripTrailingZeros().toPlainString();
		}
		return mantissa + "e" + Integer.parseInt(s.substring(e + 1));
	}
}
