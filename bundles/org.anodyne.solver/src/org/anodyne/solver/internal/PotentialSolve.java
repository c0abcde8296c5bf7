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

import java.util.Arrays;
import java.util.Locale;

import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.KineticLaw;
import org.anodyne.solver.deposition.NumericalSettings;

/**
 * The quasi-static potential: Newton on φ with the face currents eliminated per face; under
 * galvanostatic control φ<sub>s</sub> is the one extra unknown, handled by superposition: each
 * iteration solves A u = −R and A w = g<sub>CE</sub> (the counter electrode's Robin diagonal) with
 * multigrid-preconditioned CG, so the response of φ to φ<sub>s</sub> is 1 − w without cancellation.
 * Rebuilds faces and operators first when the domain has changed.
 */
final class PotentialSolve {

	private static final double CONDUCTANCE_FLOOR_FACTOR = 1e-9;
	/**
	 * Relative residual for the response w to φ<sub>s</sub>, however loose the inexact Newton step
	 * may be: the φ<sub>s</sub> update divides by Σ g<sub>WE</sub>·w, whose error a residual of 1e-2
	 * does not bound (on the peer benchmark at h = 0.25 µm that sum came out 42 % low, φ<sub>s</sub>
	 * overshot by 1.5 mV and cost a Newton iteration). w is warm-started from the last iteration,
	 * so after the first solve this costs few iterations.
	 */
	private static final double RESPONSE_TOLERANCE = 1e-6;
	/** How many cell arrays {@link #solve} borrows for itself. */
	private static final int WORK_ARRAYS = 7;

	private final Domain domain;
	private final CellState state;
	private final Transport transport;
	private final ElectrodeFaces faces;
	private final FrontReconstruction front;
	private final SaltDiffusion salt;
	private final EngineCounters counters;
	private final KineticLaw law;
	private final NumericalSettings numerics;
	private Multigrid mg;

	/** The response of φ to φ<sub>s</sub>: kept between solves, since each one starts from the last. */
	private final double[] w;
	/*
	 * Work arrays of one solve, lent by ScratchArrays while it runs (null between solves); every
	 * entry is written before it is read.
	 */
	private double[] residual;
	private double[] source;
	private double[] diag;
	private double[] gWe;
	private double[] gCe;
	private double[] u;
	/** ln c while the diffusion-potential source is formed, then the right-hand side of the correction. */
	private double[] logConcThenRhs;

	PotentialSolve(Domain domain, CellState state, Transport transport, ElectrodeFaces faces, SaltDiffusion salt,
			EngineCounters counters, FrontReconstruction front) {
		this.front = front;
		this.domain = domain;
		this.state = state;
		this.transport = transport;
		this.faces = faces;
		this.salt = salt;
		this.counters = counters;
		this.law = domain.problem.kinetics();
		this.numerics = domain.problem.numerics();
		this.w = new double[domain.n];
	}

	/** Rebuilds faces and operators now if the domain changed (else the next solve would). */
	void followTopology() {
		if (state.topologyChanged) {
			rebuildTopology();
		}
	}

	private void rebuildTopology() {
		if (front != null) {
			front.update();
		}
		transport.rebuild(state.active);
		faces.build();
		// The multigrid copies the diagonal.
		double[] robin = ScratchArrays.take(domain.n);
		Arrays.fill(robin, 0.0);
		for (int f = 0; f < faces.count; f++) {
			robin[faces.cell[f]] += faces.area[f] * law.derivativeOverpotential(0.0, 1.0, domain.vt);
		}
		if (mg == null) {
			mg = new Multigrid(domain.prepared.hierarchy, transport.tK, transport.tKN, robin, state.active);
		} else {
			mg.setCoefficients(transport.tK, transport.tKN, robin, state.active);
		}
		ScratchArrays.give(robin);
		salt.invalidate();
		state.topologyChanged = false;
	}

	void solve() throws SolverException {
		followTopology();
		int n = domain.n;
		residual = ScratchArrays.take(n);
		source = ScratchArrays.take(n);
		diag = ScratchArrays.take(n);
		gWe = ScratchArrays.take(n);
		gCe = ScratchArrays.take(n);
		u = ScratchArrays.take(n);
		logConcThenRhs = ScratchArrays.take(n);
		try {
			newton();
		} finally {
			ScratchArrays.give(residual, source, diag, gWe, gCe, u, logConcThenRhs);
			residual = null;
			source = null;
			diag = null;
			gWe = null;
			gCe = null;
			u = null;
			logConcThenRhs = null;
		}
	}

	/** Bytes of the work arrays a solve borrows while it runs (its own and its multigrid's). */
	long workArrayBytes() {
		return Double.BYTES * WORK_ARRAYS * (long) domain.n + (mg == null ? 0 : mg.workArrayBytes());
	}

	private void newton() throws SolverException {
		int n = domain.n;
		boolean[] active = state.active;
		double[] conc = state.conc;
		double[] phi = state.phi;
		double rho = domain.rho;
		counters.potentialSolves++;
		for (int k = 0; k < n; k++) {
			if (active[k] && !(conc[k] > 0.0)) {
				throw new SolverException(String.format(Locale.ROOT,
						"salt concentration %.4g mol/m3 is not positive (electrolyte depleted)", conc[k]), state.step,
						state.time, domain.grid.describe(k));
			}
		}
		if (domain.problem.control() instanceof Control.PrescribedOverpotential p) {
			state.phiS = -p.overpotential();
		}
		// Diffusion-potential source: the ∇ln c part of the current, fixed during the Newton iteration.
		Arrays.fill(source, 0.0);
		double[] logConc = logConcThenRhs;
		for (int k = 0; k < n; k++) {
			logConc[k] = active[k] ? Math.log(conc[k]) : 0.0;
		}
		transport.addIonicFluxes(logConc, rho, source);
		double[] rhs = logConcThenRhs;
		double floor = CONDUCTANCE_FLOOR_FACTOR * law.derivativeOverpotential(0.0, 1.0, domain.vt);
		boolean galv = domain.galvanostatic();
		double applied = galv ? domain.appliedCurrent() : 0.0;
		int maxIt = numerics.maxNewtonIterations();
		double lastRes = Double.NaN;
		double lastUpdate = Double.POSITIVE_INFINITY;
		int worstCell = -1;
		for (int it = 0; it <= maxIt; it++) {
			faces.evaluate();
			double iWe = 0.0;
			double iAbs = 0.0;
			for (int f = 0; f < faces.count; f++) {
				double flow = faces.area[f] * faces.j[f];
				iAbs += Math.abs(flow);
				if (!faces.counter[f]) {
					iWe += flow;
				}
			}
			computeResidual();
			double scale = Math.max(Math.max(Math.abs(applied), iAbs),
					1e-12 * domain.problem.electrolyte().conductivity() * domain.vt);
			double constraint = galv ? iWe - applied : 0.0;
			double maxRes = 0.0;
			worstCell = -1;
			for (int k = 0; k < n; k++) {
				double a = Math.abs(residual[k]);
				if (a > maxRes) {
					maxRes = a;
					worstCell = k;
				}
			}
			lastRes = Math.max(maxRes, Math.abs(constraint)) / scale;
			if (!Double.isFinite(lastRes)) {
				int bad = worstCell;
				for (int k = 0; k < n; k++) {
					if (!Double.isFinite(residual[k])) {
						bad = k;
						break;
					}
				}
				throw new SolverException("non-finite current balance in the electrolyte potential", state.step,
						state.time, bad >= 0 ? domain.grid.describe(bad) : null);
			}
			// The cell residual cannot fall below the rounding of its largest flux terms (large κ/h),
			// so a Newton update below a nanovolt also counts as converged.
			boolean balanced = maxRes <= 100.0 * numerics.newtonTolerance() * scale || lastUpdate <= 1e-10;
			if (balanced && Math.abs(constraint) <= numerics.newtonTolerance() * scale) {
				return;
			}
			if (it == maxIt) {
				break;
			}
			counters.newtonIterations++;
			Arrays.fill(diag, 0.0);
			Arrays.fill(gWe, 0.0);
			Arrays.fill(gCe, 0.0);
			for (int f = 0; f < faces.count; f++) {
				double g = faces.area[f] * Math.max(faces.g[f], floor);
				diag[faces.cell[f]] += g;
				if (faces.counter[f]) {
					gCe[faces.cell[f]] += g;
				} else {
					gWe[faces.cell[f]] += g;
				}
			}
			mg.updateDiagonal(diag);
			for (int k = 0; k < n; k++) {
				rhs[k] = -residual[k];
			}
			// Inexact Newton: solve only as accurately as this update needs to reach the Newton
			// target if the problem were linear; the galvanostatic constraint is met exactly by the
			// update whatever the accuracy of u and w.
			double cellTarget = 100.0 * numerics.newtonTolerance() * scale;
			double linearTol = Math.max(numerics.linearTolerance(),
					Math.min(1e-2, maxRes > 0.0 ? 0.1 * cellTarget / maxRes : 1e-2));
			Arrays.fill(u, 0.0);
			linearSolve(u, rhs, linearTol, "potential correction");
			double dPhiS = 0.0;
			if (galv) {
				linearSolve(w, gCe, Math.min(linearTol, RESPONSE_TOLERANCE),
						"potential response to the solid potential");
				double num = constraint;
				double den = 0.0;
				for (int k = 0; k < n; k++) {
					num += gWe[k] * u[k];
					den += gWe[k] * w[k];
				}
				if (!(den > 0.0)) {
					throw new SolverException("the working electrode does not respond to its potential "
							+ "(no reachable electrode surface)", state.step, state.time, null);
				}
				dPhiS = num / den;
			}
			double maxUpdate = Math.abs(dPhiS);
			for (int k = 0; k < n; k++) {
				if (active[k]) {
					u[k] += galv ? dPhiS * (1.0 - w[k]) : 0.0;
					maxUpdate = Math.max(maxUpdate, Math.abs(u[k]));
				}
			}
			double damping = maxUpdate > numerics.maxPotentialUpdate()
					? numerics.maxPotentialUpdate() / maxUpdate
					: 1.0;
			lastUpdate = damping * maxUpdate;
			for (int k = 0; k < n; k++) {
				if (active[k]) {
					phi[k] += damping * u[k];
				}
			}
			state.phiS += damping * dPhiS;
			counters.checkFinite(phi, "electrolyte potential", state, domain);
			if (!Double.isFinite(state.phiS)) {
				throw new SolverException("solid potential became non-finite", state.step, state.time, null);
			}
		}
		throw new SolverException(String.format(Locale.ROOT,
				"Newton iteration for the electrolyte potential did not converge in %d iterations "
						+ "(relative residual %.3g, largest imbalance in the cell named)",
				maxIt, lastRes), state.step, state.time, worstCell >= 0 ? domain.grid.describe(worstCell) : null);
	}

	private void linearSolve(double[] x, double[] b, double tolerance, String what) throws SolverException {
		boolean ok = mg.solve(x, b, tolerance, numerics.maxLinearIterations());
		counters.linearSolves++;
		counters.linearIterations += mg.lastIterations();
		if (!ok) {
			throw new SolverException(String.format(Locale.ROOT,
					"multigrid-preconditioned CG for the %s did not converge (relative residual %.3g after %d iterations)",
					what, mg.lastRelativeResidual(), mg.lastIterations()), state.step, state.time, null);
		}
		counters.checkFinite(x, what, state, domain);
	}

	/** Net current leaving each electrolyte cell [A/m]; zero at the solution. */
	private void computeResidual() {
		boolean[] active = state.active;
		for (int k = 0; k < domain.n; k++) {
			residual[k] = active[k] ? -source[k] : 0.0;
		}
		transport.addIonicFluxes(state.phi, 1.0, residual);
		for (int f = 0; f < faces.count; f++) {
			residual[faces.cell[f]] += faces.area[f] * faces.j[f];
		}
	}
}
