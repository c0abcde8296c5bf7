/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver;

/**
 * Physical constants used by every solver in this bundle, in SI units (2019 SI exact values).
 * <p>
 * Kept in one place so that the deposition solver and the cycle-life model cannot disagree on
 * F or R; temperature is an input everywhere, {@link #DEFAULT_TEMPERATURE} is only the default.
 */
public final class PhysicalConstants {

	/** Faraday constant F [C/mol]. */
	public static final double FARADAY = 96485.33212;

	/** Molar gas constant R [J/(mol K)]. */
	public static final double GAS_CONSTANT = 8.314462618;

	/** Default temperature T [K] (25 °C), the temperature of the paper's cells. */
	public static final double DEFAULT_TEMPERATURE = 298.15;

	/** Seconds per hour, for mAh-type conversions done by callers. */
	public static final double SECONDS_PER_HOUR = 3600.0;

	private PhysicalConstants() {
	}

	/**
	 * Thermal voltage RT/F [V].
	 *
	 * @param temperature absolute temperature [K], must be positive
	 * @return RT/F in volts (25.69 mV at 298.15 K)
	 */
	public static double thermalVoltage(double temperature) {
		if (!(temperature > 0.0) || Double.isInfinite(temperature)) {
			throw new IllegalArgumentException("temperature must be a positive number of kelvin, got " + temperature);
		}
		return GAS_CONSTANT * temperature / FARADAY;
	}
}
