package org.anodyne.solver.life;

import org.anodyne.solver.SolverException;

/**
 * Where the life model gets its {@link DepositionCoupling} for a plating current density: the 2D
 * deposition solver's steady split (supplied by the study layer), a fixed record, or the
 * {@link AnalyticCoupling} estimate. The simulator asks once per distinct plating current of a run
 * and caches the answer.
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

	/** The documented analytic estimate from geometry alone ({@link AnalyticCoupling#estimate}). */
	static CouplingSource analytic() {
		return AnalyticCoupling::estimate;
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
