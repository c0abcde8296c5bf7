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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded-boundary (cut-cell) description of a geometry's collector solids: for every cell
 * the fraction of it that is not solid, for every east and north face the fraction that is open,
 * and the pieces of the solids' boundary inside each cell with their length, their signed
 * distance from the cell centre and the solid they belong to.
 * <p>
 * All of it is exact for circles, bands and polygons: face apertures from the exact crossings of
 * each face with the solids' boundaries (unions of solids included), boundary pieces from the
 * exact arcs and clipped edges, and the cut area from Green's theorem over the boundary of
 * solid ∩ cell (∮x dy over the pieces plus the closed part of the cell's right edge). Where two
 * solids meet inside one cell, the pieces of each are kept in 16 parts, each kept when the
 * electrolyte side of its midpoint lies outside the other solids — so a piece inside another solid
 * or on an edge two solids share is no surface — and only such cells are approximate, to 1/16 of
 * a piece.
 * Solids act in every row: the part of a solid above the host is cut in the separator's cells
 * like any other (the builder refuses one that reaches the counter electrode). Immutable.
 */
public final class CutCellGeometry {

	private static final int OVERLAP_PARTS = 16;
	/** The unit cell's corners, counter-clockwise from the south-west one. */
	private static final double[] UNIT_X = {0.0, 1.0, 1.0, 0.0};
	private static final double[] UNIT_Y = {0.0, 0.0, 1.0, 1.0};
	/** The east, west, north and south faces of the unit cell, each from its first corner (x, y) to its second. */
	private static final double[][] FACES = {{1, 0, 1, 1}, {0, 0, 0, 1}, {0, 1, 1, 1}, {0, 0, 1, 0}};
	/**
	 * How far off a piece (in cells) another solid must reach on the electrolyte side to cover it:
	 * far above rounding of the shapes' coordinates, far below any feature a grid resolves.
	 */
	private static final double TOUCH_OFFSET = 1e-6;

	private final double[] fluid;
	private final double[] apertureEast;
	private final double[] apertureNorth;
	private final int[] pieceCell;
	private final int[] pieceSolid;
	private final double[] pieceLength;
	private final double[] pieceDistance;
	private final double[] pieceY;
	private final double[] pieceNormalX;
	private final double[] pieceNormalY;
	private final double h;
	private final int nx;
	/** The solid touching each cell when exactly one does (with its periodic image's column), else −1. */
	private final int[] onlySolid;
	private final int[] onlySolidColumn;
	private final List<Solid> solids;

	/** A solid with what the solver needs to know about its surface. */
	record Solid(SolidShape shape, int substrate, int fibre) {
	}

	/**
	 * Work arrays for the cut queries ({@link #frontCut}, {@link #fluidBehind}, {@link #solidIn}): they
	 * run for every front cell at every step, and the geometry is shared by engines that may run on
	 * several threads, so the polygons a query clips go into arrays its caller owns, sized once and
	 * reused. One per engine; not for two threads at once.
	 */
	public static final class Scratch {
		/** The part of a cell behind a front line: the unit square clipped once, at most five corners. */
		final double[] behindX = new double[5];
		final double[] behindY = new double[5];
		/** The line's ends on the cell's edges. */
		final double[] endX = new double[2];
		final double[] endY = new double[2];
		/** A polygon of {@link #solidIn} in the solid's frame. */
		double[] queryX = new double[4];
		double[] queryY = new double[4];
		/** Two vertex lists a shape clips a polygon between, in turn: x and y of the first, then of the second. */
		private final double[][] clipLists = {new double[8], new double[8], new double[8], new double[8]};
		/** Where a segment crosses a solid's boundary, and the angles of such points on a circle. */
		final Pieces.Doubles cuts = new Pieces.Doubles();
		final Pieces.Doubles angles = new Pieces.Doubles();

		public Scratch() {
		}

		/** Clip list c (0..3 as in {@link #clipLists}) with room for n vertices; what it held is lost if it grows. */
		double[] clip(int c, int n) {
			if (clipLists[c].length < n) {
				clipLists[c] = new double[Math.max(n, 2 * clipLists[c].length)];
			}
			return clipLists[c];
		}
	}

	private CutCellGeometry(GridInfo grid, List<Solid> solids, int[] onlySolid, int[] onlySolidColumn,
			double[] fluid, double[] apertureEast, double[] apertureNorth, List<double[]> pieces) {
		this.h = grid.spacing();
		this.nx = grid.nx();
		this.solids = List.copyOf(solids);
		this.onlySolid = onlySolid;
		this.onlySolidColumn = onlySolidColumn;
		this.fluid = fluid;
		this.apertureEast = apertureEast;
		this.apertureNorth = apertureNorth;
		int m = pieces.size();
		pieceCell = new int[m];
		pieceSolid = new int[m];
		pieceLength = new double[m];
		pieceDistance = new double[m];
		pieceY = new double[m];
		pieceNormalX = new double[m];
		pieceNormalY = new double[m];
		for (int p = 0; p < m; p++) {
			double[] v = pieces.get(p);
			pieceCell[p] = (int) v[0];
			pieceSolid[p] = (int) v[1];
			pieceLength[p] = v[2];
			pieceDistance[p] = v[3];
			pieceY[p] = v[4];
			pieceNormalX[p] = v[5];
			pieceNormalY[p] = v[6];
		}
	}

	static CutCellGeometry of(GridInfo grid, List<Solid> solids) {
		int nx = grid.nx();
		int n = grid.cellCount();
		double h = grid.spacing();
		double tol = 1e-9 * h;
		// Which solids touch which host cell, and in which periodic image (its unwrapped column).
		List<int[]> touch = new ArrayList<>();
		for (int s = 0; s < solids.size(); s++) {
			double[] b = solids.get(s).shape().bounds();
			int iLo;
			int iHi;
			if (Double.isNaN(b[0])) {
				iLo = 0;
				iHi = nx - 1;
			} else {
				iLo = (int) Math.floor((b[0] - tol) / h);
				iHi = (int) Math.floor((b[1] + tol) / h);
				if (iHi - iLo >= nx) {
					iLo = 0;
					iHi = nx - 1;
				}
			}
			int jLo = Math.max(0, (int) Math.floor((b[2] - tol) / h));
			int jHi = Math.min(grid.ny() - 1, (int) Math.floor((b[3] + tol) / h));
			for (int j = jLo; j <= jHi; j++) {
				for (int iu = iLo; iu <= iHi; iu++) {
					touch.add(new int[]{j * nx + Math.floorMod(iu, nx), s, iu});
				}
			}
		}
		touch.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
		double[] fluid = new double[n];
		double[] apE = new double[n];
		double[] apN = new double[n];
		Arrays.fill(fluid, 1.0);
		Arrays.fill(apE, 1.0);
		Arrays.fill(apN, 1.0);
		int[] onlySolid = new int[n];
		int[] onlySolidColumn = new int[n];
		Arrays.fill(onlySolid, -1);
		List<double[]> pieces = new ArrayList<>();
		Pieces cellPieces = new Pieces();
		Pieces.Doubles cuts = new Pieces.Doubles();
		int start = 0;
		while (start < touch.size()) {
			int k = touch.get(start)[0];
			int end = start;
			while (end < touch.size() && touch.get(end)[0] == k) {
				end++;
			}
			List<int[]> here = touch.subList(start, end);
			if (here.size() == 1) {
				onlySolid[k] = here.get(0)[1];
				onlySolidColumn[k] = here.get(0)[2];
			}
			int j = k / nx;
			double y0 = j * h;
			// Each touching solid in its own frame: this cell's corner there is (iu h, j h).
			double closedEast = closedLength(solids, here, h, y0, 1.0, 0.0, 1.0, 1.0, cuts, tol);
			double closedNorth = closedLength(solids, here, h, y0, 0.0, 1.0, 1.0, 1.0, cuts, tol);
			apE[k] = Math.max(0.0, 1.0 - closedEast / h);
			apN[k] = Math.max(0.0, 1.0 - closedNorth / h);
			double solidArea = h * closedEast;
			int parts = here.size() > 1 ? OVERLAP_PARTS : 1;
			for (int[] t : here) {
				Solid solid = solids.get(t[1]);
				double x0 = t[2] * h;
				cellPieces.clear();
				solid.shape().pieces(x0, y0, h, parts, cellPieces);
				for (int p = 0; p < cellPieces.size; p++) {
					if (parts > 1 && coveredByOther(solids, here, t[1], h, j, cellPieces, p)) {
						continue;
					}
					solidArea += cellPieces.xdy[p];
					pieces.add(new double[]{k, t[1], cellPieces.length[p], cellPieces.distance[p],
							y0 + cellPieces.midY[p], cellPieces.normalX[p], cellPieces.normalY[p]});
				}
			}
			fluid[k] = Math.max(0.0, Math.min(1.0, 1.0 - solidArea / (h * h)));
			start = end;
		}
		return new CutCellGeometry(grid, solids, onlySolid, onlySolidColumn, fluid, apE, apN, pieces);
	}

	/**
	 * Length of the face of this cell from local (ax·h, ay·h) to (bx·h, by·h) that lies inside
	 * the union of the touching solids (the segment is split where any boundary crosses it).
	 */
	private static double closedLength(List<Solid> solids, List<int[]> here, double h, double y0, double ax,
			double ay, double bx, double by, Pieces.Doubles cuts, double tol) {
		cuts.clear();
		for (int[] t : here) {
			double x0 = t[2] * h;
			solids.get(t[1]).shape().crossings(x0 + ax * h, y0 + ay * h, x0 + bx * h, y0 + by * h, cuts);
		}
		cuts.sort();
		double closed = 0.0;
		double prev = 0.0;
		for (int m = 0; m <= cuts.size(); m++) {
			double next = m < cuts.size() ? cuts.get(m) : 1.0;
			if (next > prev) {
				double mid = 0.5 * (prev + next);
				for (int[] t : here) {
					double x0 = t[2] * h;
					if (solids.get(t[1]).shape().contains(x0 + (ax + mid * (bx - ax)) * h,
							y0 + (ay + mid * (by - ay)) * h, tol)) {
						closed += (next - prev) * h;
						break;
					}
				}
			}
			prev = next;
		}
		return closed;
	}

	/**
	 * True if another solid lies just off the piece's midpoint on its electrolyte side: the piece is
	 * inside that solid (overlap) or lies on its boundary facing it (solids that touch along an
	 * edge), either way no surface the electrolyte reaches. The two pieces of a shared edge both go,
	 * which leaves the union's area unchanged (their ∮x dy cancel).
	 */
	private static boolean coveredByOther(List<Solid> solids, List<int[]> here, int self, double h, int j,
			Pieces pieces, int p) {
		// The normal points into the piece's own solid, so the electrolyte side is against it.
		double mx = pieces.midX[p] - TOUCH_OFFSET * h * pieces.normalX[p];
		double my = pieces.midY[p] - TOUCH_OFFSET * h * pieces.normalY[p];
		for (int[] t : here) {
			if (t[1] != self && solids.get(t[1]).shape().contains(t[2] * h + mx, j * h + my, 0.0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Cell k (touched by exactly one solid) cut also by a deposit's half-plane n·u &lt; α, in the
	 * cell's local coordinates u in units of h with the origin at its south-west corner (n a unit
	 * vector pointing into the electrolyte): the electrolyte left is the cell minus the solid minus
	 * the half-plane. Writes, in units of h and h²: [0] the fluid area behind the line, [1] the
	 * line's length inside the cell and outside the solid, [2] the solid's boundary inside the cell
	 * and behind the line (surface the deposit buries), [3..6] the open fraction of the east, west,
	 * north and south face (neither solid nor behind the line).
	 *
	 * @param scratch the caller's work arrays
	 * @return false (and writes nothing) where no solid or more than one touches the cell
	 */
	public boolean frontCut(int k, double nx, double ny, double alpha, double[] out, Scratch scratch) {
		int s = onlySolid[k];
		if (s < 0) {
			return false;
		}
		SolidShape shape = solids.get(s).shape();
		double x0 = onlySolidColumn[k] * h;
		double y0 = (k / this.nx) * h;
		double[] mx = scratch.behindX;
		double[] my = scratch.behindY;
		int m = behind(k, nx, ny, alpha, mx, my);
		out[0] = m < 3 ? 0.0 : SolidShape.area(mx, my, m) / (h * h) - shape.areaIn(mx, my, m, scratch) / (h * h);
		out[2] = m < 3 ? 0.0 : shape.boundaryIn(mx, my, m, scratch) / h;
		double[] sx = UNIT_X;
		double[] sy = UNIT_Y;
		// The line's ends on the cell's edges.
		double[] ex = scratch.endX;
		double[] ey = scratch.endY;
		int ends = 0;
		for (int e = 0; e < 4 && ends < 2; e++) {
			int f = (e + 1) % 4;
			double sa = nx * sx[e] + ny * sy[e] - alpha;
			double sb = nx * sx[f] + ny * sy[f] - alpha;
			if ((sa < 0.0) != (sb < 0.0)) {
				double t = sa / (sa - sb);
				ex[ends] = x0 + (sx[e] + t * (sx[f] - sx[e])) * h;
				ey[ends] = y0 + (sy[e] + t * (sy[f] - sy[e])) * h;
				ends++;
			}
		}
		out[1] = ends < 2
				? 0.0
				: (Math.hypot(ex[1] - ex[0], ey[1] - ey[0]) - shape.lengthInside(ex[0], ey[0], ex[1], ey[1], scratch))
						/ h;
		for (int d = 0; d < 4; d++) {
			double[] face = FACES[d];
			double sa = nx * face[0] + ny * face[1] - alpha;
			double sb = nx * face[2] + ny * face[3] - alpha;
			// The part of the face behind the line, as parameters t0..t1 along it.
			double t0;
			double t1;
			if (sa < 0.0 && sb < 0.0) {
				t0 = 0.0;
				t1 = 1.0;
			} else if (sa >= 0.0 && sb >= 0.0) {
				t0 = 0.0;
				t1 = 0.0;
			} else {
				double t = sa / (sa - sb);
				t0 = sa < 0.0 ? 0.0 : t;
				t1 = sa < 0.0 ? t : 1.0;
			}
			double ax = x0 + face[0] * h;
			double ay = y0 + face[1] * h;
			double dx = (face[2] - face[0]) * h;
			double dy = (face[3] - face[1]) * h;
			double closed = shape.lengthInside(ax, ay, ax + dx, ay + dy, scratch) / h;
			double buried = t1 > t0
					? (t1 - t0)
							- shape.lengthInside(ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy, scratch) / h
					: 0.0;
			out[3 + d] = Math.max(0.0, 1.0 - closed - buried);
		}
		return true;
	}

	/**
	 * The fluid area of cell k behind the line n·u = α ({@link #frontCut}'s [0] alone, what a search
	 * for α needs), or NaN where no solid or more than one touches the cell.
	 */
	public double fluidBehind(int k, double nx, double ny, double alpha, Scratch scratch) {
		int s = onlySolid[k];
		if (s < 0) {
			return Double.NaN;
		}
		double[] mx = scratch.behindX;
		double[] my = scratch.behindY;
		int m = behind(k, nx, ny, alpha, mx, my);
		return m < 3 ? 0.0 : (SolidShape.area(mx, my, m) - solids.get(s).shape().areaIn(mx, my, m, scratch)) / (h * h);
	}

	/**
	 * True if the point u of cell k (local units of h, origin at its south-west corner) lies inside
	 * the solid touching it; false where no solid or more than one touches the cell.
	 */
	public boolean insideSolid(int k, double ux, double uy) {
		int s = onlySolid[k];
		return s >= 0 && solids.get(s).shape().contains((onlySolidColumn[k] + ux) * h, (k / this.nx + uy) * h, 0.0);
	}

	/**
	 * Area, in units of h², of the solid touching cell k inside the convex polygon (ux, uy)[0..m)
	 * (local units as {@link #insideSolid}, counter-clockwise); NaN where no solid or more than one
	 * touches the cell.
	 */
	public double solidIn(int k, double[] ux, double[] uy, int m, Scratch scratch) {
		int s = onlySolid[k];
		if (s < 0) {
			return Double.NaN;
		}
		if (scratch.queryX.length < m) {
			scratch.queryX = new double[m];
			scratch.queryY = new double[m];
		}
		double[] px = scratch.queryX;
		double[] py = scratch.queryY;
		for (int v = 0; v < m; v++) {
			px[v] = (onlySolidColumn[k] + ux[v]) * h;
			py[v] = (k / this.nx + uy[v]) * h;
		}
		return solids.get(s).shape().areaIn(px, py, m, scratch) / (h * h);
	}

	/** The part of cell k behind the line n·u = α, in the solid's frame [m]; returns its vertex count. */
	private int behind(int k, double nx, double ny, double alpha, double[] mx, double[] my) {
		int m = SolidShape.clip(UNIT_X, UNIT_Y, 4, -nx, -ny, -alpha, mx, my);
		double x0 = onlySolidColumn[k] * h;
		double y0 = (k / this.nx) * h;
		for (int v = 0; v < m; v++) {
			mx[v] = x0 + mx[v] * h;
			my[v] = y0 + my[v] * h;
		}
		return m;
	}

	/** Fluid (non-solid) fraction of each cell, 1 away from the solids, 0 inside them. */
	public double[] fluidFractions() {
		return fluid.clone();
	}

	/** Open fraction of each cell's east face (to its periodic east neighbour). */
	public double[] eastApertures() {
		return apertureEast.clone();
	}

	/** Open fraction of each cell's north face. */
	public double[] northApertures() {
		return apertureNorth.clone();
	}

	/** Number of boundary pieces. */
	public int pieceCount() {
		return pieceCell.length;
	}

	/** The cell a boundary piece lies in. */
	public int pieceCell(int piece) {
		return pieceCell[piece];
	}

	/** Index of the piece's solid in the geometry's solid list (fibres first, then bands and polygons). */
	public int pieceSolid(int piece) {
		return pieceSolid[piece];
	}

	/** Length of the piece [m]. */
	public double pieceLength(int piece) {
		return pieceLength[piece];
	}

	/** Signed distance from the cell centre to the piece's boundary line or circle [m], positive in the fluid. */
	public double pieceDistance(int piece) {
		return pieceDistance[piece];
	}

	/** Height of the piece's midpoint above the bottom wall [m]. */
	public double pieceY(int piece) {
		return pieceY[piece];
	}

	/** x component of the piece's unit normal at its midpoint, pointing into the solid. */
	public double pieceNormalX(int piece) {
		return pieceNormalX[piece];
	}

	/** y component of the piece's unit normal at its midpoint, pointing into the solid. */
	public double pieceNormalY(int piece) {
		return pieceNormalY[piece];
	}
}
