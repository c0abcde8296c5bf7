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

/** Why a cell reached its end of life in the reduced model. */
public enum FailureMode {
	/**
	 * The inactive (dead metal + SEI) layer pressed against the separator grew through it: a soft short,
	 * seen in the lab as voltage fluctuation. It comes first where the metal front starts against the
	 * separator with no empty host to buffer the layer.
	 */
	SEPARATOR_PENETRATION,
	/** The polarisation (without nucleation and depletion spikes) exceeded the limit. */
	OVERPOTENTIAL_RUNAWAY,
	/** An electrode had to give metal it no longer had (symmetric/half cells), or a full cell's
	 * capacity fell below the end-of-life retention because the anode ran out of usable metal. */
	INVENTORY_EXHAUSTED,
	/** A full cell's retention fell below the end-of-life threshold (80 % by default). */
	CAPACITY_FADE_80,
	/** A full cell's discharge capacity dropped by more than the sudden-loss threshold in one cycle. */
	SUDDEN_CAPACITY_LOSS,
	/** SEI consumed so much solvent that the electrolyte left no longer fills the cell's pores. */
	ELECTROLYTE_DEPLETED
}
