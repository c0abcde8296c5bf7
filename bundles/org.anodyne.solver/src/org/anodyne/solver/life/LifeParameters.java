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

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The physical parameters of the reduced life model, SI, one set for every collector and orientation:
 * the cells differ only through their {@link DepositionCoupling} (geometry and plating conditions from
 * the 2D split), and the Coulombic efficiency, dead metal and overpotential history are outputs.
 * <p>
 * Ownership: the exchange current and transfer coefficient belong to the metal–electrolyte interface;
 * SEI, deposit morphology, dead metal, inactive layer and solvent consumption to the metal–electrolyte
 * pair ({@link DegradationPair}); the limits to the cell's end-of-life criteria. Transport (D, κ, t₊,
 * c₀) belongs to the electrolyte ({@link LifeCell#electrolyte()}) and the cathode's parameters to the
 * {@link CathodeElectrode}. Each parameter can be read and replaced by its name (the record
 * component name), which is how calibration and the model's named overrides reach them.
 *
 * @param exchangeCurrentDensity      i₀ [A/m² of metal surface] — fitted (Li/ether) to the
 *                                    first-cycle overpotentials
 * @param cathodicTransferCoefficient α<sub>c</sub> (α<sub>a</sub> = 1 − α<sub>c</sub>)
 * @param seiChargePerArea            σ<sub>SEI</sub> [C/m²]: charge bound in SEI that passivates one m² of
 *                                    freshly exposed metal surface — literature-typical, 0.5 C/m² for
 *                                    both calibrated pairs, not fitted
 * @param seiFilmResistance           R<sub>SEI</sub> [Ω m² of metal surface]: ionic resistance of the SEI
 *                                    on metal that has aged in the electrolyte (the mossy deposit's
 *                                    whiskers react through it)
 * @param seiCalendarRate             k<sub>cal</sub> [C m⁻² s⁻½]: parabolic (diffusion-limited) SEI growth
 *                                    on exposed metal, Q = k<sub>cal</sub>·a·√t
 * @param whiskerDiameter             d<sub>w</sub> [m] of mossy (root-growing) deposits plated on metal
 *                                    at a local 1 mA cm⁻²; grains scale with the inverse of the plating
 *                                    overpotential, and set the deposit's specific surface 4/d per dense
 *                                    volume and the length over which a stripped whisker is pinched off
 * @param mossPorosity                ε<sub>m</sub>: porosity of a deposit plated before Sand's time
 * @param dendritePorosity            ε<sub>t</sub>: porosity of a tip-growing deposit plated after it
 * @param isolationProbability        p<sub>iso</sub>: share of a thick, unsupported deposit left
 *                                    electronically isolated after stripping
 * @param inactiveLayerPorosity       ε<sub>d</sub> of the inactive (dead metal + SEI) layer
 * @param inactiveLayerTortuosity     τ<sub>d</sub> of ion paths through that layer
 * @param solventPerSeiMetal          ν: solvent molecules reduced per metal atom bound in SEI
 * @param solventMolarVolume          [m³/mol] of the solvent
 * @param overpotentialLimit          [V]: polarisation (without nucleation and depletion spikes) at
 *                                    which the cell counts as failed by overpotential runaway
 * @param coverageCharge              Q<sub>cov</sub> [C/m²]: metal that covers a bare substrate (the
 *                                    coverage θ = 1 − exp(−Q/Q<sub>cov</sub>) switches the nucleation
 *                                    barrier off and the stripping area on)
 * @param endOfLifeRetention          full-cell end of life when retention falls below this
 * @param suddenLossFraction          full-cell end of life when the discharge capacity drops by more
 *                                    than this fraction of the first cycle's within one cycle
 */
public record LifeParameters(double exchangeCurrentDensity, double cathodicTransferCoefficient,
		double seiChargePerArea, double seiFilmResistance, double seiCalendarRate, double whiskerDiameter,
		double mossPorosity,
		double dendritePorosity, double isolationProbability, double inactiveLayerPorosity,
		double inactiveLayerTortuosity, double solventPerSeiMetal, double solventMolarVolume,
		double overpotentialLimit, double coverageCharge, double endOfLifeRetention, double suddenLossFraction) {

	private static final RecordComponent[] COMPONENTS = LifeParameters.class.getRecordComponents();

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("exchangeCurrentDensity", "A/m2"),
			Map.entry("cathodicTransferCoefficient", "1"), Map.entry("seiChargePerArea", "C/m2"),
			Map.entry("seiFilmResistance", "ohm m2"),
			Map.entry("seiCalendarRate", "C/m2/sqrt(s)"), Map.entry("whiskerDiameter", "m"),
			Map.entry("mossPorosity", "1"), Map.entry("dendritePorosity", "1"), Map.entry("isolationProbability", "1"),
			Map.entry("inactiveLayerPorosity", "1"), Map.entry("inactiveLayerTortuosity", "1"),
			Map.entry("solventPerSeiMetal", "1"), Map.entry("solventMolarVolume", "m3/mol"),
			Map.entry("overpotentialLimit", "V"), Map.entry("coverageCharge", "C/m2"),
			Map.entry("endOfLifeRetention", "1"), Map.entry("suddenLossFraction", "1"));

	public LifeParameters {
		positive("exchangeCurrentDensity", exchangeCurrentDensity);
		open01("cathodicTransferCoefficient", cathodicTransferCoefficient);
		nonNegative("seiChargePerArea", seiChargePerArea);
		nonNegative("seiFilmResistance", seiFilmResistance);
		nonNegative("seiCalendarRate", seiCalendarRate);
		positive("whiskerDiameter", whiskerDiameter);
		open01("mossPorosity", mossPorosity);
		open01("dendritePorosity", dendritePorosity);
		fraction("isolationProbability", isolationProbability);
		open01("inactiveLayerPorosity", inactiveLayerPorosity);
		if (!(inactiveLayerTortuosity >= 1.0) || Double.isInfinite(inactiveLayerTortuosity)) {
			throw new IllegalArgumentException(
					"life parameters: inactiveLayerTortuosity must be >= 1, got " + inactiveLayerTortuosity);
		}
		nonNegative("solventPerSeiMetal", solventPerSeiMetal);
		positive("solventMolarVolume", solventMolarVolume);
		positive("overpotentialLimit", overpotentialLimit);
		positive("coverageCharge", coverageCharge);
		open01("endOfLifeRetention", endOfLifeRetention);
		open01("suddenLossFraction", suddenLossFraction);
	}

	/** The calibrated Li/ether set ({@link DegradationPair#LITHIUM_ETHER}); see the package documentation's table. */
	public static LifeParameters defaults() {
		return DegradationPair.LITHIUM_ETHER.parameters();
	}

	/** The parameter names, in declaration order. */
	public static List<String> names() {
		return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
	}

	/** The SI unit of a parameter ("1" for dimensionless). */
	public static String unit(String name) {
		requireName(name);
		return UNITS.get(name);
	}

	/** The value of a parameter by name. */
	public double value(String name) {
		RecordComponent component = requireName(name);
		try {
			return (double) component.getAccessor().invoke(this);
		} catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read life parameter " + name, e);
		}
	}

	/**
	 * A copy with one parameter replaced.
	 *
	 * @throws IllegalArgumentException for an unknown name (listing the known ones) or a value out of
	 *                                  range
	 */
	public LifeParameters with(String name, double value) {
		requireName(name);
		Object[] args = new Object[COMPONENTS.length];
		Class<?>[] types = new Class<?>[COMPONENTS.length];
		for (int i = 0; i < COMPONENTS.length; i++) {
			types[i] = double.class;
			args[i] = COMPONENTS[i].getName().equals(name) ? value : value(COMPONENTS[i].getName());
		}
		try {
			Constructor<LifeParameters> constructor = LifeParameters.class.getDeclaredConstructor(types);
			return constructor.newInstance(args);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof IllegalArgumentException iae) {
				throw iae;
			}
			throw new IllegalStateException("cannot set life parameter " + name, e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot set life parameter " + name, e);
		}
	}

	/** A copy with several parameters replaced (e.g. the model's named overrides). */
	public LifeParameters with(Map<String, Double> values) {
		LifeParameters result = this;
		for (Map.Entry<String, Double> entry : values.entrySet()) {
			result = result.with(entry.getKey(), entry.getValue());
		}
		return result;
	}

	private static RecordComponent requireName(String name) {
		for (RecordComponent component : COMPONENTS) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		throw new IllegalArgumentException("unknown life-model parameter '" + name + "'; known: " + names());
	}

	private static void positive(String name, double value) {
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("life parameters: " + name + " must be positive, got " + value);
		}
	}

	private static void nonNegative(String name, double value) {
		if (!(value >= 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("life parameters: " + name + " must be >= 0, got " + value);
		}
	}

	private static void fraction(String name, double value) {
		if (!(value >= 0.0 && value < 1.0)) {
			throw new IllegalArgumentException("life parameters: " + name + " must lie in [0, 1), got " + value);
		}
	}

	private static void open01(String name, double value) {
		if (!(value > 0.0 && value < 1.0)) {
			throw new IllegalArgumentException("life parameters: " + name + " must lie in (0, 1), got " + value);
		}
	}
}
