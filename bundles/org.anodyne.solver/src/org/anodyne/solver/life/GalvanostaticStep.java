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
import java.util.stream.Collectors;

/**
 * Plate metal onto, or strip it from, the working electrode at a constant current density until the
 * first stop condition is met (typically a capacity or a time; a voltage stop is how a half cell
 * strips "until 1 V").
 *
 * @param direction      plate or strip
 * @param currentDensity magnitude [A/m² geometric], positive
 * @param stops          at least one stop condition
 */
public record GalvanostaticStep(PlatingDirection direction, double currentDensity, List<StopCondition> stops)
		implements
			ProtocolStep {

	public GalvanostaticStep {
		if (direction == null) {
			throw new IllegalArgumentException("a galvanostatic step needs a direction (plate or strip)");
		}
		if (!(currentDensity > 0.0) || Double.isInfinite(currentDensity)) {
			throw new IllegalArgumentException("a galvanostatic step needs a positive, finite current density, got "
					+ currentDensity + " A/m2");
		}
		stops = requireStops(stops, "galvanostatic step");
	}

	/** Plate at a current density [A/m²] for a capacity [C/m²]. */
	public static GalvanostaticStep plate(double currentDensity, double capacity) {
		return new GalvanostaticStep(PlatingDirection.PLATE, currentDensity,
				List.of(new StopCondition.AfterCapacity(capacity)));
	}

	/** Strip at a current density [A/m²] for a capacity [C/m²]. */
	public static GalvanostaticStep strip(double currentDensity, double capacity) {
		return new GalvanostaticStep(PlatingDirection.STRIP, currentDensity,
				List.of(new StopCondition.AfterCapacity(capacity)));
	}

	/** The signed current density: positive when plating on the working electrode. */
	public double signedCurrentDensity() {
		return direction == PlatingDirection.PLATE ? currentDensity : -currentDensity;
	}

	@Override
	public String describe() {
		return (direction == PlatingDirection.PLATE ? "Plate" : "Strip") + " at "
				+ Units.compact(currentDensity / Units.MA_PER_CM2) + " mA/cm2 " + describeStops(stops);
	}

	@Override
	public long leafCount() {
		return 1;
	}

	static List<StopCondition> requireStops(List<StopCondition> stops, String what) {
		if (stops == null || stops.isEmpty()) {
			throw new IllegalArgumentException(
					"a " + what + " needs at least one stop condition (time, capacity or voltage)");
		}
		for (StopCondition stop : stops) {
			if (stop == null) {
				throw new IllegalArgumentException("a " + what + " has an empty stop condition");
			}
		}
		return List.copyOf(stops);
	}

	static String describeStops(List<StopCondition> stops) {
		return stops.stream().map(StopCondition::describe).collect(Collectors.joining(" or "));
	}
}
