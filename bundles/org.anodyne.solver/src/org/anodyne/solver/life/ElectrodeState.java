/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

/**
 * Mutable state of one metal electrode in the reduced model (per geometric area, SI). A
 * {@link #reservoir} electrode is the unlimited, non-ageing metal foil of a half cell.
 */
final class ElectrodeState {

	final boolean reservoir;
	/** The coupling of the most recent plating current on this electrode. */
	DepositionCoupling coupling;
	/** The first coupling: the empty host in front of the metal at assembly (buffer volume, porosity). */
	DepositionCoupling assembly;
	/** Buffer fill φ at which {@link #coupling} was computed (0: the assembled cell). */
	double couplingFill;
	/** Derived from {@link #coupling}: effective exchange current density [A/m²]. */
	double exchangeCurrent;
	/** Derived from {@link #coupling}: limiting current density [A/m²]. */
	double limitingCurrent;
	/** Derived from {@link #coupling}: ohmic resistance of the electrode's electrolyte [Ω m²]. */
	double ohmicResistance;
	/** Charge [C/m²] of the plating step {@link #grainDiameter} was derived for. */
	double grainStepCharge;
	/**
	 * Real surface [m²/m²] the running plating step spreads its current over: the coupling's plus the
	 * host surface stripping has bared inside the host when the step began: the current-weighted area
	 * the morphology reads ({@link CellModel#platingSurface}).
	 */
	double platingArea;
	/**
	 * The same surface's kinetic area [m²/m²]: what the running plating step's charge transfer reacts on
	 * ({@link CellModel#platingSurface}); the coupling's area unless a laid-open host surface passes its
	 * barrier.
	 */
	double kineticArea;
	/**
	 * Plating area [m²/m²] of the split at {@link #recededDepth} once stripping has taken the front into
	 * the host, from the coupling source; NaN while the coupling's A<sub>p</sub> describes it.
	 */
	double recededArea = Double.NaN;
	/** Depth [m] of the front {@link #recededArea} was computed at (0 while NaN). */
	double recededDepth;
	/** Derived from {@link #coupling}: grain diameter [m] of the metal it plates. */
	double grainDiameter;
	/** Active (connected) metal Q [C/m²]. */
	double metal;
	/** Active metal at assembly [C/m²], the reference for the buffer excursion. */
	final double initialMetal;
	/** Solid volume of inactive material pressed against the separator [m³/m²]. */
	double separatorSolid;
	/** Solid volume of inactive material inside the host's buffer [m³/m²]. */
	double bufferSolid;
	/** Active metal in mossy (porous) form, part of {@link #metal} [C/m²]. */
	double porousMetal;
	/**
	 * Mean SEI charge per m² of the mossy deposit's whisker surface [C/m²]: σ<sub>SEI</sub> on fresh
	 * whiskers, thickening parabolically while they age.
	 */
	double mossFilm;
	/**
	 * SEI charge per m² of the dense metal's surface [C/m²]: σ<sub>SEI</sub> at assembly, thickening
	 * parabolically ever since — a film as old as the cell.
	 */
	double denseFilm;
	/** Charge plated in the running plating step [C/m²]. */
	double stepCharge;
	/** Duration of the running plating step [s] (Sand's clock). */
	double stepTime;
	/** Cumulative metal bound in SEI [C/m²]. */
	double seiLoss;
	/** Cumulative dead (isolated) metal [C/m²]. */
	double deadLoss;

	ElectrodeState(boolean reservoir, double initialMetal) {
		this.reservoir = reservoir;
		this.initialMetal = initialMetal;
		this.metal = reservoir ? Double.POSITIVE_INFINITY : initialMetal;
	}

	private ElectrodeState(ElectrodeState other) {
		this.reservoir = other.reservoir;
		this.coupling = other.coupling;
		this.assembly = other.assembly;
		this.couplingFill = other.couplingFill;
		this.exchangeCurrent = other.exchangeCurrent;
		this.limitingCurrent = other.limitingCurrent;
		this.ohmicResistance = other.ohmicResistance;
		this.grainStepCharge = other.grainStepCharge;
		this.platingArea = other.platingArea;
		this.kineticArea = other.kineticArea;
		this.recededArea = other.recededArea;
		this.recededDepth = other.recededDepth;
		this.grainDiameter = other.grainDiameter;
		this.initialMetal = other.initialMetal;
		this.metal = other.metal;
		this.separatorSolid = other.separatorSolid;
		this.bufferSolid = other.bufferSolid;
		this.porousMetal = other.porousMetal;
		this.mossFilm = other.mossFilm;
		this.denseFilm = other.denseFilm;
		this.stepCharge = other.stepCharge;
		this.stepTime = other.stepTime;
		this.seiLoss = other.seiLoss;
		this.deadLoss = other.deadLoss;
	}

	ElectrodeState copy() {
		return new ElectrodeState(this);
	}

	void set(ElectrodeState other) {
		this.coupling = other.coupling;
		this.assembly = other.assembly;
		this.couplingFill = other.couplingFill;
		this.exchangeCurrent = other.exchangeCurrent;
		this.limitingCurrent = other.limitingCurrent;
		this.ohmicResistance = other.ohmicResistance;
		this.grainStepCharge = other.grainStepCharge;
		this.platingArea = other.platingArea;
		this.kineticArea = other.kineticArea;
		this.recededArea = other.recededArea;
		this.recededDepth = other.recededDepth;
		this.grainDiameter = other.grainDiameter;
		this.metal = other.metal;
		this.separatorSolid = other.separatorSolid;
		this.bufferSolid = other.bufferSolid;
		this.porousMetal = other.porousMetal;
		this.mossFilm = other.mossFilm;
		this.denseFilm = other.denseFilm;
		this.stepCharge = other.stepCharge;
		this.stepTime = other.stepTime;
		this.seiLoss = other.seiLoss;
		this.deadLoss = other.deadLoss;
	}

	double totalLoss() {
		return seiLoss + deadLoss;
	}
}
