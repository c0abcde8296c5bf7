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

import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.KineticLaw;

/**
 * The electrode faces of the current domain and their kinetic state: the collector's surface in
 * each electrolyte cell (on the cut-cell path its exact pieces; on the staircase path the cell
 * faces towards solid cells), every open cell face towards metal, and the top boundary for the
 * counter electrode. Parallel arrays indexed by face; they are reused while large enough, since the
 * domain changes every few steps and the face count barely moves.
 * <p>
 * Each face carries the distance d from its cell's centre to the surface along the normal: the
 * face solve carries φ and c from the centre to the surface with the flux the face implies
 * (r = d ε/κ, β = d (1−t₊)ε/(zFD), see {@link FaceKinetics}). On a cut piece d is the exact
 * distance to the circle or edge, signed: where the centre lies inside the solid, d &lt; 0 and the
 * centre value is the linear extrapolation of φ and c across the surface (ghost-point style),
 * which keeps the surface flux second order. That needs kinetics slower than conduction across a
 * cell (i₀'h/κ ≤ 0.01; Li in ether at h = 1 µm: 4·10⁻⁴); for faster kinetics d is held at h/8 or
 * more, which bounds the face conductance, and the surface flux is first order there.
 */
final class ElectrodeFaces {

	/**
	 * Smallest distance from a cell centre to a cut surface, in cells, where the kinetics are too
	 * fast to extrapolate: it bounds a face's conductance by 1/r, which keeps the residual of very
	 * fast kinetics (i₀ = 10⁹ A/m²) above its rounding level.
	 */
	private static final double MIN_DISTANCE = 0.125;
	/**
	 * Largest exchange conductance across a cell, i₀'·h/κ, for which a cut piece uses its signed
	 * distance even when the cell centre lies in the solid (r &lt; 0): then |r|·∂j/∂η stays below
	 * 0.01·cosh(η/2V<sub>T</sub>)-ish, far from the 1 at which the face solve would lose its root.
	 */
	private static final double EXTRAPOLATION_LIMIT = 0.01;
	private final boolean extrapolate;

	private final Domain domain;
	/** The reconstructed deposit front (its segments are metal faces), or null. */
	private final FrontReconstruction front;
	private final CellState state;
	private final KineticLaw law;
	private final KineticLaw counterLaw;
	private final double counterPotential;
	private final FaceKinetics kinetics;
	private final int[] ownerScratch;
	private final int[] queueScratch;
	private final double[] lengthScratch;

	int count;
	int[] cell = new int[0];
	/** The solid or metal cell across the face (staircase collector and metal faces), else −1. */
	int[] solid = new int[0];
	/** Substrate index of a collector face, −1 for metal and counter faces. */
	int[] substrate = new int[0];
	/** Fibre of a collector face, −1 if none. */
	int[] fibre = new int[0];
	/**
	 * True for a collector face: its coverage follows the metal on it, including the unresolved
	 * film of a covered solid ({@link #film}), so a covered fibre that strips its film becomes bare.
	 */
	boolean[] bare = new boolean[0];
	/**
	 * True for a collector face of a covered solid: its unresolved film adds one coverage thickness
	 * (what makes a bare face count as covered) to the metal it sees, so it starts covered and
	 * becomes bare once stripping has taken that much.
	 */
	boolean[] film = new boolean[0];
	/** Distance from the cell centre to the surface [m]. */
	double[] dist = new double[0];
	/** Geometric length of the face [m]. */
	double[] length = new double[0];
	double[] r = new double[0];
	double[] beta = new double[0];
	/** Cell whose metal volume a face's plating changes: the adjacent host pore, see {@link #build}. */
	int[] target = new int[0];
	/** True for a reconstructed front segment: it plates into its own front cell, see {@link #addFrontSegment}. */
	boolean[] segment = new boolean[0];
	boolean[] counter = new boolean[0];
	double[] area = new double[0];
	double[] barrier = new double[0];
	double[] theta = new double[0];
	double[] y = new double[0];
	double[] j = new double[0];
	double[] g = new double[0];
	double[] eta = new double[0];
	double[] cs = new double[0];

	ElectrodeFaces(Domain domain, CellState state, FrontReconstruction front) {
		this.domain = domain;
		this.front = front;
		this.state = state;
		this.law = domain.problem.kinetics();
		this.counterLaw = domain.problem.counterKinetics();
		this.counterPotential = domain.problem.counterPotential();
		this.kinetics = new FaceKinetics(domain.vt, domain.c0, domain.rho,
				domain.problem.numerics().nucleationOnsetWidth());
		this.ownerScratch = new int[domain.n];
		this.queueScratch = new int[domain.n];
		this.lengthScratch = new double[domain.n];
		double exchange = law.derivativeOverpotential(0.0, 1.0, domain.vt);
		double kappa = domain.problem.electrolyte().conductivity();
		this.extrapolate = exchange * domain.h / kappa <= EXTRAPOLATION_LIMIT;
	}

	/** True when the deposit front is reconstructed (segments in partly filled cells). */
	boolean reconstructed() {
		return front != null;
	}

	/** Lists the electrode faces of the current domain. */
	void build() {
		int nx = domain.nx;
		int ny = domain.ny;
		double h = domain.h;
		boolean[] active = state.active;
		byte[] base = domain.base;
		int total = 0;
		for (int pass = 0; pass < 2; pass++) {
			if (pass == 1 && cell.length < total) {
				int size = total + total / 8 + 16;
				cell = new int[size];
				solid = new int[size];
				substrate = new int[size];
				fibre = new int[size];
				bare = new boolean[size];
				film = new boolean[size];
				dist = new double[size];
				length = new double[size];
				r = new double[size];
				beta = new double[size];
				target = new int[size];
				segment = new boolean[size];
				counter = new boolean[size];
				area = new double[size];
				barrier = new double[size];
				theta = new double[size];
				y = new double[size];
				j = new double[size];
				g = new double[size];
				eta = new double[size];
				cs = new double[size];
			}
			int m = 0;
			for (int row = 0; row < ny; row++) {
				for (int i = 0; i < nx; i++) {
					int k = row * nx + i;
					if (!active[k]) {
						continue;
					}
					for (int p = domain.prepared.pieceStart[k]; p < domain.prepared.pieceStart[k + 1]; p++) {
						if (pass == 1) {
							addPiece(m, k, p);
							segment[m] = false;
						}
						m++;
					}
					if (front != null && front.front[k]) {
						if (pass == 1) {
							addFrontSegment(m, k);
						}
						m++;
					}
					for (int d = 0; d < 4; d++) {
						int q = switch (d) {
						case 0 -> nx == 1 ? -1 : row * nx + (i + 1) % nx;
						case 1 -> nx == 1 ? -1 : row * nx + (i + nx - 1) % nx;
						case 2 -> row < ny - 1 ? k + nx : -2;
						default -> row > 0 ? k - nx : -1;
						};
						boolean top = q == -2;
						if (q == -1 || (!top && active[q])) {
							continue;
						}
						boolean collector = !top && base[q] == Domain.SUBSTRATE;
						// On the cut-cell path the collector's surface is its pieces, and metal is
						// reached only through the open part of a face.
						double open = top ? 1.0 : domain.aperture(k, d);
						if (front != null && front.front[k]) {
							open *= frontOpen(k, d);
						}
						if (domain.cutCells && (collector || open == 0.0)) {
							continue;
						}
						if (pass == 1) {
							cell[m] = k;
							segment[m] = false;
							solid[m] = top ? -1 : q;
							counter[m] = top;
							area[m] = h * domain.porosity[k] * (collector ? domain.areaFactor[q] : open);
							substrate[m] = collector ? domain.substrate[q] : -1;
							fibre[m] = collector ? domain.fibreIndex[q] : -1;
							bare[m] = collector;
							barrier[m] = collector ? domain.substrateBarrier[domain.substrate[q]] : 0.0;
							film[m] = collector && domain.coveredSolid[q];
							dist[m] = 0.5 * h;
							length[m] = h;
							theta[m] = 1.0;
							y[m] = top
									? domain.grid.height()
									: d == 2 ? (row + 1) * h : d == 3 ? row * h : (row + 0.5) * h;
							j[m] = 0.0;
						}
						m++;
					}
				}
			}
			total = m;
		}
		count = total;
		int[] owner = nearestHostPore();
		for (int f = 0; f < count; f++) {
			int p = cell[f];
			r[f] = dist[f] * domain.porosity[p] / domain.kappaCell[p];
			beta[f] = dist[f] * (1.0 - domain.tPlus) * domain.porosity[p]
					/ (domain.z * PhysicalConstants.FARADAY * domain.diffCell[p]);
			if (segment[f]) {
				continue;
			}
			// The separator's pores (tens of nm) do not admit metal: what plates against it — on metal
			// across a face, or on a solid's piece above the host — creeps through the metal or along
			// the solid into the nearest free host pore; only a full host leaves the separator to fill.
			int across = solid[f] >= 0 ? solid[f] : p;
			if (counter[f] || base[p] == Domain.PORE || owner[across] < 0) {
				target[f] = p;
			} else {
				target[f] = owner[across];
			}
		}
		updateCoverage();
	}

	private void addPiece(int m, int k, int p) {
		// Where a front crosses the cell, only the part of the piece outside the deposit is surface.
		double pieceLength = domain.prepared.pieceLength[p] * (front != null ? front.exposed[k] : 1.0);
		cell[m] = k;
		solid[m] = -1;
		counter[m] = false;
		area[m] = pieceLength * domain.porosity[k];
		substrate[m] = domain.prepared.pieceSubstrate[p];
		fibre[m] = domain.prepared.pieceFibre[p];
		bare[m] = true;
		barrier[m] = domain.substrateBarrier[substrate[m]];
		film[m] = domain.prepared.pieceCovered[p];
		double d = domain.prepared.pieceDistance[p];
		dist[m] = d >= MIN_DISTANCE * domain.h || extrapolate ? d : MIN_DISTANCE * domain.h;
		length[m] = pieceLength;
		theta[m] = 1.0;
		y[m] = domain.prepared.pieceY[p];
		j[m] = 0.0;
	}

	/**
	 * A front segment: metal, so covered (no barrier), plating into its own front cell k. Its face
	 * solve starts from the electrolyte cell whose centre lies on the electrolyte side of the segment:
	 * k itself while k's centre does; once the fill has passed k's centre, the neighbour across the
	 * face the normal points through most (k's centre is then inside the metal, and carrying φ and c
	 * from there would extrapolate a ghost value across the segment from a cell that is mostly metal;
	 * the neighbour's centre is a signed distance d + h·n<sub>dominant</sub> ≥ 0 from the segment).
	 * The segment's current then enters that neighbour's charge and salt balance, so both stay
	 * conservative.
	 */
	private void addFrontSegment(int m, int k) {
		int owner = k;
		double d = front.distance[k];
		if (d < 0.0) {
			double nx = front.normalX[k];
			double ny = front.normalY[k];
			int dir = Math.abs(nx) >= Math.abs(ny) ? (nx > 0.0 ? 0 : 1) : (ny > 0.0 ? 2 : 3);
			int q = domain.neighbours(k)[dir];
			// Only through a face the electrolyte crosses (else k would be cut off from its segment).
			int back = dir ^ 1;
			if (q >= 0 && state.active[q]
					&& domain.aperture(k, dir) * Math.min(frontOpen(k, dir), frontOpen(q, back)) > 0.0) {
				owner = q;
				d += domain.h * Math.max(Math.abs(nx), Math.abs(ny));
			}
		}
		cell[m] = owner;
		segment[m] = true;
		target[m] = k;
		solid[m] = -1;
		counter[m] = false;
		area[m] = front.length[k] * domain.porosity[owner];
		substrate[m] = -1;
		fibre[m] = -1;
		bare[m] = false;
		film[m] = false;
		barrier[m] = 0.0;
		dist[m] = d >= MIN_DISTANCE * domain.h || extrapolate ? d : MIN_DISTANCE * domain.h;
		length[m] = front.length[k];
		theta[m] = 1.0;
		y[m] = front.y[k];
		j[m] = 0.0;
	}

	/** The electrolyte's share of face d (east, west, north, south) inside a front cell k. */
	private double frontOpen(int k, int d) {
		return switch (d) {
		case 0 -> front.openEast[k];
		case 1 -> front.openWest[k];
		case 2 -> front.openNorth[k];
		default -> front.openSouth[k];
		};
	}

	/**
	 * For every solid cell, the nearest electrolyte cell of the host reachable through solid cells
	 * (−1 if none): a multi-source breadth-first search from all host pore cells. Separator cells
	 * holding a cut solid's pieces are passed through too, as the solid runs through them.
	 */
	private int[] nearestHostPore() {
		int nx = domain.nx;
		int ny = domain.ny;
		boolean[] active = state.active;
		int[] owner = ownerScratch;
		Arrays.fill(owner, -1);
		int[] queue = queueScratch;
		int head = 0;
		int tail = 0;
		for (int k = 0; k < domain.n; k++) {
			if (active[k] && domain.base[k] == Domain.PORE) {
				owner[k] = k;
				queue[tail++] = k;
			}
		}
		while (head < tail) {
			int k = queue[head++];
			int i = k % nx;
			int row = k / nx;
			for (int d = 0; d < 4; d++) {
				int q = switch (d) {
				case 0 -> row * nx + (i + 1) % nx;
				case 1 -> row * nx + (i + nx - 1) % nx;
				case 2 -> row < ny - 1 ? k + nx : -1;
				default -> row > 0 ? k - nx : -1;
				};
				if (q >= 0 && owner[q] < 0
						&& (!active[q] || domain.prepared.pieceStart[q] != domain.prepared.pieceStart[q + 1])) {
					owner[q] = owner[k];
					queue[tail++] = q;
				}
			}
		}
		return owner;
	}

	/**
	 * Coverage of collector faces follows the metal in the cell they plate into: θ rises smoothly
	 * from 0 to 1 as its mean thickness over the cell's surfaces, plus a covered face's film, reaches
	 * the coverage thickness.
	 */
	void updateCoverage() {
		double[] lengths = lengthScratch;
		Arrays.fill(lengths, 0.0);
		for (int f = 0; f < count; f++) {
			if (!counter[f]) {
				lengths[cell[f]] += length[f];
			}
		}
		double delta = domain.problem.coverageThickness();
		for (int f = 0; f < count; f++) {
			if (counter[f]) {
				continue;
			}
			if (!bare[f]) {
				theta[f] = 1.0;
				continue;
			}
			int p = target[f];
			double thickness = state.volume[p] / (lengths[p] > 0.0 ? lengths[p] : domain.h) + (film[f] ? delta : 0.0);
			double s = Math.max(0.0, Math.min(1.0, thickness / delta));
			theta[f] = s * s * (3.0 - 2.0 * s);
		}
	}

	/** Solves every face's current for the present φ, c and φ<sub>s</sub>. */
	void evaluate() throws SolverException {
		double[] phi = state.phi;
		double[] conc = state.conc;
		for (int f = 0; f < count; f++) {
			int p = cell[f];
			// At the first instant the electrolyte is at rest: no concentration gradient has formed at
			// the surfaces yet, so the surface concentration is the cell's.
			double b = state.electrolyteAtRest ? 0.0 : beta[f];
			boolean ok;
			if (counter[f] && counterLaw == null) {
				ok = kinetics.solveReversible(phi[p] - counterPotential, conc[p], b, r[f]);
			} else if (counter[f]) {
				ok = kinetics.solve(counterLaw, 1.0, 0.0, phi[p], conc[p], b, r[f], j[f]);
			} else {
				ok = kinetics.solve(law, theta[f], barrier[f], phi[p] - state.phiS, conc[p], b, r[f], j[f]);
			}
			if (!ok) {
				throw new SolverException(String.format(Locale.ROOT,
						"no finite current on an electrode face (φ = %.4g V, φs = %.4g V, c = %.4g mol/m3)", phi[p],
						state.phiS, conc[p]), state.step, state.time, domain.grid.describe(p));
			}
			j[f] = kinetics.current;
			g[f] = kinetics.conductance;
			eta[f] = kinetics.overpotential;
			cs[f] = kinetics.surfaceConcentration;
		}
	}

	/** Current into the working electrode per unit depth [A/m]. */
	double workingCurrent() {
		double s = 0.0;
		for (int f = 0; f < count; f++) {
			if (!counter[f]) {
				s += area[f] * j[f];
			}
		}
		return s;
	}

	/** Fraction of the working current flowing into surfaces in the lower half of the host. */
	double currentFractionLowerHalf() {
		double half = 0.5 * domain.grid.hostThickness();
		double lower = 0.0;
		double total = 0.0;
		for (int f = 0; f < count; f++) {
			if (!counter[f]) {
				double flow = area[f] * j[f];
				total += flow;
				if (y[f] < half) {
					lower += flow;
				}
			}
		}
		return total == 0.0 ? 0.0 : lower / total;
	}

	/** Lowest surface concentration on the working electrode [mol/m³]. */
	double minSurfaceConcentration() {
		double min = Double.POSITIVE_INFINITY;
		for (int f = 0; f < count; f++) {
			if (!counter[f]) {
				min = Math.min(min, cs[f]);
			}
		}
		return min;
	}

	/**
	 * Lowest concentration at a working surface (from the face currents of the last solve and the
	 * new cell values) or in any electrolyte cell; ≤ 0 means the step went beyond depletion.
	 */
	double depletionEstimate() {
		double min = Double.POSITIVE_INFINITY;
		for (int f = 0; f < count; f++) {
			if (!counter[f]) {
				int p = cell[f];
				if (!state.active[p]) {
					continue;
				}
				min = Math.min(min, state.conc[p] - beta[f] * j[f]);
			}
		}
		for (int k = 0; k < domain.n; k++) {
			if (state.active[k]) {
				min = Math.min(min, state.conc[k]);
			}
		}
		return min;
	}
}
