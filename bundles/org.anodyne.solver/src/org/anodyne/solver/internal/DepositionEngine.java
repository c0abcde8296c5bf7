/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionRun;
import org.anodyne.solver.deposition.DepositionScalars;
import org.anodyne.solver.deposition.DepositionSnapshot;
import org.anodyne.solver.deposition.NumericalSettings;
import org.anodyne.solver.deposition.TransientSettings;

/**
 * The 2D deposition model on its grid and its time loop. One instance per run; the parts are
 * {@link Domain} (what stays fixed), {@link CellState} (what evolves), {@link ElectrodeFaces} (the
 * electrode faces and their kinetics), {@link PotentialSolve}, {@link SaltDiffusion},
 * {@link MetalGrowth} (the deposit), {@link Checkpoint} and {@link Diagnostics}.
 * <p>
 * <b>Discretisation.</b> Cell-centred finite volumes; electrolyte cells carry c and φ. Face
 * conductances are harmonic means of the cell values (κ and D in pores, ·ε/τ in the separator).
 * The diffusion-potential term uses the same conductances times ρ = 2V<sub>T</sub>(1−t₊)/z on
 * differences of ln c, so it telescopes exactly in 1D. Electrode faces (a cell face whose other
 * side is collector solid or metal, and the top boundary for the counter electrode) carry the
 * kinetic flux, see {@link FaceKinetics}.
 * <p>
 * <b>Time step.</b> Given the currents at t<sup>n</sup>: backward-Euler diffusion of c with the face
 * fluxes as sources, then the deposit grows by the current through the electrode faces.
 */
public final class DepositionEngine {

	private final Domain domain;
	private final CellState state;
	/** The reconstructed deposit front, or null when the front is the full cells' faces. */
	private final FrontReconstruction front;
	private final ElectrodeFaces faces;
	private final PotentialSolve potential;
	private final SaltDiffusion salt;
	private final MetalGrowth growth;
	private final Checkpoint checkpoint;
	private final Diagnostics diagnostics;
	private final EngineCounters counters = new EngineCounters();

	/**
	 * @param problem the problem; its geometry gives the initial state
	 */
	public DepositionEngine(DepositionProblem problem) {
		this.domain = new Domain(problem);
		this.state = new CellState(domain);
		this.front = domain.cutCells && problem.numerics().front() == NumericalSettings.Front.RECONSTRUCTED
				? new FrontReconstruction(domain, state)
				: null;
		this.faces = new ElectrodeFaces(domain, state, front);
		Transport transport = new Transport(domain, front);
		this.salt = new SaltDiffusion(domain, state, transport, faces, counters);
		this.potential = new PotentialSolve(domain, state, transport, faces, salt, counters, front);
		this.growth = new MetalGrowth(domain, state, faces);
		this.checkpoint = new Checkpoint(state);
		this.diagnostics = new Diagnostics(domain, state, faces);
	}

	/**
	 * Prepares the geometry-only part of a problem (kinds, cut volumes, apertures, pieces, the
	 * multigrid hierarchy) once; engines on an equal geometry and path then share it. For timing the
	 * one-off preparation apart from a solve.
	 */
	public static void prepare(DepositionProblem problem) {
		PreparedGeometry.of(problem.geometry(), problem.numerics().boundary() == NumericalSettings.Boundary.CUT_CELLS);
	}

	/**
	 * The first instant of plating: the current split with the electrolyte at rest (c = c₀).
	 */
	public DepositionSnapshot steadySplit(ProgressMonitor monitor) throws SolverException {
		monitor.begin("Steady current split", 1);
		monitor.checkCanceled(0, 0.0);
		potential.solve();
		diagnostics.initialLowerFraction = faces.currentFractionLowerHalf();
		monitor.worked(1);
		monitor.done();
		return diagnostics.snapshot();
	}

	/**
	 * Galvanostatic or potentiostatic plating in time.
	 */
	public DepositionRun transientRun(TransientSettings settings, ProgressMonitor monitor) throws SolverException {
		final int totalWork = 1000;
		monitor.begin("Plating transient", totalWork);
		int reported = 0;
		List<DepositionSnapshot> out = new ArrayList<>();
		monitor.checkCanceled(0, 0.0);
		potential.solve();
		diagnostics.initialLowerFraction = faces.currentFractionLowerHalf();
		out.add(diagnostics.snapshot());
		double[] outputs = settings.outputTimes();
		int nextOutput = 0;
		while (nextOutput < outputs.length && outputs[nextOutput] <= 0.0) {
			nextOutput++;
		}
		double endTime = settings.endTime();
		double endCharge = settings.endCharge();
		double dt = Double.isNaN(settings.initialTimeStep()) ? defaultInitialStep() : settings.initialTimeStep();
		double previousStep = Double.NaN;
		double minCsBefore = faces.minSurfaceConcentration();
		DepositionRun.Termination termination = DepositionRun.Termination.COMPLETED;
		String message = null;
		double terminationTime = Double.NaN;
		while (true) {
			double current = faces.workingCurrent();
			if (Double.isInfinite(endTime) && !(current > 0.0)) {
				throw new SolverException(String.format(Locale.ROOT,
						"the run is to end after %.6g C/m2 of plating, but the working electrode carries %.4g A/m2 "
								+ "(no plating current), so that charge is never reached; give an end time",
						endCharge, current / domain.grid.width()), state.step, state.time, null);
			}
			double target = endTime;
			if (Double.isFinite(endCharge) && current > 0.0) {
				target = Math.min(target, state.time + (endCharge - state.charge) * domain.grid.width() / current);
			}
			boolean atOutput = false;
			double stepLimit = Double.isNaN(previousStep) ? dt : previousStep * settings.timeStepGrowth();
			stepLimit = Math.min(stepLimit, settings.maxTimeStep());
			stepLimit = Math.min(stepLimit, growth.fillLimitedStep(settings.maxFillPerStep()));
			double nextStop = target;
			if (nextOutput < outputs.length && outputs[nextOutput] < nextStop) {
				nextStop = outputs[nextOutput];
				atOutput = true;
			}
			boolean last = false;
			if (state.time + stepLimit >= nextStop - 1e-9 * stepLimit) {
				stepLimit = nextStop - state.time;
				last = !atOutput || nextStop >= target;
			} else if (state.time + 2.0 * stepLimit > nextStop) {
				// Split the remainder evenly instead of leaving a sliver step before the stop.
				stepLimit = 0.5 * (nextStop - state.time);
			}
			if (!(stepLimit > 0.0)) {
				break;
			}
			if (state.step >= settings.maxSteps()) {
				throw new SolverException("transient did not reach its end within " + settings.maxSteps()
						+ " steps (the time step is limited by the fill rate; check the current and the grid)",
						state.step, state.time,
						null);
			}
			monitor.checkCanceled(state.step, state.time);
			checkpoint.save();
			double minCsAfter = advance(stepLimit);
			previousStep = stepLimit;
			if (minCsAfter <= 0.0) {
				double fraction = minCsBefore / (minCsBefore - minCsAfter);
				terminationTime = state.time - stepLimit + stepLimit * Math.max(0.0, Math.min(1.0, fraction));
				termination = DepositionRun.Termination.ELECTROLYTE_DEPLETED;
				message = String.format(Locale.ROOT,
						"electrolyte depleted at a working-electrode surface at t = %.6g s (t/τ_Sand = %.4g): "
								+ "the current exceeds what diffusion supplies",
						terminationTime, terminationTime / diagnostics.sandTime());
				restore();
				break;
			}
			if (growth.shortCircuitCell() >= 0) {
				termination = DepositionRun.Termination.SHORT_CIRCUIT;
				terminationTime = state.time;
				message = String.format(Locale.ROOT,
						"metal reached the counter electrode (short circuit) at t = %.6g s, %s", state.time,
						domain.grid.describe(growth.shortCircuitCell()));
				break;
			}
			potential.solve();
			minCsBefore = faces.minSurfaceConcentration();
			int done = (int) Math.min(totalWork, Math.round(totalWork * progressFraction(endTime, endCharge)));
			if (done > reported) {
				monitor.worked(done - reported);
				reported = done;
			}
			monitor.subTask(String.format(Locale.ROOT, "step %d, t = %.4g s, charge %.4g C/m2", state.step, state.time,
					state.charge));
			if (atOutput && Math.abs(state.time - outputs[nextOutput]) <= 1e-9 * Math.max(1.0, state.time)) {
				out.add(diagnostics.snapshot());
				nextOutput++;
			}
			if (last) {
				break;
			}
		}
		if (termination == DepositionRun.Termination.COMPLETED) {
			terminationTime = state.time;
			message = String.format(Locale.ROOT, "completed at t = %.6g s after %d steps, %.6g C/m2 passed", state.time,
					state.step,
					state.charge);
		}
		DepositionScalars lastScalars = out.get(out.size() - 1).scalars();
		if (lastScalars.step() != state.step || out.size() == 1) {
			out.add(diagnostics.snapshot());
		}
		monitor.done();
		return new DepositionRun(out, termination, terminationTime, state.step, message);
	}

	/**
	 * One time step.
	 *
	 * @return the lowest surface concentration after the salt step, estimated with the face
	 *         currents of the last solve (before the faces follow the moved front)
	 */
	private double advance(double dt) throws SolverException {
		salt.step(dt);
		double depletion = faces.depletionEstimate();
		double workingFlow = growth.plate(dt);
		double chargeFlow = domain.galvanostatic() ? domain.appliedCurrent() : workingFlow;
		state.appliedChargeVolume += chargeFlow * dt * domain.volumePerCharge;
		state.charge += chargeFlow * dt / domain.grid.width();
		state.time += dt;
		state.step++;
		growth.redistribute();
		if (front != null) {
			// The front moved inside its cells: its segments, the apertures and the faces follow,
			// and the electrolyte it displaced flows off through the new domain.
			state.topologyChanged = true;
			potential.followTopology();
			salt.displace();
		}
		faces.updateCoverage();
		return depletion;
	}

	private double defaultInitialStep() {
		double height = domain.grid.height();
		return 1e-3 * height * height / domain.problem.electrolyte().diffusivity();
	}

	/**
	 * Returns to the state before the last step: beyond depletion the potential has no solution, so
	 * the last snapshot of a depleted run is the last state that was solved.
	 */
	private void restore() throws SolverException {
		if (checkpoint.restore()) {
			state.topologyChanged = true;
			salt.resync();
			potential.solve();
		} else {
			faces.updateCoverage();
		}
	}

	private double progressFraction(double endTime, double endCharge) {
		double f = 0.0;
		if (Double.isFinite(endTime)) {
			f = Math.max(f, state.time / endTime);
		}
		if (Double.isFinite(endCharge)) {
			f = Math.max(f, state.charge / endCharge);
		}
		return Math.min(1.0, f);
	}

	/**
	 * Work counters since construction: potential solves, Newton iterations, linear solves and CG
	 * iterations (for the benchmark and for diagnosing slow runs).
	 */
	public long[] workCounters() {
		return counters.toArray();
	}

	/**
	 * Unknowns of one potential solve: φ in every electrolyte cell of the current domain, plus
	 * φ<sub>s</sub> under galvanostatic control (the concentration is not an unknown there; a
	 * transient step solves as many again for c).
	 */
	public long potentialUnknowns() {
		return diagnostics.potentialUnknowns();
	}

	/**
	 * Bytes of the work arrays a potential solve of this engine borrows while it runs and gives back
	 * after it (so successive engines on a grid share them); not part of what the engine holds.
	 */
	public long workArrayBytes() {
		return potential.workArrayBytes();
	}

	/** Salt in the electrolyte per unit depth [mol/m] (for conservation checks). */
	double saltAmount() {
		return salt.amount();
	}
}
