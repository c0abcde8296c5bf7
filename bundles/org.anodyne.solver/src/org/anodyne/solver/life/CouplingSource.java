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

import java.util.OptionalDouble;

import org.anodyne.solver.SolverException;

/**
 * Where the life model gets its {@link DepositionCoupling} for a plating current density: the 2D
 * deposition solver's steady split (supplied by the study layer), a fixed record, or the
 * {@link AnalyticCoupling} estimate. The simulator asks once per distinct plating current of a run
 * and caches the answer; as an electrode's deposit and inactive layer fill the empty host in front of
 * its metal, it asks again with the filled share ({@link #couple(LifeCell, LifeParameters, double, double)}).
 */
@FunctionalInterface
public interface CouplingSource {

	/**
	 * @param cell           the cell whose working electrode is meant
	 * @param parameters     the life-model parameters (an estimate may use i₀ and α from them)
	 * @param currentDensity plating current density [A/m²] &gt; 0
	 * @return the coupling at that current
	 * @throws SolverException when the split cannot be computed (e.g. the current exceeds the limiting
	 *                         current of the electrode)
	 */
	DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity) throws SolverException;

	/**
	 * The coupling once a share φ of the empty host in front of the metal at assembly (its pore
	 * volume, {@link DepositionCoupling#bufferPoreVolume()}) is filled: the split with the plating front
	 * moved that far towards the separator. The filled layer's own ionic resistance is the life
	 * model's to add. A source that cannot move the front keeps the assembly's coupling (the default).
	 *
	 * @param bufferFill φ in (0, 1]
	 */
	default DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity,
			double bufferFill) throws SolverException {
		return couple(cell, parameters, currentDensity);
	}

	/**
	 * The plating area A<sub>p</sub> [m²/m²] once stripping has taken the electrode's separator-side front
	 * back into the host by a pore volume v per area: the split with the front there, where the
	 * separator's pores no longer shade it and the host surface in front of it is bare. Empty when the
	 * source cannot move the front, which keeps the assembled split's area (and the life model's own
	 * estimate of the laid-open surface).
	 *
	 * @param recessVolume v [m³/m²] &gt; 0
	 */
	default OptionalDouble recededPlatingArea(LifeCell cell, LifeParameters parameters, double currentDensity,
			double recessVolume) throws SolverException {
		return OptionalDouble.empty();
	}

	/** The documented analytic estimate from geometry alone ({@link AnalyticCoupling#estimate}). */
	static CouplingSource analytic() {
		return new CouplingSource() {
			@Override
			public DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity)
					throws SolverException {
				return AnalyticCoupling.estimate(cell, parameters, currentDensity);
			}

			@Override
			public DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity,
					double bufferFill) throws SolverException {
				AnodeDesign a = cell.anode();
				return AnalyticCoupling.estimate(
						cell.withAnode(a.withBufferHeight(a.bufferHeight() * (1.0 - bufferFill))),
						parameters, currentDensity);
			}
		};
	}

	/**
	 * The same record at every current: for designs that share one geometry and one computed split
	 * (a sweep over life parameters).
	 */
	static CouplingSource fixed(DepositionCoupling coupling) {
		if (coupling == null) {
			throw new IllegalArgumentException("fixed coupling source needs a coupling");
		}
		return (cell, parameters, currentDensity) -> coupling;
	}
}
