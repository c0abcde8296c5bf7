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

import java.util.ArrayList;
import java.util.List;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;

/**
 * Fits chosen {@link LifeParameters} to measured points by Levenberg–Marquardt on the logarithms of
 * the parameters (so bounds stay positive and parameters of different scale are treated alike),
 * minimising Σ (w·(predicted − measured)/|measured|)² with a forward-difference Jacobian. Every model
 * value comes from a full {@link LifeSimulator} run, so the fit sees exactly what a user would.
 */
public final class LifeCalibration {

	/**
	 * The one fittable parameter that belongs to the cathode rather than to {@link LifeParameters}: its
	 * capacity loss per cycle k<sub>c</sub> ({@link CathodeElectrode#fadePerCycle()}), set on every full
	 * cell's cathode during the fit; the Li/carbonate target (a full cell's retention) is fitted with it.
	 */
	public static final String CATHODE_FADE = "capacityLossPerCycle";

	private static final double DERIVATIVE_STEP = 1e-3;

	private LifeCalibration() {
	}

	/**
	 * @param start     starting parameters (the values of the unfitted ones are kept)
	 * @param fitted    parameters to fit, at least one
	 * @param targets   measured points, at least one
	 * @param maxIterations Levenberg–Marquardt iteration limit
	 * @param monitor   progress (one unit per iteration) and cancellation
	 * @throws SolverException if a model run fails or the user cancels
	 */
	public static CalibrationResult fit(LifeParameters start, List<FittedParameter> fitted,
			List<CalibrationTarget> targets, int maxIterations, ProgressMonitor monitor) throws SolverException {
		if (fitted.isEmpty() || targets.isEmpty()) {
			throw new IllegalArgumentException(
					"calibration needs at least one parameter to fit and one measured point");
		}
		ProgressMonitor pm = monitor == null ? ProgressMonitor.NULL : monitor;
		int n = fitted.size();
		int m = targets.size();
		double[] lower = new double[n];
		double[] upper = new double[n];
		double[] x = new double[n];
		for (int k = 0; k < n; k++) {
			FittedParameter f = fitted.get(k);
			lower[k] = Math.log(f.lower());
			upper[k] = Math.log(f.upper());
			x[k] = clamp(Math.log(startValue(start, targets, f.name())), lower[k], upper[k]);
		}
		Evaluator eval = new Evaluator(start, fitted, targets);
		pm.begin("Calibrating " + n + " life parameters on " + m + " points", maxIterations);
		double[] r = eval.residuals(x);
		double cost = dot(r, r);
		double lambda = 1e-3;
		int iterations = 0;
		boolean converged = false;
		try {
			while (iterations < maxIterations && !converged) {
				pm.checkCanceled(iterations, Double.NaN);
				iterations++;
				double[][] jac = new double[m][n];
				for (int k = 0; k < n; k++) {
					double[] xp = x.clone();
					double h = x[k] + DERIVATIVE_STEP > upper[k] ? -DERIVATIVE_STEP : DERIVATIVE_STEP;
					xp[k] += h;
					double[] rp = eval.residuals(xp);
					for (int i = 0; i < m; i++) {
						jac[i][k] = (rp[i] - r[i]) / h;
					}
				}
				double[][] jtj = new double[n][n];
				double[] jtr = new double[n];
				for (int a = 0; a < n; a++) {
					for (int i = 0; i < m; i++) {
						jtr[a] += jac[i][a] * r[i];
						for (int b = 0; b < n; b++) {
							jtj[a][b] += jac[i][a] * jac[i][b];
						}
					}
				}
				boolean improved = false;
				for (int attempt = 0; attempt < 12 && !improved; attempt++) {
					double[][] lhs = new double[n][n];
					for (int a = 0; a < n; a++) {
						lhs[a] = jtj[a].clone();
						lhs[a][a] += lambda * Math.max(jtj[a][a], 1e-12);
					}
					double[] step = solve(lhs, negate(jtr));
					double[] xn = new double[n];
					for (int k = 0; k < n; k++) {
						xn[k] = clamp(x[k] + step[k], lower[k], upper[k]);
					}
					double[] rn = eval.residuals(xn);
					double costNew = dot(rn, rn);
					if (costNew < cost) {
						double change = (cost - costNew) / Math.max(cost, 1e-300);
						double move = 0.0;
						for (int k = 0; k < n; k++) {
							move = Math.max(move, Math.abs(xn[k] - x[k]));
						}
						x = xn;
						r = rn;
						cost = costNew;
						lambda = Math.max(lambda / 3.0, 1e-9);
						improved = true;
						converged = change < 1e-8 || move < 1e-7 || cost < 1e-20;
					} else {
						lambda *= 4.0;
					}
				}
				if (!improved) {
					converged = true;
				}
				pm.worked(1);
				pm.subTask(String.format(java.util.Locale.ROOT, "iteration %d, rms residual %.3g", iterations,
						Math.sqrt(cost / m)));
			}
		} finally {
			pm.done();
		}
		LifeParameters result = eval.parameters(x);
		List<CalibrationResult.FittedValue> values = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			String name = fitted.get(k).name();
			boolean atBound = x[k] <= lower[k] + 1e-9 || x[k] >= upper[k] - 1e-9;
			double value = CATHODE_FADE.equals(name) ? Math.exp(x[k]) : result.value(name);
			values.add(new CalibrationResult.FittedValue(name, startValue(start, targets, name), value, atBound));
		}
		eval.residuals(x);
		List<CalibrationResult.TargetFit> fits = new ArrayList<>();
		for (int i = 0; i < m; i++) {
			CalibrationTarget t = targets.get(i);
			fits.add(new CalibrationResult.TargetFit(t.label(), t.quantity(), t.measured(), eval.lastPredictions[i]));
		}
		return new CalibrationResult(result, values, fits, Math.sqrt(cost / m), iterations, eval.evaluations,
				converged);
	}

	/**
	 * A fitted parameter's starting value: from the parameters, or for {@link #CATHODE_FADE} from the
	 * first target's cathode.
	 */
	public static double startValue(LifeParameters start, List<CalibrationTarget> targets, String name) {
		if (!CATHODE_FADE.equals(name)) {
			return start.value(name);
		}
		return targets.stream().map(t -> t.scenario().cell().cathode()).filter(c -> c != null).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"calibration: " + CATHODE_FADE + " needs a full cell among the targets"))
				.fadePerCycle();
	}

	/** Turns log-parameter vectors into residuals by running the model once per target. */
	private static final class Evaluator {
		private final LifeParameters start;
		private final List<FittedParameter> fitted;
		private final List<CalibrationTarget> targets;
		private final double[] lastPredictions;
		private int evaluations;

		Evaluator(LifeParameters start, List<FittedParameter> fitted, List<CalibrationTarget> targets) {
			this.start = start;
			this.fitted = fitted;
			this.targets = targets;
			this.lastPredictions = new double[targets.size()];
		}

		LifeParameters parameters(double[] x) {
			LifeParameters p = start;
			for (int k = 0; k < x.length; k++) {
				if (!CATHODE_FADE.equals(fitted.get(k).name())) {
					p = p.with(fitted.get(k).name(), Math.exp(x[k]));
				}
			}
			return p;
		}

		/** The target's scenario with the fitted parameters, its cathode's fade among them. */
		LifeScenario scenario(CalibrationTarget t, LifeParameters p, double[] x) {
			LifeScenario s = t.scenario().withParameters(p);
			for (int k = 0; k < x.length; k++) {
				if (CATHODE_FADE.equals(fitted.get(k).name()) && s.cell().cathode() != null) {
					s = s.withCell(s.cell().withCathode(s.cell().cathode().withFadePerCycle(Math.exp(x[k]))));
				}
			}
			return s;
		}

		double[] residuals(double[] x) throws SolverException {
			LifeParameters p = parameters(x);
			double[] r = new double[targets.size()];
			for (int i = 0; i < r.length; i++) {
				CalibrationTarget t = targets.get(i);
				double predicted = t.predictOn(scenario(t, p, x));
				evaluations++;
				if (!Double.isFinite(predicted)) {
					throw new SolverException("calibration: the model gives no finite value for '" + t.label()
							+ "' with " + p);
				}
				lastPredictions[i] = predicted;
				r[i] = t.weight() * (predicted - t.measured()) / Math.abs(t.measured());
			}
			return r;
		}
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}

	private static double dot(double[] a, double[] b) {
		double s = 0.0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	private static double[] negate(double[] a) {
		double[] out = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			out[i] = -a[i];
		}
		return out;
	}

	/** Gaussian elimination with partial pivoting on a small dense system. */
	private static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][];
		double[] y = b.clone();
		for (int i = 0; i < n; i++) {
			m[i] = a[i].clone();
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
					pivot = row;
				}
			}
			double[] tmp = m[col];
			m[col] = m[pivot];
			m[pivot] = tmp;
			double t = y[col];
			y[col] = y[pivot];
			y[pivot] = t;
			double d = m[col][col];
			if (Math.abs(d) < 1e-300) {
				m[col][col] = d = 1e-300;
			}
			for (int row = col + 1; row < n; row++) {
				double f = m[row][col] / d;
				for (int k = col; k < n; k++) {
					m[row][k] -= f * m[col][k];
				}
				y[row] -= f * y[col];
			}
		}
		double[] x = new double[n];
		for (int i = n - 1; i >= 0; i--) {
			double s = y[i];
			for (int k = i + 1; k < n; k++) {
				s -= m[i][k] * x[k];
			}
			x[i] = s / m[i][i];
		}
		return x;
	}
}
