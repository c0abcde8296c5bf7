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

import java.util.Locale;

import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;

/**
 * One backward-Euler step of the salt concentration, with the face currents of the last potential
 * solve as sources (the anion is blocked at electrode surfaces).
 */
final class SaltDiffusion {

	private final Domain domain;
	private final CellState state;
	private final Transport transport;
	private final ElectrodeFaces faces;
	private final EngineCounters counters;
	private final double[] mass;
	private final double[] rhs;
	private Multigrid mg;
	private double mgStep = Double.NaN;

	SaltDiffusion(Domain domain, CellState state, Transport transport, ElectrodeFaces faces, EngineCounters counters) {
		this.domain = domain;
		this.state = state;
		this.transport = transport;
		this.faces = faces;
		this.counters = counters;
		this.mass = new double[domain.n];
		this.rhs = new double[domain.n];
	}

	/** The domain changed: the operator must be rebuilt before the next step. */
	void invalidate() {
		mgStep = Double.NaN;
	}

	void step(double dt) throws SolverException {
		int n = domain.n;
		boolean[] active = state.active;
		double[] capacity = domain.capacity;
		double[] conc = state.conc;
		state.electrolyteAtRest = false;
		if (dt != mgStep) {
			for (int k = 0; k < n; k++) {
				mass[k] = active[k] ? capacity[k] / dt : 0.0;
			}
			if (mg == null) {
				mg = new Multigrid(domain.prepared.hierarchy, transport.tD, transport.tDN, mass, active);
			} else if (Double.isNaN(mgStep)) {
				mg.setCoefficients(transport.tD, transport.tDN, mass, active);
			} else {
				mg.updateDiagonal(mass);
			}
			mgStep = dt;
		}
		for (int k = 0; k < n; k++) {
			rhs[k] = active[k] ? capacity[k] / dt * conc[k] : 0.0;
		}
		double saltPerCurrent = (1.0 - domain.tPlus) / (domain.z * PhysicalConstants.FARADAY);
		for (int f = 0; f < faces.count; f++) {
			rhs[faces.cell[f]] -= faces.area[f] * faces.j[f] * saltPerCurrent;
		}
		boolean ok = mg.solve(conc, rhs, Math.min(domain.problem.numerics().linearTolerance(), 1e-10),
				domain.problem.numerics().maxLinearIterations());
		counters.linearSolves++;
		counters.linearIterations += mg.lastIterations();
		if (!ok) {
			throw new SolverException(String.format(Locale.ROOT,
					"multigrid-preconditioned CG for the concentration did not converge (relative residual %.3g)",
					mg.lastRelativeResidual()), state.step, state.time, null);
		}
		counters.checkFinite(conc, "salt concentration", state, domain);
	}
}
