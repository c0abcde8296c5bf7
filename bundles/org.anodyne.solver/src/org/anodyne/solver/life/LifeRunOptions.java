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

/**
 * Numerical, stopping and model options of a life run.
 *
 * @param samplesPerStep    segments (and recorded samples) per protocol step, ≥ 2; rates are frozen
 *                          within a segment
 * @param maxStepDuration   [s]: a step bounded by nothing but a voltage stop (no time, no capacity, no
 *                          finite source of metal or lithium) that does not meet it within this time is
 *                          reported as a protocol that cannot finish
 * @param maxCycles         the run stops, censored, before starting a cycle beyond this
 * @param maxTime           [s]: the run stops, censored, at this time
 * @param maxSteps          a protocol that expands to more current/rest steps is refused
 * @param complianceVoltage [V]: largest |V − V<sub>eq</sub>| recorded in the time series (the trace of
 *                          an electrode running out of metal is clipped there)
 * @param agedDenseFace     whether the dense metal's film, as old as the cell, resists the current
 *                          through its surface in the kinetics ({@code CellModel#denseArea}); off by
 *                          default — with the pairs' R<sub>SEI</sub> the film of a few hours resists
 *                          thousands of Ω cm² and the calibration targets cannot be met (see the
 *                          package documentation, mechanism 2)
 */
public record LifeRunOptions(int samplesPerStep, double maxStepDuration, int maxCycles, double maxTime,
		long maxSteps, double complianceVoltage, boolean agedDenseFace) {

	public LifeRunOptions {
		if (samplesPerStep < 2) {
			throw new IllegalArgumentException("samples per step must be >= 2, got " + samplesPerStep);
		}
		if (!(maxStepDuration > 0.0) || Double.isInfinite(maxStepDuration)) {
			throw new IllegalArgumentException(
					"maximum step duration must be positive and finite, got " + maxStepDuration + " s");
		}
		if (maxCycles < 1) {
			throw new IllegalArgumentException("maximum cycles must be >= 1, got " + maxCycles);
		}
		if (!(maxTime > 0.0)) {
			throw new IllegalArgumentException("maximum time must be positive, got " + maxTime + " s");
		}
		if (maxSteps < 1) {
			throw new IllegalArgumentException("maximum steps must be >= 1, got " + maxSteps);
		}
		if (!(complianceVoltage > 0.0) || Double.isInfinite(complianceVoltage)) {
			throw new IllegalArgumentException("compliance voltage must be positive, got " + complianceVoltage + " V");
		}
	}

	/** 12 samples per step, steps up to 1000 h, no cycle or time cap, up to 10⁸ steps, ±5 V compliance. */
	public static LifeRunOptions defaults() {
		return new LifeRunOptions(12, 1000.0 * Units.HOUR, Integer.MAX_VALUE, Double.POSITIVE_INFINITY, 100_000_000L,
				5.0, false);
	}

	/** The same options with a cap on cycles (e.g. the study's max cycles). */
	public LifeRunOptions withMaxCycles(int cycles) {
		return new LifeRunOptions(samplesPerStep, maxStepDuration, cycles, maxTime, maxSteps, complianceVoltage,
				agedDenseFace);
	}

	/** The same options with a cap on simulated time [s]. */
	public LifeRunOptions withMaxTime(double time) {
		return new LifeRunOptions(samplesPerStep, maxStepDuration, maxCycles, time, maxSteps, complianceVoltage,
				agedDenseFace);
	}

	/** The same options with another number of samples per step. */
	public LifeRunOptions withSamplesPerStep(int samples) {
		return new LifeRunOptions(samples, maxStepDuration, maxCycles, maxTime, maxSteps, complianceVoltage,
				agedDenseFace);
	}

	/** The same options with the dense face's aged film resisting the current, or not. */
	public LifeRunOptions withAgedDenseFace(boolean resists) {
		return new LifeRunOptions(samplesPerStep, maxStepDuration, maxCycles, maxTime, maxSteps, complianceVoltage,
				resists);
	}
}
