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
 * Charge or discharge the cell at a C-rate or current density until the first stop condition is met
 * (typically a voltage, or a time). Charging plates metal onto the working electrode (the anode of a
 * full cell); discharging strips it.
 *
 * @param direction charge or discharge
 * @param current   C-rate or current density
 * @param stops     at least one stop condition
 */
public record CellCurrentStep(Direction direction, CurrentSetting current, List<StopCondition> stops)
		implements
			ProtocolStep {

	/** Charge (metal onto the working electrode) or discharge. */
	public enum Direction {
		CHARGE, DISCHARGE
	}

	public CellCurrentStep {
		if (direction == null || current == null) {
			throw new IllegalArgumentException("a charge/discharge step needs a direction and a current");
		}
		stops = GalvanostaticStep.requireStops(stops, "charge/discharge step");
	}

	/** Charge at a C-rate until a voltage [V]. */
	public static CellCurrentStep chargeUntil(double cRate, double voltage) {
		return new CellCurrentStep(Direction.CHARGE, new CurrentSetting.CRate(cRate),
				List.of(new StopCondition.AtVoltage(voltage)));
	}

	/** Discharge at a C-rate until a voltage [V]. */
	public static CellCurrentStep dischargeUntil(double cRate, double voltage) {
		return new CellCurrentStep(Direction.DISCHARGE, new CurrentSetting.CRate(cRate),
				List.of(new StopCondition.AtVoltage(voltage)));
	}

	/**
	 * The signed current density: positive when charging.
	 *
	 * @param nominalCapacity the cell's nominal capacity [C/m²] for C-rates, NaN if none
	 */
	public double signedCurrentDensity(double nominalCapacity) {
		double magnitude = current.currentDensity(nominalCapacity);
		return direction == Direction.CHARGE ? magnitude : -magnitude;
	}

	@Override
	public String describe() {
		return (direction == Direction.CHARGE ? "Charge" : "Discharge") + " at " + current.describe() + " "
				+ GalvanostaticStep.describeStops(stops);
	}

	@Override
	public long leafCount() {
		return 1;
	}
}
