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

import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.CutCellGeometry;

/**
 * What a run needs of its geometry that depends only on the geometry and the grid, not on
 * materials, kinetics or currents: initial kinds and fill, fluid fractions, face apertures, the
 * surface pieces sorted by cell, and the multigrid hierarchy. Immutable and shared: runs on equal
 * geometries (the points of a sweep, on any thread of its pool) get the same instance from a small
 * cache ({@link #of}).
 */
final class PreparedGeometry {

	private static final SoftCache<Key, PreparedGeometry> CACHE = new SoftCache<>(8);

	private record Key(CellGeometry geometry, boolean cutCells) {
	}

	final boolean cutCells;
	final byte[] kinds;
	final double[] fill;
	final int[] substrate;
	final double[] areaFactor;
	final int[] fibreIndex;
	final boolean[] coveredSolid;
	final double hostPorosity;
	final double[] fluid;
	final double[] apertureEast;
	final double[] apertureNorth;
	final int[] pieceStart;
	final double[] pieceLength;
	final double[] pieceDistance;
	final double[] pieceY;
	final double[] pieceNormalX;
	final double[] pieceNormalY;
	final int[] pieceSubstrate;
	final int[] pieceFibre;
	final boolean[] pieceCovered;
	final Multigrid.Hierarchy hierarchy;

	/** The prepared form of the geometry on the given path, shared with earlier runs on an equal one. */
	static PreparedGeometry of(CellGeometry geometry, boolean cutCells) {
		return CACHE.get(new Key(geometry, cutCells), key -> new PreparedGeometry(key.geometry(), key.cutCells()));
	}

	/** Number of geometries prepared so far in this process (what the sharing saves is visible here). */
	static long builds() {
		return CACHE.builds();
	}

	private PreparedGeometry(CellGeometry geo, boolean cutCells) {
		int n = geo.grid().cellCount();
		this.cutCells = cutCells;
		this.kinds = cutCells ? geo.cutKindCodes() : geo.kindCodes();
		this.fill = cutCells ? geo.cutInitialFill() : geo.initialFill();
		this.substrate = geo.substrateIndices();
		this.areaFactor = geo.surfaceAreaFactors();
		this.fibreIndex = geo.fibreIndices();
		this.coveredSolid = new boolean[n];
		for (int k = 0; k < n; k++) {
			coveredSolid[k] = geo.coveredSolid(k);
		}
		this.hostPorosity = cutCells ? geo.cutHostPorosity() : geo.hostPorosity();
		CutCellGeometry cut = geo.cutCells();
		if (cutCells) {
			this.fluid = cut.fluidFractions();
			this.apertureEast = cut.eastApertures();
			this.apertureNorth = cut.northApertures();
		} else {
			this.fluid = ones(n);
			this.apertureEast = ones(n);
			this.apertureNorth = ones(n);
		}
		int pieces = cutCells ? cut.pieceCount() : 0;
		this.pieceStart = new int[n + 1];
		for (int p = 0; p < pieces; p++) {
			pieceStart[cut.pieceCell(p) + 1]++;
		}
		for (int k = 0; k < n; k++) {
			pieceStart[k + 1] += pieceStart[k];
		}
		this.pieceLength = new double[pieces];
		this.pieceDistance = new double[pieces];
		this.pieceY = new double[pieces];
		this.pieceNormalX = new double[pieces];
		this.pieceNormalY = new double[pieces];
		this.pieceSubstrate = new int[pieces];
		this.pieceFibre = new int[pieces];
		this.pieceCovered = new boolean[pieces];
		int[] next = Arrays.copyOf(pieceStart, n);
		for (int p = 0; p < pieces; p++) {
			int q = next[cut.pieceCell(p)]++;
			int solid = cut.pieceSolid(p);
			pieceLength[q] = cut.pieceLength(p);
			pieceDistance[q] = cut.pieceDistance(p);
			pieceY[q] = cut.pieceY(p);
			pieceNormalX[q] = cut.pieceNormalX(p);
			pieceNormalY[q] = cut.pieceNormalY(p);
			pieceSubstrate[q] = geo.solidSubstrate(solid);
			pieceFibre[q] = geo.solidFibre(solid);
			pieceCovered[q] = geo.solidCovered(solid);
		}
		this.hierarchy = new Multigrid.Hierarchy(geo.grid().nx(), geo.grid().ny());
	}

	private static double[] ones(int n) {
		double[] a = new double[n];
		Arrays.fill(a, 1.0);
		return a;
	}
}
