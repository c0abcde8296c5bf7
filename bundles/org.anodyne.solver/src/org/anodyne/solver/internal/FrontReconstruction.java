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
import java.util.function.DoubleUnaryOperator;

import org.anodyne.solver.deposition.CutCellGeometry;

/**
 * The deposit front inside partially filled cells as an embedded boundary (PLIC): in every front
 * cell — an electrolyte cell of the host's open pores (no collector surface in it) that holds
 * metal — a straight segment whose normal comes from the metal fraction F of the 3×3 block around
 * it (Youngs' −∇F refined by ELVIRA, see {@link #normal}; metal cells count 1) and whose position
 * puts exactly the cell's metal volume behind it. The fill fractions stay the conserved quantity; the segment only gives
 * the potential and the face kinetics their geometry: the open fraction of each of the cell's four
 * faces, the segment's length, its signed distance from the cell centre and its normal, which
 * {@link Transport} and {@link ElectrodeFaces} use as they use a collector's cut pieces.
 * <p>
 * A cell that also holds a collector piece (of one solid) and borders metal is a front cell too:
 * its electrolyte is the cell minus the solid minus the deposit's half-plane. Its segment is the
 * line's part outside the solid, its collector surface the pieces' part outside the deposit
 * ({@link #exposed}), its open face fractions those of that region, and the line's position puts
 * the cell's metal volume behind it in the cell's fluid part ({@link CutCellGeometry#frontCut}).
 * A 3×3 block through a solid has no gradient worth the name, so its normal starts from the
 * nearest plain front cell's within two cells and is then fitted (golden section, ±0.2 rad) to the
 * block's fractions, each cut neighbour's predicted as the fluid behind the line in it; plain front
 * cells beside a solid are fitted the same way from their ELVIRA normal, which itself ignores cut
 * neighbours (a fraction of a cell's fluid is no fraction of the whole cell a straight line
 * predicts). A straight front across fibres is then exact; on a curved one the total length
 * converges irregularly, as PLIC segments' does. Where no plain front cell is that near, or two
 * solids meet in the cell, or no metal borders it yet (a film nucleating on a fibre), or the line
 * would leave its electrolyte no open face to a neighbour's, the metal lies as a film on the
 * collector's surface, and the piece (covered once the film reaches the coverage thickness) stays
 * its electrode face until the cell fills; its area is first order there.
 * <p>
 * Coordinates inside a cell are in units of h with the origin at its south-west corner.
 */
final class FrontReconstruction {

	/** A smaller |∇F| (per cell) has no direction worth a segment: the cell keeps its VOF faces. */
	private static final double MIN_GRADIENT = 1e-9;
	private static final int BISECTIONS = 60;
	/** Smallest open fraction of a face through which a cell cut by a solid and a front counts as connected. */
	private static final double CONNECTED = 1e-9;
	/** Half-width [rad] of the angles searched around a first normal, and the golden-section steps (to 10⁻³ rad). */
	private static final double FIT_RANGE = 0.2;
	private static final int FIT_ITERATIONS = 14;

	private final Domain domain;
	private final CellState state;

	/** True for a cell whose front is a reconstructed segment. */
	final boolean[] front;
	/** Open (electrolyte) fraction of the east, west, north and south face as seen from inside the cell. */
	final double[] openEast;
	final double[] openWest;
	final double[] openNorth;
	final double[] openSouth;
	/** Segment length [m]. */
	final double[] length;
	/** Distance from the cell centre to the segment along the normal, negative inside the metal [m]. */
	final double[] distance;
	/** Position of the segment's midpoint [m]. */
	final double[] x;
	final double[] y;
	/** Unit normal of the segment, pointing into the electrolyte. */
	final double[] normalX;
	final double[] normalY;
	/** Fraction of the cell's collector pieces not buried by the deposit's half-plane (1 in other cells). */
	final double[] exposed;
	private final CutCellGeometry cut;
	private final double[] cutScratch = new double[7];

	FrontReconstruction(Domain domain, CellState state) {
		this.domain = domain;
		this.state = state;
		int n = domain.n;
		this.front = new boolean[n];
		this.openEast = new double[n];
		this.openWest = new double[n];
		this.openNorth = new double[n];
		this.openSouth = new double[n];
		this.length = new double[n];
		this.distance = new double[n];
		this.x = new double[n];
		this.y = new double[n];
		this.normalX = new double[n];
		this.normalY = new double[n];
		this.exposed = new double[n];
		Arrays.fill(exposed, 1.0);
		this.cut = domain.cutCells ? domain.problem.geometry().cutCells() : null;
	}

	/** Reconstructs the front of the present fill. */
	void update() {
		int nx = domain.nx;
		double h = domain.h;
		Segment s = new Segment();
		// One 3x3 block for every cell: each is filled whole before it is read, and nothing keeps it.
		double[] stencil = new double[9];
		boolean[] plain = new boolean[9];
		for (int k = 0; k < domain.n; k++) {
			openEast[k] = 1.0;
			openWest[k] = 1.0;
			openNorth[k] = 1.0;
			openSouth[k] = 1.0;
			exposed[k] = 1.0;
			front[k] = false;
			if (!eligible(k)) {
				continue;
			}
			int i = k % nx;
			int j = k / nx;
			for (int dj = -1; dj <= 1; dj++) {
				for (int di = -1; di <= 1; di++) {
					stencil[(dj + 1) * 3 + di + 1] = fill(i + di, j + dj);
					plain[(dj + 1) * 3 + di + 1] = plain(i + di, j + dj);
				}
			}
			double[] normal = normal(stencil, plain, s);
			if (normal == null) {
				continue;
			}
			normalX[k] = normal[0];
			normalY[k] = normal[1];
			if (cut != null && !allPlain(plain)) {
				// Beside a solid: fit the cut neighbours' fractions of their fluid too.
				double angle = bestAngle(k, Math.atan2(normal[1], normal[0]), stencil[4]);
				normalX[k] = Math.cos(angle);
				normalY[k] = Math.sin(angle);
			}
			s.place(normalX[k], normalY[k], stencil[4]);
			front[k] = true;
			openEast[k] = s.openEast;
			openWest[k] = s.openWest;
			openNorth[k] = s.openNorth;
			openSouth[k] = s.openSouth;
			length[k] = s.length * h;
			distance[k] = s.centreDistance * h;
			x[k] = (i + s.midX) * h;
			y[k] = (j + s.midY) * h;
		}
		if (cut != null) {
			for (int k = 0; k < domain.n; k++) {
				if (bordersMetal(k)) {
					reconstructWithSolid(k, s);
				}
			}
		}
	}

	/**
	 * A cell with a collector piece and metal, next to a metal cell: its segment with the normal fitted
	 * from the nearest plain front cell's, clipped against the solid (see the class comment).
	 */
	private void reconstructWithSolid(int k, Segment s) {
		int i = k % domain.nx;
		int j = k / domain.nx;
		double bestDistance = Double.POSITIVE_INFINITY;
		double mx = 0.0;
		double my = 0.0;
		for (int dj = -2; dj <= 2; dj++) {
			for (int di = -2; di <= 2; di++) {
				int q = offset(k, di, dj);
				if (q < 0 || !front[q] || !plain(q)) {
					continue;
				}
				double distance = di * di + dj * dj;
				if (distance < bestDistance) {
					bestDistance = distance;
					mx = 0.0;
					my = 0.0;
				}
				if (distance == bestDistance) {
					mx += normalX[q];
					my += normalY[q];
				}
			}
		}
		double norm = Math.hypot(mx, my);
		if (norm < MIN_GRADIENT) {
			return;
		}
		double target = state.volume[k] / domain.capacity[k] * domain.prepared.fluid[k];
		double angle = bestAngle(k, Math.atan2(my / norm, mx / norm), target);
		double cx = Math.cos(angle);
		double cy = Math.sin(angle);
		double alpha = alphaWithSolid(k, cx, cy, target);
		double[] out = cutScratch;
		if (Double.isNaN(alpha) || !cut.frontCut(k, cx, cy, alpha, out)) {
			return;
		}
		// Electrolyte the line would cut off from every open neighbour stays a film's cell instead.
		boolean connected = false;
		int[] nb = domain.neighbours(k);
		for (int d = 0; d < 4; d++) {
			connected |= nb[d] >= 0 && state.active[nb[d]] && out[3 + d] > CONNECTED;
		}
		if (!connected) {
			return;
		}
		s.cut(cx, cy, alpha);
		front[k] = true;
		normalX[k] = cx;
		normalY[k] = cy;
		double[] open = {out[3], out[4], out[5], out[6]};
		for (int d = 0; d < 4; d++) {
			// Transport and the faces multiply these by the solid's aperture.
			double aperture = domain.aperture(k, d);
			open[d] = aperture > 0.0 ? Math.min(1.0, open[d] / aperture) : 1.0;
		}
		openEast[k] = open[0];
		openWest[k] = open[1];
		openNorth[k] = open[2];
		openSouth[k] = open[3];
		length[k] = out[1] * domain.h;
		distance[k] = s.centreDistance * domain.h;
		x[k] = (i + s.midX) * domain.h;
		y[k] = (j + s.midY) * domain.h;
		double pieces = 0.0;
		for (int p = domain.prepared.pieceStart[k]; p < domain.prepared.pieceStart[k + 1]; p++) {
			pieces += domain.prepared.pieceLength[p];
		}
		exposed[k] = pieces > 0.0 ? Math.max(0.0, 1.0 - out[2] * domain.h / pieces) : 1.0;
	}

	/**
	 * The angle near a first guess whose line best reproduces the block's fractions ({@link #fitError}),
	 * by golden-section search; the guess itself where the search does no better.
	 */
	private double bestAngle(int k, double guess, double target) {
		double a = guess - FIT_RANGE;
		double b = guess + FIT_RANGE;
		double golden = 0.5 * (Math.sqrt(5.0) - 1.0);
		double c1 = b - golden * (b - a);
		double c2 = a + golden * (b - a);
		double e1 = fitError(k, c1, target);
		double e2 = fitError(k, c2, target);
		for (int it = 0; it < FIT_ITERATIONS; it++) {
			if (e1 <= e2) {
				b = c2;
				c2 = c1;
				e2 = e1;
				c1 = b - golden * (b - a);
				e1 = fitError(k, c1, target);
			} else {
				a = c1;
				c1 = c2;
				e1 = e2;
				c2 = a + golden * (b - a);
				e2 = fitError(k, c2, target);
			}
		}
		return Math.min(e1, e2) <= fitError(k, guess, target) ? 0.5 * (a + b) : guess;
	}

	/**
	 * Squared misfit of the 3×3 block's fractions for cell k's line at this angle: each neighbour's
	 * metal fraction of its fluid against the line's (through the solid where one cuts it).
	 */
	private double fitError(int k, double angle, double target) {
		double nx = Math.cos(angle);
		double ny = Math.sin(angle);
		double alpha = plain(k)
				? position(a -> Segment.metalArea(nx, ny, a), nx, ny, target)
				: alphaWithSolid(k, nx, ny, target);
		if (Double.isNaN(alpha)) {
			return Double.POSITIVE_INFINITY;
		}
		int i = k % domain.nx;
		int j = k / domain.nx;
		double error = 0.0;
		for (int dj = -1; dj <= 1; dj++) {
			for (int di = -1; di <= 1; di++) {
				int q = offset(k, di, dj);
				if (q < 0 || q == k || domain.base[q] == Domain.SUBSTRATE) {
					continue;
				}
				double shifted = alpha - nx * di - ny * dj;
				double predicted;
				if (domain.prepared.pieceStart[q] == domain.prepared.pieceStart[q + 1]) {
					predicted = Segment.metalArea(nx, ny, shifted);
				} else {
					predicted = cut.fluidBehind(q, nx, ny, shifted) / domain.prepared.fluid[q];
					if (Double.isNaN(predicted)) {
						continue;
					}
				}
				double d = predicted - fill(i + di, j + dj);
				error += d * d;
			}
		}
		return error;
	}

	/**
	 * The α that leaves the target fluid area behind n·u = α in cell k (see {@link #position}); NaN
	 * where the cell's solids are not one.
	 */
	private double alphaWithSolid(int k, double nx, double ny, double target) {
		return position(a -> cut.fluidBehind(k, nx, ny, a), nx, ny, target);
	}

	/**
	 * The α at which an area behind n·u = α, rising monotonically from 0 across the unit cell,
	 * reaches the target: regula falsi (Illinois), to rounding in a few evaluations where bisection
	 * takes fifty; NaN where the area is.
	 */
	private static double position(DoubleUnaryOperator area, double nx, double ny, double target) {
		double lo = Math.min(0.0, nx) + Math.min(0.0, ny);
		double hi = Math.max(0.0, nx) + Math.max(0.0, ny);
		double fLo = -target;
		double fHi = area.applyAsDouble(hi) - target;
		if (Double.isNaN(fHi)) {
			return Double.NaN;
		}
		int side = 0;
		for (int it = 0; it < BISECTIONS && hi - lo > 1e-14; it++) {
			double a = (lo * fHi - hi * fLo) / (fHi - fLo);
			if (!(a > lo && a < hi)) {
				a = 0.5 * (lo + hi);
			}
			double f = area.applyAsDouble(a) - target;
			if (f == 0.0) {
				return a;
			}
			if (f < 0.0) {
				lo = a;
				fLo = f;
				if (side == -1) {
					fHi *= 0.5;
				}
				side = -1;
			} else {
				hi = a;
				fHi = f;
				if (side == 1) {
					fLo *= 0.5;
				}
				side = 1;
			}
		}
		return 0.5 * (lo + hi);
	}

	/** A cell with a collector piece and metal in it, electrolyte still, with a metal cell among its eight neighbours. */
	private boolean bordersMetal(int k) {
		if (!state.active[k] || domain.base[k] != Domain.PORE || state.volume[k] <= 0.0
				|| domain.prepared.pieceStart[k] == domain.prepared.pieceStart[k + 1]) {
			return false;
		}
		for (int dj = -1; dj <= 1; dj++) {
			for (int di = -1; di <= 1; di++) {
				int q = offset(k, di, dj);
				if (q >= 0 && !state.active[q] && domain.base[q] != Domain.SUBSTRATE) {
					return true;
				}
			}
		}
		return false;
	}

	/** The cell di columns and dj rows from k, periodic in x; −1 beyond the bottom wall or the top. */
	private int offset(int k, int di, int dj) {
		int row = k / domain.nx + dj;
		return row < 0 || row >= domain.ny ? -1 : row * domain.nx + Math.floorMod(k % domain.nx + di, domain.nx);
	}

	private boolean eligible(int k) {
		if (!state.active[k] || domain.base[k] != Domain.PORE || domain.prepared.fluid[k] != 1.0
				|| domain.prepared.pieceStart[k] != domain.prepared.pieceStart[k + 1]) {
			return false;
		}
		return state.volume[k] > 0.0;
	}

	/**
	 * ELVIRA: of the Youngs normal −∇F and the six normals the backward, central and forward
	 * differences of the 3×3 block's column and row sums (height functions) give — each either way
	 * up —, the one whose segment best reproduces the fractions of the neighbours that hold no solid
	 * (least squares). It reconstructs any straight front exactly and a curved one at second order,
	 * where Youngs alone is first order. Null where the block has no gradient.
	 */
	private static double[] normal(double[] f, boolean[] plain, Segment s) {
		double gx = (f[2] + 2 * f[5] + f[8]) - (f[0] + 2 * f[3] + f[6]);
		double gy = (f[6] + 2 * f[7] + f[8]) - (f[0] + 2 * f[1] + f[2]);
		double norm = Math.hypot(gx, gy);
		if (norm < MIN_GRADIENT) {
			return null;
		}
		double yx = -gx / norm;
		double yy = -gy / norm;
		double[] columns = {f[0] + f[3] + f[6], f[1] + f[4] + f[7], f[2] + f[5] + f[8]};
		double[] rows = {f[0] + f[1] + f[2], f[3] + f[4] + f[5], f[6] + f[7] + f[8]};
		double[] slopes = new double[6];
		slopes[0] = columns[1] - columns[0];
		slopes[1] = 0.5 * (columns[2] - columns[0]);
		slopes[2] = columns[2] - columns[1];
		slopes[3] = rows[1] - rows[0];
		slopes[4] = 0.5 * (rows[2] - rows[0]);
		slopes[5] = rows[2] - rows[1];
		double[] best = {yx, yy};
		double bestError = blockError(f, plain, yx, yy, s);
		for (int c = 0; c < 12; c++) {
			double m = (c % 2 == 0 ? 1.0 : -1.0) * slopes[c / 2];
			// Column sums give the front's height y(x), row sums its position x(y).
			double cx = c / 2 < 3 ? -m : 1.0;
			double cy = c / 2 < 3 ? 1.0 : -m;
			double len = Math.hypot(cx, cy);
			cx /= len;
			cy /= len;
			if (cx * yx + cy * yy < 0.0) {
				cx = -cx;
				cy = -cy;
			}
			double error = blockError(f, plain, cx, cy, s);
			if (error < bestError) {
				bestError = error;
				best = new double[]{cx, cy};
			}
		}
		return best;
	}

	/**
	 * Squared misfit of the plain neighbours' fractions for the centre cell's segment with normal n:
	 * a cell holding solid has a fraction of its fluid, which no straight line through a whole cell
	 * predicts, so it would pull the normal off a straight front that passes a fibre.
	 */
	private static double blockError(double[] f, boolean[] plain, double nx, double ny, Segment s) {
		s.place(nx, ny, f[4]);
		double error = 0.0;
		for (int dj = -1; dj <= 1; dj++) {
			for (int di = -1; di <= 1; di++) {
				if (!plain[(dj + 1) * 3 + di + 1]) {
					continue;
				}
				double predicted = Segment.metalArea(nx, ny, s.alpha - nx * di - ny * dj);
				double d = predicted - f[(dj + 1) * 3 + di + 1];
				error += d * d;
			}
		}
		return error;
	}

	private boolean plain(int k) {
		return plain(k % domain.nx, k / domain.nx);
	}

	private static boolean allPlain(boolean[] plain) {
		for (boolean p : plain) {
			if (!p) {
				return false;
			}
		}
		return true;
	}

	/** True if cell (i, j) holds no solid (its fraction is one of the whole cell), indexed as {@link #fill}. */
	private boolean plain(int i, int j) {
		int row = Math.max(0, Math.min(domain.ny - 1, j));
		int k = row * domain.nx + Math.floorMod(i, domain.nx);
		return domain.base[k] != Domain.SUBSTRATE && domain.prepared.pieceStart[k] == domain.prepared.pieceStart[k + 1];
	}

	/** Metal fraction of cell (i, j): periodic in x, the wall rows repeated beyond the walls. */
	private double fill(int i, int j) {
		int nx = domain.nx;
		int row = Math.max(0, Math.min(domain.ny - 1, j));
		int k = row * nx + Math.floorMod(i, nx);
		if (!state.active[k]) {
			return 1.0;
		}
		return domain.capacity[k] > 0.0 ? Math.min(1.0, state.volume[k] / domain.capacity[k]) : 1.0;
	}

	/**
	 * The segment n·x = α in the unit cell that leaves area f on its metal side n·x &lt; α (n points
	 * into the electrolyte), found on α to rounding, and what the cell sees of it.
	 */
	static final class Segment {
		/** The unit cell's corners, counter-clockwise. */
		private static final double[][] CORNERS = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
		double openEast;
		double openWest;
		double openNorth;
		double openSouth;
		double length;
		double centreDistance;
		double midX;
		double midY;
		double alpha;

		void place(double nx, double ny, double f) {
			cut(nx, ny, position(a -> metalArea(nx, ny, a), nx, ny, f));
		}

		/** What the cell sees of the line n·x = a. */
		void cut(double nx, double ny, double at) {
			alpha = at;
			openEast = openFraction(nx + 0.0 - alpha, ny);
			openWest = openFraction(-alpha, ny);
			openNorth = openFraction(ny - alpha, nx);
			openSouth = openFraction(-alpha, nx);
			centreDistance = 0.5 * (nx + ny) - alpha;
			// The segment's ends: where the line crosses the cell's four edges.
			double[] px = new double[4];
			double[] py = new double[4];
			int m = 0;
			double[][] corners = CORNERS;
			for (int e = 0; e < 4 && m < 2; e++) {
				double[] a = corners[e];
				double[] b = corners[(e + 1) % 4];
				double sa = nx * a[0] + ny * a[1] - alpha;
				double sb = nx * b[0] + ny * b[1] - alpha;
				if ((sa < 0.0) != (sb < 0.0)) {
					double t = sa / (sa - sb);
					px[m] = a[0] + t * (b[0] - a[0]);
					py[m] = a[1] + t * (b[1] - a[1]);
					m++;
				}
			}
			length = m == 2 ? Math.hypot(px[1] - px[0], py[1] - py[0]) : 0.0;
			midX = m == 2 ? 0.5 * (px[0] + px[1]) : 0.5;
			midY = m == 2 ? 0.5 * (py[0] + py[1]) : 0.5;
		}

		/** Fraction of t ∈ [0, 1] with s0 + slope·t &gt; 0. */
		private static double openFraction(double s0, double slope) {
			if (slope == 0.0) {
				return s0 > 0.0 ? 1.0 : 0.0;
			}
			double root = -s0 / slope;
			double f = slope > 0.0 ? 1.0 - root : root;
			return Math.max(0.0, Math.min(1.0, f));
		}

		/** Area of {x ∈ [0,1]²: n·x &lt; α}, by clipping the unit square (shoelace). */
		static double metalArea(double nx, double ny, double alpha) {
			double[][] corners = CORNERS;
			double[] qx = new double[5];
			double[] qy = new double[5];
			int m = 0;
			for (int e = 0; e < 4; e++) {
				double[] a = corners[e];
				double[] b = corners[(e + 1) % 4];
				double sa = nx * a[0] + ny * a[1] - alpha;
				double sb = nx * b[0] + ny * b[1] - alpha;
				if (sa < 0.0) {
					qx[m] = a[0];
					qy[m] = a[1];
					m++;
				}
				if ((sa < 0.0) != (sb < 0.0)) {
					double t = sa / (sa - sb);
					qx[m] = a[0] + t * (b[0] - a[0]);
					qy[m] = a[1] + t * (b[1] - a[1]);
					m++;
				}
			}
			double area = 0.0;
			for (int p = 0; p < m; p++) {
				int q = (p + 1) % m;
				area += qx[p] * qy[q] - qx[q] * qy[p];
			}
			return 0.5 * Math.abs(area);
		}
	}
}
