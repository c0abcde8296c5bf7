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
 * predicts). A straight front across fibres is then exact. Where no plain front cell is that near, or two
 * solids meet in the cell, or no metal borders it yet (a film nucleating on a fibre), or the line
 * would leave its electrolyte no open face to a neighbour's, the metal lies as a film on the
 * collector's surface, and the piece (covered once the film reaches the coverage thickness) stays
 * its electrode face until the cell fills; its area is first order there.
 * <p>
 * The segments' lengths are not what the flux sees: on a curved front adjacent PLIC segments leave
 * gaps and overlaps of O(κh²) at every cell edge the front crosses, so their total wanders at first
 * order whatever the normals (φ<sub>s</sub> follows the total length where the kinetics dominate).
 * Each front cell's flux length, and the buried share of a cut cell's piece, come instead from the
 * front's curve through the height functions of its column (row) and its neighbours' ({@link Curve}),
 * second order in position and slope; where no clean height function is near, the segment's.
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
	/** Cells either side of a front cell that a height function sums across the front. */
	private static final int HALF_HEIGHT = 3;
	/** Offsets of the columns (rows) whose height functions may give a front cell its curve, nearest first. */
	private static final int[] CURVE_SOURCES = {0, -1, 1, -2, 2, -3, 3};
	/** Samples along a cell that bracket where the curve enters or leaves it, and the bisections that find those points. */
	private static final int CURVE_SAMPLES = 8;
	private static final int CURVE_BISECTIONS = 50;
	/** Strips per stretch of a cut cell over which the solid behind a curve is summed, and rounds of the trial curve. */
	private static final int CURVE_STRIPS = 8;
	private static final int CURVE_ROUNDS = 20;
	/** Change of the front's position [cells] below which the trial curve has settled. */
	private static final double CURVE_SETTLED = 1e-12;
	/** A cell's share on the metal side this near 0 or 1 is that (the sum of its metal and solid shares rounds). */
	private static final double SHARE_ROUNDING = 1e-12;
	/** Largest share of a column whose front runs inside a solid for its height to enter a fit, and its samples. */
	private static final double MAX_HIDDEN = 0.5;
	private static final int HIDDEN_SAMPLES = 16;
	/** Share of its segment's length a front cell keeps where the curve misses it (far below any length that counts). */
	private static final double MISSED_SHARE = 1e-6;
	/**
	 * Largest difference (share of its fluid) between a cut cell's metal and the fluid behind the curve
	 * through it for the curve to give its lengths; a curve from a few cells off is ~10⁻³ out, one that
	 * misses how the front meets the solid ~10⁻¹.
	 */
	private static final double CURVE_MISMATCH = 0.02;
	/** How far inside a cell's across range [cells] a point where the curve enters or leaves it must be to meet a solid. */
	private static final double CROSSING_MARGIN = 1e-9;
	/** Three-point Gauss–Legendre nodes on [−1, 1] and their weights. */
	private static final double[] GAUSS_NODES = {-Math.sqrt(0.6), 0.0, Math.sqrt(0.6)};
	private static final double[] GAUSS_WEIGHTS = {5.0 / 9.0, 8.0 / 9.0, 5.0 / 9.0};
	/** Column and row steps to the east, west, north and south neighbour (the order of {@link CutCellGeometry#frontCut}'s faces). */
	private static final int[] FACE_DI = {1, -1, 0, 0};
	private static final int[] FACE_DJ = {0, 0, 1, -1};

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
	/** What the cut queries write and clip into: reused at every step (the geometry itself is shared). */
	private final double[] cutScratch = new double[7];
	private final CutCellGeometry.Scratch cutWork = new CutCellGeometry.Scratch();
	private final AreaBehind fluidArea;
	private final Curve curve = new Curve();
	private final Segment segment = new Segment();
	/** The 3×3 block around a cell: each is filled whole before it is read, and nothing keeps it. */
	private final double[] stencil = new double[9];
	private final boolean[] plainBlock = new boolean[9];
	/** {@link #normal}'s six height-function slopes and the normal it picks. */
	private final double[] slopes = new double[6];
	private final double[] blockNormal = new double[2];

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
		this.fluidArea = (k, nx, ny, alpha) -> cut.fluidBehind(k, nx, ny, alpha, cutWork);
	}

	/** Reconstructs the front of the present fill. */
	void update() {
		int nx = domain.nx;
		double h = domain.h;
		Segment s = segment;
		double[] stencil = this.stencil;
		boolean[] plain = plainBlock;
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
			double[] normal = blockNormal;
			if (!normal(stencil, plain, s, slopes, normal)) {
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
		// Every curve is found before any cell's exposure changes: the heights read the lines'.
		curve.kept = 0;
		for (int k = 0; k < domain.n; k++) {
			if (front[k] && curve.through(k)) {
				curve.keep(k);
			}
		}
		for (int e = 0; e < curve.kept; e++) {
			curve.measure(e, curve.shared(e));
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
		if (Double.isNaN(alpha) || !cut.frontCut(k, cx, cy, alpha, out, cutWork)) {
			return;
		}
		// Electrolyte the line would cut off from every open neighbour stays a film's cell instead.
		boolean connected = false;
		for (int d = 0; d < 4; d++) {
			int q = offset(k, FACE_DI[d], FACE_DJ[d]);
			connected |= q >= 0 && state.active[q] && out[3 + d] > CONNECTED;
		}
		if (!connected) {
			return;
		}
		s.cut(cx, cy, alpha);
		front[k] = true;
		normalX[k] = cx;
		normalY[k] = cy;
		for (int d = 0; d < 4; d++) {
			// Transport and the faces multiply these by the solid's aperture.
			double aperture = domain.aperture(k, d);
			out[3 + d] = aperture > 0.0 ? Math.min(1.0, out[3 + d] / aperture) : 1.0;
		}
		openEast[k] = out[3];
		openWest[k] = out[4];
		openNorth[k] = out[5];
		openSouth[k] = out[6];
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
				? position(segment, k, nx, ny, target)
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
					predicted = segment.metalArea(nx, ny, shifted);
				} else {
					predicted = cut.fluidBehind(q, nx, ny, shifted, cutWork) / domain.prepared.fluid[q];
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
		return position(fluidArea, k, nx, ny, target);
	}

	/**
	 * An area of cell k behind the line n·u = α, for {@link #position}: an object made once rather than
	 * a lambda capturing the cell and the normal, which would be a fresh object on every search.
	 */
	private interface AreaBehind {
		double area(int k, double nx, double ny, double alpha);
	}

	/**
	 * The α at which cell k's area behind n·u = α, rising monotonically from 0 across the unit cell,
	 * reaches the target: regula falsi (Illinois), to rounding in a few evaluations where bisection
	 * takes fifty; NaN where the area is.
	 */
	private static double position(AreaBehind area, int k, double nx, double ny, double target) {
		double lo = Math.min(0.0, nx) + Math.min(0.0, ny);
		double hi = Math.max(0.0, nx) + Math.max(0.0, ny);
		double fLo = -target;
		double fHi = area.area(k, nx, ny, hi) - target;
		if (Double.isNaN(fHi)) {
			return Double.NaN;
		}
		int side = 0;
		for (int it = 0; it < BISECTIONS && hi - lo > 1e-14; it++) {
			double a = (lo * fHi - hi * fLo) / (fHi - fLo);
			if (!(a > lo && a < hi)) {
				a = 0.5 * (lo + hi);
			}
			double f = area.area(k, nx, ny, a) - target;
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
	 * where Youngs alone is first order. Writes it to best; false where the block has no gradient.
	 */
	private static boolean normal(double[] f, boolean[] plain, Segment s, double[] slopes, double[] best) {
		double gx = (f[2] + 2 * f[5] + f[8]) - (f[0] + 2 * f[3] + f[6]);
		double gy = (f[6] + 2 * f[7] + f[8]) - (f[0] + 2 * f[1] + f[2]);
		double norm = Math.hypot(gx, gy);
		if (norm < MIN_GRADIENT) {
			return false;
		}
		double yx = -gx / norm;
		double yy = -gy / norm;
		double column0 = f[0] + f[3] + f[6];
		double column1 = f[1] + f[4] + f[7];
		double column2 = f[2] + f[5] + f[8];
		double row0 = f[0] + f[1] + f[2];
		double row1 = f[3] + f[4] + f[5];
		double row2 = f[6] + f[7] + f[8];
		slopes[0] = column1 - column0;
		slopes[1] = 0.5 * (column2 - column0);
		slopes[2] = column2 - column1;
		slopes[3] = row1 - row0;
		slopes[4] = 0.5 * (row2 - row0);
		slopes[5] = row2 - row1;
		best[0] = yx;
		best[1] = yy;
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
				best[0] = cx;
				best[1] = cy;
			}
		}
		return true;
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
				double predicted = s.metalArea(nx, ny, s.alpha - nx * di - ny * dj);
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
	 * The front near a cell as the cubic its column's height function gives. A column's (row's) height
	 * is the share on the metal side of a run of cells the front crosses, within seven cells centred on
	 * the front cell's row, between a full cell and an empty one: a plain cell's fill; a cut cell's metal
	 * plus the solid behind the front where the front's line buries all or none of its piece; and where
	 * the front meets the solid inside the cell, or runs through a solid cell, the solid behind a trial
	 * curve, repeated with each new curve until it settles (only for columns whose front runs at most
	 * half inside a solid, which otherwise would carry the trial's own position). The curve has the mean
	 * of the nearest three clean columns' heights, their slope and bend, and the third derivative a
	 * fourth or fifth column gives (which the mean difference of column means carries into the slope).
	 * The cells a front crosses in one column share one curve. The flux length of the front in the cell
	 * is the curve's inside it and outside the solid; where it meets the solid once, the piece's buried
	 * part is that behind the cell's line moved through the meeting point. Coordinates in units of h:
	 * along the columns (rows) a, across them b.
	 */
	private final class Curve {
		/** Values per kept curve: base, slope, bend, twist, centre, along columns (1) or rows (0), metal low (1) or high (0). */
		private static final int STRIDE = 7;
		private boolean columns;
		private boolean metalLow;
		private double base;
		private double slope;
		private double bend;
		private double twist;
		private double centre;
		private int along;
		private int across;
		private int source;
		/** Whether a cell's solid behind the front comes from the trial curve, and whether a fit met a cell with solid. */
		private boolean trial;
		private boolean met;
		private double trialBase;
		private double trialSlope;
		private double trialBend;
		private double trialTwist;
		private double trialCentre;
		private final double[] breaks = new double[CURVE_SAMPLES + 2];
		/** Columns a fit may read either side, and their heights in this fit. */
		private static final int REACH = 5;
		private final double[] heights = new double[2 * REACH + 1];
		private final boolean[] known = new boolean[2 * REACH + 1];
		/** Area (units of h²) of the cell behind the trial curve, summed with {@link #solidBehind}'s strips. */
		private double stripArea;
		/** A strip's corners in (a, b), and in the cell's (x, y). */
		private final double[] stripA = new double[4];
		private final double[] stripB = new double[4];
		private final double[] stripX = new double[4];
		private final double[] stripY = new double[4];
		/** The curves found, by front cell in increasing index, and how far each one's columns lie. */
		private int kept;
		private int[] cells = new int[64];
		private int[] reach = new int[64];
		private double[] curves = new double[64 * STRIDE];

		/**
		 * Finds the curve through cell k's front; false where no clean height function is near. Where a
		 * column's window holds solid, the solid behind the front there is taken from the curve itself,
		 * repeated until it settles (each round shrinks the error by about the share of that column in
		 * which the front runs inside the solid, at most {@link #MAX_HIDDEN}).
		 */
		boolean through(int k) {
			int i = k % domain.nx;
			int j = k / domain.nx;
			columns = Math.abs(normalY[k]) >= Math.abs(normalX[k]);
			metalLow = columns ? normalY[k] > 0.0 : normalX[k] > 0.0;
			along = columns ? i : j;
			across = columns ? j : i;
			trial = false;
			met = false;
			if (!fit()) {
				return false;
			}
			for (int it = 0; it < CURVE_ROUNDS && met; it++) {
				double before = position(along + 0.5);
				trialBase = base;
				trialSlope = slope;
				trialBend = bend;
				trialTwist = twist;
				trialCentre = centre;
				trial = true;
				boolean found = fit();
				trial = false;
				if (!found) {
					base = trialBase;
					slope = trialSlope;
					bend = trialBend;
					twist = trialTwist;
					centre = trialCentre;
					break;
				}
				if (Math.abs(position(along + 0.5) - before) < CURVE_SETTLED) {
					break;
				}
			}
			return true;
		}

		/** The curve of the nearest clean three columns (rows); false where none is. */
		private boolean fit() {
			Arrays.fill(known, false);
			for (int c : CURVE_SOURCES) {
				double lo = column(c - 1);
				double mid = column(c);
				double hi = column(c + 1);
				if (!Double.isNaN(lo + mid + hi)) {
					// The curve whose mean over column c is its height; slope and bend at its centre, and
					// where a fourth or fifth column is clean, the third derivative, which the mean difference
					// of column means carries into the slope (5/24 of it) and which bends the slope across
					// the column.
					double outerLo = column(c - 2);
					double outerHi = column(c + 2);
					if (!Double.isNaN(outerLo + outerHi)) {
						twist = 0.5 * (outerHi - 2.0 * hi + 2.0 * lo - outerLo);
					} else if (!Double.isNaN(outerLo)) {
						twist = hi - 3.0 * mid + 3.0 * lo - outerLo;
					} else if (!Double.isNaN(outerHi)) {
						twist = outerHi - 3.0 * hi + 3.0 * mid - lo;
					} else {
						twist = 0.0;
					}
					base = mid;
					slope = 0.5 * (hi - lo) - 5.0 / 24.0 * twist;
					bend = hi - 2.0 * mid + lo;
					centre = along + c + 0.5;
					source = c;
					return true;
				}
			}
			return false;
		}

		/** {@link #height}, each column's once per fit. */
		private double column(int a) {
			int slot = a + REACH;
			if (!known[slot]) {
				heights[slot] = height(a);
				known[slot] = true;
			}
			return heights[slot];
		}

		/**
		 * The front's mean position across column (row) along + a, in cells from the grid's origin: the
		 * run of cells the front crosses within the window, between a full cell on the metal side and an
		 * empty one on the other, each counted by its share on the metal side ({@link #metalSide}). NaN
		 * where the column is not that clean.
		 */
		private double height(int a) {
			double run = 0.0;
			double previous = 1.0;
			int start = Integer.MIN_VALUE;
			boolean solidBelow = false;
			for (int t = -HALF_HEIGHT; t <= HALF_HEIGHT; t++) {
				int b = metalLow ? t : -t;
				int ci = columns ? along + a : across + b;
				int cj = columns ? across + b : along + a;
				if (cj < 0 || cj >= domain.ny) {
					return Double.NaN;
				}
				int k = cj * domain.nx + Math.floorMod(ci, domain.nx);
				double f = fill(ci, cj);
				if (start == Integer.MIN_VALUE && f == 1.0 && (plain(k) || !trial)) {
					// Full: the front passes beyond it (a solid cell there is not known to be behind it).
					solidBelow = domain.base[k] == Domain.SUBSTRATE;
					met |= !plain(k);
					continue;
				}
				double share = metalSide(k, f, columns ? ci : cj, columns ? cj : ci);
				if (start == Integer.MIN_VALUE) {
					if (share == 1.0) {
						solidBelow = false;
						continue;
					}
					if (t == -HALF_HEIGHT || solidBelow) {
						return Double.NaN;
					}
					start = t;
				}
				if (share == 0.0) {
					// A column whose front runs mostly inside a solid tells little of it: its height
					// would be mostly the trial's own.
					if (trial && hidden(a) > MAX_HIDDEN) {
						return Double.NaN;
					}
					return metalLow
							? across - HALF_HEIGHT + (start + HALF_HEIGHT) + run
							: across + HALF_HEIGHT + 1 - (start + HALF_HEIGHT) - run;
				}
				if (!(share <= previous)) {
					return Double.NaN;
				}
				previous = share;
				run += share;
			}
			return Double.NaN;
		}

		/**
		 * Share of cell k — column (row) ca, cb across — on the front's metal side: its fill where it holds
		 * no solid. A cell with solid sets {@link #met}: with the trial curve its share is its metal and
		 * the solid behind the trial; without, a solid cell has none, a cut cell whose fluid lies all on
		 * one side counts as full or empty, and a front cell whose line leaves the whole piece exposed the
		 * metal alone, where it buries the whole piece the metal and the solid, else none.
		 */
		private double metalSide(int k, double f, int ca, int cb) {
			if (plain(k)) {
				return f;
			}
			met = true;
			double fluid = domain.prepared.fluid[k];
			if (trial && cut != null) {
				double side = beside(ca, cb);
				double share = f * fluid + (Double.isNaN(side) ? solidBehind(k, ca, cb) : side * (1.0 - fluid));
				return share > 1.0 - SHARE_ROUNDING ? 1.0 : share < SHARE_ROUNDING ? 0.0 : share;
			}
			if (domain.base[k] == Domain.SUBSTRATE) {
				return Double.NaN;
			}
			if (f == 0.0 || f == 1.0) {
				return f;
			}
			if (!front[k]) {
				return Double.NaN;
			}
			if (exposed[k] == 1.0 || exposed[k] == 0.0) {
				return f * fluid + (exposed[k] == 0.0 ? 1.0 - fluid : 0.0);
			}
			return Double.NaN;
		}

		/**
		 * Fills {@link #breaks} with start, the points of (start, start + 1) where {@link #test} changes
		 * (each bracketed by samples, then bisected) and start + 1; returns how many.
		 */
		private int breaks(double start, boolean trialAcross, int index) {
			int m = 0;
			breaks[m++] = start;
			boolean was = test(trialAcross, index, start);
			for (int q = 1; q <= CURVE_SAMPLES; q++) {
				double a = start + (double) q / CURVE_SAMPLES;
				boolean is = test(trialAcross, index, a);
				if (is != was) {
					double lo = a - 1.0 / CURVE_SAMPLES;
					double hi = a;
					for (int it = 0; it < CURVE_BISECTIONS; it++) {
						double half = 0.5 * (lo + hi);
						if (test(trialAcross, index, half) == was) {
							lo = half;
						} else {
							hi = half;
						}
					}
					breaks[m++] = 0.5 * (lo + hi);
				}
				was = is;
			}
			breaks[m++] = start + 1;
			return m;
		}

		/**
		 * Solid area (units of h²) of cell k — column (row) ca, cb across — on the metal side of the
		 * trial curve: strips between the points where it leaves the cell's across range, each strip's
		 * top the curve's chord (a straight front's exactly).
		 */
		private double solidBehind(int k, int ca, int cb) {
			int m = breaks(ca, true, cb);
			double area = 0.0;
			stripArea = 0.0;
			for (int q = 0; q + 1 < m; q++) {
				for (int strip = 0; strip < CURVE_STRIPS; strip++) {
					double a0 = breaks[q] + (breaks[q + 1] - breaks[q]) * strip / CURVE_STRIPS;
					double a1 = breaks[q] + (breaks[q + 1] - breaks[q]) * (strip + 1) / CURVE_STRIPS;
					double b0 = Math.max(cb, Math.min(cb + 1, trialPosition(a0))) - cb;
					double b1 = Math.max(cb, Math.min(cb + 1, trialPosition(a1))) - cb;
					// The strip between the metal-side edge and the chord, counter-clockwise in (a, b):
					// as is in (x, y) along columns, swapped and so turned round along rows.
					double edge = metalLow ? 0.0 : 1.0;
					double[] sa = corners(stripA, a0 - ca, a1 - ca, a1 - ca, a0 - ca);
					double[] sb = metalLow ? corners(stripB, edge, edge, b1, b0) : corners(stripB, b0, b1, edge, edge);
					for (int v = 0; v < 4; v++) {
						int w = columns ? v : 3 - v;
						stripX[v] = columns ? sa[w] : sb[w];
						stripY[v] = columns ? sb[w] : sa[w];
					}
					area += cut.solidIn(k, stripX, stripY, 4, cutWork);
					stripArea += 0.5 * (b0 + b1 - 2.0 * edge) * (a1 - a0) * (metalLow ? 1.0 : -1.0);
				}
			}
			return area;
		}

		private static double[] corners(double[] into, double c0, double c1, double c2, double c3) {
			into[0] = c0;
			into[1] = c1;
			into[2] = c2;
			into[3] = c3;
			return into;
		}

		/**
		 * 1 where the trial curve passes wholly beyond cell (ca, cb) on the side away from the metal (the
		 * cell lies behind the front), 0 where wholly beyond it on the metal side, else NaN.
		 */
		private double beside(int ca, int cb) {
			double lo = Math.min(trialPosition(ca), trialPosition(ca + 1));
			double hi = Math.max(trialPosition(ca), trialPosition(ca + 1));
			// The cubic's turning points: where s + bend·d + twist·d²/2 = 0.
			double qa = 0.5 * trialTwist;
			double qb = trialBend;
			double qc = trialSlope;
			double disc = qb * qb - 4.0 * qa * qc;
			if (qa != 0.0 && disc >= 0.0) {
				for (int r = -1; r <= 1; r += 2) {
					double d = (-qb + r * Math.sqrt(disc)) / (2.0 * qa);
					double a = trialCentre + d;
					if (a > ca && a < ca + 1) {
						lo = Math.min(lo, trialPosition(a));
						hi = Math.max(hi, trialPosition(a));
					}
				}
			} else if (qa == 0.0 && qb != 0.0) {
				double a = trialCentre - qc / qb;
				if (a > ca && a < ca + 1) {
					lo = Math.min(lo, trialPosition(a));
					hi = Math.max(hi, trialPosition(a));
				}
			}
			if (lo >= cb + 1) {
				return metalLow ? 1.0 : 0.0;
			}
			if (hi <= cb) {
				return metalLow ? 0.0 : 1.0;
			}
			return Double.NaN;
		}

		/** Share of column (row) along + a in which the trial front lies inside a solid. */
		private double hidden(int a) {
			int inside = 0;
			for (int q = 0; q < HIDDEN_SAMPLES; q++) {
				double pa = along + a + (q + 0.5) / HIDDEN_SAMPLES;
				double pb = trialPosition(pa);
				int cb = (int) Math.floor(pb);
				int ci = columns ? along + a : cb;
				int cj = columns ? cb : along + a;
				if (cj < 0 || cj >= domain.ny) {
					return 1.0;
				}
				int k = cj * domain.nx + Math.floorMod(ci, domain.nx);
				double ua = pa - (along + a);
				double ub = pb - cb;
				if (domain.base[k] == Domain.SUBSTRATE
						|| (!plain(k) && cut.insideSolid(k, columns ? ua : ub, columns ? ub : ua))) {
					inside++;
				}
			}
			return (double) inside / HIDDEN_SAMPLES;
		}

		/**
		 * {@link #breaks}' test: the trial curve at a within across range index, or the curve at a inside
		 * cell index (a flag rather than a lambda, which would be a fresh object on every call).
		 */
		private boolean test(boolean trialAcross, int index, double a) {
			return trialAcross ? withinAcross(a, index) : inside(index, a);
		}

		private boolean withinAcross(double a, int cb) {
			double b = trialPosition(a);
			return b > cb && b < cb + 1;
		}

		private double trialPosition(double a) {
			double d = a - trialCentre;
			return trialBase + trialSlope * d + 0.5 * trialBend * (d * d - 1.0 / 12.0) + trialTwist / 6.0 * d * d * d;
		}

		private double position(double a) {
			double d = a - centre;
			return base + slope * d + 0.5 * bend * (d * d - 1.0 / 12.0) + twist / 6.0 * d * d * d;
		}

		/** True where the curve at a lies in cell k's across range and, in a cut cell, outside the solid. */
		private boolean inside(int k, double a) {
			double b = position(a);
			if (b < across || b >= across + 1) {
				return false;
			}
			if (domain.prepared.pieceStart[k] == domain.prepared.pieceStart[k + 1]) {
				return true;
			}
			return columns ? !cut.insideSolid(k, a - along, b - across) : !cut.insideSolid(k, b - across, a - along);
		}

		/**
		 * Whether the curve leaves cut cell k's own metal behind it, to within {@link #CURVE_MISMATCH} of
		 * its fluid: a curve from columns beside a solid may miss how the front meets it there, and then
		 * the cell keeps its segment, which holds its metal by construction.
		 */
		private boolean holds(int k) {
			trialBase = base;
			trialSlope = slope;
			trialBend = bend;
			trialTwist = twist;
			trialCentre = centre;
			double solid = solidBehind(k, along, across);
			double fluid = domain.prepared.fluid[k];
			return Math.abs(stripArea - solid - fill(k % domain.nx, k / domain.nx) * fluid) <= CURVE_MISMATCH * fluid;
		}

		/** Keeps cell k's curve. */
		void keep(int k) {
			if (kept == cells.length) {
				cells = Arrays.copyOf(cells, 2 * kept);
				reach = Arrays.copyOf(reach, 2 * kept);
				curves = Arrays.copyOf(curves, 2 * kept * STRIDE);
			}
			cells[kept] = k;
			reach[kept] = Math.abs(source);
			int o = kept * STRIDE;
			curves[o] = base;
			curves[o + 1] = slope;
			curves[o + 2] = bend;
			curves[o + 3] = twist;
			curves[o + 4] = centre;
			curves[o + 5] = columns ? 1.0 : 0.0;
			curves[o + 6] = metalLow ? 1.0 : 0.0;
			kept++;
		}

		/**
		 * The curve that kept cell e's run of front cells across its column (row) shares — the one whose
		 * columns lie nearest, the run's first at a tie —, so that the cells a front crosses in one column
		 * divide one length between them.
		 */
		int shared(int e) {
			int step = curves[e * STRIDE + 5] == 1.0 ? domain.nx : 1;
			int best = e;
			for (int dir = -1; dir <= 1; dir += 2) {
				int k = cells[e];
				while (true) {
					int q = step == 1
							? (k / domain.nx) * domain.nx + Math.floorMod(k % domain.nx + dir, domain.nx)
							: k + dir * step;
					int f = q < 0 || q >= domain.n ? -1 : Arrays.binarySearch(cells, 0, kept, q);
					if (f < 0 || q == cells[e] || curves[f * STRIDE + 5] != curves[e * STRIDE + 5]
							|| curves[f * STRIDE + 6] != curves[e * STRIDE + 6]) {
						break;
					}
					if (reach[f] < reach[best] || (reach[f] == reach[best] && cells[f] < cells[best])) {
						best = f;
					}
					k = q;
				}
			}
			return best;
		}

		/** Sets kept cell e's flux length, and a cut cell's exposed share, from kept curve from. */
		void measure(int e, int from) {
			int k = cells[e];
			int o = from * STRIDE;
			base = curves[o];
			slope = curves[o + 1];
			bend = curves[o + 2];
			twist = curves[o + 3];
			centre = curves[o + 4];
			columns = curves[o + 5] == 1.0;
			metalLow = curves[o + 6] == 1.0;
			along = columns ? k % domain.nx : k / domain.nx;
			across = columns ? k / domain.nx : k % domain.nx;
			if (domain.prepared.pieceStart[k] != domain.prepared.pieceStart[k + 1] && !holds(k)) {
				return;
			}
			int m = breaks(along, false, k);
			double sum = 0.0;
			int crossings = 0;
			double crossing = 0.0;
			for (int q = 0; q + 1 < m; q++) {
				double a0 = breaks[q];
				double a1 = breaks[q + 1];
				if (q > 0) {
					double b = position(a0);
					// An entry or exit inside the across range is where the curve meets the solid.
					if (b > across + CROSSING_MARGIN && b < across + 1 - CROSSING_MARGIN) {
						crossings++;
						crossing = a0;
					}
				}
				if (a1 > a0 && inside(k, 0.5 * (a0 + a1))) {
					for (int g = 0; g < 3; g++) {
						double a = 0.5 * (a0 + a1) + 0.5 * (a1 - a0) * GAUSS_NODES[g];
						double d = slope + bend * (a - centre) + 0.5 * twist * (a - centre) * (a - centre);
						sum += 0.5 * (a1 - a0) * GAUSS_WEIGHTS[g] * Math.sqrt(1.0 + d * d);
					}
				}
			}
			// A cell the curve misses keeps a trace of its segment: its electrolyte may reach nothing else.
			length[k] = Math.max(sum * domain.h, MISSED_SHARE * length[k]);
			int p0 = domain.prepared.pieceStart[k];
			int p1 = domain.prepared.pieceStart[k + 1];
			if (p0 == p1 || crossings != 1) {
				return;
			}
			double b = position(crossing) - across;
			double a = crossing - along;
			double alpha = columns ? normalX[k] * a + normalY[k] * b : normalX[k] * b + normalY[k] * a;
			if (!cut.frontCut(k, normalX[k], normalY[k], alpha, cutScratch, cutWork)) {
				return;
			}
			double pieces = 0.0;
			for (int p = p0; p < p1; p++) {
				pieces += domain.prepared.pieceLength[p];
			}
			exposed[k] = Math.max(0.0, 1.0 - cutScratch[2] * domain.h / pieces);
		}
	}

	/**
	 * The segment n·x = α in the unit cell that leaves area f on its metal side n·x &lt; α (n points
	 * into the electrolyte), found on α to rounding, and what the cell sees of it.
	 */
	static final class Segment implements AreaBehind {
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
		/** The segment's ends, and the corners of the part of the cell behind a line: reused on every call. */
		private final double[] endX = new double[2];
		private final double[] endY = new double[2];
		private final double[] behindX = new double[5];
		private final double[] behindY = new double[5];

		void place(double nx, double ny, double f) {
			cut(nx, ny, position(this, -1, nx, ny, f));
		}

		/** The whole cell's area behind the line, whatever cell it is. */
		@Override
		public double area(int k, double nx, double ny, double alpha) {
			return metalArea(nx, ny, alpha);
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
			double[] px = endX;
			double[] py = endY;
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
		double metalArea(double nx, double ny, double alpha) {
			double[][] corners = CORNERS;
			double[] qx = behindX;
			double[] qy = behindY;
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
