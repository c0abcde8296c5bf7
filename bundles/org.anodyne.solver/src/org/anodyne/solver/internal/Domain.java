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

import java.util.List;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.CellKind;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.GridInfo;
import org.anodyne.solver.deposition.NumericalSettings;

/**
 * What stays fixed during a run: the grid, the electrolyte's constants and each cell's base kind,
 * pore volume and transport properties, and the collector's substrates.
 */
final class Domain {

	static final byte PORE = CellKind.ELECTROLYTE.code();
	static final byte SEPARATOR = CellKind.SEPARATOR.code();
	static final byte SUBSTRATE = CellKind.SUBSTRATE.code();
	static final byte METAL = CellKind.METAL.code();

	final DepositionProblem problem;
	final GridInfo grid;
	final int nx;
	final int ny;
	final int n;
	final double h;
	final double vt;
	final double c0;
	final double tPlus;
	final int z;
	final double rho;
	final double volumePerCharge;

	/** Base kind of each cell: PORE, SEPARATOR or SUBSTRATE; a pore or separator cell is metal when full. */
	final byte[] base;
	final int[] substrate;
	final List<String> substrateIds;
	final double[] substrateBarrier;
	final double[] capacity;
	final double[] porosity;
	final double[] kappaCell;
	final double[] diffCell;
	final double[] areaFactor;
	final boolean[] coveredSolid;
	final int[] fibreIndex;
	final int fibreCount;
	final double hostPorosity;
	/** Metal volume per cell at the start (the pre-deposit). */
	final double[] initialVolume;
	/** The geometry-only part, shared with other runs on an equal geometry (read only). */
	final PreparedGeometry prepared;
	/** True on the cut-cell path, false on the staircase one. */
	final boolean cutCells;

	Domain(DepositionProblem problem) {
		this.problem = problem;
		CellGeometry geo = problem.geometry();
		this.grid = geo.grid();
		this.nx = grid.nx();
		this.ny = grid.ny();
		this.n = grid.cellCount();
		this.h = grid.spacing();
		ElectrolyteProperties el = problem.electrolyte();
		MetalProperties metal = problem.metal();
		this.vt = PhysicalConstants.thermalVoltage(problem.temperature());
		this.c0 = el.concentration();
		this.tPlus = el.transferenceNumber();
		this.z = el.chargeNumber();
		this.rho = 2.0 * vt * (1.0 - tPlus) / z;
		this.volumePerCharge = metal.molarVolume() / (metal.chargeNumber() * PhysicalConstants.FARADAY);

		this.prepared = PreparedGeometry.of(geo,
				problem.numerics().boundary() == NumericalSettings.Boundary.CUT_CELLS);
		this.cutCells = prepared.cutCells;
		byte[] kinds = prepared.kinds;
		double[] fill = prepared.fill;
		this.substrate = prepared.substrate;
		this.areaFactor = prepared.areaFactor;
		this.fibreIndex = prepared.fibreIndex;
		this.fibreCount = geo.fibres().size();
		this.coveredSolid = prepared.coveredSolid;
		this.substrateIds = geo.substrateIds();
		this.substrateBarrier = new double[substrateIds.size()];
		for (int s = 0; s < substrateBarrier.length; s++) {
			substrateBarrier[s] = problem.barrier(substrateIds.get(s));
		}
		this.base = new byte[n];
		this.capacity = new double[n];
		this.porosity = new double[n];
		this.kappaCell = new double[n];
		this.diffCell = new double[n];
		double[] volume = new double[n];
		double sepFactor = geo.separator().transportFactor();
		double sepPorosity = geo.separator().porosity();
		for (int k = 0; k < n; k++) {
			boolean inSeparator = k / nx >= grid.hostRows();
			if (kinds[k] == SUBSTRATE) {
				base[k] = SUBSTRATE;
				continue;
			}
			base[k] = inSeparator ? SEPARATOR : PORE;
			porosity[k] = inSeparator ? sepPorosity : 1.0;
			double factor = inSeparator ? sepFactor : 1.0;
			kappaCell[k] = el.conductivity() * factor;
			diffCell[k] = el.diffusivity() * factor;
			capacity[k] = porosity[k] * h * h * prepared.fluid[k];
			volume[k] = fill[k] * capacity[k];
		}
		this.hostPorosity = prepared.hostPorosity;
		this.initialVolume = volume;
	}

	boolean galvanostatic() {
		return problem.control() instanceof Control.Galvanostatic;
	}

	/** The applied current per unit depth [A/m] under galvanostatic control. */
	double appliedCurrent() {
		return ((Control.Galvanostatic) problem.control()).currentDensity() * grid.width();
	}

	/** Open fraction of face d (east, west, north, south, as in {@link #neighbours}) of cell k. */
	double aperture(int k, int d) {
		int i = k % nx;
		return switch (d) {
		case 0 -> prepared.apertureEast[k];
		case 1 -> prepared.apertureEast[k - i + (i + nx - 1) % nx];
		case 2 -> prepared.apertureNorth[k];
		default -> k >= nx ? prepared.apertureNorth[k - nx] : 0.0; // the bottom wall is closed
		};
	}

	/** The four neighbours of a cell: east, west (periodic), north and south, −1 beyond the walls. */
	int[] neighbours(int k) {
		int i = k % nx;
		int j = k / nx;
		return new int[]{j * nx + (i + 1) % nx, j * nx + (i + nx - 1) % nx, j < ny - 1 ? k + nx : -1,
				j > 0 ? k - nx : -1};
	}
}
