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

import java.util.Locale;

import org.anodyne.solver.PhysicalConstants;

/**
 * What the steady current split of the 2D deposition solver (or its {@link AnalyticCoupling analytic
 * estimate}) says about one metal electrode at one plating current density: where the new metal
 * goes, how much room it has, and what the first instant of plating costs. The life model takes its
 * geometry and rates from this record, so changing the collector, its thickness or its orientation
 * changes the predicted life. All values SI, per geometric electrode area.
 * <p>
 * Filling it from the 2D solver's steady split (the study layer's job):
 * <ul>
 * <li>{@code separatorSideFraction}: the share of the plating current that lands on surfaces with no
 * host fibre layer left between them and the separator, i.e. within {@code supportLength} of it
 * (the upright metal face; the top fibres of an inverted host once they pass their barrier). The
 * inactive layer made there grows straight at the separator and has no fibres to hold it.</li>
 * <li>{@code platingArea}: the real surface area over which the plating current spreads, per
 * geometric area: J over the current-weighted mean local current density j̄ = Σ I<sub>k</sub>j<sub>k</sub>/J,
 * so that J/A<sub>p</sub> is the local current density per real area the morphology follows (a
 * planar front: 1; a host spreading metal over fibres: more).</li>
 * <li>{@code gapToSeparator}: current-weighted mean distance from the remaining (buffered) plating
 * sites to the separator.</li>
 * <li>{@code bufferPoreVolume}: empty (electrolyte-filled) host pore volume on the buffered side of the
 * metal, per area: the room the buffered deposit and its inactive layer can fill before the front
 * reaches the separator.</li>
 * <li>{@code supportLength}: the fibre spacing of the host (0 for a foil): a deposit closer than this to
 * the separator is no longer held by fibres.</li>
 * <li>the overpotentials: the working electrode's share of the steady cell overpotential at
 * {@code currentDensity}: the electrolyte drop from the host/separator boundary to the plating
 * surfaces (ohmic), the current-weighted surface overpotential on metal (charge transfer), the
 * diffusion potential (concentration; 2(1−t₊)(RT/zF)ln[(1+J/J<sub>lim</sub>)/(1−J/J<sub>lim</sub>)] from
 * the solver's J/J<sub>lim</sub>) and the barrier paid on bare fibres that carry current (nucleation). The
 * separator's drop and the counter electrode's overpotential are not part of it: the life model adds
 * them for the cell at hand.</li>
 * </ul>
 *
 * @param currentDensity              J<sub>ref</sub> [A/m²] &gt; 0 at which the split was computed
 * @param separatorSideFraction       f<sub>s</sub> in [0, 1]
 * @param platingArea                 A<sub>p</sub> [m²/m²] &gt; 0
 * @param gapToSeparator              G₀ [m] ≥ 0
 * @param bufferPoreVolume            V<sub>buf</sub> [m³/m²] ≥ 0
 * @param supportLength               ℓ [m] ≥ 0
 * @param ohmicOverpotential          [V] ≥ 0 at J<sub>ref</sub>
 * @param chargeTransferOverpotential [V] &gt; 0 at J<sub>ref</sub>
 * @param concentrationOverpotential  [V] ≥ 0 at J<sub>ref</sub>
 * @param nucleationOverpotential     [V] ≥ 0, steady barrier cost of plating at J<sub>ref</sub>
 * @param substrateBarrier            Δη<sub>nuc</sub> [V] ≥ 0 of the bare collector, paid when the
 *                                    electrode has no metal left
 */
public record DepositionCoupling(double currentDensity, double separatorSideFraction, double platingArea,
		double gapToSeparator, double bufferPoreVolume, double supportLength, double ohmicOverpotential,
		double chargeTransferOverpotential, double concentrationOverpotential, double nucleationOverpotential,
		double substrateBarrier) {

	public DepositionCoupling {
		check("current density [A/m2]", currentDensity, currentDensity > 0.0);
		check("separator-side fraction", separatorSideFraction,
				separatorSideFraction >= 0.0 && separatorSideFraction <= 1.0);
		check("plating area [m2/m2]", platingArea, platingArea > 0.0);
		check("gap to separator [m]", gapToSeparator, gapToSeparator >= 0.0);
		check("buffer pore volume [m3/m2]", bufferPoreVolume, bufferPoreVolume >= 0.0);
		check("support length [m]", supportLength, supportLength >= 0.0);
		check("ohmic overpotential [V]", ohmicOverpotential, ohmicOverpotential >= 0.0);
		check("charge-transfer overpotential [V]", chargeTransferOverpotential, chargeTransferOverpotential > 0.0);
		check("concentration overpotential [V]", concentrationOverpotential, concentrationOverpotential >= 0.0);
		check("nucleation overpotential [V]", nucleationOverpotential, nucleationOverpotential >= 0.0);
		check("substrate barrier [V]", substrateBarrier, substrateBarrier >= 0.0);
	}

	private static void check(String what, double value, boolean ok) {
		if (!ok || !Double.isFinite(value)) {
			throw new IllegalArgumentException("deposition coupling: " + what + " out of range: " + value);
		}
	}

	/** Area-specific resistance of the electrode's own electrolyte path [Ω m²]. */
	public double ohmicResistance() {
		return ohmicOverpotential / currentDensity;
	}

	/**
	 * The effective exchange current density per geometric area [A/m²] that reproduces the charge
	 * transfer overpotential at J<sub>ref</sub>.
	 */
	public double effectiveExchangeCurrent(double cathodicTransferCoefficient, double anodicTransferCoefficient,
			double temperature) {
		return ChargeTransfer.exchangeCurrent(currentDensity, chargeTransferOverpotential, cathodicTransferCoefficient,
				anodicTransferCoefficient, PhysicalConstants.thermalVoltage(temperature));
	}

	/**
	 * The limiting current density [A/m²] of the electrode's diffusion path implied by the
	 * concentration overpotential at J<sub>ref</sub>; +∞ when that overpotential is zero.
	 */
	public double limitingCurrentDensity(double transferenceNumber, int chargeNumber, double temperature) {
		if (concentrationOverpotential == 0.0) {
			return Double.POSITIVE_INFINITY;
		}
		double ratio = Math.tanh(concentrationOverpotential * chargeNumber
				/ (4.0 * (1.0 - transferenceNumber) * PhysicalConstants.thermalVoltage(temperature)));
		return currentDensity / ratio;
	}

	/** Total first-instant overpotential of the electrode at J<sub>ref</sub> [V]. */
	public double totalOverpotential() {
		return ohmicOverpotential + chargeTransferOverpotential + concentrationOverpotential + nucleationOverpotential;
	}

	/** Effective host porosity behind the buffer, V<sub>buf</sub>/G₀, or 1 when there is no buffer. */
	public double bufferPorosity() {
		return gapToSeparator > 0.0 && bufferPoreVolume > 0.0 ? Math.min(1.0, bufferPoreVolume / gapToSeparator) : 1.0;
	}

	/** One-line summary in battery units. */
	public String describe() {
		return String.format(Locale.ROOT,
				"at %.3g mA/cm2: separator side %.1f %%, gap %.0f µm, buffer %.0f µm, plating area %.2f, "
						+ "eta ohm %.2f + ct %.2f + conc %.2f + nuc %.2f mV",
				currentDensity / Units.MA_PER_CM2, 100.0 * separatorSideFraction, gapToSeparator / Units.MICROMETRE,
				bufferPoreVolume / Units.MICROMETRE, platingArea, 1e3 * ohmicOverpotential,
				1e3 * chargeTransferOverpotential, 1e3 * concentrationOverpotential, 1e3 * nucleationOverpotential);
	}
}
