package org.anodyne.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.units.Units;
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
 * seiLossCoefficient, deadMetalFraction, separatorPenetrationTolerance and cathodeFadeRate are no
 * longer read: SEI and dead metal follow from the deposit's morphology and support with the
 * metal–electrolyte pair's parameters (named overrides: seiChargePerArea, isolationProbability ...),
 * penetration from the separator's thickness and the buffer, and the cathode's fade belongs to the
 * cathode ({@link #retired(LifeModelParameters)} names what a design still sets).
 * The exchange current density is not a LifeModelParameters feature: it belongs to the electrolyte
 * (Electrolyte.exchangeCurrentDensity) and drives both the 2D solver's kinetics and the life model.
 */
public final class LifeParameterMapping {

	private static final Map<EAttribute, String> TARGETS = new LinkedHashMap<>();

	static {
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY, "inactiveLayerPorosity");
		TARGETS.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY, "inactiveLayerTortuosity");
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
	 * The features a design sets that the life model no longer reads, each with what replaced it.
	 */
	public static List<String> retired(LifeModelParameters model) {
		if (model == null) {
			return List.of();
		}
		Map<EAttribute, String> replaced = new LinkedHashMap<>();
		replaced.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__SEI_LOSS_COEFFICIENT,
				"SEI now forms on the fresh surface the deposit exposes (pair parameter seiChargePerArea)");
		replaced.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__DEAD_METAL_FRACTION,
				"dead metal now follows from morphology and support (pair parameter isolationProbability)");
		replaced.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__SEPARATOR_PENETRATION_TOLERANCE,
				"penetration is now reached when the inactive layers span the separator's thickness");
		replaced.put(AnodynePackage.Literals.LIFE_MODEL_PARAMETERS__CATHODE_FADE_RATE,
				"the cathode's fade now belongs to the cathode (LiFePO4: 0.01 % per cycle)");
		return replaced.entrySet().stream().filter(e -> model.eIsSet(e.getKey()))
				.map(e -> e.getKey().getName() + " is no longer read: " + e.getValue()).toList();
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
			throw new IllegalArgumentException("life model override '" + name + "' is not a life-model parameter; known: "
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
