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

import java.util.Arrays;

/**
 * Open-circuit voltage of a cathode against the metal, as a table over the state of charge
 * s = fraction of the cathode's capacity that has been charged out of it (0 = fully lithiated,
 * discharged; 1 = fully charged), interpolated linearly. The table must start at s = 0, end at
 * s = 1 and never decrease: the voltage it gives at s = 1 is the highest the cathode can reach.
 */
public final class OcvCurve {

	private final double[] stateOfCharge;
	private final double[] voltage;

	/**
	 * @param stateOfCharge strictly increasing, from 0 to 1
	 * @param voltage       [V], non-decreasing, same length
	 * @throws IllegalArgumentException naming the offending entry
	 */
	public OcvCurve(double[] stateOfCharge, double[] voltage) {
		if (stateOfCharge == null || voltage == null || stateOfCharge.length != voltage.length
				|| stateOfCharge.length < 2) {
			throw new IllegalArgumentException(
					"OCV table needs at least two (state of charge, voltage) points of equal count");
		}
		if (stateOfCharge[0] != 0.0 || stateOfCharge[stateOfCharge.length - 1] != 1.0) {
			throw new IllegalArgumentException("OCV table must run from state of charge 0 to 1, got "
					+ stateOfCharge[0] + " .. " + stateOfCharge[stateOfCharge.length - 1]);
		}
		for (int i = 0; i < voltage.length; i++) {
			if (!Double.isFinite(voltage[i])) {
				throw new IllegalArgumentException("OCV table point " + (i + 1) + " has no finite voltage");
			}
			if (i > 0 && !(stateOfCharge[i] > stateOfCharge[i - 1])) {
				throw new IllegalArgumentException(
						"OCV table point " + (i + 1) + ": state of charge " + stateOfCharge[i]
								+ " does not increase after " + stateOfCharge[i - 1]);
			}
			if (i > 0 && voltage[i] < voltage[i - 1]) {
				throw new IllegalArgumentException("OCV table point " + (i + 1) + ": voltage " + voltage[i]
						+ " V falls below the previous " + voltage[i - 1] + " V");
			}
		}
		this.stateOfCharge = stateOfCharge.clone();
		this.voltage = voltage.clone();
	}

	/**
	 * A typical LiFePO₄ curve against Li: a flat two-phase plateau near 3.42 V with steep ends
	 * (*typical*, not from the paper, which gives no OCV data).
	 */
	public static OcvCurve lithiumIronPhosphate() {
		return new OcvCurve(
				new double[]{0.0, 0.005, 0.02, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.98, 0.995, 1.0},
				new double[]{2.0, 3.05, 3.30, 3.38, 3.40, 3.415, 3.425, 3.435, 3.45, 3.47, 3.55, 3.75, 4.3});
	}

	/** The voltage at a state of charge, clamped to the table's ends outside [0, 1]. */
	public double voltage(double s) {
		if (s <= 0.0) {
			return voltage[0];
		}
		if (s >= 1.0) {
			return voltage[voltage.length - 1];
		}
		int i = Arrays.binarySearch(stateOfCharge, s);
		if (i >= 0) {
			return voltage[i];
		}
		int hi = -i - 1;
		int lo = hi - 1;
		double w = (s - stateOfCharge[lo]) / (stateOfCharge[hi] - stateOfCharge[lo]);
		return voltage[lo] + w * (voltage[hi] - voltage[lo]);
	}

	/** Voltage of the fully discharged cathode [V]. */
	public double minimum() {
		return voltage[0];
	}

	/** Voltage of the fully charged cathode [V]. */
	public double maximum() {
		return voltage[voltage.length - 1];
	}

	/** Copy of the state-of-charge column. */
	public double[] stateOfCharge() {
		return stateOfCharge.clone();
	}

	/** Copy of the voltage column [V]. */
	public double[] voltages() {
		return voltage.clone();
	}
}
