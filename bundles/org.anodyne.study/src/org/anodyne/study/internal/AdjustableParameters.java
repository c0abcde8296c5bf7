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

import java.util.HashMap;
import java.util.Map;

import org.anodyne.model.units.Units;
import org.anodyne.solver.life.LifeParameters;
import org.eclipse.emf.ecore.EAttribute;

/**
 * The parameters a calibration may vary on {@link SolverInputs}, by the names a study lists in
 * {@code calibratedParameters}:
 * <ul>
 * <li>a feature of the study's LifeModelParameters (e.g. {@code inactiveLayerPorosity}), in the
 * model's unit of that feature, mapped as {@link LifeParameterMapping} describes;</li>
 * <li>a life-model parameter by its own name ({@link LifeParameters#names()}), in SI; among them
 * {@code exchangeCurrentDensity} [A/m²], which is also the exchange current of the 2D solver's
 * kinetics (the model keeps it on the electrolyte);</li>
 * <li>{@code barrier.<substrate>}: the metal's nucleation barrier on a substrate, in mV.</li>
 * </ul>
 */
public final class AdjustableParameters {

	/** Prefix of the nucleation-barrier parameters, {@code barrier.<substrate>} in mV. */
	public static final String BARRIER_PREFIX = "barrier.";

	private AdjustableParameters() {
	}

	/**
	 * The value of an adjustable parameter, in the unit its name implies (see the class comment).
	 *
	 * @throws IllegalArgumentException for a name that is none of them
	 */
	public static double value(SolverInputs inputs, String name) {
		if (name.startsWith(BARRIER_PREFIX)) {
			String substrate = name.substring(BARRIER_PREFIX.length());
			Double volts = inputs.barriers().get(substrate);
			if (volts == null) {
				throw new IllegalArgumentException(
						"no nucleation barrier of " + inputs.metal().id() + " on '" + substrate
								+ "'");
			}
			return Units.fromSi(volts, "mV");
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			EAttribute attribute = feature.get();
			// Set features are already applied to the life parameters.
			double si = inputs.lifeParameters().value(LifeParameterMapping.target(attribute));
			return Units.unitOf(attribute).map(u -> u.fromSi(si)).orElse(si);
		}
		return inputs.lifeParameters().value(requireLifeName(name));
	}

	/** The unit of an adjustable parameter's value, as {@link Units} spells it ("1" when dimensionless). */
	public static String unit(String name) {
		if (name.startsWith(BARRIER_PREFIX)) {
			return "mV";
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			return Units.unitOf(feature.get()).map(Units.Unit::symbol).orElse("1");
		}
		return LifeParameters.unit(requireLifeName(name));
	}

	/**
	 * The inputs with one adjustable parameter changed.
	 *
	 * @param value in the unit of {@link #unit(String)}
	 * @throws IllegalArgumentException naming the parameter for an unknown name or a value out of range
	 */
	public static SolverInputs with(SolverInputs inputs, String name, double value) {
		if (name.startsWith(BARRIER_PREFIX)) {
			String substrate = name.substring(BARRIER_PREFIX.length());
			if (substrate.isBlank()) {
				throw new IllegalArgumentException("'" + name + "' names no substrate");
			}
			if (!(value >= 0.0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException(name + " must be >= 0 mV, got " + value);
			}
			Map<String, Double> changed = new HashMap<>(inputs.barriers());
			changed.put(substrate, Units.toSi(value, "mV"));
			return inputs.withBarriers(changed);
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			EAttribute attribute = feature.get();
			double si = Units.unitOf(attribute).map(u -> u.toSi(value)).orElse(value);
			return inputs.withLifeParameters(LifeParameterMapping.apply(inputs.lifeParameters(), attribute, si));
		}
		return inputs.withLifeParameters(inputs.lifeParameters().with(requireLifeName(name), value));
	}

	private static String requireLifeName(String name) {
		if (!LifeParameters.names().contains(name)) {
			throw new IllegalArgumentException(
					"'" + name + "' is not an adjustable parameter: use a life-model feature "
							+ LifeParameterMapping.features().stream().map(EAttribute::getName).toList()
							+ ", a life-model parameter " + LifeParameters.names() + " or barrier.<substrate>");
		}
		return name;
	}
}
