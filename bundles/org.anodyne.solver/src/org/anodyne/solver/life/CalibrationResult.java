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

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link LifeCalibration}: the fitted parameters and how well every measured point
 * is reproduced.
 *
 * @param parameters  the starting parameters with the fitted values in place
 * @param fitted      one entry per fitted parameter
 * @param targets     one entry per measured point
 * @param rmsResidual root mean square of the weighted relative residuals
 * @param iterations  Levenberg–Marquardt iterations
 * @param evaluations model evaluations (one per target per parameter set)
 * @param converged   true if the fit stopped on its tolerance rather than its iteration limit
 */
public record CalibrationResult(LifeParameters parameters, List<FittedValue> fitted, List<TargetFit> targets,
		double rmsResidual, int iterations, int evaluations, boolean converged) {

	public CalibrationResult {
		fitted = List.copyOf(fitted);
		targets = List.copyOf(targets);
	}

	/**
	 * A fitted parameter.
	 *
	 * @param name    parameter name
	 * @param initial starting value (SI)
	 * @param value   fitted value (SI)
	 * @param atBound true if the value sits on one of its bounds (the data push it out of range)
	 */
	public record FittedValue(String name, double initial, double value, boolean atBound) {
	}

	/**
	 * A measured point and the model's value for it.
	 *
	 * @param label     the target's label
	 * @param quantity  what was measured
	 * @param measured  measured value (SI)
	 * @param predicted model value (SI)
	 */
	public record TargetFit(String label, MeasuredQuantity quantity, double measured, double predicted) {
		/** (predicted − measured)/|measured|. */
		public double relativeResidual() {
			return (predicted - measured) / Math.abs(measured);
		}
	}

	/** A plain-text table of the fit, for logs and the headless application. */
	public String report() {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT,
				"calibration: %d iterations, %d evaluations, %s, rms relative residual %.3g%n",
				iterations, evaluations, converged ? "converged" : "NOT converged", rmsResidual));
		for (FittedValue f : fitted) {
			sb.append(String.format(Locale.ROOT, "  %-28s %12.5g -> %12.5g %s%s%n", f.name(), f.initial(), f.value(),
					LifeParameters.unit(f.name()), f.atBound() ? "  (at bound)" : ""));
		}
		for (TargetFit t : targets) {
			sb.append(
					String.format(Locale.ROOT, "  %-55s measured %10.5g  model %10.5g  residual %+7.2f %%%n", t.label(),
							t.measured(), t.predicted(), 100.0 * t.relativeResidual()));
		}
		return sb.toString();
	}
}
