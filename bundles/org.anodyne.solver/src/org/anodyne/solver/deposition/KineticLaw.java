/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

/**
 * Charge-transfer law of an electrode surface: current density per <em>real</em> surface area as a
 * function of the surface overpotential.
 * <p>
 * Sign conventions (the same everywhere in the solver): the overpotential is cathodic,
 * η = φ − φ<sub>s</sub> − U, so η &gt; 0 drives plating, and j &gt; 0 is plating (cations leave the
 * electrolyte into the electrode). An implementation must be strictly increasing in η and vanish at
 * η = 0 (equilibrium); the solver relies on this to find a unique current on each surface, and
 * brackets each face's current between 0 and K at the face's driving potential. It must also keep
 * its relative precision near η = 0 (no difference of nearly equal exponentials: use
 * {@link Math#expm1(double)} or {@link Math#sinh(double)}), because a large exchange current
 * multiplies the small value and the face solves converge to rounding.
 * Nucleation barriers and metal coverage are <em>not</em> part of the law: the solver composes them
 * around it (see {@link DepositionProblem}).
 */
public interface KineticLaw {

	/**
	 * @param overpotential      η [V], positive for plating
	 * @param concentrationRatio c<sub>s</sub>/c₀, the salt concentration at the surface over the bulk value
	 * @param thermalVoltage     RT/F [V]
	 * @return current density j [A/m² of real area], positive for plating
	 */
	double currentDensity(double overpotential, double concentrationRatio, double thermalVoltage);

	/** ∂j/∂η [A/(m² V)], positive; the default differentiates numerically. */
	default double derivativeOverpotential(double overpotential, double concentrationRatio, double thermalVoltage) {
		double step = 1e-6 * thermalVoltage;
		return (currentDensity(overpotential + step, concentrationRatio, thermalVoltage)
				- currentDensity(overpotential - step, concentrationRatio, thermalVoltage)) / (2.0 * step);
	}

	/** ∂j/∂(c<sub>s</sub>/c₀) [A/m²]; the default differentiates numerically. */
	default double derivativeConcentration(double overpotential, double concentrationRatio, double thermalVoltage) {
		double step = 1e-7 * Math.max(concentrationRatio, 1e-3);
		double lo = Math.max(concentrationRatio - step, 0.0);
		return (currentDensity(overpotential, concentrationRatio + step, thermalVoltage)
				- currentDensity(overpotential, lo, thermalVoltage)) / (concentrationRatio + step - lo);
	}
}
