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

/**
 * A collector solid as the cut-cell geometry sees it: a closed region of the plane in its own
 * (unwrapped) coordinates. Everything a cut cell needs is exact for these shapes: where a grid
 * segment enters or leaves the solid, and the pieces of the solid's boundary inside a cell with
 * their length, outward normal and ∮x dy (Green's theorem gives the cut area from those).
 */
abstract sealed class SolidShape permits SolidShape.Circle, SolidShape.Band, SolidShape.Polygon {

	/** Bounding box: x min, x max, y min, y max [m]. */
	abstract double[] bounds();

	/** True if the point lies in the closed solid (within tol of its boundary counts as inside). */
	abstract boolean contains(double x, double y, double tol);

	/** Parameters t in (0, 1) where the segment p0 + t(p1 − p0) crosses the boundary. */
	abstract void crossings(double x0, double y0, double x1, double y1, Pieces.Doubles out);

	/**
	 * Adds the boundary pieces inside the cell [X0, X0 + h] × [Y0, Y0 + h], each split into parts
	 * equal parts; a piece lying on the cell's edge is added only to the cell on its fluid side.
	 */
	abstract void pieces(double x0, double y0, double h, int parts, Pieces out);

	/**
	 * Area of the solid inside the convex polygon (px, py)[0..m), vertices counter-clockwise; the polygon
	 * must not be in the scratch's clip lists.
	 */
	abstract double areaIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch);

	/** Length of the solid's boundary inside the convex polygon (px, py)[0..m), vertices counter-clockwise. */
	abstract double boundaryIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch);

	/** Length of the segment from (x0, y0) to (x1, y1) that lies inside the solid. */
	double lengthInside(double x0, double y0, double x1, double y1, CutCellGeometry.Scratch scratch) {
		Pieces.Doubles cuts = scratch.cuts;
		cuts.clear();
		crossings(x0, y0, x1, y1, cuts);
		cuts.sort();
		double inside = 0.0;
		double prev = 0.0;
		for (int m = 0; m <= cuts.size(); m++) {
			double next = m < cuts.size() ? cuts.get(m) : 1.0;
			double mid = 0.5 * (prev + next);
			if (next > prev && contains(x0 + mid * (x1 - x0), y0 + mid * (y1 - y0), 0.0)) {
				inside += next - prev;
			}
			prev = next;
		}
		return inside * Math.hypot(x1 - x0, y1 - y0);
	}

	/** Shoelace area of (px, py)[0..m). */
	static double area(double[] px, double[] py, int m) {
		double a = 0.0;
		for (int v = 0; v < m; v++) {
			int w = (v + 1) % m;
			a += px[v] * py[w] - px[w] * py[v];
		}
		return 0.5 * a;
	}

	/**
	 * Sutherland–Hodgman: the part of (px, py)[0..m) where a·x + b·y ≥ c, into (qx, qy); returns its
	 * vertex count. The subject may be non-convex (the clipped area is then still right).
	 */
	static int clip(double[] px, double[] py, int m, double a, double b, double c, double[] qx, double[] qy) {
		int k = 0;
		for (int v = 0; v < m; v++) {
			int w = (v + 1) % m;
			double sv = a * px[v] + b * py[v] - c;
			double sw = a * px[w] + b * py[w] - c;
			if (sv >= 0.0) {
				qx[k] = px[v];
				qy[k] = py[v];
				k++;
			}
			if ((sv >= 0.0) != (sw >= 0.0)) {
				double t = sv / (sv - sw);
				qx[k] = px[v] + t * (px[w] - px[v]);
				qy[k] = py[v] + t * (py[w] - py[v]);
				k++;
			}
		}
		return k;
	}

	/** Cyrus–Beck: length of the segment from (x0, y0) to (x1, y1) inside the convex polygon. */
	static double segmentIn(double x0, double y0, double x1, double y1, double[] px, double[] py, int m) {
		double t0 = 0.0;
		double t1 = 1.0;
		double dx = x1 - x0;
		double dy = y1 - y0;
		for (int v = 0; v < m && t0 < t1; v++) {
			int w = (v + 1) % m;
			// Inward normal of a counter-clockwise edge: to its left.
			double nx = -(py[w] - py[v]);
			double ny = px[w] - px[v];
			double num = nx * (x0 - px[v]) + ny * (y0 - py[v]);
			double den = nx * dx + ny * dy;
			if (den == 0.0) {
				if (num < 0.0) {
					return 0.0;
				}
			} else if (den > 0.0) {
				t0 = Math.max(t0, -num / den);
			} else {
				t1 = Math.min(t1, -num / den);
			}
		}
		return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0.0;
	}

	/** True if (x, y) lies in the closed convex polygon (px, py)[0..m), counter-clockwise. */
	static boolean insideConvex(double x, double y, double[] px, double[] py, int m) {
		for (int v = 0; v < m; v++) {
			int w = (v + 1) % m;
			if ((px[w] - px[v]) * (y - py[v]) - (py[w] - py[v]) * (x - px[v]) < 0.0) {
				return false;
			}
		}
		return true;
	}

	/** A fibre's cross-section. */
	static final class Circle extends SolidShape {
		final double cx;
		final double cy;
		final double r;

		Circle(double cx, double cy, double r) {
			this.cx = cx;
			this.cy = cy;
			this.r = r;
		}

		@Override
		double[] bounds() {
			return new double[]{cx - r, cx + r, cy - r, cy + r};
		}

		@Override
		boolean contains(double x, double y, double tol) {
			double dx = x - cx;
			double dy = y - cy;
			double rr = r + tol;
			return dx * dx + dy * dy <= rr * rr;
		}

		@Override
		void crossings(double x0, double y0, double x1, double y1, Pieces.Doubles out) {
			double dx = x1 - x0;
			double dy = y1 - y0;
			double fx = x0 - cx;
			double fy = y0 - cy;
			double a = dx * dx + dy * dy;
			double b = fx * dx + fy * dy;
			double c = fx * fx + fy * fy - r * r;
			double disc = b * b - a * c;
			if (disc <= 0.0) {
				return;
			}
			double s = Math.sqrt(disc);
			// Stable roots of a t² + 2 b t + c = 0.
			double q = b >= 0.0 ? -(b + s) : -(b - s);
			double t1 = q / a;
			double t2 = q != 0.0 ? c / q : -t1;
			if (t1 > 0.0 && t1 < 1.0) {
				out.add(t1);
			}
			if (t2 > 0.0 && t2 < 1.0) {
				out.add(t2);
			}
		}

		@Override
		void pieces(double x0, double y0, double h, int parts, Pieces out) {
			Pieces.Doubles angles = new Pieces.Doubles();
			double lx = cx - x0;
			double ly = cy - y0;
			for (double edge : new double[]{0.0, h}) {
				double cos = (edge - lx) / r;
				if (cos > -1.0 && cos < 1.0) {
					double a = Math.acos(cos);
					addAngle(angles, a, lx, ly, h, true);
					addAngle(angles, -a, lx, ly, h, true);
				}
				double sin = (edge - ly) / r;
				if (sin > -1.0 && sin < 1.0) {
					double a = Math.asin(sin);
					addAngle(angles, a, lx, ly, h, false);
					addAngle(angles, Math.PI - a, lx, ly, h, false);
				}
			}
			angles.sort();
			int count = angles.size();
			if (count == 0) {
				if (lx - r >= 0.0 && lx + r <= h && ly - r >= 0.0 && ly + r <= h) {
					arc(0.0, 2.0 * Math.PI, lx, ly, h, parts, out);
				}
				return;
			}
			for (int m = 0; m < count; m++) {
				double a = angles.get(m);
				double b = m + 1 < count ? angles.get(m + 1) : angles.get(0) + 2.0 * Math.PI;
				if (b - a <= 0.0) {
					continue;
				}
				double mid = 0.5 * (a + b);
				double mx = lx + r * Math.cos(mid);
				double my = ly + r * Math.sin(mid);
				if (mx > 0.0 && mx < h && my > 0.0 && my < h) {
					arc(a, b, lx, ly, h, parts, out);
				}
			}
		}

		@Override
		double areaIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch) {
			double a = 0.0;
			for (int v = 0; v < m; v++) {
				int w = (v + 1) % m;
				a += triangleInDisk(px[v] - cx, py[v] - cy, px[w] - cx, py[w] - cy);
			}
			return a;
		}

		/** Signed area of the triangle (centre, A, B) inside the disk: triangles inside, sectors outside. */
		private double triangleInDisk(double ax, double ay, double bx, double by) {
			double dx = bx - ax;
			double dy = by - ay;
			double a = dx * dx + dy * dy;
			if (a == 0.0) {
				return 0.0;
			}
			double b = ax * dx + ay * dy;
			double disc = b * b - a * (ax * ax + ay * ay - r * r);
			// The edge split where it crosses the circle (the roots come in increasing order).
			double sum = 0.0;
			double from = 0.0;
			if (disc > 0.0) {
				double sq = Math.sqrt(disc);
				double t1 = (-b - sq) / a;
				double t2 = (-b + sq) / a;
				if (t1 > 0.0 && t1 < 1.0) {
					sum += partInDisk(ax, ay, dx, dy, from, t1);
					from = t1;
				}
				if (t2 > 0.0 && t2 < 1.0) {
					sum += partInDisk(ax, ay, dx, dy, from, t2);
					from = t2;
				}
			}
			return sum + partInDisk(ax, ay, dx, dy, from, 1.0);
		}

		/**
		 * Signed area inside the disk of the triangle (centre, A + s·d, A + t·d), for a part of an edge that
		 * lies wholly inside or wholly outside the circle: a triangle or a sector.
		 */
		private double partInDisk(double ax, double ay, double dx, double dy, double s, double t) {
			double px = ax + s * dx;
			double py = ay + s * dy;
			double qx = ax + t * dx;
			double qy = ay + t * dy;
			double mx = 0.5 * (px + qx);
			double my = 0.5 * (py + qy);
			double cross = px * qy - py * qx;
			return mx * mx + my * my <= r * r ? 0.5 * cross : 0.5 * r * r * Math.atan2(cross, px * qx + py * qy);
		}

		@Override
		double boundaryIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch) {
			Pieces.Doubles cuts = scratch.cuts;
			Pieces.Doubles angles = scratch.angles;
			angles.clear();
			for (int v = 0; v < m; v++) {
				int w = (v + 1) % m;
				cuts.clear();
				crossings(px[v], py[v], px[w], py[w], cuts);
				cuts.sort();
				for (int c = 0; c < cuts.size(); c++) {
					double t = cuts.get(c);
					angles.add(Math.atan2(py[v] + t * (py[w] - py[v]) - cy, px[v] + t * (px[w] - px[v]) - cx));
				}
			}
			angles.sort();
			int count = angles.size();
			if (count == 0) {
				return insideConvex(cx + r, cy, px, py, m) ? 2.0 * Math.PI * r : 0.0;
			}
			double length = 0.0;
			for (int q = 0; q < count; q++) {
				double a = angles.get(q);
				double b = q + 1 < count ? angles.get(q + 1) : angles.get(0) + 2.0 * Math.PI;
				double mid = 0.5 * (a + b);
				if (b > a && insideConvex(cx + r * Math.cos(mid), cy + r * Math.sin(mid), px, py, m)) {
					length += r * (b - a);
				}
			}
			return length;
		}

		private void addAngle(Pieces.Doubles angles, double a, double lx, double ly, double h, boolean vertical) {
			double along = vertical ? ly + r * Math.sin(a) : lx + r * Math.cos(a);
			// A crossing at a corner must not be lost to rounding on both of its edges.
			double tol = 1e-9 * h;
			if (along >= -tol && along <= h + tol) {
				angles.add(a < 0.0 ? a + 2.0 * Math.PI : a);
			}
		}

		/** The arc from angle a to b (counter-clockwise, solid on its left), in local coordinates. */
		private void arc(double a, double b, double lx, double ly, double h, int parts, Pieces out) {
			double step = (b - a) / parts;
			double dist = Math.hypot(0.5 * h - lx, 0.5 * h - ly) - r;
			for (int p = 0; p < parts; p++) {
				double s = a + p * step;
				double e = p == parts - 1 ? b : s + step;
				double xdy = lx * r * (Math.sin(e) - Math.sin(s))
						+ r * r * (0.5 * (e - s) + 0.25 * (Math.sin(2.0 * e) - Math.sin(2.0 * s)));
				double mid = 0.5 * (s + e);
				double c = Math.cos(mid);
				double sn = Math.sin(mid);
				out.add(xdy, r * (e - s), lx + r * c, ly + r * sn, -c, -sn, dist);
			}
		}
	}

	/** A substrate band across the whole (periodic) width between two heights, e.g. a foil. */
	static final class Band extends SolidShape {
		final double bottom;
		final double top;

		Band(double bottom, double top) {
			this.bottom = bottom;
			this.top = top;
		}

		@Override
		double[] bounds() {
			return new double[]{Double.NaN, Double.NaN, bottom, top};
		}

		@Override
		boolean contains(double x, double y, double tol) {
			return y >= bottom - tol && y <= top + tol;
		}

		@Override
		void crossings(double x0, double y0, double x1, double y1, Pieces.Doubles out) {
			if (y1 == y0) {
				return;
			}
			double tBottom = (bottom - y0) / (y1 - y0);
			if (tBottom > 0.0 && tBottom < 1.0) {
				out.add(tBottom);
			}
			double tTop = (top - y0) / (y1 - y0);
			if (tTop > 0.0 && tTop < 1.0) {
				out.add(tTop);
			}
		}

		@Override
		void pieces(double x0, double y0, double h, int parts, Pieces out) {
			// The top line faces up, the bottom line down (none on the bottom wall); each belongs to
			// the row on its fluid side: [y0, y0 + h) for the top, (y0, y0 + h] for the bottom.
			double tol = 1e-9 * h;
			double t = top - y0;
			if (t >= -tol && t < h - tol) {
				line(Math.max(t, 0.0), 1.0, h, parts, out);
			}
			double b = bottom - y0;
			if (bottom > 0.0 && b > tol && b <= h + tol) {
				line(Math.min(b, h), -1.0, h, parts, out);
			}
		}

		@Override
		double areaIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch) {
			double[] ax = scratch.clip(0, m + 2);
			double[] ay = scratch.clip(1, m + 2);
			double[] bx = scratch.clip(2, m + 4);
			double[] by = scratch.clip(3, m + 4);
			int k = clip(px, py, m, 0.0, 1.0, bottom, ax, ay);
			k = clip(ax, ay, k, 0.0, -1.0, -top, bx, by);
			return k < 3 ? 0.0 : area(bx, by, k);
		}

		@Override
		double boundaryIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch) {
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			for (int v = 0; v < m; v++) {
				lo = Math.min(lo, px[v]);
				hi = Math.max(hi, px[v]);
			}
			double length = segmentIn(lo - 1.0, top, hi + 1.0, top, px, py, m);
			// No surface on the bottom wall (as in pieces).
			return bottom > 0.0 ? length + segmentIn(lo - 1.0, bottom, hi + 1.0, bottom, px, py, m) : length;
		}

		private static void line(double y, double up, double h, int parts, Pieces out) {
			double len = h / parts;
			for (int p = 0; p < parts; p++) {
				out.add(0.0, len, (p + 0.5) * len, y, 0.0, -up, up * (0.5 * h - y));
			}
		}
	}

	/** A simple polygon, vertices counter-clockwise. */
	static final class Polygon extends SolidShape {
		final double[] xs;
		final double[] ys;

		Polygon(double[] xs, double[] ys) {
			this.xs = xs.clone();
			this.ys = ys.clone();
		}

		@Override
		double[] bounds() {
			double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
					Double.NEGATIVE_INFINITY};
			for (int v = 0; v < xs.length; v++) {
				b[0] = Math.min(b[0], xs[v]);
				b[1] = Math.max(b[1], xs[v]);
				b[2] = Math.min(b[2], ys[v]);
				b[3] = Math.max(b[3], ys[v]);
			}
			return b;
		}

		@Override
		boolean contains(double x, double y, double tol) {
			boolean inside = false;
			int n = xs.length;
			for (int v = 0, u = n - 1; v < n; u = v++) {
				if (distanceToEdge(x, y, u, v) <= tol) {
					return true;
				}
				if ((ys[v] > y) != (ys[u] > y) && x < (xs[u] - xs[v]) * (y - ys[v]) / (ys[u] - ys[v]) + xs[v]) {
					inside = !inside;
				}
			}
			return inside;
		}

		private double distanceToEdge(double x, double y, int u, int v) {
			double dx = xs[v] - xs[u];
			double dy = ys[v] - ys[u];
			double t = ((x - xs[u]) * dx + (y - ys[u]) * dy) / (dx * dx + dy * dy);
			t = Math.max(0.0, Math.min(1.0, t));
			return Math.hypot(x - xs[u] - t * dx, y - ys[u] - t * dy);
		}

		@Override
		void crossings(double x0, double y0, double x1, double y1, Pieces.Doubles out) {
			double dx = x1 - x0;
			double dy = y1 - y0;
			int n = xs.length;
			for (int v = 0; v < n; v++) {
				int w = (v + 1) % n;
				double ex = xs[w] - xs[v];
				double ey = ys[w] - ys[v];
				double den = dx * ey - dy * ex;
				if (den == 0.0) {
					continue;
				}
				double t = ((xs[v] - x0) * ey - (ys[v] - y0) * ex) / den;
				double s = ((xs[v] - x0) * dy - (ys[v] - y0) * dx) / den;
				if (t > 0.0 && t < 1.0 && s >= 0.0 && s <= 1.0) {
					out.add(t);
				}
			}
		}

		@Override
		void pieces(double x0, double y0, double h, int parts, Pieces out) {
			int n = xs.length;
			for (int v = 0; v < n; v++) {
				int w = (v + 1) % n;
				double ax = xs[v] - x0;
				double ay = ys[v] - y0;
				double ex = xs[w] - xs[v];
				double ey = ys[w] - ys[v];
				double len = Math.hypot(ex, ey);
				// Outward normal of a counter-clockwise polygon: to the right of each edge.
				double ox = ey / len;
				double oy = -ex / len;
				double[] range = clip(ax, ay, ex, ey, h);
				if (range == null) {
					continue;
				}
				double mx = ax + 0.5 * (range[0] + range[1]) * ex;
				double my = ay + 0.5 * (range[0] + range[1]) * ey;
				double px = mx + 1e-6 * h * ox;
				double py = my + 1e-6 * h * oy;
				if (px <= 0.0 || px >= h || py <= 0.0 || py >= h) {
					continue;
				}
				double dist = (0.5 * h - ax) * ox + (0.5 * h - ay) * oy;
				double step = (range[1] - range[0]) / parts;
				for (int p = 0; p < parts; p++) {
					double s = range[0] + p * step;
					double e = p == parts - 1 ? range[1] : s + step;
					double sx = ax + s * ex;
					double sy = ay + s * ey;
					double fx = ax + e * ex;
					double fy = ay + e * ey;
					out.add(0.5 * (sx + fx) * (fy - sy), (e - s) * len, 0.5 * (sx + fx), 0.5 * (sy + fy), -ox, -oy,
							dist);
				}
			}
		}

		@Override
		double areaIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch) {
			int k = xs.length;
			double[] ax = scratch.clip(0, k);
			double[] ay = scratch.clip(1, k);
			System.arraycopy(xs, 0, ax, 0, k);
			System.arraycopy(ys, 0, ay, 0, k);
			// The clip lists take turns: list pair `from` holds the polygon, the other takes its clipped part.
			int from = 0;
			for (int v = 0; v < m && k > 0; v++) {
				int w = (v + 1) % m;
				double a = -(py[w] - py[v]);
				double b = px[w] - px[v];
				int to = 2 - from;
				double[] bx = scratch.clip(to, 2 * k);
				double[] by = scratch.clip(to + 1, 2 * k);
				k = clip(ax, ay, k, a, b, a * px[v] + b * py[v], bx, by);
				ax = bx;
				ay = by;
				from = to;
			}
			return k < 3 ? 0.0 : area(ax, ay, k);
		}

		@Override
		double boundaryIn(double[] px, double[] py, int m, CutCellGeometry.Scratch scratch) {
			double length = 0.0;
			for (int v = 0; v < xs.length; v++) {
				int w = (v + 1) % xs.length;
				length += segmentIn(xs[v], ys[v], xs[w], ys[w], px, py, m);
			}
			return length;
		}

		/**
		 * Liang–Barsky: the parameter range of a + t e, t ∈ [0, 1], inside [0, h]², or null. An edge
		 * parallel to the cell's sides counts as inside within rounding of them (an edge on a grid
		 * line must reach the cell on its fluid side, whatever the rounding of i·h).
		 */
		private static double[] clip(double ax, double ay, double ex, double ey, double h) {
			double t0 = 0.0;
			double t1 = 1.0;
			double[] p = {-ex, ex, -ey, ey};
			double[] q = {ax, h - ax, ay, h - ay};
			for (int m = 0; m < 4; m++) {
				if (p[m] == 0.0) {
					if (q[m] < -1e-9 * h) {
						return null;
					}
				} else {
					double t = q[m] / p[m];
					if (p[m] < 0.0) {
						t0 = Math.max(t0, t);
					} else {
						t1 = Math.min(t1, t);
					}
				}
			}
			return t1 > t0 ? new double[]{t0, t1} : null;
		}
	}
}
