/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.picture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value range with "nice" tick marks (1, 2 or 5 × 10^k apart) and their labels: the one tick
 * algorithm of result pictures and of the IDE's chart exports.
 *
 * @param min  lower end of the range
 * @param max  upper end of the range
 * @param step distance between ticks
 */
public record Axis(double min, double max, double step) {

	/**
	 * An axis covering [lo, hi] with about {@code ticks} tick marks; widened to the enclosing ticks
	 * when {@code snap} is set. A degenerate range becomes ±5 % around its value (±1 around zero), so a
	 * constant quantity still gets a readable axis; a non-finite one becomes [0, 1].
	 */
	public static Axis of(double lo, double hi, int ticks, boolean snap) {
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
		double step = niceStep((hi - lo) / Math.max(1, ticks));
		if (snap) {
			lo = Math.floor(lo / step + 1e-9) * step;
			hi = Math.ceil(hi / step - 1e-9) * step;
		}
		return new Axis(lo, hi, step);
	}

	/** The nice step (1, 2 or 5 × 10^k) nearest above a rough one. */
	public static double niceStep(double rough) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double f = rough / magnitude;
		double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
		return nice * magnitude;
	}

	/** Tick values inside [min, max]. */
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

	/** Fraction of the way from min to max. */
	public double fraction(double v) {
		return (v - min) / (max - min);
	}

	/** A tick label with as many decimals as the step needs. */
	public String label(double v) {
		return format(v, step);
	}

	/** A number as a tick label for ticks {@code step} apart. */
	public static String format(double v, double step) {
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
