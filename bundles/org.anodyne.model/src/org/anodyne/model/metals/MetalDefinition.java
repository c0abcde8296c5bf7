/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.metals;

/**
 * A plateable metal as contributed to the extension point {@code org.anodyne.metals}.
 *
 * @param id                stable id used in models, e.g. {@code "li"}
 * @param name              display name, e.g. {@code "Lithium"}
 * @param chargeNumber      charge number z of the cation (Li⁺: 1, Zn²⁺: 2)
 * @param molarMass         molar mass in g mol⁻¹
 * @param density           density of the dense metal in g cm⁻³
 * @param standardPotential standard electrode potential E° in V vs SHE
 * @param contributor       symbolic name of the contributing bundle, for messages
 */
public record MetalDefinition(String id, String name, int chargeNumber, double molarMass, double density,
		double standardPotential, String contributor) {

	/** Faraday constant in C mol⁻¹. */
	public static final double FARADAY = 96485.33212;

	/** Molar volume of the dense metal in m³ mol⁻¹. */
	public double molarVolume() {
		return (molarMass * 1e-3) / (density * 1e3);
	}

	/**
	 * Thickness in µm of dense metal per mAh cm⁻² plated (Li: 4.85 µm); used to turn an areal
	 * loading into a layer and to compare it with a host's pore volume.
	 */
	public double micrometresPerMilliampHourPerSquareCentimetre() {
		double coulombsPerSquareMetre = 3.6 / 1e-4;
		return coulombsPerSquareMetre / (chargeNumber * FARADAY) * molarVolume() * 1e6;
	}
}
