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
 * <p>
 * Each cell stores salt in its electrolyte volume. With a reconstructed front that is the pore
 * volume less the metal in it, (1 − fill)·V, which shrinks as the front advances: the metal
 * displaces electrolyte, and the displaced electrolyte leaves at the cell's concentration, its salt
 * passing to the open electrolyte neighbours ({@link #displace}); electrolyte re-entering a cell
 * that strips brings its salt from them. Salt is then conserved to rounding apart from the
 * electrode reactions. On the staircase front a cell stores in its whole pore volume until it is
 * full (the VOF convention of that path).
 */
final class SaltDiffusion {

	private final Domain domain;
	private final CellState state;
	private final Transport transport;
	private final ElectrodeFaces faces;
	private final EngineCounters counters;
	/**
	 * Work arrays, allocated at the first step (a steady split never steps): the operator's
	 * diagonal and right-hand side, which {@link #displace} also uses for the flow's outlet
	 * conductances and sources (both are refilled at every step on that path).
	 */
	private double[] mass;
	private double[] rhs;
	private final boolean displacing;
	/** Electrolyte volume of each cell at the last step [m³/m]; see {@link #displace}. */
	private double[] electrolyte;
	/** Concentration right after the last salt step, and the salt each cell's move displaced. */
	private double[] stepped;
	private double[] moved;
	/** The displaced electrolyte's flow pressure, and the flow order's work arrays. */
	private double[] pressure;
	private int[] upstream;
	private int[] queue;
	/** True while the multigrid holds the present domain's face conductances (whatever its diagonal). */
	private boolean facesCurrent;
	private double carriedOut;
	private Multigrid mg;
	private double mgStep = Double.NaN;

	SaltDiffusion(Domain domain, CellState state, Transport transport, ElectrodeFaces faces, EngineCounters counters) {
		this.domain = domain;
		this.state = state;
		this.transport = transport;
		this.faces = faces;
		this.counters = counters;
		this.displacing = faces.reconstructed();
	}

	private void allocate() {
		int n = domain.n;
		transport.includeDiffusion(state.active);
		mass = new double[n];
		rhs = new double[n];
		electrolyte = new double[n];
		for (int k = 0; k < n; k++) {
			electrolyte[k] = electrolyteVolume(k);
		}
		if (displacing) {
			stepped = new double[n];
			moved = new double[n];
			pressure = new double[n];
			upstream = new int[n];
			queue = new int[n];
		}
	}

	/**
	 * Salt in the electrolyte per unit depth [mol/m], with what the displaced electrolyte carried
	 * across the counter electrode.
	 */
	double amount() {
		double s = carriedOut;
		for (int k = 0; k < domain.n; k++) {
			s += electrolyteVolume(k) * state.conc[k];
		}
		return s;
	}

	private double electrolyteVolume(int k) {
		if (!state.active[k]) {
			return 0.0;
		}
		return displacing ? Math.max(0.0, domain.capacity[k] - state.volume[k]) : domain.capacity[k];
	}

	/**
	 * After the deposit moved in a step (faces and conductances already follow the new
	 * domain): the electrolyte the metal displaced flows away towards the counter electrode, where
	 * the stripped metal frees as much volume. Each cell's loss of electrolyte volume ΔV is a source
	 * of the incompressible flow −∇·(k∇p) = ΔV/Δt, with the face conductances of the salt's diffusion
	 * as the flow's (Darcy flow through the same apertures; the common factor D cancels) and p = 0 at
	 * the counter electrode; the salt moves with it, upwind. In 1D this is the rigid shift of the
	 * electrolyte with the front, in which a stationary-electrode solution (Sand's time) holds exactly.
	 * A cell that filled hands its salt and its last volume to its open neighbours; a reopened one
	 * draws electrolyte in. Salt is conserved except what the flow carries across the counter
	 * electrode into the volume its stripping freed.
	 */
	void displace() throws SolverException {
		if (!displacing) {
			return;
		}
		int n = domain.n;
		boolean[] active = state.active;
		double[] conc = state.conc;
		double[] source = rhs;
		double[] outlet = mass;
		java.util.Arrays.fill(source, 0.0);
		for (int k = 0; k < n; k++) {
			double now = electrolyteVolume(k);
			// Salt before the move: a reopened cell had none; a filled cell's goes to its neighbours.
			moved[k] = electrolyte[k] * stepped[k];
			source[k] += electrolyte[k] - now;
			electrolyte[k] = now;
		}
		for (int k = 0; k < n; k++) {
			if (active[k] || moved[k] == 0.0 && source[k] == 0.0) {
				continue;
			}
			int[] nb = domain.neighbours(k);
			double weight = 0.0;
			for (int d = 0; d < 4; d++) {
				weight += receives(k, d, nb[d]) ? electrolyte[nb[d]] : 0.0;
			}
			for (int d = 0; d < 4; d++) {
				if (weight > 0.0 && receives(k, d, nb[d])) {
					double share = electrolyte[nb[d]] / weight;
					moved[nb[d]] += share * moved[k];
					source[nb[d]] += share * source[k];
				}
			}
			if (weight == 0.0) {
				int q = nearestOpenThroughMetal(k);
				if (q >= 0) {
					moved[q] += moved[k];
					source[q] += source[k];
				}
			}
			moved[k] = 0.0;
			source[k] = 0.0;
		}
		java.util.Arrays.fill(outlet, 0.0);
		double floor = 1e-12 * domain.problem.electrolyte().diffusivity();
		for (int k = 0; k < n; k++) {
			// A pocket cut off from the counter electrode keeps a tiny leak, so the flow is defined.
			outlet[k] = active[k] ? floor : 0.0;
		}
		for (int f = 0; f < faces.count; f++) {
			if (faces.counter[f]) {
				outlet[faces.cell[f]] += 2.0 * domain.diffCell[faces.cell[f]];
			}
		}
		// The flow has the salt operator's faces: one multigrid serves both, and the next salt step
		// only changes its diagonal.
		if (mg == null) {
			mg = new Multigrid(domain.prepared.hierarchy, transport.tD, transport.tDN, outlet, active);
		} else {
			mg.setCoefficients(transport.tD, transport.tDN, outlet, active);
		}
		facesCurrent = true;
		java.util.Arrays.fill(pressure, 0.0);
		boolean ok = mg.solve(pressure, source, 1e-10, domain.problem.numerics().maxLinearIterations());
		counters.linearSolves++;
		counters.linearIterations += mg.lastIterations();
		if (!ok) {
			throw new SolverException(String.format(Locale.ROOT,
					"multigrid-preconditioned CG for the displaced electrolyte's flow did not converge "
							+ "(relative residual %.3g)",
					mg.lastRelativeResidual()), state.step, state.time, null);
		}
		carry(outlet);
	}

	/**
	 * Carries the salt with the flow, implicit upwind: cells are taken in flow order (every cell
	 * after all cells that flow into it; the flow runs down the pressure, so the order exists), and
	 * each leaves with the concentration of its mixed content, what it held plus what flowed in.
	 * That keeps every concentration positive however small a cell's electrolyte volume and however
	 * much flows through it, where an explicit upwind step would not.
	 */
	private void carry(double[] outlet) {
		int n = domain.n;
		int nx = domain.nx;
		boolean[] active = state.active;
		double[] inflow = stepped;
		java.util.Arrays.fill(inflow, 0.0);
		java.util.Arrays.fill(upstream, 0);
		for (int k = 0; k < n; k++) {
			for (int d = 0; d < 4; d++) {
				int q = downstream(k, d, nx);
				if (q >= 0) {
					upstream[q]++;
				}
			}
		}
		int tail = 0;
		for (int k = 0; k < n; k++) {
			if (active[k] && upstream[k] == 0) {
				queue[tail++] = k;
			}
		}
		for (int head = 0; head < tail; head++) {
			int k = queue[head];
			double out = outlet[k] * pressure[k];
			for (int d = 0; d < 4; d++) {
				int q = downstream(k, d, nx);
				if (q >= 0) {
					out += faceFlow(k, d, nx);
				}
			}
			double held = electrolyte[k] + out;
			double c = held > 0.0 ? moved[k] / held : state.conc[k];
			for (int d = 0; d < 4; d++) {
				int q = downstream(k, d, nx);
				if (q >= 0) {
					moved[q] += faceFlow(k, d, nx) * c;
					if (--upstream[q] == 0) {
						queue[tail++] = q;
					}
				}
			}
			carriedOut += outlet[k] * pressure[k] * c;
			if (electrolyte[k] > 0.0) {
				state.conc[k] = c;
			}
		}
	}

	/**
	 * The open cell nearest a cell that filled with no open neighbour (the last cell of a pocket the
	 * metal closed): its salt and its last volume go there, through the metal, rather than vanish.
	 * Rare, so a breadth-first search over the scratch arrays {@link #carry} resets.
	 */
	private int nearestOpenThroughMetal(int k) {
		java.util.Arrays.fill(upstream, 0);
		int head = 0;
		int tail = 0;
		queue[tail++] = k;
		upstream[k] = 1;
		while (head < tail) {
			int p = queue[head++];
			for (int q : domain.neighbours(p)) {
				if (q < 0 || upstream[q] != 0 || domain.base[q] == Domain.SUBSTRATE) {
					continue;
				}
				if (state.active[q] && electrolyte[q] > 0.0) {
					return q;
				}
				upstream[q] = 1;
				queue[tail++] = q;
			}
		}
		return -1;
	}

	/** The cell across face d (east, west, north, south) of k if the flow goes from k to it, else −1. */
	private int downstream(int k, int d, int nx) {
		if (!state.active[k]) {
			return -1;
		}
		int q = neighbour(k, d, nx);
		return q >= 0 && faceFlow(k, d, nx) > 0.0 ? q : -1;
	}

	/** Volume [m³/m] that flowed in the step from k through its face d (negative: into k). */
	private double faceFlow(int k, int d, int nx) {
		int q = neighbour(k, d, nx);
		double t = switch (d) {
		case 0 -> transport.tD[k];
		case 1 -> transport.tD[q];
		case 2 -> transport.tDN[k];
		default -> transport.tDN[q];
		};
		return t * (pressure[k] - pressure[q]);
	}

	private int neighbour(int k, int d, int nx) {
		int i = k % nx;
		int q = switch (d) {
		case 0 -> k - i + (i + 1) % nx;
		case 1 -> k - i + (i + nx - 1) % nx;
		case 2 -> k + nx < domain.n ? k + nx : -1;
		default -> k - nx;
		};
		return q == k ? -1 : q;
	}

	private boolean receives(int k, int d, int q) {
		return q >= 0 && q != k && state.active[q] && electrolyte[q] > 0.0 && domain.aperture(k, d) > 0.0;
	}

	/**
	 * The domain changed: the operator must be rebuilt before the next step (on the staircase front
	 * the electrolyte volumes change only here; with a reconstructed front {@link #displace} follows
	 * them).
	 */
	void invalidate() {
		mgStep = Double.NaN;
		facesCurrent = false;
		if (!displacing) {
			resync();
		}
	}

	/** A step was undone: the electrolyte volumes are read afresh. */
	void resync() {
		if (electrolyte == null) {
			return;
		}
		for (int k = 0; k < domain.n; k++) {
			electrolyte[k] = electrolyteVolume(k);
		}
		mgStep = Double.NaN;
	}

	void step(double dt) throws SolverException {
		int n = domain.n;
		boolean[] active = state.active;
		double[] conc = state.conc;
		state.electrolyteAtRest = false;
		if (mass == null) {
			allocate();
		}
		if (dt != mgStep || displacing) {
			for (int k = 0; k < n; k++) {
				mass[k] = electrolyte[k] / dt;
			}
			if (mg == null) {
				mg = new Multigrid(domain.prepared.hierarchy, transport.tD, transport.tDN, mass, active);
			} else if (!facesCurrent) {
				mg.setCoefficients(transport.tD, transport.tDN, mass, active);
			} else {
				mg.updateDiagonal(mass);
			}
			mgStep = dt;
			facesCurrent = true;
		}
		for (int k = 0; k < n; k++) {
			rhs[k] = electrolyte[k] / dt * conc[k];
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
		if (displacing) {
			System.arraycopy(conc, 0, stepped, 0, n);
		}
	}
}
