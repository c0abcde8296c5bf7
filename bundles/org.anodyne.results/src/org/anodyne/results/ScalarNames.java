package org.anodyne.results;

/**
 * Names of the scalars in summary.json that every writer and reader agrees on. Units are in the
 * names where they are not fractions or ratios.
 */
public final class ScalarNames {

	private ScalarNames() {
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
}
