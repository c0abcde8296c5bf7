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

import java.util.Locale;

import org.anodyne.solver.PhysicalConstants;

/**
 * The positive electrode of a full cell as a single-particle model: capacity, open-circuit voltage of
 * the design's table, the cell's safety voltage window, and the particle transport and kinetics that
 * make its capacity depend on rate. All values SI. It starts fully lithiated (state of charge 0).
 * <p>
 * Solid diffusion uses the quasi-steady parabolic profile of Subramanian et al. (J. Electrochem. Soc.
 * 152 (2005) A2002): at areal current J the surface state of charge leads the mean one by
 * Δs = J·R<sub>p</sub>²/(15·D<sub>s</sub>·C), so a charge ends when the surface is full and a discharge
 * when it is empty, 2Δs·C early; Δs → 0 at low rate gives the full capacity. Kinetics: Butler–Volmer
 * (α = ½) on the particles' surface 3C·R<sub>p</sub>⁻¹/(c<sub>max</sub>F) per geometric area. The pore
 * electrolyte adds L<sub>c</sub>/(3κε<sub>c</sub><sup>1.5</sup>) (Newman's porous-electrode ohmic term for
 * uniform reaction).
 *
 * @param name                   label, e.g. "LiFePO4"
 * @param capacity               areal capacity C [C/m²] (1.5 mAh cm⁻² = 54 000 C/m²); also defines 1 C
 * @param ocv                    open-circuit voltage against the metal
 * @param lowerVoltageLimit      safety lower cell voltage [V]
 * @param upperVoltageLimit      safety upper cell voltage [V]
 * @param particleRadius         R<sub>p</sub> [m]
 * @param solidDiffusivity       D<sub>s</sub> [m²/s] of lithium in the particles
 * @param exchangeCurrentDensity i₀,<sub>c</sub> [A/m² of particle surface]
 * @param maxConcentration       c<sub>max</sub> [mol/m³] of lithium sites in the active material
 * @param thickness              L<sub>c</sub> [m] of the coating
 * @param porosity               ε<sub>c</sub> of the coating
 * @param fadePerCycle           k<sub>c</sub>: capacity lost per full cycle of throughput in fresh
 *                               electrolyte, accelerated by V<sub>e,0</sub>/V<sub>e</sub> as SEI consumes it
 */
public record CathodeElectrode(String name, double capacity, OcvCurve ocv, double lowerVoltageLimit,
		double upperVoltageLimit, double particleRadius, double solidDiffusivity, double exchangeCurrentDensity,
		double maxConcentration, double thickness, double porosity, double fadePerCycle) {

	public CathodeElectrode {
		if (name == null || name.isBlank()) {
			name = "cathode";
		}
		positive(name, "capacity [C/m2]", capacity);
		if (ocv == null) {
			throw new IllegalArgumentException("cathode " + name + ": open-circuit voltage table is missing");
		}
		if (!(upperVoltageLimit > lowerVoltageLimit) || !Double.isFinite(lowerVoltageLimit)
				|| !Double.isFinite(upperVoltageLimit)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"cathode %s: voltage limits %.4g .. %.4g V are not an interval", name, lowerVoltageLimit,
					upperVoltageLimit));
		}
		positive(name, "particle radius [m]", particleRadius);
		positive(name, "solid diffusivity [m2/s]", solidDiffusivity);
		positive(name, "exchange current density [A/m2]", exchangeCurrentDensity);
		positive(name, "maximum concentration [mol/m3]", maxConcentration);
		positive(name, "thickness [m]", thickness);
		if (!(porosity > 0.0 && porosity < 1.0)) {
			throw new IllegalArgumentException("cathode " + name + ": porosity must lie in (0, 1), got " + porosity);
		}
		if (!(fadePerCycle >= 0.0 && fadePerCycle < 1.0)) {
			throw new IllegalArgumentException(
					"cathode " + name + ": fade per cycle must lie in [0, 1), got " + fadePerCycle);
		}
	}

	private static void positive(String name, String what, double value) {
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("cathode " + name + ": " + what + " must be positive, got " + value);
		}
	}

	/** LiFePO₄'s capacity loss per cycle in LiPF₆ EC/DMC, fitted (see {@link #lithiumIronPhosphate(double)}). */
	public static final double LFP_CAPACITY_LOSS = 2.011e-4;

	/**
	 * LiFePO₄ with the OCV of {@link OcvCurve#lithiumIronPhosphate()} and a 2.0–4.3 V safety window.
	 * Particle radius 52 nm and D<sub>s</sub> 8·10⁻¹⁸ m²/s (Srinivasan &amp; Newman, J. Electrochem. Soc. 151
	 * (2004) A1517); c<sub>max</sub> 22 800 mol/m³ (3.6 g cm⁻³ / 157.8 g mol⁻¹); i₀,<sub>c</sub> 0.05 A/m²
	 * of particle surface, coating 50 µm thick with porosity 0.35 for ≈ 1.5 mAh cm⁻² (typical); capacity
	 * loss 2.01·10⁻⁴ per cycle (0.020 %/cycle), fitted to the paper's inverted Li‖LFP cell in LiPF₆ EC/DMC
	 * (93.7 % at cycle 300, the one Li/carbonate calibration target). LiFePO₄'s lattice hardly degrades
	 * (Kim et al., J. Power Sources 229 (2013) 190; Sarasketa-Zabala et al., J. Phys. Chem. C 119 (2015)
	 * 896), so the value lumps what fades the cathode side of that cell (iron dissolution in LiPF₆,
	 * particle isolation, surface films from electrolyte oxidation) — a different electrolyte or cathode
	 * needs its own value.
	 *
	 * @param capacity [C/m²]
	 */
	public static CathodeElectrode lithiumIronPhosphate(double capacity) {
		return lithiumIronPhosphate("LiFePO4", capacity, OcvCurve.lithiumIronPhosphate(), 2.0, 4.3);
	}

	/** LiFePO₄ transport and kinetics (see {@link #lithiumIronPhosphate(double)}) with another OCV and window. */
	public static CathodeElectrode lithiumIronPhosphate(String name, double capacity, OcvCurve ocv, double lower,
			double upper) {
		return new CathodeElectrode(name, capacity, ocv, lower, upper, 52e-9, 8e-18, 0.05, 22800.0, 50e-6, 0.35,
				LFP_CAPACITY_LOSS);
	}

	/** The same cathode with another capacity loss per cycle k<sub>c</sub>. */
	public CathodeElectrode withFadePerCycle(double newFade) {
		return new CathodeElectrode(name, capacity, ocv, lowerVoltageLimit, upperVoltageLimit, particleRadius,
				solidDiffusivity, exchangeCurrentDensity, maxConcentration, thickness, porosity, newFade);
	}

	/** Lead of the surface state of charge over the mean at areal current density J [A/m²] (≥ 0). */
	public double surfaceLead(double currentDensity) {
		return Math.abs(currentDensity) * particleRadius * particleRadius / (15.0 * solidDiffusivity * capacity);
	}

	/** Particle surface per geometric area, 3C/(R<sub>p</sub>c<sub>max</sub>F) [m²/m²]. */
	public double particleArea() {
		return 3.0 * capacity / (particleRadius * maxConcentration * PhysicalConstants.FARADAY);
	}
}
