package org.anodyne.solver.life;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The physical parameters of the reduced life model, SI. None of them depends on the orientation:
 * the inverted and upright anodes differ only through their {@link DepositionCoupling}, and the
 * Coulombic efficiency is an output.
 * <p>
 * {@link #defaults()} holds the values calibrated on the paper (see {@link ReferenceCells}): three of
 * them were fitted by {@link LifeCalibration} (i₀, the penetration thickness and the cathode fade),
 * the rest are typical literature values. Each parameter can be read and replaced by its name (the
 * record component name), which is how calibration and the model's named overrides reach them.
 *
 * @param exchangeCurrentDensity      i₀ of the metal [A/m² of real metal area] — fitted to the
 *                                    first-cycle overpotentials
 * @param cathodicTransferCoefficient α<sub>c</sub> (α<sub>a</sub> = 1 − α<sub>c</sub>)
 * @param freshSeiLoss                λ: share of every plated charge consumed to passivate the fresh
 *                                    deposit surface with SEI
 * @param deadMetalSupported          D<sub>s</sub>: share of a plated charge left electronically
 *                                    isolated (dead) after stripping, when it grew among host fibres
 * @param deadMetalUnsupported        D<sub>u</sub>: the same for metal grown where no fibre holds it
 *                                    (against the separator)
 * @param seiCurrentDensity           i<sub>SEI</sub> [A/m² of exposed metal]: the continuous parasitic
 *                                    current of SEI growth on exposed metal, cycling or resting
 * @param inactiveLayerPorosity       ε<sub>d</sub> of the inactive (dead metal + SEI) layer
 * @param inactiveLayerTortuosity     τ<sub>d</sub> of ion paths through that layer
 * @param penetrationThickness        δ<sub>crit</sub> [m]: combined thickness of inactive layer pressed
 *                                    against the separator (both faces in a symmetric cell) at which it
 *                                    bridges the separator — fitted to the upright symmetric life
 * @param overpotentialLimit          [V]: polarisation (without nucleation and depletion spikes) at
 *                                    which the cell counts as failed by overpotential runaway
 * @param cathodeFadePerCycle         k<sub>c</sub>: fraction of cathode capacity lost per full cycle of
 *                                    throughput in fresh electrolyte — fitted to the full-cell retention
 * @param solventPerSeiMetal          ν: solvent molecules reduced per metal atom bound in SEI
 * @param solventMolarVolume          [m³/mol] of the solvent
 * @param coverageCharge              Q<sub>cov</sub> [C/m²]: metal that covers a bare substrate (the
 *                                    coverage θ = 1 − exp(−Q/Q<sub>cov</sub>) switches the nucleation
 *                                    barrier off and the stripping area on)
 * @param endOfLifeRetention          full-cell end of life when retention falls below this
 * @param suddenLossFraction          full-cell end of life when the discharge capacity drops by more
 *                                    than this fraction of the first cycle's within one cycle
 */
public record LifeParameters(double exchangeCurrentDensity, double cathodicTransferCoefficient, double freshSeiLoss,
		double deadMetalSupported, double deadMetalUnsupported, double seiCurrentDensity, double inactiveLayerPorosity,
		double inactiveLayerTortuosity, double penetrationThickness, double overpotentialLimit,
		double cathodeFadePerCycle, double solventPerSeiMetal, double solventMolarVolume, double coverageCharge,
		double endOfLifeRetention, double suddenLossFraction) {

	private static final RecordComponent[] COMPONENTS = LifeParameters.class.getRecordComponents();

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("exchangeCurrentDensity", "A/m2"),
			Map.entry("cathodicTransferCoefficient", "1"), Map.entry("freshSeiLoss", "1"),
			Map.entry("deadMetalSupported", "1"), Map.entry("deadMetalUnsupported", "1"),
			Map.entry("seiCurrentDensity", "A/m2"), Map.entry("inactiveLayerPorosity", "1"),
			Map.entry("inactiveLayerTortuosity", "1"), Map.entry("penetrationThickness", "m"),
			Map.entry("overpotentialLimit", "V"), Map.entry("cathodeFadePerCycle", "1"),
			Map.entry("solventPerSeiMetal", "1"), Map.entry("solventMolarVolume", "m3/mol"),
			Map.entry("coverageCharge", "C/m2"), Map.entry("endOfLifeRetention", "1"),
			Map.entry("suddenLossFraction", "1"));

	public LifeParameters {
		positive("exchangeCurrentDensity", exchangeCurrentDensity);
		open01("cathodicTransferCoefficient", cathodicTransferCoefficient);
		fraction("freshSeiLoss", freshSeiLoss);
		fraction("deadMetalSupported", deadMetalSupported);
		fraction("deadMetalUnsupported", deadMetalUnsupported);
		if (freshSeiLoss + Math.max(deadMetalSupported, deadMetalUnsupported) >= 1.0) {
			throw new IllegalArgumentException("life parameters: freshSeiLoss + dead metal fraction must stay below 1, got "
					+ freshSeiLoss + " + " + Math.max(deadMetalSupported, deadMetalUnsupported));
		}
		nonNegative("seiCurrentDensity", seiCurrentDensity);
		open01("inactiveLayerPorosity", inactiveLayerPorosity);
		if (!(inactiveLayerTortuosity >= 1.0) || Double.isInfinite(inactiveLayerTortuosity)) {
			throw new IllegalArgumentException("life parameters: inactiveLayerTortuosity must be >= 1, got " + inactiveLayerTortuosity);
		}
		positive("penetrationThickness", penetrationThickness);
		positive("overpotentialLimit", overpotentialLimit);
		fraction("cathodeFadePerCycle", cathodeFadePerCycle);
		nonNegative("solventPerSeiMetal", solventPerSeiMetal);
		positive("solventMolarVolume", solventMolarVolume);
		positive("coverageCharge", coverageCharge);
		open01("endOfLifeRetention", endOfLifeRetention);
		open01("suddenLossFraction", suddenLossFraction);
	}

	/**
	 * The calibrated defaults (values in SI; battery units in brackets):
	 * <ul>
	 * <li>i₀ = 9.24 A/m² (0.924 mA cm⁻²) — fitted; SCIENCE.md expects an effective 0.8–1.2 mA cm⁻²</li>
	 * <li>α<sub>c</sub> = 0.5</li>
	 * <li>λ = 0.3 % fresh-SEI loss per plated charge; D<sub>s</sub> = 0.3 %, D<sub>u</sub> = 0.4 % dead
	 * metal (typical: SEI and dead metal share the loss of Li metal anodes about equally)</li>
	 * <li>i<sub>SEI</sub> = 0.014 A/m² (1.4 µA cm⁻²) on exposed metal (typical 0.1–10 µA cm⁻²)</li>
	 * <li>ε<sub>d</sub> = 0.5, τ<sub>d</sub> = 3 for mossy dead metal with SEI (typical)</li>
	 * <li>δ<sub>crit</sub> = 48.5 µm — fitted to the upright symmetric cell failing at 1100 h (about two separator thicknesses of porous layer, from both faces together)</li>
	 * <li>overpotential limit 0.5 V</li>
	 * <li>k<sub>c</sub> = 2.02·10⁻⁴ per cycle — fitted to 93.7 % retention at cycle 300</li>
	 * <li>ν = 1 (one carbonate molecule per Li, e.g. 2 Li + 2 EC → Li₂EDC + C₂H₄) and 7.5·10⁻⁵ m³/mol
	 * (EC/DMC 1:1)</li>
	 * <li>Q<sub>cov</sub> = 360 C/m² (0.01 mAh cm⁻², ≈ 50 nm of Li)</li>
	 * <li>end of life at 80 % retention, or a 5 % drop within one cycle</li>
	 * </ul>
	 */
	public static LifeParameters defaults() {
		return new LifeParameters(9.24, 0.5, 0.003, 0.003, 0.004, 0.014, 0.5, 3.0, 48.5e-6, 0.5, 2.02e-4, 1.0, 7.5e-5,
				360.0, 0.8, 0.05);
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
