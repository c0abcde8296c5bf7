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

/**
 * Butler–Volmer charge transfer and its inverse, per geometric area when i₀ is an effective
 * (area-weighted) value: j = i₀[exp(α<sub>c</sub>η/V<sub>T</sub>) − exp(−α<sub>a</sub>η/V<sub>T</sub>)],
 * η &gt; 0 and j &gt; 0 for plating (SCIENCE.md §2; no z in the exponent, as in the deposition solver).
 */
final class ChargeTransfer {

	private ChargeTransfer() {
	}

	/** Current density [A/m²] at overpotential η [V]. */
	static double current(double eta, double i0, double alphaC, double alphaA, double thermalVoltage) {
		double x = eta / thermalVoltage;
		return i0 * (Math.exp(alphaC * x) - Math.exp(-alphaA * x));
	}

	/**
	 * The overpotential [V] that drives the current density j [A/m²]; +∞/−∞ when i₀ is zero (no
	 * metal left to react). Newton from the symmetric closed form, which is exact for α<sub>a</sub> = α<sub>c</sub> = ½.
	 */
	static double overpotential(double j, double i0, double alphaC, double alphaA, double thermalVoltage) {
		if (j == 0.0) {
			return 0.0;
		}
		if (!(i0 > 0.0)) {
			return j > 0.0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
		}
		double alpha = 0.5 * (alphaC + alphaA);
		double x = asinh(j / (2.0 * i0)) / alpha;
		if (alphaC != alphaA) {
			for (int k = 0; k < 50; k++) {
				double ec = Math.exp(alphaC * x);
				double ea = Math.exp(-alphaA * x);
				double f = i0 * (ec - ea) - j;
				double df = i0 * (alphaC * ec + alphaA * ea);
				double dx = f / df;
				x -= dx;
				if (Math.abs(dx) < 1e-13 * (1.0 + Math.abs(x))) {
					break;
				}
			}
		}
		return x * thermalVoltage;
	}

	/** The effective exchange current density that gives overpotential η at current density j. */
	static double exchangeCurrent(double j, double eta, double alphaC, double alphaA, double thermalVoltage) {
		double x = eta / thermalVoltage;
		return j / (Math.exp(alphaC * x) - Math.exp(-alphaA * x));
	}

	static double asinh(double x) {
		double ax = Math.abs(x);
		double r = Math.log(ax + Math.sqrt(ax * ax + 1.0));
		return x < 0 ? -r : r;
	}
}
