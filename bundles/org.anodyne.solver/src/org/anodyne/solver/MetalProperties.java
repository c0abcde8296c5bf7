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
 * The plated metal: identity, charge number and the data that turn charge into volume.
 * <p>
 * All values SI: molar mass in kg/mol, density in kg/m³, standard potential in V vs SHE (informative
 * only; the solvers work with overpotentials against the metal itself). The factories
 * {@link #lithium()}, {@link #sodium()}, {@link #potassium()} and {@link #zinc()} give the
 * literature defaults of SCIENCE.md §5; a caller with better data builds its own record.
 *
 * @param id                short identifier, e.g. {@code "Li"}; also the substrate id of this metal
 *                          in nucleation-barrier tables
 * @param chargeNumber      z of the cation M<sup>z+</sup> (1 for Li, Na, K; 2 for Zn)
 * @param molarMass         M [kg/mol]
 * @param density           ρ of the dense metal [kg/m³]
 * @param standardPotential E° [V vs SHE]
 */
public record MetalProperties(String id, int chargeNumber, double molarMass, double density,
		double standardPotential) {

	public MetalProperties {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("metal id must not be empty");
		}
		if (chargeNumber < 1) {
			throw new IllegalArgumentException("metal " + id + ": charge number must be >= 1, got " + chargeNumber);
		}
		requirePositive(id, "molar mass [kg/mol]", molarMass);
		requirePositive(id, "density [kg/m3]", density);
		if (!Double.isFinite(standardPotential)) {
			throw new IllegalArgumentException(
					"metal " + id + ": standard potential must be finite, got " + standardPotential);
		}
	}

	private static void requirePositive(String id, String what, double value) {
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("metal " + id + ": " + what + " must be positive, got " + value);
		}
	}

	/** Lithium: z = 1, 6.94 g/mol, 0.534 g/cm³, −3.04 V. */
	public static MetalProperties lithium() {
		return new MetalProperties("Li", 1, 6.94e-3, 534.0, -3.04);
	}

	/** Sodium: z = 1, 22.99 g/mol, 0.968 g/cm³, −2.71 V. */
	public static MetalProperties sodium() {
		return new MetalProperties("Na", 1, 22.99e-3, 968.0, -2.71);
	}

	/** Potassium: z = 1, 39.10 g/mol, 0.862 g/cm³, −2.93 V. */
	public static MetalProperties potassium() {
		return new MetalProperties("K", 1, 39.10e-3, 862.0, -2.93);
	}

	/** Zinc: z = 2, 65.38 g/mol, 7.14 g/cm³, −0.76 V. */
	public static MetalProperties zinc() {
		return new MetalProperties("Zn", 2, 65.38e-3, 7140.0, -0.76);
	}

	/** Molar volume V<sub>m</sub> = M/ρ [m³/mol]. */
	public double molarVolume() {
		return molarMass / density;
	}

	/**
	 * Volume of dense metal deposited by a charge: q·V<sub>m</sub>/(zF).
	 *
	 * @param charge charge [C] (or areal charge [C/m²], giving volume per area [m³/m²], i.e. a thickness)
	 * @return deposited volume [m³] (or thickness [m])
	 */
	public double volumeForCharge(double charge) {
		return charge * molarVolume() / (chargeNumber * PhysicalConstants.FARADAY);
	}

	/**
	 * Charge that deposits a volume of dense metal: V·zF/V<sub>m</sub>.
	 *
	 * @param volume volume [m³] (or thickness [m] for an areal charge [C/m²])
	 * @return charge [C] (or [C/m²])
	 */
	public double chargeForVolume(double volume) {
		return volume * chargeNumber * PhysicalConstants.FARADAY / molarVolume();
	}
}
