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

/**
 * Matrix-free solver for the symmetric positive definite five-point systems of the deposition
 * solver: conjugate gradients preconditioned by one geometric multigrid V-cycle.
 * <p>
 * The operator on a cell-centred grid, periodic in x and bounded in y, is
 * <pre>  (A x)_P = d_P x_P + Σ_faces T_f (x_P − x_N)</pre>
 * with face conductances T (zero across solids, so holes in the domain need no special case)
 * and a non-negative diagonal d (Robin terms of the electrode faces, or the mass term of a time
 * step). Inactive cells (solids) have no faces and d = 0; they keep x = 0.
 * <p>
 * Coarse levels agglomerate 2×2 cells (only along a direction with more than one cell) and are
 * built by <em>coefficient coarsening</em>: a coarse face conductance is the sum of the fine face
 * conductances it covers divided by the coarsening ratio across it (which is the rediscretisation
 * of κ·length/distance), coarse diagonals are sums. Prolongation is piecewise constant and
 * restriction its transpose; the coarse operator, being the rediscretisation rather than the
 * Galerkin product, over-corrects by about the factor that piecewise-constant transfer needs, and
 * CG removes what remains. The constant vector is transferred exactly, so the weak Robin
 * coupling that fixes the level of the potential is resolved by the exact coarsest solve.
 * Smoothing is red-black Gauss–Seidel, run in reverse order after the coarse correction so the
 * V-cycle is a symmetric preconditioner, as CG requires.
 * <p>
 * The level structure depends only on the grid size: it is a {@link Hierarchy}, immutable and
 * shared by every solver on the same grid (and by the runs of a sweep that share a geometry), and
 * coefficients can be replaced without allocating ({@link #setCoefficients}, {@link #updateDiagonal})
 * as the deposit changes the domain. On the cut-cell path the fine conductances carry the face
 * apertures and the diagonals the cut volumes, so every coarse level sees the cut geometry.
 */
public final class Multigrid {

	private static final int MAX_COARSEST_CELLS = 32;
	private static final int SMOOTHING_SWEEPS = 2;

	private final int n;
	private final Level[] levels;
	private int lastIterations;
	/** Whether the coarse levels hold the coarsening of the finest one (after the first build). */
	private boolean built;
	private double lastRelativeResidual;

	/**
	 * The grids of a hierarchy and the fine-to-coarse map of each: what depends on the grid size
	 * only. Immutable, so shared between threads.
	 */
	public static final class Hierarchy {
		final int[] nx;
		final int[] ny;
		final int[][] parent;

		/** The hierarchy of an nx × ny grid. */
		public Hierarchy(int nx, int ny) {
			java.util.List<int[]> sizes = new java.util.ArrayList<>();
			sizes.add(new int[]{nx, ny});
			int cx = nx;
			int cy = ny;
			while (cx * cy > MAX_COARSEST_CELLS && (cx > 1 || cy > 1)) {
				cx = (cx + (cx > 1 ? 1 : 0)) / (cx > 1 ? 2 : 1);
				cy = (cy + (cy > 1 ? 1 : 0)) / (cy > 1 ? 2 : 1);
				sizes.add(new int[]{cx, cy});
			}
			int levels = sizes.size();
			this.nx = new int[levels];
			this.ny = new int[levels];
			this.parent = new int[levels][];
			for (int l = 0; l < levels; l++) {
				this.nx[l] = sizes.get(l)[0];
				this.ny[l] = sizes.get(l)[1];
			}
			for (int l = 0; l + 1 < levels; l++) {
				int fx = this.nx[l];
				int rx = fx > 1 ? 2 : 1;
				int ry = this.ny[l] > 1 ? 2 : 1;
				int[] map = new int[fx * this.ny[l]];
				for (int j = 0; j < this.ny[l]; j++) {
					for (int i = 0; i < fx; i++) {
						map[j * fx + i] = (j / ry) * this.nx[l + 1] + i / rx;
					}
				}
				parent[l] = map;
			}
		}

		/** Number of levels. */
		public int levelCount() {
			return nx.length;
		}

		/** Cells on all levels together: what one V-cycle's smoothing sweeps each visit. */
		public long cellsOnAllLevels() {
			long cells = 0;
			for (int l = 0; l < nx.length; l++) {
				cells += (long) nx[l] * ny[l];
			}
			return cells;
		}
	}

	/**
	 * Builds the hierarchy for an nx × ny grid and sets its coefficients.
	 *
	 * @param nx     number of cells in x (periodic)
	 * @param ny     number of cells in y
	 * @param tE     conductance of the east face of each cell (to the periodic east neighbour); zero
	 *               if either side is inactive
	 * @param tN     conductance of the north face; zero in the top row and if either side is inactive
	 * @param d      non-negative diagonal term per cell, zero for inactive cells
	 * @param active which cells carry unknowns
	 * @throws IllegalArgumentException if an active cell has neither faces nor a diagonal term
	 */
	public Multigrid(int nx, int ny, double[] tE, double[] tN, double[] d, boolean[] active) {
		this(new Hierarchy(nx, ny), tE, tN, d, active);
	}

	/**
	 * A solver on a shared hierarchy, with its coefficients (arguments as in
	 * {@link #Multigrid(int, int, double[], double[], double[], boolean[])}).
	 */
	public Multigrid(Hierarchy hierarchy, double[] tE, double[] tN, double[] d, boolean[] active) {
		this.n = hierarchy.nx[0] * hierarchy.ny[0];
		levels = new Level[hierarchy.levelCount()];
		for (int l = 0; l < levels.length; l++) {
			levels[l] = new Level(hierarchy.nx[l], hierarchy.ny[l], l > 0);
			if (l + 1 < levels.length) {
				levels[l].parent = hierarchy.parent[l];
				levels[l].coarseNx = hierarchy.nx[l + 1];
				levels[l].rx = hierarchy.nx[l] > 1 ? 2 : 1;
				levels[l].ry = hierarchy.ny[l] > 1 ? 2 : 1;
			}
		}
		for (int l = 0; l + 1 < levels.length; l++) {
			levels[l].coarserMarks = levels[l + 1].childChanged;
		}
		setCoefficients(tE, tN, d, active);
	}

	/**
	 * Replaces all coefficients (the domain changed), without allocating. Arguments as in the
	 * constructor; they are copied.
	 * <p>
	 * After the first call only what changed is redone: a coarse cell is recoarsened, and an
	 * inverse diagonal recomputed, only where a finer cell under or beside it changed, summed in
	 * the same order as a build from scratch, so the operator is bit for bit that of a fresh solver
	 * (a moving front changes the cells along it, not the whole domain).
	 */
	public void setCoefficients(double[] tE, double[] tN, double[] d, boolean[] active) {
		if (tE.length != n || tN.length != n || d.length != n || active.length != n) {
			throw new IllegalArgumentException("coefficient arrays must have nx*ny = " + n + " entries");
		}
		Level fine = levels[0];
		int nx = fine.nx;
		for (int k = 0; k < n; k++) {
			boolean on = active[k];
			int i = k % nx;
			int east = k - i + (i + 1) % nx;
			fine.store(k, on, nx > 1 && on && active[east] ? tE[k] : 0.0,
					on && k + nx < n && active[k + nx] ? tN[k] : 0.0, on ? d[k] : 0.0, built);
		}
		propagate();
	}

	/**
	 * Replaces the diagonal term d (same active cells, same face conductances) on every level and
	 * refactorises the coarsest level. This is what changes between Newton iterations and time
	 * steps; as in {@link #setCoefficients}, only the cells under a change are redone.
	 *
	 * @param d new non-negative diagonal, zero for inactive cells
	 */
	public void updateDiagonal(double[] d) {
		Level fine = levels[0];
		for (int k = 0; k < n; k++) {
			boolean on = fine.active[k];
			fine.store(k, on, fine.tE[k], fine.tN[k], on ? d[k] : 0.0, true);
		}
		propagate();
	}

	/**
	 * Carries the finest level's new coefficients to the coarser levels: everywhere on the first
	 * call, afterwards under the cells marked changed.
	 */
	private void propagate() {
		if (!built) {
			levels[0].refreshInverseDiagonal();
			for (int l = 1; l < levels.length; l++) {
				levels[l - 1].coarsenInto(levels[l]);
				levels[l].refreshInverseDiagonal();
			}
			built = true;
		} else {
			for (int l = 0; l + 1 < levels.length; l++) {
				levels[l].recoarsenChanged(levels[l + 1]);
			}
			levels[levels.length - 1].refreshInverseDiagonal();
		}
		levels[levels.length - 1].factorise();
	}

	/**
	 * Bytes of the work arrays a {@link #solve} borrows while it runs (the CG vectors and each coarse
	 * level's right-hand side and correction), from {@link ScratchArrays}.
	 */
	public long workArrayBytes() {
		long entries = 4L * n;
		for (int l = 1; l < levels.length; l++) {
			entries += 2L * levels[l].n;
		}
		return Double.BYTES * entries;
	}

	/** Number of grid levels in the hierarchy (1 when the grid is already small). */
	public int levelCount() {
		return levels.length;
	}

	/** Iterations used by the last {@link #solve} call. */
	public int lastIterations() {
		return lastIterations;
	}

	/** Relative residual ‖b − Ax‖/‖b‖ reached by the last {@link #solve} call. */
	public double lastRelativeResidual() {
		return lastRelativeResidual;
	}

	/**
	 * Solves A x = b by preconditioned conjugate gradients.
	 *
	 * @param x       initial guess on entry, solution on exit (inactive entries are set to zero)
	 * @param b       right-hand side (inactive entries are ignored)
	 * @param relTol  stop when ‖b − Ax‖₂ ≤ relTol·‖b‖₂
	 * @param maxIter iteration limit
	 * @return true if the tolerance was reached
	 */
	public boolean solve(double[] x, double[] b, double relTol, int maxIter) {
		// The vectors live for this solve only: between solves the solver holds just its operator.
		double[] r = ScratchArrays.take(n);
		double[] z = ScratchArrays.take(n);
		double[] p = ScratchArrays.take(n);
		double[] q = ScratchArrays.take(n);
		for (int l = 1; l < levels.length; l++) {
			levels[l].rhs = ScratchArrays.take(levels[l].n);
			levels[l].sol = ScratchArrays.take(levels[l].n);
		}
		try {
			return conjugateGradients(x, b, relTol, maxIter, r, z, p, q);
		} finally {
			ScratchArrays.give(r, z, p, q);
			for (int l = 1; l < levels.length; l++) {
				ScratchArrays.give(levels[l].rhs, levels[l].sol);
				levels[l].rhs = null;
				levels[l].sol = null;
			}
		}
	}

	private boolean conjugateGradients(double[] x, double[] b, double relTol, int maxIter, double[] r, double[] z,
			double[] p, double[] q) {
		Level f = levels[0];
		double bNorm2 = 0.0;
		for (int k = 0; k < n; k++) {
			if (!f.active[k]) {
				x[k] = 0.0;
			} else {
				bNorm2 += b[k] * b[k];
			}
		}
		f.residual(x, b, r);
		double rNorm2 = dot(r, r);
		lastIterations = 0;
		if (bNorm2 == 0.0) {
			if (rNorm2 == 0.0) {
				lastRelativeResidual = 0.0;
				return true;
			}
			bNorm2 = rNorm2;
		}
		double target2 = relTol * relTol * bNorm2;
		lastRelativeResidual = Math.sqrt(rNorm2 / bNorm2);
		if (rNorm2 <= target2) {
			return true;
		}
		vCycle(0, r, z);
		System.arraycopy(z, 0, p, 0, n);
		double rz = dot(r, z);
		for (int it = 1; it <= maxIter; it++) {
			double pq = f.applyAndDot(p, q);
			lastIterations = it;
			if (!(pq > 0.0)) {
				return false;
			}
			double alpha = rz / pq;
			rNorm2 = 0.0;
			for (int k = 0; k < n; k++) {
				x[k] += alpha * p[k];
				double rk = r[k] - alpha * q[k];
				r[k] = rk;
				rNorm2 += rk * rk;
			}
			lastRelativeResidual = Math.sqrt(rNorm2 / bNorm2);
			if (rNorm2 <= target2) {
				return true;
			}
			vCycle(0, r, z);
			double rzNew = dot(r, z);
			double beta = rzNew / rz;
			rz = rzNew;
			for (int k = 0; k < n; k++) {
				p[k] = z[k] + beta * p[k];
			}
		}
		return false;
	}

	/** Applies the operator: out = A x. */
	public void apply(double[] x, double[] out) {
		levels[0].apply(x, out);
	}

	private void vCycle(int l, double[] b, double[] x) {
		Level lv = levels[l];
		if (l == levels.length - 1) {
			lv.directSolve(b, x);
			return;
		}
		lv.smooth(x, b, true, null);
		Level coarse = levels[l + 1];
		lv.restrictResidual(x, b, coarse.rhs);
		vCycle(l + 1, coarse.rhs, coarse.sol);
		lv.smooth(x, b, false, coarse.sol);
	}

	private double dot(double[] a, double[] b) {
		double s = 0.0;
		for (int k = 0; k < n; k++) {
			s += a[k] * b[k];
		}
		return s;
	}

	/** One grid of the hierarchy. */
	private static final class Level {
		final int nx;
		final int ny;
		final int n;
		final double[] tE;
		final double[] tN;
		final double[] d;
		final boolean[] active;
		/** 1/(Σ T + d) for active cells, 0 for inactive ones. */
		final double[] invDiag;
		/**
		 * Right-hand side and correction of a coarse level during a solve, lent by
		 * {@link ScratchArrays} (the finest level works on the CG vectors).
		 */
		double[] rhs;
		double[] sol;
		/** Fine-to-coarse map of this level's cells into the next coarser level (shared, read only). */
		int[] parent;
		/** Cells per row of the next coarser level. */
		int coarseNx;
		/**
		 * Per cell of a coarse level: a cell under it changed since the last update (so its
		 * coefficients and the inverse diagonals there are redone).
		 */
		final boolean[] childChanged;
		/** The next coarser level's {@link #childChanged}. */
		boolean[] coarserMarks;
		int rx;
		int ry;
		int[] denseIndex;
		double[] cholesky = new double[0];
		double[] denseWork = new double[0];
		int denseSize;

		Level(int nx, int ny, boolean coarse) {
			this.nx = nx;
			this.ny = ny;
			this.n = nx * ny;
			this.tE = new double[n];
			this.tN = new double[n];
			this.d = new double[n];
			this.active = new boolean[n];
			this.invDiag = new double[n];
			this.childChanged = coarse ? new boolean[n] : null;
		}

		/**
		 * Sets cell k's coefficients; if mark, a cell whose coefficients differ from before is
		 * marked on the next coarser level.
		 */
		void store(int k, boolean on, double east, double north, double diagonal, boolean mark) {
			if (mark && active[k] == on && tE[k] == east && tN[k] == north && d[k] == diagonal) {
				return;
			}
			active[k] = on;
			tE[k] = east;
			tN[k] = north;
			d[k] = diagonal;
			if (mark && parent != null) {
				coarserMarks[parent[k]] = true;
			}
		}

		/**
		 * For every cell of the coarser level c with a changed cell under it: this level's inverse
		 * diagonals there and east and north of there (the cells whose sums a changed face enters),
		 * then c's coefficients of that cell, recoarsened in the order {@link #coarsenInto} sums
		 * them; a coarse cell whose coefficients changed is marked on the level after c.
		 */
		void recoarsenChanged(Level c) {
			boolean[] marks = c.childChanged;
			for (int kc = 0; kc < c.n; kc++) {
				if (!marks[kc]) {
					continue;
				}
				marks[kc] = false;
				int ic = kc % c.nx;
				int jc = kc / c.nx;
				int j0 = jc * ry;
				int j1 = Math.min(j0 + ry, ny);
				int i0 = ic * rx;
				int i1 = Math.min(i0 + rx, nx);
				boolean on = false;
				double east = 0.0;
				double north = 0.0;
				double diagonal = 0.0;
				for (int j = j0; j < j1; j++) {
					for (int i = i0; i < i1; i++) {
						refreshInverseDiagonal(i, j);
						refreshInverseDiagonal((i + 1) % nx, j);
						if (j + 1 < ny) {
							refreshInverseDiagonal(i, j + 1);
						}
						int k = j * nx + i;
						if (!active[k]) {
							continue;
						}
						on = true;
						diagonal += d[k];
						if (c.nx > 1 && i == i1 - 1) {
							east += tE[k] / rx;
						}
						if (j == j1 - 1 && jc < c.ny - 1) {
							north += tN[k] / ry;
						}
					}
				}
				if (c.active[kc] != on || c.tE[kc] != east || c.tN[kc] != north || c.d[kc] != diagonal) {
					c.active[kc] = on;
					c.tE[kc] = east;
					c.tN[kc] = north;
					c.d[kc] = diagonal;
					if (c.parent != null) {
						c.coarserMarks[c.parent[kc]] = true;
					}
				}
			}
		}

		/** Coefficient coarsening into the next level (whose arrays are overwritten). */
		void coarsenInto(Level c) {
			Arrays.fill(c.tE, 0.0);
			Arrays.fill(c.tN, 0.0);
			Arrays.fill(c.d, 0.0);
			Arrays.fill(c.active, false);
			for (int j = 0; j < ny; j++) {
				int jc = j / ry;
				boolean lastRow = j == Math.min(jc * ry + ry - 1, ny - 1);
				for (int i = 0; i < nx; i++) {
					int k = j * nx + i;
					if (!active[k]) {
						continue;
					}
					int ic = i / rx;
					int kc = jc * c.nx + ic;
					c.active[kc] = true;
					c.d[kc] += d[k];
					if (c.nx > 1 && i == Math.min(ic * rx + rx - 1, nx - 1)) {
						c.tE[kc] += tE[k] / rx;
					}
					if (lastRow && jc < c.ny - 1) {
						c.tN[kc] += tN[k] / ry;
					}
				}
			}
		}

		void refreshInverseDiagonal() {
			for (int j = 0; j < ny; j++) {
				for (int i = 0; i < nx; i++) {
					refreshInverseDiagonal(i, j);
				}
			}
		}

		private void refreshInverseDiagonal(int i, int j) {
			int row = j * nx;
			int k = row + i;
			if (!active[k]) {
				invDiag[k] = 0.0;
				return;
			}
			int w = i == 0 ? row + nx - 1 : k - 1;
			double sum = d[k] + tE[k] + tE[w];
			if (j > 0) {
				sum += tN[k - nx];
			}
			if (j < ny - 1) {
				sum += tN[k];
			}
			if (!(sum > 0.0)) {
				throw new IllegalArgumentException("active cell " + i + "," + j + " has no coupling");
			}
			invDiag[k] = 1.0 / sum;
		}

		void apply(double[] x, double[] out) {
			applyAndDot(x, out);
		}

		/** out = A x, returning x·out (summed in cell order, as a separate dot product would). */
		double applyAndDot(double[] x, double[] out) {
			double dot = 0.0;
			for (int j = 0; j < ny; j++) {
				int row = j * nx;
				for (int i = 0; i < nx; i++) {
					int k = row + i;
					// Inactive cells have no coefficients, so the product is 0 there when x is 0; force it anyway.
					double s = active[k] ? product(x, j, row, i) : 0.0;
					out[k] = s;
					dot += x[k] * s;
				}
			}
			return dot;
		}

		/** (A x) in cell i of row j (whose first cell is row). */
		private double product(double[] x, int j, int row, int i) {
			int k = row + i;
			double xk = x[k];
			int e = i == nx - 1 ? row : k + 1;
			int w = i == 0 ? row + nx - 1 : k - 1;
			double s = d[k] * xk + tE[k] * (xk - x[e]) + tE[w] * (xk - x[w]);
			if (j > 0) {
				s += tN[k - nx] * (xk - x[k - nx]);
			}
			if (j < ny - 1) {
				s += tN[k] * (xk - x[k + nx]);
			}
			return s;
		}

		void residual(double[] x, double[] b, double[] out) {
			for (int j = 0; j < ny; j++) {
				int row = j * nx;
				for (int i = 0; i < nx; i++) {
					int k = row + i;
					out[k] = active[k] ? b[k] - product(x, j, row, i) : 0.0;
				}
			}
		}

		/**
		 * Restricts the residual b − A x to the next level (coarseRhs is overwritten) without storing
		 * it: one pass over the level instead of a residual pass and a restriction pass, summed into
		 * each coarse cell in the same order.
		 */
		void restrictResidual(double[] x, double[] b, double[] coarseRhs) {
			Arrays.fill(coarseRhs, 0.0);
			for (int j = 0; j < ny; j++) {
				int row = j * nx;
				int coarseRow = (j / ry) * coarseNx;
				for (int i = 0; i < nx; i++) {
					coarseRhs[coarseRow + i / rx] += active[row + i] ? b[row + i] - product(x, j, row, i) : 0.0;
				}
			}
		}

		/**
		 * {@link #SMOOTHING_SWEEPS} red-black Gauss–Seidel sweeps; the backward sweeps visit cells in
		 * exactly the reverse order, which makes them the adjoint of the forward sweeps. Forward,
		 * they start from x = 0; backward, from x plus the coarse correction prolongated (piecewise
		 * constant) into the active cells.
		 * <p>
		 * The half-sweeps (one colour each) are pipelined in one pass over the rows: half-sweep s
		 * works on the row s rows behind half-sweep s − 1, and the row that is zeroed or receives
		 * the coarse correction one row ahead of the first. A cell reads only the other colour in its
		 * own and the two adjacent rows, which the half-sweep before has then finished and the one
		 * after has not yet reached, so every cell gets exactly the value of sweeping the colours one
		 * after the other, while the vectors and coefficients stream through the cache once per call
		 * instead of once per half-sweep (what decides the speed once a level no longer fits in the
		 * cache).
		 *
		 * @param correction the coarse level's correction (backward only)
		 */
		void smooth(double[] x, double[] b, boolean forward, double[] correction) {
			int stages = 2 * SMOOTHING_SWEEPS;
			for (int t = 0; t < ny + stages; t++) {
				if (t < ny) {
					if (forward) {
						Arrays.fill(x, t * nx, t * nx + nx, 0.0);
					} else {
						prolongAdd(correction, ny - 1 - t, x);
					}
				}
				for (int s = 0; s < stages && s < t; s++) {
					int behind = t - 1 - s;
					if (behind >= ny) {
						continue;
					}
					halfRow(x, b, forward ? behind : ny - 1 - behind, forward ? s & 1 : 1 - (s & 1), forward);
				}
			}
		}

		/** Gauss–Seidel on the cells of one colour ((i + j) mod 2) in row j, in or against x order. */
		private void halfRow(double[] x, double[] b, int j, int colour, boolean forward) {
			int row = j * nx;
			int start = (j + colour) & 1;
			if (start >= nx) {
				return;
			}
			int last = start + ((nx - 1 - start) / 2) * 2;
			boolean south = j > 0;
			boolean north = j < ny - 1;
			int step = forward ? 2 : -2;
			int count = (last - start) / 2 + 1;
			int i = forward ? start : last;
			for (int m = 0; m < count; m++, i += step) {
				int k = row + i;
				double inv = invDiag[k];
				if (inv == 0.0) {
					continue;
				}
				int e = i == nx - 1 ? row : k + 1;
				int w = i == 0 ? row + nx - 1 : k - 1;
				double s = b[k] + tE[k] * x[e] + tE[w] * x[w];
				if (south) {
					s += tN[k - nx] * x[k - nx];
				}
				if (north) {
					s += tN[k] * x[k + nx];
				}
				x[k] = s * inv;
			}
		}

		/** Adds the coarse correction to the active cells of row j (piecewise-constant prolongation). */
		private void prolongAdd(double[] coarse, int j, double[] x) {
			int row = j * nx;
			int coarseRow = (j / ry) * coarseNx;
			for (int i = 0; i < nx; i++) {
				if (active[row + i]) {
					x[row + i] += coarse[coarseRow + i / rx];
				}
			}
		}

		void factorise() {
			if (denseIndex == null) {
				denseIndex = new int[n];
			}
			int m = 0;
			for (int k = 0; k < n; k++) {
				denseIndex[k] = active[k] ? m++ : -1;
			}
			denseSize = m;
			if (cholesky.length < m * m) {
				cholesky = new double[m * m];
				denseWork = new double[m];
			}
			double[] a = cholesky;
			Arrays.fill(a, 0, m * m, 0.0);
			for (int j = 0; j < ny; j++) {
				for (int i = 0; i < nx; i++) {
					int k = j * nx + i;
					int a0 = denseIndex[k];
					if (a0 < 0) {
						continue;
					}
					a[a0 * m + a0] += d[k];
					if (nx > 1) {
						couple(a, m, a0, denseIndex[j * nx + (i + 1) % nx], tE[k]);
					}
					if (j < ny - 1) {
						couple(a, m, a0, denseIndex[k + nx], tN[k]);
					}
				}
			}
			for (int c = 0; c < m; c++) {
				double diag = a[c * m + c];
				for (int k = 0; k < c; k++) {
					diag -= a[c * m + k] * a[c * m + k];
				}
				if (!(diag > 0.0)) {
					throw new IllegalStateException("coarsest multigrid operator is not positive definite");
				}
				double l = Math.sqrt(diag);
				a[c * m + c] = l;
				for (int row = c + 1; row < m; row++) {
					double s = a[row * m + c];
					for (int k = 0; k < c; k++) {
						s -= a[row * m + k] * a[c * m + k];
					}
					a[row * m + c] = s / l;
				}
			}
		}

		private static void couple(double[] a, int m, int p, int q, double t) {
			if (q < 0 || q == p || t == 0.0) {
				return;
			}
			a[p * m + p] += t;
			a[q * m + q] += t;
			a[p * m + q] -= t;
			a[q * m + p] -= t;
		}

		void directSolve(double[] b, double[] x) {
			int m = denseSize;
			double[] y = denseWork;
			for (int k = 0; k < n; k++) {
				int c = denseIndex[k];
				if (c >= 0) {
					y[c] = b[k];
				}
			}
			double[] a = cholesky;
			for (int row = 0; row < m; row++) {
				double s = y[row];
				for (int k = 0; k < row; k++) {
					s -= a[row * m + k] * y[k];
				}
				y[row] = s / a[row * m + row];
			}
			for (int row = m - 1; row >= 0; row--) {
				double s = y[row];
				for (int k = row + 1; k < m; k++) {
					s -= a[k * m + row] * y[k];
				}
				y[row] = s / a[row * m + row];
			}
			for (int k = 0; k < n; k++) {
				int c = denseIndex[k];
				x[k] = c >= 0 ? y[c] : 0.0;
			}
		}
	}
}
