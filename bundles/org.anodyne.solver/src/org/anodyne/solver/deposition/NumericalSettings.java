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
 * Tolerances and limits of the nonlinear and linear solvers. The defaults suit every problem in
 * the test-suite and the benchmark; change them only to study the numerics.
 *
 * @param newtonTolerance       relative residual of the current balance (cell imbalances and the
 *                              galvanostatic constraint, relative to the cell current) that ends Newton
 * @param maxNewtonIterations   Newton iterations before the solve is declared diverged
 * @param maxPotentialUpdate    largest change of any potential in one Newton update [V] (damping)
 * @param linearTolerance       relative residual for each multigrid-preconditioned CG solve
 * @param maxLinearIterations   CG iterations before a linear solve is declared failed
 * @param nucleationOnsetWidth  overpotential width w [V] of an optional ramp that smooths the onset of
 *                              nucleation above a positive barrier: a bare surface carries no current
 *                              up to η = Δη<sub>nuc</sub> whatever w, and exactly K(η − Δη<sub>nuc</sub>)
 *                              from Δη<sub>nuc</sub> + w on (C¹ cubic between). Default 0: a sharp onset,
 *                              which Newton handles as a piecewise-smooth problem; a numerical
 *                              setting, not a physical one
 * @param boundary              how collector solids meet the grid: {@link Boundary#CUT_CELLS} (default,
 *                              second order) or {@link Boundary#STAIRCASE} (the first-order path, kept
 *                              for comparison in the accuracy benchmark)
 * @param front                 how the deposit front meets the grid: {@link Front#RECONSTRUCTED} (default
 *                              on cut cells) or {@link Front#CELL_FACES} (the staircase path's)
 */
public record NumericalSettings(double newtonTolerance, int maxNewtonIterations, double maxPotentialUpdate,
		double linearTolerance, int maxLinearIterations, double nucleationOnsetWidth, Boundary boundary, Front front) {

	/** Discretisation of the deposit front (the metal fill stays the conserved volume of fluid either way). */
	public enum Front {
		/** A cell is metal when full; the front is the open faces of full cells (a staircase). */
		CELL_FACES,
		/**
		 * On the cut-cell path, a partly filled cell next to metal carries a straight segment (PLIC,
		 * Youngs normal, exact volume) that narrows its faces and carries the plating current like a
		 * collector's cut piece. Front cells store salt in their electrolyte volume, and the displaced
		 * electrolyte flows off with its salt. The default on the cut-cell path.
		 */
		RECONSTRUCTED
	}

	/** Discretisation of the collector solids' surfaces. */
	public enum Boundary {
		/**
		 * Embedded boundary: exact cut volumes, face apertures and surface pieces of every solid;
		 * second order up to the surfaces.
		 */
		CUT_CELLS,
		/**
		 * A cell is solid when its centre lies inside a solid; surfaces are cell faces weighted to the
		 * true arc length. First order; kept as the benchmark's comparison.
		 */
		STAIRCASE
	}

	/** Settings on the default {@link Boundary#CUT_CELLS} path. */
	public NumericalSettings(double newtonTolerance, int maxNewtonIterations, double maxPotentialUpdate,
			double linearTolerance, int maxLinearIterations, double nucleationOnsetWidth) {
		this(newtonTolerance, maxNewtonIterations, maxPotentialUpdate, linearTolerance, maxLinearIterations,
				nucleationOnsetWidth, Boundary.CUT_CELLS, Front.RECONSTRUCTED);
	}

	/** Settings with the default front for the boundary (reconstructed on cut cells). */
	public NumericalSettings(double newtonTolerance, int maxNewtonIterations, double maxPotentialUpdate,
			double linearTolerance, int maxLinearIterations, double nucleationOnsetWidth, Boundary boundary) {
		this(newtonTolerance, maxNewtonIterations, maxPotentialUpdate, linearTolerance, maxLinearIterations,
				nucleationOnsetWidth, boundary,
				boundary == Boundary.CUT_CELLS ? Front.RECONSTRUCTED : Front.CELL_FACES);
	}

	public NumericalSettings {
		java.util.Objects.requireNonNull(boundary, "boundary");
		java.util.Objects.requireNonNull(front, "front");
		if (!(newtonTolerance > 0.0 && newtonTolerance < 1.0) || !(linearTolerance > 0.0 && linearTolerance < 1.0)) {
			throw new IllegalArgumentException(
					"tolerances must lie in (0, 1), got " + newtonTolerance + ", " + linearTolerance);
		}
		if (maxNewtonIterations < 1 || maxLinearIterations < 1) {
			throw new IllegalArgumentException("iteration limits must be >= 1");
		}
		if (!(maxPotentialUpdate > 0.0) || Double.isInfinite(maxPotentialUpdate)) {
			throw new IllegalArgumentException(
					"potential update limit must be positive, got " + maxPotentialUpdate + " V");
		}
		if (!(nucleationOnsetWidth >= 0.0) || Double.isInfinite(nucleationOnsetWidth)) {
			throw new IllegalArgumentException("nucleation onset width must be >= 0 V, got " + nucleationOnsetWidth);
		}
	}

	/**
	 * Defaults: Newton to 1e-10, 60 iterations, 50 mV damping, CG to 1e-9, 500 iterations, sharp onset,
	 * cut cells, reconstructed fronts.
	 */
	public static NumericalSettings defaults() {
		return new NumericalSettings(1e-10, 60, 0.05, 1e-9, 500, 0.0);
	}

	/** These settings with another nucleation onset width [V]. */
	public NumericalSettings withNucleationOnsetWidth(double width) {
		return new NumericalSettings(newtonTolerance, maxNewtonIterations, maxPotentialUpdate, linearTolerance,
				maxLinearIterations, width, boundary, front);
	}

	/** These settings with another boundary discretisation. */
	public NumericalSettings withBoundary(Boundary treatment) {
		return new NumericalSettings(newtonTolerance, maxNewtonIterations, maxPotentialUpdate, linearTolerance,
				maxLinearIterations, nucleationOnsetWidth, treatment, front);
	}

	/** These settings with another front discretisation. */
	public NumericalSettings withFront(Front treatment) {
		return new NumericalSettings(newtonTolerance, maxNewtonIterations, maxPotentialUpdate, linearTolerance,
				maxLinearIterations, nucleationOnsetWidth, boundary, treatment);
	}
}
