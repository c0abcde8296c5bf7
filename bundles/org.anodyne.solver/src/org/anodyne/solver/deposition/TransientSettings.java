/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

import java.util.Arrays;

/**
 * When a transient plating run stops, when it reports, and how its time step is limited.
 * <p>
 * The run stops at {@link #endTime()} or once {@link #endCharge()} [C/m² of geometric area] has
 * passed, whichever comes first (either may be infinite, not both). A snapshot is taken at t = 0,
 * at every output time before the end and at the end. The time step grows by at most
 * {@link #timeStepGrowth()} per step from {@link #initialTimeStep()}, never exceeds
 * {@link #maxTimeStep()}, and is limited by the fill rate: no electrolyte cell may gain or lose more
 * than {@link #maxFillPerStep()} of its pore volume in one step.
 *
 * @param endTime          [s], positive or +∞
 * @param endCharge        [C/m²], positive or +∞
 * @param outputTimes      times [s] of the intermediate snapshots, ascending
 * @param initialTimeStep  first step [s]; NaN lets the solver choose 10⁻³ of the diffusion time of the domain
 * @param maxTimeStep      [s], positive or +∞
 * @param timeStepGrowth   factor ≥ 1
 * @param maxFillPerStep   in (0, 1]
 * @param maxSteps         steps before the run is declared unable to finish
 */
public record TransientSettings(double endTime, double endCharge, double[] outputTimes, double initialTimeStep,
		double maxTimeStep, double timeStepGrowth, double maxFillPerStep, long maxSteps) {

	public TransientSettings {
		if (!(endTime > 0.0) || !(endCharge > 0.0) || (Double.isInfinite(endTime) && Double.isInfinite(endCharge))) {
			throw new IllegalArgumentException("a transient needs a positive end time or end charge, got time "
					+ endTime + " s and charge " + endCharge + " C/m2");
		}
		outputTimes = outputTimes.clone();
		for (int k = 0; k < outputTimes.length; k++) {
			if (!(outputTimes[k] >= 0.0) || Double.isInfinite(outputTimes[k])
					|| (k > 0 && !(outputTimes[k] > outputTimes[k - 1]))) {
				throw new IllegalArgumentException("output times must be finite, >= 0 and ascending: "
						+ Arrays.toString(outputTimes));
			}
		}
		if (!(Double.isNaN(initialTimeStep) || initialTimeStep > 0.0) || !(maxTimeStep > 0.0)) {
			throw new IllegalArgumentException("time steps must be positive, got initial " + initialTimeStep
					+ " s and max " + maxTimeStep + " s");
		}
		if (!(timeStepGrowth >= 1.0) || !(maxFillPerStep > 0.0 && maxFillPerStep <= 1.0) || maxSteps < 1) {
			throw new IllegalArgumentException(
					"need time-step growth >= 1, fill per step in (0, 1] and max steps >= 1");
		}
	}

	/** Runs for a time [s]. */
	public static TransientSettings untilTime(double endTime) {
		return new TransientSettings(endTime, Double.POSITIVE_INFINITY, new double[0], Double.NaN,
				Double.POSITIVE_INFINITY, 1.5, 0.25, 1_000_000);
	}

	/** Runs until a charge per geometric area [C/m²] has passed (1 mAh cm⁻² = 36 000 C/m²). */
	public static TransientSettings untilCharge(double endCharge) {
		return new TransientSettings(Double.POSITIVE_INFINITY, endCharge, new double[0], Double.NaN,
				Double.POSITIVE_INFINITY, 1.5, 0.25, 1_000_000);
	}

	/** Same settings with snapshots at these times [s]. */
	public TransientSettings withOutputTimes(double... times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return new TransientSettings(endTime, endCharge, sorted, initialTimeStep, maxTimeStep, timeStepGrowth,
				maxFillPerStep, maxSteps);
	}

	/** Same settings with this first time step [s]. */
	public TransientSettings withInitialTimeStep(double dt) {
		return new TransientSettings(endTime, endCharge, outputTimes, dt, maxTimeStep, timeStepGrowth, maxFillPerStep,
				maxSteps);
	}

	/** Same settings with this largest time step [s]. */
	public TransientSettings withMaxTimeStep(double dt) {
		return new TransientSettings(endTime, endCharge, outputTimes, initialTimeStep, dt, timeStepGrowth,
				maxFillPerStep, maxSteps);
	}

	/** Same settings with this step growth factor. */
	public TransientSettings withTimeStepGrowth(double growth) {
		return new TransientSettings(endTime, endCharge, outputTimes, initialTimeStep, maxTimeStep, growth,
				maxFillPerStep, maxSteps);
	}

	/** Same settings with this fill limit per step. */
	public TransientSettings withMaxFillPerStep(double fill) {
		return new TransientSettings(endTime, endCharge, outputTimes, initialTimeStep, maxTimeStep, timeStepGrowth,
				fill, maxSteps);
	}

	/** Same settings with this step limit. */
	public TransientSettings withMaxSteps(long steps) {
		return new TransientSettings(endTime, endCharge, outputTimes, initialTimeStep, maxTimeStep, timeStepGrowth,
				maxFillPerStep, steps);
	}

	@Override
	public double[] outputTimes() {
		return outputTimes.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TransientSettings t && Double.compare(endTime, t.endTime) == 0
				&& Double.compare(endCharge, t.endCharge) == 0 && Arrays.equals(outputTimes, t.outputTimes)
				&& Double.compare(initialTimeStep, t.initialTimeStep) == 0
				&& Double.compare(maxTimeStep, t.maxTimeStep) == 0
				&& Double.compare(timeStepGrowth, t.timeStepGrowth) == 0
				&& Double.compare(maxFillPerStep, t.maxFillPerStep) == 0 && maxSteps == t.maxSteps;
	}

	@Override
	public int hashCode() {
		return Double.hashCode(endTime) * 31 + Double.hashCode(endCharge) * 17 + Arrays.hashCode(outputTimes);
	}

	@Override
	public String toString() {
		return "TransientSettings[endTime=" + endTime + ", endCharge=" + endCharge + ", outputTimes="
				+ Arrays.toString(outputTimes) + ", initialTimeStep=" + initialTimeStep + ", maxTimeStep=" + maxTimeStep
				+ ", timeStepGrowth=" + timeStepGrowth + ", maxFillPerStep=" + maxFillPerStep + ", maxSteps=" + maxSteps
				+ "]";
	}
}
