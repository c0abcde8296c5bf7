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

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;

/**
 * One measured point to calibrate against: a scenario, the quantity measured on it, where (cycle)
 * and the measured value in SI (retention and efficiency as fractions, overpotential in V, hours in
 * h). The fit minimises the weighted relative residual w·(predicted − measured)/|measured|.
 *
 * @param label    e.g. "upright symmetric 0.25 mA/cm2 fails at 1100 h"
 * @param scenario the cell and protocol (its parameters are replaced during the fit)
 * @param quantity what is measured
 * @param cycle    the cycle for {@link MeasuredQuantity#RETENTION} and
 *                 {@link MeasuredQuantity#COULOMBIC_EFFICIENCY}; ignored otherwise
 * @param measured the measured value, non-zero
 * @param weight   ≥ 0
 */
public record CalibrationTarget(String label, LifeScenario scenario, MeasuredQuantity quantity, int cycle,
		double measured, double weight) {

	public CalibrationTarget {
		if (scenario == null || quantity == null) {
			throw new IllegalArgumentException("calibration target '" + label + "' needs a scenario and a quantity");
		}
		if (!Double.isFinite(measured) || measured == 0.0) {
			throw new IllegalArgumentException(
					"calibration target '" + label + "': measured value must be finite and non-zero, got " + measured);
		}
		if (!(weight >= 0.0) || Double.isInfinite(weight)) {
			throw new IllegalArgumentException(
					"calibration target '" + label + "': weight must be >= 0, got " + weight);
		}
		if ((quantity == MeasuredQuantity.RETENTION || quantity == MeasuredQuantity.COULOMBIC_EFFICIENCY)
				&& cycle < 1) {
			throw new IllegalArgumentException(
					"calibration target '" + label + "': " + quantity + " needs a cycle >= 1");
		}
	}

	/** A target with weight 1. */
	public static CalibrationTarget of(String label, LifeScenario scenario, MeasuredQuantity quantity, int cycle,
			double measured) {
		return new CalibrationTarget(label, scenario, quantity, cycle, measured, 1.0);
	}

	/** The model's value of the quantity with the given parameters. */
	public double predict(LifeParameters parameters) throws SolverException {
		return predictOn(scenario.withParameters(parameters));
	}

	/** The model's value of the quantity on another scenario of the same cell (e.g. another cathode). */
	double predictOn(LifeScenario s) throws SolverException {
		LifeRunOptions options = LifeRunOptions.defaults();
		if (quantity == MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL) {
			options = options.withMaxCycles(1);
		} else if (quantity == MeasuredQuantity.RETENTION || quantity == MeasuredQuantity.COULOMBIC_EFFICIENCY) {
			options = options.withMaxCycles(cycle);
		}
		LifeResult result = LifeSimulator.run(s, options, ProgressMonitor.NULL);
		return switch (quantity) {
		// A cell that died before the cycle retains nothing there, however much its last cycle delivered.
		case RETENTION -> result.cycle(cycle).map(CycleRecord::retention).orElse(0.0);
		case HOURS_TO_FAILURE -> result.outcome().hours();
		case CYCLES_TO_FAILURE -> result.outcome().cycles();
		case FIRST_CYCLE_OVERPOTENTIAL -> result.firstCycleOverpotential();
		case COULOMBIC_EFFICIENCY -> result.cycle(cycle).map(CycleRecord::metalEfficiency).orElse(0.0);
		};
	}
}
