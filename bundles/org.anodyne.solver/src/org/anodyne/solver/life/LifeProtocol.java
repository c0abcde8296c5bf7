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

import java.util.List;

/**
 * A cycling protocol: an ordered list of steps, repeats nested. Immutable.
 *
 * @param name  label for messages and results
 * @param steps at least one step
 */
public record LifeProtocol(String name, List<ProtocolStep> steps) {

	public LifeProtocol {
		if (name == null || name.isBlank()) {
			name = "protocol";
		}
		if (steps == null || steps.isEmpty()) {
			throw new IllegalArgumentException("protocol '" + name + "' has no steps");
		}
		for (ProtocolStep step : steps) {
			if (step == null) {
				throw new IllegalArgumentException("protocol '" + name + "' contains an empty step");
			}
		}
		steps = List.copyOf(steps);
	}

	/** A protocol from steps. */
	public static LifeProtocol of(String name, ProtocolStep... steps) {
		return new LifeProtocol(name, List.of(steps));
	}

	/**
	 * Symmetric/half-cell cycling: plate then strip the same capacity at the same current, repeated.
	 *
	 * @param currentDensity [A/m²]
	 * @param capacity       per half-cycle [C/m²]
	 * @param cycles         number of plate/strip pairs
	 */
	public static LifeProtocol platingCycles(double currentDensity, double capacity, int cycles) {
		return of(cycles + " x plate/strip " + Units.compact(capacity / Units.MAH_PER_CM2) + " mAh/cm2 at "
				+ Units.compact(currentDensity / Units.MA_PER_CM2) + " mA/cm2",
				RepeatStep.of(cycles, GalvanostaticStep.plate(currentDensity, capacity),
						GalvanostaticStep.strip(currentDensity, capacity)));
	}

	/**
	 * Full-cell cycling: charge at a C-rate until the upper voltage, discharge at the same rate until
	 * the lower one, repeated.
	 */
	public static LifeProtocol fullCellCycles(double cRate, double upperVoltage, double lowerVoltage, int cycles) {
		return of(cycles + " x " + Units.compact(cRate) + "C " + Units.compact(lowerVoltage) + "-"
				+ Units.compact(upperVoltage) + " V",
				RepeatStep.of(cycles, CellCurrentStep.chargeUntil(cRate, upperVoltage),
						CellCurrentStep.dischargeUntil(cRate, lowerVoltage)));
	}

	/** Number of current/rest steps the protocol expands to, saturating at {@link Long#MAX_VALUE}. */
	public long leafCount() {
		long total = 0;
		for (ProtocolStep step : steps) {
			total = RepeatStep.saturatingAdd(total, step.leafCount());
		}
		return total;
	}
}
