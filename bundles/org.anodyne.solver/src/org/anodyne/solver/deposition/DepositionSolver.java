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

import java.util.Objects;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.internal.DepositionEngine;

/**
 * Entry point of the 2D deposition solver:
 * <pre>{@code
 * DepositionSolver solver = new DepositionSolver(problem);
 * DepositionSnapshot first = solver.steadySplit(monitor);            // first instant, no time stepping
 * DepositionRun run = solver.transientRun(TransientSettings.untilCharge(36_000)
 *         .withOutputTimes(3600, 7200), monitor);                      // plate 1 mAh/cm²
 * }</pre>
 * Each call starts from the problem's initial state (c = c₀, the geometry's pre-deposit); a solver
 * object holds no state between calls and may be reused. Not thread safe: run concurrent studies
 * with one solver each.
 * <p>
 * Progress is reported and cancellation checked at every time step; divergence, a non-finite value
 * or an impossible request ends the call with a {@link SolverException} naming step, time and grid
 * location. Physical end points (electrolyte depletion at Sand's time, metal reaching the counter
 * electrode) end a transient normally, with the reason in {@link DepositionRun#termination()}.
 */
public final class DepositionSolver {

	private final DepositionProblem problem;

	public DepositionSolver(DepositionProblem problem) {
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public DepositionProblem problem() {
		return problem;
	}

	/**
	 * The steady current split at the first instant of plating: the electrolyte at rest (c = c₀)
	 * and the initial geometry, with the potential and the current on every surface solved.
	 *
	 * @param monitor progress and cancellation, or {@link ProgressMonitor#NULL}
	 * @return scalars and fields at t = 0
	 * @throws SolverException if the potential cannot be solved
	 */
	public DepositionSnapshot steadySplit(ProgressMonitor monitor) throws SolverException {
		return new DepositionEngine(problem).steadySplit(monitor == null ? ProgressMonitor.NULL : monitor);
	}

	/**
	 * Transient plating under the problem's control until the settings' end time or charge.
	 *
	 * @param settings end, outputs and time-step limits
	 * @param monitor  progress and cancellation, or {@link ProgressMonitor#NULL}
	 * @return snapshots and how the run ended
	 * @throws SolverException on divergence, non-finite values, too many steps or cancellation
	 *                         ({@link org.anodyne.solver.CancelledException})
	 */
	public DepositionRun transientRun(TransientSettings settings, ProgressMonitor monitor) throws SolverException {
		Objects.requireNonNull(settings, "settings");
		return new DepositionEngine(problem).transientRun(settings, monitor == null ? ProgressMonitor.NULL : monitor);
	}
}
