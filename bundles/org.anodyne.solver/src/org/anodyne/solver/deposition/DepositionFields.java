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

import java.util.List;

/**
 * Fields of one instant on the grid described by {@link #grid()} (cell (i, j) at index j·nx + i).
 * Electrolyte quantities are meaningful in {@link CellKind#ELECTROLYTE} and {@link CellKind#SEPARATOR}
 * cells and are 0 elsewhere; use {@link #kinds()} to mask. Accessors return copies.
 */
public final class DepositionFields {

	private final GridInfo grid;
	private final byte[] kinds;
	private final int[] substrateIndex;
	private final List<String> substrateIds;
	private final double[] concentration;
	private final double[] electrolytePotential;
	private final double[] surfaceCurrentDensity;
	private final double[] fillFraction;
	private final double[] newMetalFraction;
	private final double[] surfaceCurrent;
	private final double[] surfaceArea;
	private final double[] surfaceOverpotential;
	private final double[] fibreCurrent;

	/** Used by the solver; arrays are taken over, not copied. */
	public DepositionFields(GridInfo grid, byte[] kinds, int[] substrateIndex, List<String> substrateIds,
			double[] concentration, double[] electrolytePotential, double[] surfaceCurrentDensity,
			double[] fillFraction, double[] newMetalFraction, double[] surfaceCurrent, double[] surfaceArea,
			double[] surfaceOverpotential, double[] fibreCurrent) {
		this.grid = grid;
		this.kinds = kinds;
		this.substrateIndex = substrateIndex;
		this.substrateIds = List.copyOf(substrateIds);
		this.concentration = concentration;
		this.electrolytePotential = electrolytePotential;
		this.surfaceCurrentDensity = surfaceCurrentDensity;
		this.fillFraction = fillFraction;
		this.newMetalFraction = newMetalFraction;
		this.surfaceCurrent = surfaceCurrent;
		this.surfaceArea = surfaceArea;
		this.surfaceOverpotential = surfaceOverpotential;
		this.fibreCurrent = fibreCurrent;
	}

	/**
	 * Current into each fibre of {@link CellGeometry#fibres()} [A per m of depth], in the order given,
	 * positive plating: the sum over the fibre's electrode faces (0 for a fibre buried in metal).
	 */
	public double[] fibreCurrent() {
		return fibreCurrent.clone();
	}

	public GridInfo grid() {
		return grid;
	}

	/** Cell kinds as {@link CellKind#code()} values: the solid mask a viewer draws. */
	public byte[] kinds() {
		return kinds.clone();
	}

	/** Index into {@link #substrateIds()} for {@link CellKind#SUBSTRATE} cells, −1 elsewhere. */
	public int[] substrateIndex() {
		return substrateIndex.clone();
	}

	/** Substrate ids, in the order the substrate indices refer to. */
	public List<String> substrateIds() {
		return substrateIds;
	}

	/** Salt concentration c [mol/m³]. */
	public double[] concentration() {
		return concentration.clone();
	}

	/** Electrolyte potential φ [V] against a metal reference (the counter electrode's solid is 0). */
	public double[] electrolytePotential() {
		return electrolytePotential.clone();
	}

	/**
	 * Plating current density on the working-electrode surfaces bounding each electrolyte cell,
	 * averaged over those surfaces [A/m² real area], positive plating; 0 where a cell has none.
	 */
	public double[] surfaceCurrentDensity() {
		return surfaceCurrentDensity.clone();
	}

	/**
	 * Total plating current through the working-electrode surfaces bounding each electrolyte cell
	 * [A per m of depth], positive plating; summed over all cells it is the electrode's current
	 * (current density × width). Use it rather than density × face count: reacting areas include the
	 * separator's pore fraction and the fibre perimeter correction.
	 */
	public double[] surfaceCurrent() {
		return surfaceCurrent.clone();
	}

	/** Reacting area of the working-electrode surfaces bounding each electrolyte cell [m² per m of depth]. */
	public double[] surfaceArea() {
		return surfaceArea.clone();
	}

	/**
	 * Current-weighted surface overpotential η = φ − φ<sub>s</sub> on the working-electrode surfaces
	 * bounding each electrolyte cell [V] (area-weighted where no current flows), including the
	 * nucleation barrier paid on bare surfaces; 0 where a cell has no such surface.
	 */
	public double[] surfaceOverpotential() {
		return surfaceOverpotential.clone();
	}

	/** Fraction of each cell's pore volume filled with metal: 1 for metal cells, 0 for substrates. */
	public double[] fillFraction() {
		return fillFraction.clone();
	}

	/** Fraction of each cell's pore volume filled with metal plated during the run (negative where stripped). */
	public double[] newMetalFraction() {
		return newMetalFraction.clone();
	}
}
