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

/** Mutable state of a whole cell in the reduced model; copied for event location within a segment. */
final class CellState {

	/** The working electrode (the anode of a full cell). */
	final ElectrodeState working;
	/** The counter metal electrode (symmetric twin or half-cell reservoir); null in a full cell. */
	final ElectrodeState counter;
	/** Cathode state of charge s (fraction charged out), full cells only. */
	double cathodeCharge;
	/** Cathode capacity [C/m²], full cells only. */
	double cathodeCapacity;
	/** Electrolyte left [m³/m²]. */
	double electrolyte;
	/** Simulated time [s]. */
	double time;

	CellState(ElectrodeState working, ElectrodeState counter, double cathodeCapacity, double electrolyte) {
		this.working = working;
		this.counter = counter;
		this.cathodeCapacity = cathodeCapacity;
		this.electrolyte = electrolyte;
	}

	private CellState(CellState other) {
		this.working = other.working.copy();
		this.counter = other.counter == null ? null : other.counter.copy();
		this.cathodeCharge = other.cathodeCharge;
		this.cathodeCapacity = other.cathodeCapacity;
		this.electrolyte = other.electrolyte;
		this.time = other.time;
	}

	CellState copy() {
		return new CellState(this);
	}

	void set(CellState other) {
		working.set(other.working);
		if (counter != null) {
			counter.set(other.counter);
		}
		cathodeCharge = other.cathodeCharge;
		cathodeCapacity = other.cathodeCapacity;
		electrolyte = other.electrolyte;
		time = other.time;
	}
}
