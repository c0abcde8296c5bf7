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
import java.util.Optional;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.SolventComponent;
import org.anodyne.model.units.Units;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.LifeParameters;
import org.eclipse.emf.ecore.EAttribute;

/**
 * How the model's {@link LifeModelParameters} reach the life model's {@link LifeParameters}.
 * <p>
 * The life model's {@link LifeParameters#defaults() calibrated defaults} are the starting point; the
 * model's LifeModelParameters defaults are the same values. A feature replaces the corresponding
 * parameter <em>only when it is set</em> in the file, so a study that says nothing runs with the
 * calibrated values; the named overrides ({@link ParameterValue}: a life-model parameter name, a
 * value and its unit) come last.
 * Every value passes through the model's {@link Units} into SI. The features map as follows:
 * <table>
 * <caption>model feature → life-model parameter</caption>
 * <tr><td>inactiveLayerPorosity</td><td>inactiveLayerPorosity</td></tr>
 * <tr><td>inactiveLayerTortuosity</td><td>inactiveLayerTortuosity</td></tr>
 * <tr><td>overpotentialLimit</td><td>overpotentialLimit</td></tr>
 * <tr><td>solventPerSeiMetal</td><td>solventPerSeiMetal</td></tr>
 * <tr><td>endOfLifeRetention</td><td>endOfLifeRetention</td></tr>
 * </table>
 * SEI, morphology and dead metal belong to the metal–electrolyte pair: {@link #pair(Electrolyte, String)}
 * starts from the library's pair and applies the electrolyte's {@link MetalElectrolytePair} for the metal.
 * The exchange current density is not a LifeModelParameters feature: it belongs to the electrolyte
 * (Electrolyte.exchangeCurrentDensity) and drives both the 2D solver's kinetics and the life model.
 */
public final class LifeParameterMapping {

	private static final Map<EAttribute, String> TARGETS = new LinkedHashMap<>();

	static {
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY, "inactiveLayerPorosity");
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY,
				"inactiveLayerTortuosity");
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT, "overpotentialLimit");
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL, "solventPerSeiMetal");
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION, "endOfLifeRetention");
	}

	private LifeParameterMapping() {
	}

	/** The model features that map to life-model parameters, in the order they are applied. */
	public static List<EAttribute> features() {
		return List.copyOf(TARGETS.keySet());
	}

	/** The model's LifeModelParameters feature with this name, if it maps. */
	public static Optional<EAttribute> feature(String name) {
		return TARGETS.keySet().stream().filter(a -> a.getName().equals(name)).findFirst();
	}

	/**
	 * The pair's values for one metal in an electrolyte: the library pair of the metal and the
	 * electrolyte's solvent family, with the values the electrolyte's {@link MetalElectrolytePair} for
	 * that metal sets. The library pair stays calibrated only in the electrolyte it was calibrated in and
	 * with no value of its own ({@link PairCalibration}).
	 *
	 * @throws IllegalArgumentException naming the pair's attribute and value when out of range
	 */
	public static DegradationPair pair(Electrolyte electrolyte, String metal) {
		DegradationPair.SolventFamily family = DegradationPair.SolventFamily.ETHER;
		MetalElectrolytePair own = null;
		if (electrolyte != null) {
			for (SolventComponent solvent : electrolyte.getSolvents()) {
				if (DegradationPair.SolventFamily.of(solvent.getName()) == DegradationPair.SolventFamily.CARBONATE) {
					family = DegradationPair.SolventFamily.CARBONATE;
				}
			}
			own = electrolyte.getMetalPairs().stream().filter(m -> metal.equalsIgnoreCase(m.getMetal())).findFirst()
					.orElse(null);
		}
		DegradationPair library = PairCalibration.inElectrolyte(DegradationPair.of(metal, family), electrolyte);
		if (own == null) {
			return library;
		}
		LifeParameters p = library.parameters();
		List<String> set = new ArrayList<>();
		for (EAttribute attribute : own.eClass().getEAllAttributes()) {
			if (attribute.isUnsettable() && own.eIsSet(attribute)) {
				double si = Units.si(own, attribute);
				try {
					p = p.with(attribute.getName(), si);
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(String.format(Locale.ROOT, "%s in %s: %s = %s: %s", metal,
							electrolyte.getName(), attribute.getName(), Units.formatNumber(si), e.getMessage()), e);
				}
				set.add(attribute.getName());
			}
		}
		return set.isEmpty()
				? library
				: library.withParameters(p).uncalibrated(String.join(", ", set) + " set by the electrolyte's "
						+ library.metal() + " pair");
	}

	/**
	 * The life parameters a study's cell runs with: the pair's values, then the study's features and
	 * named overrides ({@link #parameters(LifeModelParameters, LifeParameters)}), then the electrolyte's
	 * exchange current density, which an override of it replaces.
	 *
	 * @param model the study's LifeModelParameters, or null
	 * @throws IllegalArgumentException naming the feature or override and its value when out of range
	 */
	public static LifeParameters parameters(LifeModelParameters model, DegradationPair pair, Electrolyte electrolyte) {
		LifeParameters life = parameters(model, electrolyteValues(pair.parameters(), electrolyte))
				.with("exchangeCurrentDensity",
						Units.si(electrolyte, AnodynePackage.Literals.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY));
		if (model != null) {
			for (ParameterValue override : model.getOverrides()) {
				if ("exchangeCurrentDensity".equals(override.getName())) {
					life = override(life, override);
				}
			}
		}
		return life;
	}

	/**
	 * The pair's values with the interface kinetics and the solvent the electrolyte sets itself: they
	 * belong to the electrolyte, like its i0, and a study's own what-ifs still come after them.
	 */
	private static LifeParameters electrolyteValues(LifeParameters pairValues, Electrolyte e) {
		LifeParameters p = pairValues;
		if (e != null && e.isSetCathodicTransferCoefficient()) {
			p = p.with("cathodicTransferCoefficient",
					Units.si(e, AnodynePackage.Literals.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT));
		}
		if (e != null && e.isSetSolventMolarVolume()) {
			p = p.with("solventMolarVolume", Units.si(e, AnodynePackage.Literals.ELECTROLYTE__SOLVENT_MOLAR_VOLUME));
		}
		return p;
	}

	/** The life-model parameter a feature sets. */
	public static String target(EAttribute feature) {
		String target = TARGETS.get(feature);
		if (target == null) {
			throw new IllegalArgumentException(feature.getName() + " is not a life-model feature");
		}
		return target;
	}

	/**
	 * The life parameters of a study: the calibrated defaults, then the features set in the model,
	 * then the named overrides.
	 *
	 * @param model the study's LifeModelParameters, or null
	 * @param base  where to start, normally {@link LifeParameters#defaults()}
	 * @throws IllegalArgumentException naming the feature or override and its value when out of range
	 */
	public static LifeParameters parameters(LifeModelParameters model, LifeParameters base) {
		LifeParameters p = base;
		if (model == null) {
			return p;
		}
		for (EAttribute feature : TARGETS.keySet()) {
			if (model.eIsSet(feature)) {
				p = apply(p, feature, Units.si(model, feature));
			}
		}
		for (ParameterValue override : model.getOverrides()) {
			p = override(p, override);
		}
		return p;
	}

	/**
	 * Applies one feature's value, given in SI.
	 *
	 * @throws IllegalArgumentException naming the feature when the value is out of range
	 */
	public static LifeParameters apply(LifeParameters p, EAttribute feature, double si) {
		String target = target(feature);
		try {
			return p.with(target, si);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(String.format(Locale.ROOT, "life model: %s = %s: %s", feature.getName(),
					Units.formatNumber(si), e.getMessage()), e);
		}
	}

	/**
	 * Applies a named override: the name is a life-model parameter ({@link LifeParameters#names()}),
	 * the value is converted from its unit to the parameter's SI unit.
	 *
	 * @throws IllegalArgumentException naming the override when the name, unit or value is wrong
	 */
	public static LifeParameters override(LifeParameters p, ParameterValue override) {
		String name = override.getName();
		if (name == null || !LifeParameters.names().contains(name)) {
			throw new IllegalArgumentException(
					"life model override '" + name + "' is not a life-model parameter; known: "
							+ LifeParameters.names());
		}
		return p.with(name, toSi(name, override.getValue(), override.getUnit()));
	}

	/** A value of a life-model parameter given in a unit, in the parameter's SI unit. */
	static double toSi(String name, double value, String unit) {
		String si = LifeParameters.unit(name);
		if (unit == null || unit.isBlank() || unit.equals(si)) {
			return value;
		}
		try {
			return Units.convert(value, unit, si);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("life model override '" + name + "': " + e.getMessage() + " (expected "
					+ si + ")", e);
		}
	}
}
