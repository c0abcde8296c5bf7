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
 * A binary z:z electrolyte (one cation M<sup>z+</sup>, one anion of the same charge number),
 * electroneutral, with constant transport properties. All values SI.
 * <p>
 * Salts that are not z:z (e.g. LiPF₆ is 1:1 and fine, ZnCl₂ is 2:1 and is not) must be rejected by
 * the caller before building this record: the transport equations of the solvers assume z:z.
 * The derived quantities below are the analytic references of SCIENCE.md §4.
 *
 * @param concentration      bulk salt concentration c₀ [mol/m³] (1 mol/L = 1000 mol/m³)
 * @param diffusivity        salt diffusion coefficient D [m²/s] of the free electrolyte
 * @param transferenceNumber cation transference number t₊, in (0, 1)
 * @param conductivity       ionic conductivity κ [S/m] of the free electrolyte
 * @param chargeNumber       z of both ions
 */
public record ElectrolyteProperties(double concentration, double diffusivity, double transferenceNumber,
		double conductivity, int chargeNumber) {

	public ElectrolyteProperties {
		requirePositive("concentration [mol/m3]", concentration);
		requirePositive("diffusivity [m2/s]", diffusivity);
		requirePositive("conductivity [S/m]", conductivity);
		if (!(transferenceNumber > 0.0 && transferenceNumber < 1.0)) {
			throw new IllegalArgumentException(
					"electrolyte: transference number t+ must lie in (0, 1), got " + transferenceNumber);
		}
		if (chargeNumber < 1) {
			throw new IllegalArgumentException("electrolyte: charge number must be >= 1, got " + chargeNumber);
		}
	}

	private static void requirePositive(String what, double value) {
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("electrolyte: " + what + " must be positive, got " + value);
		}
	}

	/**
	 * Checks that this electrolyte can carry the given metal's cations.
	 *
	 * @throws IllegalArgumentException naming both charge numbers if they differ
	 */
	public void requireCompatible(MetalProperties metal) {
		if (metal.chargeNumber() != chargeNumber) {
			throw new IllegalArgumentException("electrolyte charge number " + chargeNumber
					+ " does not match metal " + metal.id() + " (z = " + metal.chargeNumber() + ")");
		}
	}

	/**
	 * Coefficient of the diffusion-potential term in the current density,
	 * i = −κ∇φ + κ<sub>D</sub>∇ln c with κ<sub>D</sub> = 2κRT(1−t₊)/(zF) [A/m].
	 */
	public double diffusionalConductivity(double temperature) {
		return 2.0 * conductivity * PhysicalConstants.thermalVoltage(temperature) * (1.0 - transferenceNumber)
				/ chargeNumber;
	}

	/**
	 * Limiting current density between two planar metal electrodes a distance L apart:
	 * J<sub>lim</sub> = 2zFDc₀/((1−t₊)L) [A/m²].
	 */
	public double limitingCurrentDensity(double distance) {
		return 2.0 * chargeNumber * PhysicalConstants.FARADAY * diffusivity * concentration
				/ ((1.0 - transferenceNumber) * distance);
	}

	/**
	 * Sand's time for galvanostatic plating at current density J on a planar electrode facing a
	 * semi-infinite electrolyte: τ = πD(zc₀F)²/(4(J(1−t₊))²) [s].
	 */
	public double sandTime(double currentDensity) {
		double zcF = chargeNumber * concentration * PhysicalConstants.FARADAY;
		double flux = currentDensity * (1.0 - transferenceNumber);
		return Math.PI * diffusivity * zcF * zcF / (4.0 * flux * flux);
	}

	/**
	 * Steady concentration overpotential (diffusion potential) between two planar metal electrodes,
	 * 2(1−t₊)(RT/(zF))·ln[(1+J/J<sub>lim</sub>)/(1−J/J<sub>lim</sub>)] [V]; the ohmic drop J·L/κ
	 * comes on top.
	 *
	 * @throws IllegalArgumentException if |J| ≥ J<sub>lim</sub>
	 */
	public double concentrationOverpotential(double currentDensity, double distance, double temperature) {
		double ratio = currentDensity / limitingCurrentDensity(distance);
		if (!(Math.abs(ratio) < 1.0)) {
			throw new IllegalArgumentException("current density " + currentDensity
					+ " A/m2 is not below the limiting current density " + limitingCurrentDensity(distance) + " A/m2");
		}
		return 2.0 * (1.0 - transferenceNumber) * PhysicalConstants.thermalVoltage(temperature) / chargeNumber
				* Math.log((1.0 + ratio) / (1.0 - ratio));
	}
}
