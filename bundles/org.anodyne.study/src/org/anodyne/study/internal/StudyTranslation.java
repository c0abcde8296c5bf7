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

import java.util.List;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.CellCurrentStep;
import org.anodyne.model.CellConfiguration;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.GalvanostaticStep;
import org.anodyne.model.NamedElements;
import org.anodyne.model.OutputQuantity;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.Study;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.model.units.Units;
import org.anodyne.solver.life.LifeProtocol;
import org.anodyne.solver.life.LifeRunOptions;
import org.anodyne.study.StudyException;

/**
 * Reads what a study asks for besides the cell from the model, in SI: the plating step a 2D
 * deposition study runs, or the protocol, half-cycle charge and cycle cap of a cycle-life study. With
 * {@link CellTranslation} the one place the study layer converts the model's units.
 */
public final class StudyTranslation {

	/**
	 * A 2D deposition study's request: galvanostatic plating of {@code charge} at {@code current}.
	 *
	 * @param where             "study 'x'", for messages
	 * @param cellName          the cell's name as the model holds it, for messages
	 * @param current           current density [A/m²]
	 * @param charge            charge to plate [C/m²]
	 * @param time              plating time [s]
	 * @param maxTimeStep       the study's largest time step [s], NaN for the solver's
	 * @param tolerance         the study's Newton tolerance [-], NaN for the solver's
	 * @param counterPotential  the potential the counter electrode is held at [V], or null for its own kinetics
	 * @param outputs           the field quantities to write
	 */
	public record DepositionRequest(String where, String cellName, double current, double charge, double time,
			double maxTimeStep, double tolerance, Double counterPotential, List<OutputQuantity> outputs) {
		public DepositionRequest {
			outputs = List.copyOf(outputs);
		}
	}

	/**
	 * A cycle-life study's request.
	 *
	 * @param name            the study's name (else its id)
	 * @param cellName        the cell's name as the model holds it, for messages
	 * @param protocol        the protocol in the life package's terms
	 * @param halfCycleCharge the charge of one plating half-cycle [C/m²]
	 * @param options         run options, capped at the study's maximum number of cycles
	 * @param full            true for a full cell (retention is reported)
	 * @param outputs         the quantities to write
	 */
	public record LifeRequest(String name, String cellName, LifeProtocol protocol, double halfCycleCharge,
			LifeRunOptions options, boolean full, List<OutputQuantity> outputs) {
		public LifeRequest {
			outputs = List.copyOf(outputs);
		}
	}

	private StudyTranslation() {
	}

	/**
	 * The first plating (or charging) step of a 2D deposition study's protocol.
	 *
	 * @throws StudyException naming the study and the step when there is none, or it plates no
	 *                        positive capacity or time
	 */
	public static DepositionRequest deposition(Study study) throws StudyException {
		String where = "study '" + NamedElements.displayName(study) + "'";
		if (study.getProtocol() == null) {
			throw new StudyException(where + " has no protocol");
		}
		ConditionedStep step = ProtocolTranslation.firstPlating(study.getProtocol().getSteps());
		if (step == null) {
			throw new StudyException(where + ": protocol '" + study.getProtocol().getName()
					+ "' has no plating or charging step for the 2D deposition study to run");
		}
		String stepText = ProtocolText.printStep(step);
		double current = current(study, step, where + ", step '" + stepText + "'");
		double charge;
		double time;
		switch (step.getStop()) {
		case CapacityStop c -> {
			charge = Units.si(c, AnodynePackage.Literals.CAPACITY_STOP__CAPACITY);
			time = charge / current;
		}
		case DurationStop d -> {
			time = Units.toSi(d.getDuration(), d.getUnit().getLiteral());
			charge = current * time;
		}
		case null, default -> throw new StudyException(where + ", step '" + stepText
				+ "': a 2D deposition study plates for a capacity or a time; give one of them");
		}
		if (!(charge > 0.0) || Double.isInfinite(charge)) {
			throw new StudyException(where + ", step '" + stepText + "': the plated charge must be positive");
		}
		SolverSettings solver = study.getSolver();
		double maxTimeStep = solver != null && solver.getTimeStep() > 0.0
				? Units.si(solver, AnodynePackage.Literals.SOLVER_SETTINGS__TIME_STEP)
				: Double.NaN;
		double tolerance = solver != null && solver.eIsSet(AnodynePackage.Literals.SOLVER_SETTINGS__TOLERANCE)
				? solver.getTolerance()
				: Double.NaN;
		Double counterPotential = solver != null && solver.isSetCounterElectrodePotential()
				? Units.si(solver, AnodynePackage.Literals.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL)
				: null;
		return new DepositionRequest(where, study.getCell().getName(), current, charge, time, maxTimeStep, tolerance,
				counterPotential, outputs(study));
	}

	/** The current density [A/m²] of a plating step: its own, or its C-rate times the counter electrode's capacity. */
	public static double current(Study study, ConditionedStep step, String where) throws StudyException {
		if (step instanceof GalvanostaticStep g) {
			return positive(Units.si(g, AnodynePackage.Literals.GALVANOSTATIC_STEP__CURRENT_DENSITY), where);
		}
		CellCurrentStep c = (CellCurrentStep) step;
		if (c.isSetCurrentDensity()) {
			return positive(Units.si(c, AnodynePackage.Literals.CELL_CURRENT_STEP__CURRENT_DENSITY), where);
		}
		if (c.isSetCRate() && study.getCell().getCounterElectrode() != null) {
			double capacity = Units.si(study.getCell().getCounterElectrode(),
					AnodynePackage.Literals.COUNTER_ELECTRODE__AREAL_CAPACITY);
			return positive(Units.si(c, AnodynePackage.Literals.CELL_CURRENT_STEP__CRATE) * capacity, where);
		}
		throw new StudyException(where + ": a C-rate needs a counter electrode with an areal capacity");
	}

	private static double positive(double value, String where) throws StudyException {
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new StudyException(where + ": the current density must be positive");
		}
		return value;
	}

	/**
	 * A cycle-life study's protocol, half-cycle charge and cycle cap.
	 *
	 * @param inputs the study's cell (a foil without a capacity to go by gets the room of its own metal)
	 * @throws StudyException naming the step the life model cannot run
	 */
	public static LifeRequest life(Study study, SolverInputs inputs) throws StudyException {
		LifeProtocol protocol = ProtocolTranslation.translate(study.getProtocol());
		return new LifeRequest(NamedElements.displayName(study), study.getCell().getName(), protocol,
				halfCycleCharge(study, inputs), options(study),
				study.getCell().getConfiguration() == CellConfiguration.FULL, outputs(study));
	}

	/** Run options of a study: the defaults, capped at the study's maximum number of cycles. */
	private static LifeRunOptions options(Study study) {
		SolverSettings settings = study.getSolver();
		LifeRunOptions options = LifeRunOptions.defaults();
		if (settings != null && settings.getMaxCycles() > 0) {
			options = options.withMaxCycles(settings.getMaxCycles());
		}
		return options;
	}

	/**
	 * The charge of one plating half-cycle [C/m²]: the first plating step's capacity, or current ×
	 * time, or for a step that runs to a voltage the cathode's capacity (the most a charge can move).
	 */
	private static double halfCycleCharge(Study study, SolverInputs inputs) {
		ConditionedStep step = ProtocolTranslation.firstPlating(study.getProtocol().getSteps());
		if (step != null && step.getStop() instanceof CapacityStop c) {
			return Units.si(c, AnodynePackage.Literals.CAPACITY_STOP__CAPACITY);
		}
		if (step instanceof GalvanostaticStep g && step.getStop() instanceof DurationStop d) {
			return Units.si(g, AnodynePackage.Literals.GALVANOSTATIC_STEP__CURRENT_DENSITY)
					* Units.toSi(d.getDuration(), d.getUnit().getLiteral());
		}
		if (study.getCell().getCounterElectrode() != null
				&& study.getCell().getConfiguration() == CellConfiguration.FULL) {
			return Units.si(study.getCell().getCounterElectrode(),
					AnodynePackage.Literals.COUNTER_ELECTRODE__AREAL_CAPACITY);
		}
		// Without a capacity to go by, leave a foil the room of the metal it carries.
		return Math.max(inputs.preDepositCharge(), Units.toSi(1.0, "mAh/cm2"));
	}

	private static List<OutputQuantity> outputs(Study study) {
		return study.getOutputs().isEmpty() ? List.of(OutputQuantity.values()) : List.copyOf(study.getOutputs());
	}
}
