/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.NamedElements;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.units.Units;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.life.CalibrationResult;
import org.anodyne.solver.life.CalibrationTarget;
import org.anodyne.solver.life.CathodeElectrode;
import org.anodyne.solver.life.FittedParameter;
import org.anodyne.solver.life.LifeCalibration;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.solver.life.LifeScenario;
import org.anodyne.solver.life.MeasuredQuantity;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.StudyException;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Fits named parameters to measured points of cycle-life studies with the life package's
 * {@link LifeCalibration} (Levenberg–Marquardt on the logarithms, relative residuals), every model
 * value coming from a coupled life run of the point's study. One parameter set serves every study:
 * inverted and upright cells share their parameters, and only their geometry (through the 2D
 * coupling) tells them apart.
 * <p>
 * Names are those of {@link SolverInputs} (a LifeModelParameters feature in its model unit, or a
 * life-model parameter by its own name in SI), each fitted as the life-model parameter it sets; the
 * fit searches a factor of {@value #RANGE} either side of the starting value, within the parameter's
 * valid range. Nucleation barriers ({@code barrier.<substrate>}) shape the 2D split itself and are not
 * fitted here.
 * <p>
 * Measured points in the model's units are compared as follows: retention and Coulombic efficiency as
 * fractions at their cycle (an efficiency without a cycle at cycle 1: the model's per-cycle metal
 * efficiency is nearly constant), the first-cycle overpotential in V, hours and cycles to failure as
 * they are.
 */
public final class StudyCalibration {

	/** How far either side of its starting value a parameter is searched (a factor). */
	public static final double RANGE = 20.0;

	private static final int MAX_ITERATIONS = 30;

	/** A measured point and the study it was measured on. */
	public record Target(Study study, MeasuredPoint point) {
		public Target {
			Objects.requireNonNull(study, "study");
			Objects.requireNonNull(point, "point");
		}
	}

	/**
	 * A fitted parameter in the units of its name.
	 *
	 * @param name    as given
	 * @param unit    its unit, as {@link Units} spells it
	 * @param initial starting value
	 * @param value   fitted value
	 * @param atBound true when the fit ran into the end of the searched range (the data want more)
	 */
	public record FittedValue(String name, String unit, double initial, double value, boolean atBound) {
	}

	/**
	 * A measured point and the calibrated model's value for it, in the point's own unit.
	 *
	 * @param label     study and quantity
	 * @param measured  as stored in the study
	 * @param predicted the calibrated model's value, same unit
	 * @param unit      the point's unit
	 */
	public record Residual(String label, double measured, double predicted, String unit) {
		/** (predicted − measured)/|measured|. */
		public double relative() {
			return (predicted - measured) / Math.abs(measured);
		}
	}

	/**
	 * The outcome of a calibration.
	 *
	 * @param parameters  the fitted values
	 * @param residuals   one per measured point
	 * @param lifeParameters the calibrated life-model parameters (SI), to run other studies with
	 * @param rmsResidual root mean square of the relative residuals
	 * @param converged   whether the fit met its tolerance within its iteration limit
	 * @param evaluations model runs
	 */
	public record Report(List<FittedValue> parameters, List<Residual> residuals, LifeParameters lifeParameters,
			double rmsResidual, boolean converged, int evaluations) {

		public Report {
			parameters = List.copyOf(parameters);
			residuals = List.copyOf(residuals);
		}

		/** The fitted value of a parameter by the name it was asked under. */
		public double value(String name) {
			return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("'" + name + "' was not fitted")).value();
		}

		/** A plain-text table for logs and the command line. */
		public String describe() {
			StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
					"calibration %s after %d model runs, rms relative residual %.3g%n",
					converged ? "converged" : "stopped at its iteration limit", evaluations, rmsResidual));
			for (FittedValue p : parameters) {
				sb.append(String.format(Locale.ROOT, "  %-32s %12s -> %-12s %s%s%n", p.name(),
						Units.formatNumber(p.initial()), Units.formatNumber(p.value()), Units.display(p.unit()),
						p.atBound() ? "  (at the end of the searched range)" : ""));
			}
			for (Residual r : residuals) {
				sb.append(String.format(Locale.ROOT, "  %-70s measured %10s  model %10s %-6s %+6.1f %%%n", r.label(),
						Units.formatNumber(r.measured()), Units.formatNumber(r.predicted()), Units.display(r.unit()),
						100.0 * r.relative()));
			}
			return sb.toString();
		}

		/**
		 * Writes the fitted values into a study: a LifeModelParameters feature is set in its unit, a
		 * life-model parameter becomes a named override with its SI unit. Run it inside a command in
		 * the editor to make it undoable.
		 */
		public void applyTo(Study study) {
			LifeModelParameters model = study.getLifeModel();
			if (model == null) {
				model = AnodyneFactory.eINSTANCE.createLifeModelParameters();
				study.setLifeModel(model);
			}
			for (FittedValue p : parameters) {
				if (LifeCalibration.CATHODE_FADE.equals(p.name())) {
					// The cathode's own loss lives on the counter electrode the study's cell uses.
					CounterElectrode counter = study.getCell().getCounterElectrode();
					if (counter != null) {
						counter.setCapacityLossPerCycle(p.value());
					}
					continue;
				}
				var feature = LifeParameterMapping.feature(p.name());
				if (feature.isPresent()) {
					model.eSet(feature.get(), p.value());
					continue;
				}
				ParameterValue override = model.getOverrides().stream().filter(o -> p.name().equals(o.getName()))
						.findFirst().orElse(null);
				if (override == null) {
					override = AnodyneFactory.eINSTANCE.createParameterValue();
					override.setName(p.name());
					model.getOverrides().add(override);
				}
				override.setValue(p.value());
				override.setUnit(p.unit());
			}
		}
	}

	private StudyCalibration() {
	}

	/**
	 * Calibrates a study on its own measured points, fitting the parameters it names in
	 * {@code calibratedParameters}.
	 */
	public static Report calibrate(Study study, StudyRunner runner, ProgressMonitor monitor)
			throws StudyException, SolverException {
		List<Target> targets = study.getMeasuredPoints().stream().map(p -> new Target(study, p)).toList();
		return calibrate(study.getCalibratedParameters(), targets, runner, monitor);
	}

	/**
	 * Calibrates named parameters on measured points of several cycle-life studies. The fit starts
	 * from the first target study's parameters.
	 *
	 * @throws StudyException for an unknown or unfittable name, a point that cannot be compared, or a
	 *                        study that cannot be translated
	 * @throws SolverException when a model run fails or the user cancels
	 */
	public static Report calibrate(List<String> names, List<Target> targets, StudyRunner runner,
			ProgressMonitor monitor) throws StudyException, SolverException {
		if (names.isEmpty()) {
			throw new StudyException("calibration needs at least one parameter to fit (calibratedParameters is empty)");
		}
		if (targets.isEmpty()) {
			throw new StudyException("calibration needs at least one measured point");
		}
		ProgressMonitor pm = monitor == null ? ProgressMonitor.NULL : monitor;
		Map<Study, LifeScenario> scenarios = new LinkedHashMap<>();
		List<CalibrationTarget> lifeTargets = new ArrayList<>();
		List<String> units = new ArrayList<>();
		SolverInputs start = null;
		for (Target t : targets) {
			Study study = t.study();
			String where = "study '" + NamedElements.displayName(study) + "'";
			if (study.getKind() != StudyKind.CYCLE_LIFE) {
				throw new StudyException(where + " is not a cycle-life study; only those can be calibrated against");
			}
			SolverInputs inputs = CellTranslation.translate(study, runner.metals(), runner.geometries());
			if (start == null) {
				start = inputs;
			}
			LifeScenario scenario = scenarios.get(study);
			if (scenario == null) {
				scenario = CycleLifeStudy.scenario(study, inputs, pm);
				scenarios.put(study, scenario);
			}
			lifeTargets.add(target(where, scenario, t.point()));
			units.add(unit(t.point()));
		}
		List<FittedParameter> fitted = new ArrayList<>();
		List<String> lifeNames = new ArrayList<>();
		for (String name : names) {
			String lifeName = lifeName(name);
			if (lifeNames.contains(lifeName)) {
				throw new StudyException(
						"calibration: '" + name + "' sets " + lifeName + ", which another name already fits");
			}
			lifeNames.add(lifeName);
			fitted.add(bounds(start.lifeParameters(), lifeTargets, lifeName));
		}
		CalibrationResult result = LifeCalibration.fit(start.lifeParameters(), fitted, lifeTargets, MAX_ITERATIONS, pm);
		SolverInputs calibrated = start.withLifeParameters(result.parameters());
		List<FittedValue> values = new ArrayList<>();
		for (int k = 0; k < names.size(); k++) {
			String name = names.get(k);
			CalibrationResult.FittedValue fit = result.fitted().get(k);
			values.add(LifeCalibration.CATHODE_FADE.equals(name)
					? new FittedValue(name, "1", fit.initial(), fit.value(), fit.atBound())
					: new FittedValue(name, AdjustableParameters.unit(name), AdjustableParameters.value(start, name),
							AdjustableParameters.value(calibrated, name), fit.atBound()));
		}
		List<Residual> residuals = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			CalibrationResult.TargetFit fit = result.targets().get(i);
			MeasuredPoint point = targets.get(i).point();
			double scale = point.getValue() / fit.measured();
			residuals.add(new Residual(fit.label(), point.getValue(), fit.predicted() * scale, units.get(i)));
		}
		return new Report(values, residuals, result.parameters(), result.rmsResidual(), result.converged(),
				result.evaluations());
	}

	/** The life-model parameter a name fits. */
	private static String lifeName(String name) throws StudyException {
		if (name.startsWith(AdjustableParameters.BARRIER_PREFIX)) {
			throw new StudyException("calibration: '" + name + "' is a nucleation barrier, which shapes the 2D split "
					+ "itself; set it in the study's nucleation barriers instead of fitting it");
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			return LifeParameterMapping.target(feature.get());
		}
		if (!LifeParameters.names().contains(name) && !LifeCalibration.CATHODE_FADE.equals(name)) {
			throw new StudyException("calibration: '" + name + "' is not a parameter; use a life-model feature "
					+ LifeParameterMapping.features().stream().map(EAttribute::getName).toList()
					+ ", a life-model parameter " + LifeParameters.names() + " or the cathode's "
					+ LifeCalibration.CATHODE_FADE);
		}
		return name;
	}

	/** A factor of {@link #RANGE} either side of the start, narrowed to values the parameter accepts. */
	private static FittedParameter bounds(LifeParameters start, List<CalibrationTarget> targets, String name)
			throws StudyException {
		double value;
		try {
			value = LifeCalibration.startValue(start, targets, name);
		} catch (IllegalArgumentException e) {
			throw new StudyException(e.getMessage(), e);
		}
		if (!(value > 0.0)) {
			throw new StudyException("calibration: " + name + " starts at " + value
					+ "; a fitted parameter must start from a positive value");
		}
		return new FittedParameter(name, accepted(start, name, value, 1.0 / RANGE),
				accepted(start, name, value, RANGE));
	}

	private static double accepted(LifeParameters start, String name, double value, double factor) {
		double f = factor;
		for (int k = 0; k < 60; k++) {
			try {
				if (LifeCalibration.CATHODE_FADE.equals(name)) {
					CathodeElectrode.lithiumIronPhosphate(1.0).withFadePerCycle(value * f);
				} else {
					start.with(name, value * f);
				}
				return value * f;
			} catch (IllegalArgumentException e) {
				// Halve the distance to the start on the logarithmic scale the fit works on.
				f = Math.sqrt(f);
			}
		}
		return value * (factor > 1.0 ? 1.0 + 1e-6 : 1.0 - 1e-6);
	}

	private static CalibrationTarget target(String where, LifeScenario scenario, MeasuredPoint point)
			throws StudyException {
		MeasuredQuantity quantity = switch (point.getQuantity()) {
		case RETENTION -> MeasuredQuantity.RETENTION;
		case HOURS_TO_FAILURE -> MeasuredQuantity.HOURS_TO_FAILURE;
		case CYCLES_TO_FAILURE -> MeasuredQuantity.CYCLES_TO_FAILURE;
		case FIRST_CYCLE_OVERPOTENTIAL -> MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL;
		case COULOMBIC_EFFICIENCY -> MeasuredQuantity.COULOMBIC_EFFICIENCY;
		};
		String label = where + ": " + point.getQuantity().getLiteral()
				+ (point.isSetCycle() ? " at cycle " + point.getCycle() : "");
		int cycle = point.isSetCycle() ? point.getCycle() : 1;
		if (quantity == MeasuredQuantity.RETENTION && !point.isSetCycle()) {
			throw new StudyException(label + ": a retention point needs its cycle");
		}
		double measured;
		try {
			measured = Units.convert(point.getValue(), unit(point), comparedUnit(quantity));
		} catch (IllegalArgumentException e) {
			throw new StudyException(label + ": " + e.getMessage(), e);
		}
		try {
			return CalibrationTarget.of(label, scenario, quantity, cycle, measured);
		} catch (IllegalArgumentException e) {
			throw new StudyException(e.getMessage(), e);
		}
	}

	/** The unit a point's value is in: as stored, or the quantity's natural unit when none is given. */
	private static String unit(MeasuredPoint point) {
		if (point.getUnit() != null && !point.getUnit().isBlank()) {
			return point.getUnit();
		}
		return switch (point.getQuantity()) {
		case FIRST_CYCLE_OVERPOTENTIAL -> "mV";
		case HOURS_TO_FAILURE -> "h";
		case CYCLES_TO_FAILURE -> "cycles";
		case RETENTION, COULOMBIC_EFFICIENCY -> "1";
		};
	}

	/** The unit the life package compares a quantity in. */
	private static String comparedUnit(MeasuredQuantity quantity) {
		return switch (quantity) {
		case FIRST_CYCLE_OVERPOTENTIAL -> "V";
		case HOURS_TO_FAILURE -> "h";
		case CYCLES_TO_FAILURE -> "cycles";
		case RETENTION, COULOMBIC_EFFICIENCY -> "1";
		};
	}
}
