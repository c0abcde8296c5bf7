package org.anodyne.solver.internal;

import java.util.Arrays;
import java.util.Locale;

import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.KineticLaw;

/**
 * The electrode faces of the current domain and their kinetic state: every cell face whose other
 * side is collector solid or metal, and the top boundary for the counter electrode. Parallel
 * arrays indexed by face; they are reused while large enough, since the domain changes every few
 * steps and the face count barely moves.
 */
final class ElectrodeFaces {

	private final Domain domain;
	private final CellState state;
	private final KineticLaw law;
	private final KineticLaw counterLaw;
	private final double counterPotential;
	private final FaceKinetics kinetics;
	private final int[] ownerScratch;
	private final int[] queueScratch;
	private final int[] faceCountScratch;

	int count;
	int[] cell = new int[0];
	int[] solid = new int[0];
	/** Cell whose metal volume a face's plating changes: the adjacent host pore, see {@link #build}. */
	int[] target = new int[0];
	boolean[] counter = new boolean[0];
	double[] area = new double[0];
	double[] barrier = new double[0];
	double[] theta = new double[0];
	double[] y = new double[0];
	double[] j = new double[0];
	double[] g = new double[0];
	double[] eta = new double[0];
	double[] cs = new double[0];

	ElectrodeFaces(Domain domain, CellState state) {
		this.domain = domain;
		this.state = state;
		this.law = domain.problem.kinetics();
		this.counterLaw = domain.problem.counterKinetics();
		this.counterPotential = domain.problem.counterPotential();
		this.kinetics = new FaceKinetics(domain.vt, domain.c0, domain.rho, domain.problem.numerics().nucleationOnsetWidth());
		this.ownerScratch = new int[domain.n];
		this.queueScratch = new int[domain.n];
		this.faceCountScratch = new int[domain.n];
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
				target = new int[size];
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
						if (pass == 1) {
							cell[m] = k;
							solid[m] = top ? -1 : q;
							counter[m] = top;
							area[m] = h * domain.porosity[k]
									* (!top && base[q] == Domain.SUBSTRATE ? domain.areaFactor[q] : 1.0);
							barrier[m] = !top && base[q] == Domain.SUBSTRATE && !domain.coveredSolid[q]
									? domain.substrateBarrier[domain.substrate[q]] : 0.0;
							theta[m] = 1.0;
							y[m] = top ? domain.grid.height()
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
			if (counter[f] || base[p] == Domain.PORE) {
				target[f] = p;
			} else {
				// The separator's pores (tens of nm) do not admit metal: what plates against it
				// creeps through the metal into the nearest free host pore; only a full host
				// leaves the separator to fill.
				target[f] = owner[solid[f]] >= 0 ? owner[solid[f]] : p;
			}
		}
		updateCoverage();
	}

	/**
	 * For every solid cell, the nearest electrolyte cell of the host reachable through solid cells
	 * (−1 if none): a multi-source breadth-first search from all host pore cells.
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
				if (q >= 0 && owner[q] < 0 && !active[q]) {
					owner[q] = owner[k];
					queue[tail++] = q;
				}
			}
		}
		return owner;
	}

	/** Coverage of collector faces follows the metal plated into the adjacent cell. */
	void updateCoverage() {
		int[] faces = faceCountScratch;
		Arrays.fill(faces, 0);
		for (int f = 0; f < count; f++) {
			if (!counter[f]) {
				faces[cell[f]]++;
			}
		}
		double delta = domain.problem.coverageThickness();
		for (int f = 0; f < count; f++) {
			if (counter[f]) {
				continue;
			}
			int q = solid[f];
			if (domain.base[q] != Domain.SUBSTRATE || domain.coveredSolid[q]) {
				theta[f] = 1.0;
				continue;
			}
			int p = target[f];
			double thickness = state.volume[p] / (Math.max(1, faces[p]) * domain.h);
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
			double beta = state.electrolyteAtRest ? 0.0 : domain.betaCell[p];
			double r = domain.rCell[p];
			boolean ok;
			if (counter[f] && counterLaw == null) {
				ok = kinetics.solveReversible(phi[p] - counterPotential, conc[p], beta, r);
			} else if (counter[f]) {
				ok = kinetics.solve(counterLaw, 1.0, 0.0, phi[p], conc[p], beta, r, j[f]);
			} else {
				ok = kinetics.solve(law, theta[f], barrier[f], phi[p] - state.phiS, conc[p], beta, r, j[f]);
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
				min = Math.min(min, state.conc[p] - domain.betaCell[p] * j[f]);
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
