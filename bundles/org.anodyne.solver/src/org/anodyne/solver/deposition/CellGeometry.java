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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anodyne.solver.internal.SoftCache;

/**
 * The rasterised 2D cross-section of one cell: a periodic strip of width W on a uniform grid of
 * spacing h, from the bottom wall (y = 0, no flux) through the host (0 ≤ y &lt; H<sub>host</sub>,
 * with fibres, planar solids and the pre-deposited metal) and the homogenised separator to the
 * planar metal counter electrode at the top boundary.
 * <p>
 * Collector solids (fibres, substrate bands, polygons) are described twice: as a staircase (a cell
 * is solid when its centre lies inside a solid; {@link #kindCodes()}, {@link #initialFill()}) and
 * exactly, as cut cells ({@link #cutCells()}, {@link #cutKindCodes()}, {@link #cutInitialFill()});
 * the solver uses the cut cells unless {@link NumericalSettings#boundary()} asks for the staircase.
 * The pre-deposit is dense metal filling the host's pore space row by row from the chosen face;
 * the last row is filled partially (the same fraction of every pore cell of that row). Thicknesses
 * and the width are rounded to whole cells; {@link #grid()} reports the resolved values.
 * Instances are immutable; build them with {@link #builder()}. Two geometries built from equal
 * descriptions are {@linkplain #equals(Object) equal}, which is what lets runs share their grids.
 */
public final class CellGeometry {

	/** Geometries built in this process, by description (bounded, soft: a cache, not a store). */
	private static final SoftCache<List<Object>, CellGeometry> CACHE = new SoftCache<>(8);

	/** Number of geometries actually built (not taken from the cache) in this process. */
	static long builds() {
		return CACHE.builds();
	}

	/** Below this fluid fraction a cut cell counts as solid (its sliver of electrolyte is dropped). */
	static final double SOLID_FRACTION = 1e-6;

	private final GridInfo grid;
	private final byte[] kinds;
	private final int[] substrateIndex;
	private final List<String> substrateIds;
	private final double[] initialFill;
	private final double[] surfaceAreaFactor;
	private final int[] fibreIndex;
	private final SeparatorProperties separator;
	private final Orientation orientation;
	private final double preDepositVolume;
	private final List<Fibre> fibres;
	private final CutCellGeometry cut;
	private final byte[] cutKinds;
	private final double[] cutFill;
	private final int[] solidSubstrate;
	private final int[] solidFibre;
	private final double cutHostPorosity;
	/** The builder's inputs, for equality: equal descriptions give equal geometries. */
	private final List<Object> description;

	private CellGeometry(Builder b, GridInfo grid, byte[] kinds, int[] substrateIndex, List<String> substrateIds,
			double[] initialFill, double[] surfaceAreaFactor, int[] fibreIndex, Builder.Cut cut) {
		this.grid = grid;
		this.kinds = kinds;
		this.substrateIndex = substrateIndex;
		this.substrateIds = Collections.unmodifiableList(substrateIds);
		this.initialFill = initialFill;
		this.surfaceAreaFactor = surfaceAreaFactor;
		this.fibreIndex = fibreIndex;
		this.separator = b.separator;
		this.orientation = b.orientation;
		this.preDepositVolume = b.preDepositVolume;
		this.fibres = List.copyOf(b.fibres);
		this.cut = cut.cells;
		this.cutKinds = cut.kinds;
		this.cutFill = cut.fill;
		this.solidSubstrate = cut.solidSubstrate;
		this.solidFibre = cut.solidFibre;
		this.cutHostPorosity = cut.hostPorosity;
		this.description = b.description();
	}

	/** The exact (cut-cell) description of the collector solids. */
	public CutCellGeometry cutCells() {
		return cut;
	}

	/**
	 * Copy of the per-cell kind codes for the cut-cell path: a cell is {@link CellKind#SUBSTRATE}
	 * only when (all but a negligible 10⁻⁶ of) it is solid.
	 */
	public byte[] cutKindCodes() {
		return cutKinds.clone();
	}

	/** Copy of the initial metal fill per cell for the cut-cell path, as a fraction of each cell's fluid part. */
	public double[] cutInitialFill() {
		return cutFill.clone();
	}

	/** Substrate index (into {@link #substrateIds()}) of a solid of {@link CutCellGeometry#pieceSolid(int)}. */
	public int solidSubstrate(int solid) {
		return solidSubstrate[solid];
	}

	/** Index into {@link #fibres()} of a solid of {@link CutCellGeometry#pieceSolid(int)}, −1 if it is no fibre. */
	public int solidFibre(int solid) {
		return solidFibre[solid];
	}

	/** True if the solid's surface is metal from the start (a {@linkplain Fibre#covered() covered} fibre). */
	public boolean solidCovered(int solid) {
		return solidFibre[solid] >= 0 && fibres.get(solidFibre[solid]).covered();
	}

	/** Host porosity from the exact solid areas (the cut-cell counterpart of {@link #hostPorosity()}). */
	public double cutHostPorosity() {
		return cutHostPorosity;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CellGeometry g && description.equals(g.description);
	}

	@Override
	public int hashCode() {
		return description.hashCode();
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** Grid metadata. */
	public GridInfo grid() {
		return grid;
	}

	/** Kind of a cell in the initial state. */
	public CellKind kind(int index) {
		return CellKind.of(kinds[index]);
	}

	/** Copy of the per-cell kind codes ({@link CellKind#code()}). */
	public byte[] kindCodes() {
		return kinds.clone();
	}

	/** Copy of the per-cell substrate index into {@link #substrateIds()}, −1 where the cell is not a substrate. */
	public int[] substrateIndices() {
		return substrateIndex.clone();
	}

	/** Substrate ids present in the geometry, in order of first appearance. */
	public List<String> substrateIds() {
		return substrateIds;
	}

	/**
	 * Copy of the initial metal fill per cell: the fraction of the cell's pore volume holding dense
	 * metal (1 for {@link CellKind#METAL}, 0 for substrates, in [0, 1) for electrolyte cells).
	 */
	public double[] initialFill() {
		return initialFill.clone();
	}

	/**
	 * Copy of the per-cell surface-area factor of collector solids: the faces of a staircase circle
	 * add up to about 4/π of its perimeter, so each fibre's faces are weighted by its true exposed
	 * arc length over the length of its faces; 1 for planar solids and non-solid cells. The
	 * solver multiplies the reacting area of a face by the factor of its solid cell.
	 */
	public double[] surfaceAreaFactors() {
		return surfaceAreaFactor.clone();
	}

	/** Copy of the per-cell index into {@link #fibres()} of the fibre a solid cell belongs to, −1 elsewhere. */
	public int[] fibreIndices() {
		return fibreIndex.clone();
	}

	/** True if the cell is solid of a fibre whose surface is {@linkplain Fibre#covered() covered} by metal. */
	public boolean coveredSolid(int index) {
		int f = fibreIndex[index];
		return f >= 0 && fibres.get(f).covered();
	}

	/** The separator. */
	public SeparatorProperties separator() {
		return separator;
	}

	/** Which face carries the pre-deposit. */
	public Orientation orientation() {
		return orientation;
	}

	/** Pre-deposited dense metal per geometric area [m³/m²] (a thickness). */
	public double preDepositVolume() {
		return preDepositVolume;
	}

	/** The fibres as given (before rasterisation). */
	public List<Fibre> fibres() {
		return fibres;
	}

	/**
	 * Porosity of the host region: the fraction of its cells that are not collector solid (the
	 * pre-deposited metal counts as pore space, since it is the space the metal cycles in).
	 */
	public double hostPorosity() {
		int open = 0;
		int total = grid.hostRows() * grid.nx();
		for (int k = 0; k < total; k++) {
			if (kinds[k] != CellKind.SUBSTRATE.code()) {
				open++;
			}
		}
		return total == 0 ? 0.0 : (double) open / total;
	}

	/**
	 * Builds a {@link CellGeometry}. Lengths in metres. Required: width, grid spacing, host
	 * thickness; everything else is optional (no separator, no pre-deposit by default).
	 */
	public static final class Builder {
		private double width = Double.NaN;
		private double spacing = Double.NaN;
		private double hostThickness = Double.NaN;
		private final List<Fibre> fibres = new ArrayList<>();
		private final List<double[]> planarSolids = new ArrayList<>();
		private final List<String> planarSubstrates = new ArrayList<>();
		private final List<double[][]> polygons = new ArrayList<>();
		private final List<String> polygonSubstrates = new ArrayList<>();
		private SeparatorProperties separator = SeparatorProperties.none();
		private Orientation orientation = Orientation.INVERTED;
		private double preDepositVolume;
		private double frontRecess;

		private Builder() {
		}

		/** Periodic width W of the cross-section [m]. */
		public Builder width(double width) {
			this.width = width;
			return this;
		}

		/** Grid spacing h [m]. */
		public Builder gridSpacing(double spacing) {
			this.spacing = spacing;
			return this;
		}

		/** Thickness of the host region above the bottom wall [m]; for a foil, the foil plus the room the metal grows into. */
		public Builder hostThickness(double hostThickness) {
			this.hostThickness = hostThickness;
			return this;
		}

		/**
		 * Adds a fibre. A part above the host lies in the separator and is collector surface like the
		 * rest; a part below the bottom wall is clipped.
		 */
		public Builder fibre(Fibre fibre) {
			fibres.add(fibre);
			return this;
		}

		/** Adds fibres, e.g. from {@link FibreLayouts} or an explicit list (bare or covered). */
		public Builder fibres(Collection<Fibre> more) {
			fibres.addAll(more);
			return this;
		}

		/** Adds a planar solid across the whole width between two heights [m], e.g. a foil. */
		public Builder planarSolid(double bottom, double top, String substrate) {
			if (substrate == null || substrate.isBlank()) {
				throw new IllegalArgumentException("planar solid: substrate id must not be empty");
			}
			planarSolids.add(new double[]{bottom, top});
			planarSubstrates.add(substrate);
			return this;
		}

		/**
		 * Adds a solid polygon of the collector (e.g. a wire or strip of a plug-in collector type),
		 * resolved exactly by the cut cells. It may cross the periodic x-boundary (it is wrapped)
		 * but must be narrower than the cell; a part above the host lies in the separator and is collector
		 * surface like the rest, a part below the bottom wall is clipped.
		 *
		 * @param xs        vertex x [m], counter-clockwise
		 * @param ys        vertex y [m]
		 * @param substrate substrate id of its surface
		 * @throws IllegalArgumentException if the polygon has fewer than 3 vertices, a non-finite
		 *                                  vertex, is clockwise or degenerate, or not simple
		 */
		public Builder polygon(double[] xs, double[] ys, String substrate) {
			if (substrate == null || substrate.isBlank()) {
				throw new IllegalArgumentException("polygon: substrate id must not be empty");
			}
			if (xs == null || ys == null || xs.length != ys.length || xs.length < 3) {
				throw new IllegalArgumentException("polygon of " + substrate
						+ ": needs at least 3 vertices with as many x as y coordinates");
			}
			double twiceArea = 0.0;
			for (int v = 0; v < xs.length; v++) {
				if (!Double.isFinite(xs[v]) || !Double.isFinite(ys[v])) {
					throw new IllegalArgumentException(String.format(Locale.ROOT,
							"polygon of %s: vertex %d (%s, %s) is not finite", substrate, v, xs[v], ys[v]));
				}
				int w = (v + 1) % xs.length;
				twiceArea += xs[v] * ys[w] - xs[w] * ys[v];
			}
			if (!(twiceArea > 0.0)) {
				throw new IllegalArgumentException("polygon of " + substrate
						+ ": vertices must run counter-clockwise around a non-empty area (signed area "
						+ 0.5 * twiceArea * 1e12 + " µm2)");
			}
			int n = xs.length;
			for (int a = 0; a < n; a++) {
				for (int b = a + 2; b < n; b++) {
					if ((b + 1) % n == a) {
						continue;
					}
					if (segmentsCross(xs[a], ys[a], xs[(a + 1) % n], ys[(a + 1) % n], xs[b], ys[b], xs[(b + 1) % n],
							ys[(b + 1) % n])) {
						throw new IllegalArgumentException(String.format(Locale.ROOT,
								"polygon of %s is not simple: edge %d crosses edge %d", substrate, a, b));
					}
				}
			}
			polygons.add(new double[][]{xs.clone(), ys.clone()});
			polygonSubstrates.add(substrate);
			return this;
		}

		private static boolean segmentsCross(double ax, double ay, double bx, double by, double cx, double cy,
				double dx,
				double dy) {
			double d1 = orient(cx, cy, dx, dy, ax, ay);
			double d2 = orient(cx, cy, dx, dy, bx, by);
			double d3 = orient(ax, ay, bx, by, cx, cy);
			double d4 = orient(ax, ay, bx, by, dx, dy);
			return d1 * d2 < 0.0 && d3 * d4 < 0.0;
		}

		private static double orient(double ax, double ay, double bx, double by, double px, double py) {
			return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
		}

		private List<Object> description() {
			List<Object> d = new ArrayList<>();
			d.add(width);
			d.add(spacing);
			d.add(hostThickness);
			d.add(List.copyOf(fibres));
			for (double[] band : planarSolids) {
				d.add(List.of(band[0], band[1]));
			}
			d.add(new ArrayList<>(planarSubstrates));
			for (double[][] poly : polygons) {
				d.add(List.of(Arrays.toString(poly[0]), Arrays.toString(poly[1])));
			}
			d.add(List.copyOf(polygonSubstrates));
			d.add(separator);
			d.add(orientation);
			d.add(preDepositVolume);
			d.add(frontRecess);
			return d;
		}

		/** A collector foil of the given substrate at the bottom wall. */
		public Builder foil(double thickness, String substrate) {
			return planarSolid(0.0, thickness, substrate);
		}

		/** A foil of the plated metal itself at the bottom wall (a metal electrode; no nucleation barrier). */
		public Builder metalFoil(double thickness) {
			planarSolids.add(new double[]{0.0, thickness});
			planarSubstrates.add(null);
			return this;
		}

		/** The separator between host and counter electrode. */
		public Builder separator(SeparatorProperties separator) {
			this.separator = java.util.Objects.requireNonNull(separator, "separator");
			return this;
		}

		/**
		 * Dense metal pre-deposited into the host, filling its pores from one face.
		 *
		 * @param arealVolume volume per geometric area [m³/m²] (6 mAh cm⁻² of Li is 29.1 µm)
		 * @param face        {@link Orientation#INVERTED}: from the bottom face; {@link Orientation#UPRIGHT}: from the top face
		 */
		public Builder preDeposit(double arealVolume, Orientation face) {
			if (!(arealVolume >= 0.0) || Double.isInfinite(arealVolume)) {
				throw new IllegalArgumentException("pre-deposit volume must be >= 0 m3/m2, got " + arealVolume);
			}
			this.preDepositVolume = arealVolume;
			this.orientation = java.util.Objects.requireNonNull(face, "orientation");
			return this;
		}

		/**
		 * The pre-deposit with its front facing the separator taken back by a pore volume per area
		 * [m³/m²]. From the bottom face (inverted) the band is that much thinner. From the top face
		 * (upright) that much pore volume stays empty between the face and the metal, and the band keeps
		 * its volume below it: a split at a receded front asks for the front, and a band thinned to the
		 * active metal would open an ion path to its back that the dense base and the inactive material
		 * close in the cell.
		 *
		 * @param arealVolume in [0, the pre-deposit's volume] for the bottom face; from the top face a band
		 *                    that no longer fits ends at the host's back
		 */
		public Builder preDepositFrontRecess(double arealVolume) {
			if (!(arealVolume >= 0.0) || Double.isInfinite(arealVolume)) {
				throw new IllegalArgumentException("pre-deposit front recess must be >= 0 m3/m2, got " + arealVolume);
			}
			this.frontRecess = arealVolume;
			return this;
		}

		/**
		 * Rasterises the geometry and cuts its cells, or returns the geometry already built from an
		 * equal description in this process (a small cache: the points of a sweep share it).
		 *
		 * @throws IllegalArgumentException naming the offending value when the description is inconsistent
		 */
		public CellGeometry build() {
			return CACHE.get(description(), key -> buildNew());
		}

		private CellGeometry buildNew() {
			requirePositive("width", width);
			requirePositive("grid spacing", spacing);
			requirePositive("host thickness", hostThickness);
			int nx = cells("width", width);
			int hostRows = cells("host thickness", hostThickness);
			int sepRows = separator.thickness() == 0.0 ? 0 : cells("separator thickness", separator.thickness());
			GridInfo grid = new GridInfo(nx, hostRows + sepRows, spacing, hostRows, sepRows);
			int n = grid.cellCount();
			byte[] kinds = new byte[n];
			int[] subIndex = new int[n];
			Arrays.fill(subIndex, -1);
			double[] fill = new double[n];
			boolean[] collectorMetal = new boolean[n];
			for (int j = hostRows; j < grid.ny(); j++) {
				Arrays.fill(kinds, j * nx, (j + 1) * nx, CellKind.SEPARATOR.code());
			}
			Map<String, Integer> ids = new LinkedHashMap<>();
			for (int s = 0; s < planarSolids.size(); s++) {
				double[] range = planarSolids.get(s);
				String sub = planarSubstrates.get(s);
				if (!(range[1] > range[0]) || range[0] < 0.0 || range[1] > grid.hostThickness() + 0.5 * spacing) {
					throw new IllegalArgumentException(String.format(Locale.ROOT,
							"planar solid from %.3f µm to %.3f µm must be a non-empty band inside the host (0 to %.3f µm)",
							range[0] * 1e6, range[1] * 1e6, grid.hostThickness() * 1e6));
				}
				for (int j = 0; j < hostRows; j++) {
					double y = grid.y(j);
					if (y < range[0] || y >= range[1]) {
						continue;
					}
					for (int i = 0; i < nx; i++) {
						int k = grid.index(i, j);
						if (sub == null) {
							kinds[k] = CellKind.METAL.code();
							fill[k] = 1.0;
							collectorMetal[k] = true;
						} else {
							kinds[k] = CellKind.SUBSTRATE.code();
							subIndex[k] = ids.computeIfAbsent(sub, key -> ids.size());
						}
					}
				}
			}
			int[] fibreOf = new int[n];
			Arrays.fill(fibreOf, -1);
			for (int f = 0; f < fibres.size(); f++) {
				rasterise(fibres.get(f), f, grid, kinds, subIndex, fibreOf, ids);
			}
			for (int p = 0; p < polygons.size(); p++) {
				rasterise(new SolidShape.Polygon(polygons.get(p)[0], polygons.get(p)[1]), polygonSubstrates.get(p),
						grid,
						kinds, subIndex, ids);
			}
			int solidCells = 0;
			for (int k = 0; k < grid.hostRows() * nx; k++) {
				if (kinds[k] != CellKind.ELECTROLYTE.code()) {
					solidCells++;
				}
			}
			if (solidCells == 0) {
				throw new IllegalArgumentException("the host has no solid: add fibres, a foil or a metal foil");
			}
			for (int i = 0; i < nx; i++) {
				int k = grid.index(i, grid.ny() - 1);
				if (kinds[k] == CellKind.SUBSTRATE.code() || kinds[k] == CellKind.METAL.code()) {
					throw new IllegalArgumentException(
							"collector solid touches the counter electrode (short circuit) at "
									+ grid.describe(k) + "; add a separator or lower the solids");
				}
			}
			Cut cut = cut(grid, ids, collectorMetal);
			fillPreDeposit(grid, kinds, fill, null);
			// A receded front's band was connected before stripping took its front; a 2D section through
			// sparse solids (a foam's ligaments) may cut none of what holds it in 3D, and the solid is one
			// equipotential either way.
			if (frontRecess == 0.0) {
				checkMetalContact(grid, kinds, fill, collectorMetal);
			}
			fillPreDeposit(grid, cut.kinds, cut.fill, cut.cells.fluidFractions());
			double[] areaFactor = fibreAreaFactors(grid, kinds, fibreOf);
			return new CellGeometry(this, grid, kinds, subIndex, new ArrayList<>(ids.keySet()), fill, areaFactor,
					fibreOf, cut);
		}

		/** Solids of the cut-cell path: fibres, substrate bands, polygons, in that order. */
		private Cut cut(GridInfo grid, Map<String, Integer> ids, boolean[] collectorMetal) {
			List<CutCellGeometry.Solid> solids = new ArrayList<>();
			for (int f = 0; f < fibres.size(); f++) {
				Fibre fibre = fibres.get(f);
				solids.add(new CutCellGeometry.Solid(new SolidShape.Circle(fibre.x(), fibre.y(), fibre.radius()),
						ids.computeIfAbsent(fibre.substrate(), key -> ids.size()), f));
			}
			for (int s = 0; s < planarSolids.size(); s++) {
				String sub = planarSubstrates.get(s);
				if (sub != null) {
					double[] band = planarSolids.get(s);
					solids.add(new CutCellGeometry.Solid(new SolidShape.Band(band[0], band[1]),
							ids.computeIfAbsent(sub, key -> ids.size()), -1));
				}
			}
			for (int p = 0; p < polygons.size(); p++) {
				solids.add(new CutCellGeometry.Solid(new SolidShape.Polygon(polygons.get(p)[0], polygons.get(p)[1]),
						ids.computeIfAbsent(polygonSubstrates.get(p), key -> ids.size()), -1));
			}
			for (int s = 0; s < solids.size(); s++) {
				double top = solids.get(s).shape().bounds()[3];
				if (top >= grid.height()) {
					String what = s < fibres.size()
							? "fibre " + (s + 1)
							: "polygon " + (s - fibres.size() - planarBands() + 1);
					throw new IllegalArgumentException(String.format(Locale.ROOT,
							"%s reaches y = %.3f µm, the counter electrode at %.3f µm (short circuit); lower it or thicken the separator",
							what, top * 1e6, grid.height() * 1e6));
				}
			}
			CutCellGeometry cells = CutCellGeometry.of(grid, solids);
			double[] alpha = cells.fluidFractions();
			int n = grid.cellCount();
			byte[] kinds = new byte[n];
			double[] fill = new double[n];
			double open = 0.0;
			for (int k = 0; k < n; k++) {
				boolean host = k / grid.nx() < grid.hostRows();
				if (!host) {
					kinds[k] = alpha[k] < SOLID_FRACTION ? CellKind.SUBSTRATE.code() : CellKind.SEPARATOR.code();
				} else if (collectorMetal[k]) {
					kinds[k] = CellKind.METAL.code();
					fill[k] = 1.0;
				} else {
					kinds[k] = alpha[k] < SOLID_FRACTION ? CellKind.SUBSTRATE.code() : CellKind.ELECTROLYTE.code();
				}
				if (host && kinds[k] != CellKind.SUBSTRATE.code()) {
					open += collectorMetal[k] ? 1.0 : alpha[k];
				}
			}
			int[] solidSubstrate = new int[solids.size()];
			int[] solidFibre = new int[solids.size()];
			for (int s = 0; s < solids.size(); s++) {
				solidSubstrate[s] = solids.get(s).substrate();
				solidFibre[s] = solids.get(s).fibre();
			}
			int hostCells = grid.hostRows() * grid.nx();
			return new Cut(cells, kinds, fill, solidSubstrate, solidFibre, hostCells == 0 ? 0.0 : open / hostCells);
		}

		/** Substrate bands among the planar solids (metal foils are no cut solid). */
		private int planarBands() {
			int bands = 0;
			for (String sub : planarSubstrates) {
				bands += sub != null ? 1 : 0;
			}
			return bands;
		}

		private static void rasterise(SolidShape.Polygon polygon, String substrate, GridInfo grid, byte[] kinds,
				int[] subIndex, Map<String, Integer> ids) {
			for (int j = 0; j < grid.ny(); j++) {
				for (int i = 0; i < grid.nx(); i++) {
					int k = grid.index(i, j);
					if (!CellKind.of(kinds[k]).isElectrolyte()) {
						continue;
					}
					double x = grid.x(i);
					boolean inside = false;
					for (double shift : new double[]{0.0, -grid.width(), grid.width()}) {
						inside |= polygon.contains(x + shift, grid.y(j), -1e-12 * grid.spacing());
					}
					if (inside) {
						kinds[k] = CellKind.SUBSTRATE.code();
						subIndex[k] = ids.computeIfAbsent(substrate, key -> ids.size());
					}
				}
			}
		}

		private static void rasterise(Fibre f, int fibreIndex, GridInfo grid, byte[] kinds, int[] subIndex,
				int[] fibreOf,
				Map<String, Integer> ids) {
			double h = grid.spacing();
			double w = grid.width();
			int jLo = Math.max(0, (int) Math.floor((f.y() - f.radius()) / h) - 1);
			int jHi = Math.min(grid.ny() - 1, (int) Math.ceil((f.y() + f.radius()) / h) + 1);
			int span = (int) Math.ceil(f.radius() / h) + 1;
			int iCentre = (int) Math.floor(Math.floorMod((long) Math.floor(f.x() / h), grid.nx()));
			double r2 = f.radius() * f.radius();
			int index = -1;
			for (int j = jLo; j <= jHi; j++) {
				double dy = grid.y(j) - f.y();
				for (int di = -span; di <= span; di++) {
					int i = Math.floorMod(iCentre + di, grid.nx());
					double dx = grid.x(i) - f.x();
					dx -= w * Math.rint(dx / w);
					if (dx * dx + dy * dy >= r2) {
						continue;
					}
					int k = grid.index(i, j);
					if (CellKind.of(kinds[k]).isElectrolyte()) {
						if (index < 0) {
							index = ids.computeIfAbsent(f.substrate(), key -> ids.size());
						}
						kinds[k] = CellKind.SUBSTRATE.code();
						subIndex[k] = index;
						fibreOf[k] = fibreIndex;
					}
				}
			}
		}

		/**
		 * Per fibre: true exposed arc length (the circle sampled, minus what lies outside the host or
		 * inside other solids) over the total length of the fibre's faces towards non-collector cells.
		 */
		private double[] fibreAreaFactors(GridInfo grid, byte[] kinds, int[] fibreOf) {
			int n = grid.cellCount();
			int nx = grid.nx();
			double h = grid.spacing();
			double[] faceLength = new double[fibres.size()];
			for (int k = 0; k < n; k++) {
				int f = fibreOf[k];
				if (f < 0) {
					continue;
				}
				int i = k % nx;
				int j = k / nx;
				int[] nbrs = {grid.index((i + 1) % nx, j), grid.index((i + nx - 1) % nx, j), j > 0 ? k - nx : -1,
						j < grid.ny() - 1 ? k + nx : -1};
				for (int m : nbrs) {
					if (m >= 0 && kinds[m] != CellKind.SUBSTRATE.code()) {
						faceLength[f] += h;
					}
				}
			}
			double[] factor = new double[n];
			Arrays.fill(factor, 1.0);
			final int samples = 720;
			for (int f = 0; f < fibres.size(); f++) {
				if (faceLength[f] == 0.0) {
					continue;
				}
				Fibre fibre = fibres.get(f);
				int exposed = 0;
				for (int s = 0; s < samples; s++) {
					double angle = 2 * Math.PI * (s + 0.5) / samples;
					double x = fibre.x() + fibre.radius() * Math.cos(angle);
					double y = fibre.y() + fibre.radius() * Math.sin(angle);
					if (y > 0.0 && !insideOtherSolid(grid, f, x, y)) {
						exposed++;
					}
				}
				double arc = 2 * Math.PI * fibre.radius() * exposed / samples;
				double value = Math.max(0.25, Math.min(4.0, arc / faceLength[f]));
				for (int k = 0; k < n; k++) {
					if (fibreOf[k] == f) {
						factor[k] = value;
					}
				}
			}
			return factor;
		}

		private boolean insideOtherSolid(GridInfo grid, int self, double x, double y) {
			for (double[] band : planarSolids) {
				if (y >= band[0] && y < band[1]) {
					return true;
				}
			}
			double w = grid.width();
			for (int g = 0; g < fibres.size(); g++) {
				if (g == self) {
					continue;
				}
				Fibre other = fibres.get(g);
				double dy = y - other.y();
				if (Math.abs(dy) >= other.radius()) {
					continue;
				}
				double dx = x - other.x();
				dx -= w * Math.rint(dx / w);
				if (dx * dx + dy * dy < other.radius() * other.radius()) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Fills pore space row by row from the pre-deposit face.
		 *
		 * @param fluid fluid fraction of each cell (cut cells), or null for whole pore cells
		 */
		private void fillPreDeposit(GridInfo grid, byte[] kinds, double[] fill, double[] fluid) {
			int nx = grid.nx();
			double h = grid.spacing();
			boolean fromTop = orientation == Orientation.UPRIGHT;
			if (!fromTop && frontRecess > preDepositVolume) {
				throw new IllegalArgumentException(String.format(Locale.ROOT,
						"pre-deposit front recess of %.3f µm exceeds the pre-deposit's %.3f µm of dense metal",
						frontRecess * 1e6, preDepositVolume * 1e6));
			}
			double remaining = (fromTop ? preDepositVolume : preDepositVolume - frontRecess) * grid.width();
			// Upright, the emptied pores lie between the face and the metal; inverted, beyond the metal's top.
			double skip = fromTop ? frontRecess * grid.width() : 0.0;
			double totalPore = 0.0;
			for (int step = 0; step < grid.hostRows() && remaining > 0.0; step++) {
				int j = orientation == Orientation.INVERTED ? step : grid.hostRows() - 1 - step;
				int pores = 0;
				double poreCells = 0.0;
				for (int i = 0; i < nx; i++) {
					int k = grid.index(i, j);
					if (kinds[k] == CellKind.ELECTROLYTE.code()) {
						pores++;
						poreCells += fluid == null ? 1.0 : fluid[k];
					}
				}
				double capacity = fluid == null ? pores * h * h : poreCells * h * h;
				totalPore += capacity;
				if (pores == 0) {
					continue;
				}
				double skipped = Math.min(skip, capacity);
				skip -= skipped;
				double room = capacity - skipped;
				if (!(room > 1e-12 * capacity)) {
					continue;
				}
				double fraction = Math.min(room, remaining) / capacity;
				// A fraction within rounding of 1 is a full row.
				if (fraction > 1.0 - 1e-12) {
					fraction = 1.0;
				}
				for (int i = 0; i < nx; i++) {
					int k = grid.index(i, j);
					if (kinds[k] == CellKind.ELECTROLYTE.code()) {
						fill[k] = fraction;
						if (fraction == 1.0) {
							kinds[k] = CellKind.METAL.code();
						}
					}
				}
				remaining -= fraction == 1.0 ? capacity : Math.min(room, remaining);
			}
			// A receded band that moved down ends at the host's back when it does not fit: the front is what
			// such a section is for, and the wall closes its back as the dense base does in the cell.
			if (remaining > 1e-12 * preDepositVolume * grid.width() && !(fromTop && frontRecess > 0.0)) {
				throw new IllegalArgumentException(String.format(Locale.ROOT,
						"pre-deposit of %.3f µm dense metal exceeds the host's pore volume (%.3f µm per area)",
						preDepositVolume * 1e6, totalPore / grid.width() * 1e6));
			}
		}

		/**
		 * The solid is one equipotential only if every metal region touches the collector; a layer
		 * floating in the electrolyte (e.g. an upright pre-deposit above a bare foil) is a user error.
		 */
		private static void checkMetalContact(GridInfo grid, byte[] kinds, double[] fill, boolean[] collectorMetal) {
			int nx = grid.nx();
			int n = grid.cellCount();
			boolean[] reached = new boolean[n];
			ArrayDeque<Integer> queue = new ArrayDeque<>();
			for (int k = 0; k < n; k++) {
				if (kinds[k] == CellKind.SUBSTRATE.code() || collectorMetal[k]) {
					reached[k] = true;
					queue.add(k);
				}
			}
			while (!queue.isEmpty()) {
				int k = queue.poll();
				int i = k % nx;
				int j = k / nx;
				int[] nbrs = {grid.index((i + 1) % nx, j), grid.index((i + nx - 1) % nx, j), j > 0 ? k - nx : -1,
						j < grid.ny() - 1 ? k + nx : -1};
				for (int m : nbrs) {
					if (m >= 0 && !reached[m] && kinds[m] == CellKind.METAL.code()) {
						reached[m] = true;
						queue.add(m);
					}
				}
			}
			for (int k = 0; k < n; k++) {
				if (kinds[k] == CellKind.ELECTROLYTE.code() && fill[k] > 0.0 && !touchesReached(grid, k, reached)) {
					throw new IllegalArgumentException("pre-deposited metal at " + grid.describe(k)
							+ " does not touch the current collector; fill from the other face or add collector solid there");
				}
				if (kinds[k] == CellKind.METAL.code() && !reached[k]) {
					throw new IllegalArgumentException("pre-deposited metal at " + grid.describe(k)
							+ " does not touch the current collector; fill from the other face or add collector solid there");
				}
			}
		}

		private static boolean touchesReached(GridInfo grid, int k, boolean[] reached) {
			int nx = grid.nx();
			int i = k % nx;
			int j = k / nx;
			return reached[grid.index((i + 1) % nx, j)] || reached[grid.index((i + nx - 1) % nx, j)]
					|| (j > 0 && reached[k - nx]) || (j < grid.ny() - 1 && reached[k + nx]);
		}

		private record Cut(CutCellGeometry cells, byte[] kinds, double[] fill, int[] solidSubstrate, int[] solidFibre,
				double hostPorosity) {
		}

		private int cells(String what, double length) {
			double ratio = length / spacing;
			int count = (int) Math.round(ratio);
			if (count < 1) {
				throw new IllegalArgumentException(String.format(Locale.ROOT,
						"%s of %.4g µm is smaller than one grid cell (%.4g µm)", what, length * 1e6, spacing * 1e6));
			}
			return count;
		}

		private static void requirePositive(String what, double value) {
			if (!(value > 0.0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException(what + " must be a positive length in metres, got " + value);
			}
		}
	}
}
