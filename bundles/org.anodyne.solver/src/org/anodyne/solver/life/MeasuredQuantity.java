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

/** What a measured calibration point measures (the model's MeasuredPoint quantities). */
public enum MeasuredQuantity {
	/** Full-cell discharge capacity over the first cycle's, at a cycle. */
	RETENTION,
	/** Hours until failure (a censored run gives its end time, a lower bound). */
	HOURS_TO_FAILURE,
	/** Cycle in which the cell failed (a censored run gives its last cycle). */
	CYCLES_TO_FAILURE,
	/** Mean |polarisation| of the first cycle [V]. */
	FIRST_CYCLE_OVERPOTENTIAL,
	/** The working electrode's metal efficiency (the model's Coulombic efficiency) at a cycle. */
	COULOMBIC_EFFICIENCY
}
