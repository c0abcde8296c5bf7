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
import java.util.List;
import java.util.Locale;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.CellCurrentStep;
import org.anodyne.model.ChargeStep;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.GalvanostaticStep;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.RestStep;
import org.anodyne.model.Step;
import org.anodyne.model.StopCondition;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.model.units.Units;
import org.anodyne.solver.life.CellCurrentStep.Direction;
import org.anodyne.solver.life.CurrentSetting;
import org.anodyne.solver.life.LifeProtocol;
import org.anodyne.solver.life.PlatingDirection;
import org.anodyne.solver.life.ProtocolStep;
import org.anodyne.study.StudyException;

/**
 * Translates the model's {@link Protocol} into the life package's {@link LifeProtocol}: plating and
 * stripping at a current density, charge and discharge at a C-rate or current density, rests, and
 * repeats nested to any depth, with time, capacity and voltage stops. Quantities pass through the
 * model's {@link Units} into SI; C-rates stay C-rates (the life package takes them in C).
 * <p>
 * Problems name the step by its position ("step 1.2", the second step inside the first) and its text
 * form ("Strip at 0.25 mA/cm2 for 1 mAh/cm2").
 */
public final class ProtocolTranslation {

	private ProtocolTranslation() {
	}

	/**
	 * @throws StudyException naming the protocol and the step when a step cannot be run (no stop
	 *                        condition, a rest without a duration, a repeat of nothing ...)
	 */
	public static LifeProtocol translate(Protocol protocol) throws StudyException {
		if (protocol == null) {
			throw new StudyException("the study has no protocol");
		}
		String name = protocol.getName() != null ? protocol.getName() : String.valueOf(protocol.getId());
		if (protocol.getSteps().isEmpty()) {
			throw new StudyException("protocol '" + name + "' has no steps");
		}
		return new LifeProtocol(name, steps(protocol.getSteps(), "", name));
	}

	private static List<ProtocolStep> steps(List<Step> steps, String prefix, String protocol) throws StudyException {
		List<ProtocolStep> out = new ArrayList<>(steps.size());
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String position = prefix + (i + 1);
			try {
				out.add(step(step, position, protocol));
			} catch (IllegalArgumentException e) {
				throw new StudyException(String.format(Locale.ROOT, "protocol '%s', step %s (%s): %s", protocol,
						position, ProtocolText.printStep(step), e.getMessage()), e);
			}
		}
		return out;
	}

	private static ProtocolStep step(Step step, String position, String protocol) throws StudyException {
		return switch (step) {
		case GalvanostaticStep g -> new org.anodyne.solver.life.GalvanostaticStep(
				g instanceof PlatingStep ? PlatingDirection.PLATE : PlatingDirection.STRIP,
				Units.si(g, AnodynePackage.Literals.GALVANOSTATIC_STEP__CURRENT_DENSITY), stops(g));
		case CellCurrentStep c -> new org.anodyne.solver.life.CellCurrentStep(
				c instanceof ChargeStep ? Direction.CHARGE : Direction.DISCHARGE, current(c), stops(c));
		case RestStep r -> rest(r);
		case RepeatStep r -> {
			if (r.getSteps().isEmpty()) {
				throw new IllegalArgumentException("the repeat has no steps");
			}
			yield new org.anodyne.solver.life.RepeatStep(r.getCount(), steps(r.getSteps(), position + ".", protocol));
		}
		default -> throw new IllegalArgumentException("steps of type " + step.eClass().getName()
				+ " cannot be run by the life model");
		};
	}

	private static CurrentSetting current(CellCurrentStep step) {
		if (step.isSetCRate() == step.isSetCurrentDensity()) {
			throw new IllegalArgumentException("give exactly one of a C-rate and a current density");
		}
		if (step.isSetCRate()) {
			return new CurrentSetting.CRate(step.getCRate());
		}
		return new CurrentSetting.Density(Units.si(step, AnodynePackage.Literals.CELL_CURRENT_STEP__CURRENT_DENSITY));
	}

	private static ProtocolStep rest(RestStep rest) {
		if (!(rest.getStop() instanceof DurationStop duration)) {
			throw new IllegalArgumentException("a rest needs a duration (for ... h, min or s)");
		}
		return new org.anodyne.solver.life.RestStep(seconds(duration));
	}

	private static List<org.anodyne.solver.life.StopCondition> stops(ConditionedStep step) {
		StopCondition stop = step.getStop();
		if (stop == null) {
			throw new IllegalArgumentException(
					"the step has no stop condition (for a time or capacity, or until a voltage)");
		}
		return List.of(switch (stop) {
		case DurationStop d -> new org.anodyne.solver.life.StopCondition.AfterTime(seconds(d));
		case CapacityStop c -> new org.anodyne.solver.life.StopCondition.AfterCapacity(
				Units.si(c, AnodynePackage.Literals.CAPACITY_STOP__CAPACITY));
		case VoltageStop v -> new org.anodyne.solver.life.StopCondition.AtVoltage(
				Units.si(v, AnodynePackage.Literals.VOLTAGE_STOP__VOLTAGE));
		default -> throw new IllegalArgumentException("stop conditions of type " + stop.eClass().getName()
				+ " are not understood");
		});
	}

	private static double seconds(DurationStop stop) {
		return Units.toSi(stop.getDuration(), stop.getUnit().getLiteral());
	}

	/**
	 * The first plating (or charging) step met in protocol order, descending into repeats: the step a
	 * 2D deposition study runs, and the current and charge of one half-cycle for the life coupling.
	 *
	 * @return the step, or null when the protocol never plates the working electrode
	 */
	public static ConditionedStep firstPlating(List<Step> steps) {
		for (Step step : steps) {
			if (step instanceof PlatingStep || step instanceof ChargeStep) {
				return (ConditionedStep) step;
			}
			if (step instanceof RepeatStep repeat) {
				ConditionedStep inner = firstPlating(repeat.getSteps());
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}
}
