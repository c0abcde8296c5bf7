/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.util.Map;
import java.util.Optional;

/**
 * Names of the scalars in summary.json that every writer and reader agrees on. Units are in the
 * names where they are not fractions or ratios.
 */
public final class ScalarNames {

	private ScalarNames() {
	}

	/**
	 * How a scalar reads for people.
	 *
	 * @param label   its name in words, e.g. "Cycles to failure"
	 * @param unit    its unit as the result files spell it ({@code um}, {@code mV}, {@code h}), {@code -} for none
	 * @param meaning one or two sentences on what it is, for a tooltip
	 */
	public record Description(String label, String unit, String meaning) {
	}

	// 2D deposition studies

	/** Fraction of the newly plated metal that lies in the lower half of the host [-]. */
	public static final String BOTTOM_FRACTION = "bottomFraction";
	/** Fraction of the plating current that flows into the lower half of the host at the start [-]. */
	public static final String BOTTOM_CURRENT_FRACTION = "bottomCurrentFraction";
	/** Highest point of metal above the bottom wall at the end [µm]. */
	public static final String MAX_DEPOSIT_HEIGHT_UM = "maxDepositHeightUm";
	/** Free height between the highest metal and the separator at the end [µm]. */
	public static final String SEPARATOR_GAP_UM = "separatorGapUm";
	/** Magnitude of the cell overpotential at the end [mV]. */
	public static final String FINAL_OVERPOTENTIAL_MV = "finalOverpotentialMv";
	/** Relative error of charge conservation: |deposited − passed| / passed [-]. */
	public static final String CHARGE_ERROR = "chargeError";
	/** Π = J·H/(κ_eff·Δη_nuc): ohmic drop across the empty host against the nucleation barrier [-]. */
	public static final String PI = "pi";
	/** Current density over the limiting current density J/J_lim [-]. */
	public static final String J_OVER_JLIM = "jOverJlim";
	/** Plating time over Sand's time t/τ_Sand [-]. */
	public static final String T_OVER_TAU_SAND = "tOverTauSand";
	/** Thickness of dense metal one mAh cm⁻² makes, M/(zFρ) × 3.6 C cm⁻² [µm per mAh cm⁻²]. */
	public static final String DENSE_THICKNESS_PER_CAPACITY_UM = "denseThicknessPerCapacityUm";

	// Cycle-life studies

	/** Cycles completed before end of life (or before the run stopped, when censored) [-]. */
	public static final String CYCLES_TO_FAILURE = "cyclesToFailure";
	/** Hours before end of life (or before the run stopped, when censored) [h]. */
	public static final String HOURS_TO_FAILURE = "hoursToFailure";
	/** Why the cell reached end of life, e.g. {@code separator}, {@code overpotential}, {@code inventory}, {@code capacity}; {@code none} when censored. */
	public static final String FAILURE_MODE = "failureMode";
	/** True when the run stopped before the cell reached end of life (the life is at least the figures given). */
	public static final String CENSORED = "censored";
	/** Capacity retention: object of cycle number (as a string) → fraction of the first cycle's capacity. */
	public static final String RETENTION = "retention";
	/** Mean coulombic efficiency over the run [-]. */
	public static final String COULOMBIC_EFFICIENCY = "coulombicEfficiency";
	/** Overpotential of the first cycle [mV]. */
	public static final String FIRST_CYCLE_OVERPOTENTIAL_MV = "firstCycleOverpotentialMv";

	/** Largest η/Δη_nuc over bare collector surfaces at the start; below 1 bare fibres stay under their barrier [-]. */
	public static final String BARE_SURFACE_BARRIER_RATIO = "bareSurfaceBarrierRatio";

	private static final Map<String, Description> DESCRIPTIONS = Map.ofEntries(
			entry(BOTTOM_FRACTION, "New metal in the lower half", "-",
					"Fraction of the newly plated metal that lies in the lower half of the host: near 1 means bottom-up plating."),
			entry(BOTTOM_CURRENT_FRACTION, "Current into the lower half at the start", "-",
					"Fraction of the plating current that flows into the lower half of the host before any metal has grown."),
			entry(MAX_DEPOSIT_HEIGHT_UM, "Highest metal", "um",
					"Height of the highest new metal above the bottom wall at the end."),
			entry(SEPARATOR_GAP_UM, "Gap to the separator", "um",
					"Free height between the highest metal and the separator at the end; zero means metal touches the separator."),
			entry(FINAL_OVERPOTENTIAL_MV, "Overpotential at the end", "mV",
					"Magnitude of the cell overpotential when plating ended."),
			entry(CHARGE_ERROR, "Charge-conservation error", "-",
					"|deposited − passed| / passed: how well the solver conserved charge (a check on the numerics)."),
			entry(PI, "Ohmic number Π", "-",
					"Π = J·H/(κ_eff·Δη_nuc): ohmic drop across the empty host against the nucleation barrier; above 1 plating favours the top."),
			entry(J_OVER_JLIM, "Current over limiting current", "-",
					"J / J_lim: the current density against the diffusion-limited one; near 1 the electrolyte runs out at the surface."),
			entry(T_OVER_TAU_SAND, "Time over Sand's time", "-",
					"t / τ_Sand: plating time against the time at which the salt at the surface would be used up."),
			entry(DENSE_THICKNESS_PER_CAPACITY_UM, "Dense metal per mAh/cm2", "um",
					"Thickness of dense metal one mAh/cm2 plates: molar volume over zF times 3.6 C/cm2 (Li 4.85 µm, Zn 1.71 µm)."),
			entry(BARE_SURFACE_BARRIER_RATIO, "Bare-surface overpotential over barrier", "-",
					"Largest overpotential on bare collector surfaces against the nucleation barrier at the start; below 1 bare fibres stay under their barrier."),
			entry(CYCLES_TO_FAILURE, "Cycles to failure", "cycles",
					"Cycles completed before end of life; when the run stopped first, the life is at least this."),
			entry(HOURS_TO_FAILURE, "Time to failure", "h",
					"Hours of cycling before end of life; when the run stopped first, at least this."),
			entry(FAILURE_MODE, "Failure mode", "-",
					"Why the cell reached end of life: separator penetration, overpotential, lost inventory or capacity fade."),
			entry(CENSORED, "Still running at the end", "-",
					"Yes when the run stopped before the cell reached end of life, so the life figures are lower bounds."),
			entry(RETENTION, "Capacity retention", "-", "Capacity of each cycle as a fraction of the first cycle's."),
			entry(COULOMBIC_EFFICIENCY, "Mean Coulombic efficiency", "-",
					"Charge out over charge in, averaged over the run."),
			entry(FIRST_CYCLE_OVERPOTENTIAL_MV, "First-cycle overpotential", "mV",
					"Overpotential of the first cycle."));

	private static Map.Entry<String, Description> entry(String name, String label, String unit, String meaning) {
		return Map.entry(name, new Description(label, unit, meaning));
	}

	/** How a scalar of this name reads for people, if it is one of Anodyne's. */
	public static Optional<Description> describe(String name) {
		return Optional.ofNullable(DESCRIPTIONS.get(name));
	}
}
