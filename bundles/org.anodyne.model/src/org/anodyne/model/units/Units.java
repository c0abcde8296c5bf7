/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The one place that knows units. The model stores quantities in the units battery engineers use
 * (mA cm⁻², mAh cm⁻², µm, mol L⁻¹, µL cm⁻², S m⁻¹ ...); each attribute names its unit in an
 * annotation with source {@value #ANNOTATION_SOURCE} and key {@code unit}. This class reads that
 * annotation, converts to and from SI, parses typed quantities such as {@code "250 µA/cm2"} and
 * formats values for labels.
 * <p>
 * Unit symbols are accepted in the usual spellings: {@code mA/cm2}, {@code mA cm-2}, {@code mA cm⁻²},
 * {@code uA/cm2}, {@code µA/cm2}; {@link Unit#symbol()} is the canonical ASCII form used in the
 * metamodel and {@link Unit#display()} the typeset form for labels.
 */
public final class Units {

	/** Annotation source on metamodel attributes that names their unit under the key {@code unit}. */
	public static final String ANNOTATION_SOURCE = "http://anodyne.org/model/unit";

	/** Physical dimension of a unit; conversion is only allowed within one dimension. */
	public enum Dimension {
		DIMENSIONLESS("1"), LENGTH("m"), AREA("m²"), TIME("s"), CURRENT_DENSITY("A m⁻²"), AREAL_CAPACITY(
				"C m⁻²"), CONCENTRATION("mol m⁻³"), DIFFUSIVITY("m² s⁻¹"), CONDUCTIVITY("S m⁻¹"), VOLTAGE(
						"V"), TEMPERATURE("K"), VOLUME_PER_AREA("m³ m⁻²"), MASS_PER_AREA("kg m⁻²"), SPECIFIC_CAPACITY(
								"C kg⁻¹"), RESISTIVITY("Ω m"), C_RATE("s⁻¹"), MOLAR_MASS("kg mol⁻¹"), DENSITY(
										"kg m⁻³"), MASS_FRACTION(
												"1"), AREAL_RESISTANCE("Ω m²"), PARABOLIC_GROWTH(
														"C m⁻² s⁻½"), MOLAR_VOLUME("m³ mol⁻¹");

		private final String siDisplay;

		Dimension(String siDisplay) {
			this.siDisplay = siDisplay;
		}

		/** The SI unit of this dimension, typeset. */
		public String siDisplay() {
			return siDisplay;
		}
	}

	/**
	 * A unit: canonical ASCII symbol, typeset display form, dimension and the factor that turns a
	 * value in this unit into SI.
	 */
	public record Unit(String symbol, String display, Dimension dimension, double siFactor) {
		/** This value, given in this unit, in SI. */
		public double toSi(double value) {
			return value * siFactor;
		}

		/** An SI value expressed in this unit. */
		public double fromSi(double siValue) {
			return siValue / siFactor;
		}
	}

	/** A number with its unit, as parsed from text such as {@code "250 µA/cm2"}. */
	public record Quantity(double value, Unit unit) {
		/** The value in SI. */
		public double si() {
			return unit.toSi(value);
		}

		/** The value converted to the given unit; the dimensions must agree. */
		public double in(String targetUnit) {
			return convert(value, unit.symbol(), targetUnit);
		}

		@Override
		public String toString() {
			return format(value, unit.symbol());
		}
	}

	private static final double SECONDS_PER_HOUR = 3600.0;
	private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

	static {
		def("1", "", Dimension.DIMENSIONLESS, 1.0);
		def("%", "%", Dimension.DIMENSIONLESS, 0.01);
		def("cycles", "cycles", Dimension.DIMENSIONLESS, 1.0);
		def("wt%", "wt%", Dimension.MASS_FRACTION, 0.01);
		def("m", "m", Dimension.LENGTH, 1.0);
		def("cm", "cm", Dimension.LENGTH, 1e-2);
		def("mm", "mm", Dimension.LENGTH, 1e-3);
		def("um", "µm", Dimension.LENGTH, 1e-6);
		def("nm", "nm", Dimension.LENGTH, 1e-9);
		def("m2", "m²", Dimension.AREA, 1.0);
		def("cm2", "cm²", Dimension.AREA, 1e-4);
		def("mm2", "mm²", Dimension.AREA, 1e-6);
		def("s", "s", Dimension.TIME, 1.0);
		def("min", "min", Dimension.TIME, 60.0);
		def("h", "h", Dimension.TIME, SECONDS_PER_HOUR);
		def("A/m2", "A m⁻²", Dimension.CURRENT_DENSITY, 1.0);
		def("A/cm2", "A cm⁻²", Dimension.CURRENT_DENSITY, 1e4);
		def("mA/cm2", "mA cm⁻²", Dimension.CURRENT_DENSITY, 10.0);
		def("uA/cm2", "µA cm⁻²", Dimension.CURRENT_DENSITY, 1e-2);
		def("C/m2", "C m⁻²", Dimension.AREAL_CAPACITY, 1.0);
		def("Ah/m2", "Ah m⁻²", Dimension.AREAL_CAPACITY, SECONDS_PER_HOUR);
		def("mAh/cm2", "mAh cm⁻²", Dimension.AREAL_CAPACITY, SECONDS_PER_HOUR * 1e-3 / 1e-4);
		def("uAh/cm2", "µAh cm⁻²", Dimension.AREAL_CAPACITY, SECONDS_PER_HOUR * 1e-6 / 1e-4);
		def("mol/m3", "mol m⁻³", Dimension.CONCENTRATION, 1.0);
		def("mol/L", "mol L⁻¹", Dimension.CONCENTRATION, 1e3);
		def("M", "M", Dimension.CONCENTRATION, 1e3);
		def("mmol/L", "mmol L⁻¹", Dimension.CONCENTRATION, 1.0);
		def("mM", "mM", Dimension.CONCENTRATION, 1.0);
		def("m2/s", "m² s⁻¹", Dimension.DIFFUSIVITY, 1.0);
		def("cm2/s", "cm² s⁻¹", Dimension.DIFFUSIVITY, 1e-4);
		def("S/m", "S m⁻¹", Dimension.CONDUCTIVITY, 1.0);
		def("mS/cm", "mS cm⁻¹", Dimension.CONDUCTIVITY, 0.1);
		def("S/cm", "S cm⁻¹", Dimension.CONDUCTIVITY, 100.0);
		def("V", "V", Dimension.VOLTAGE, 1.0);
		def("mV", "mV", Dimension.VOLTAGE, 1e-3);
		def("K", "K", Dimension.TEMPERATURE, 1.0);
		def("m3/m2", "m³ m⁻²", Dimension.VOLUME_PER_AREA, 1.0);
		def("uL/cm2", "µL cm⁻²", Dimension.VOLUME_PER_AREA, 1e-9 / 1e-4);
		def("mL/cm2", "mL cm⁻²", Dimension.VOLUME_PER_AREA, 1e-6 / 1e-4);
		def("kg/m2", "kg m⁻²", Dimension.MASS_PER_AREA, 1.0);
		def("g/m2", "g m⁻²", Dimension.MASS_PER_AREA, 1e-3);
		def("mg/cm2", "mg cm⁻²", Dimension.MASS_PER_AREA, 1e-6 / 1e-4);
		def("C/kg", "C kg⁻¹", Dimension.SPECIFIC_CAPACITY, 1.0);
		def("mAh/g", "mAh g⁻¹", Dimension.SPECIFIC_CAPACITY, SECONDS_PER_HOUR * 1e-3 / 1e-3);
		def("ohm m", "Ω m", Dimension.RESISTIVITY, 1.0);
		def("ohm m2", "Ω m²", Dimension.AREAL_RESISTANCE, 1.0);
		def("ohm cm2", "Ω cm²", Dimension.AREAL_RESISTANCE, 1e-4);
		def("m3/mol", "m³ mol⁻¹", Dimension.MOLAR_VOLUME, 1.0);
		def("cm3/mol", "cm³ mol⁻¹", Dimension.MOLAR_VOLUME, 1e-6);
		def("C/m2/sqrt(s)", "C m⁻² s⁻½", Dimension.PARABOLIC_GROWTH, 1.0);
		def("ohm cm", "Ω cm", Dimension.RESISTIVITY, 1e-2);
		def("C", "C", Dimension.C_RATE, 1.0 / SECONDS_PER_HOUR);
		def("kg/mol", "kg mol⁻¹", Dimension.MOLAR_MASS, 1.0);
		def("g/mol", "g mol⁻¹", Dimension.MOLAR_MASS, 1e-3);
		def("kg/m3", "kg m⁻³", Dimension.DENSITY, 1.0);
		def("g/cm3", "g cm⁻³", Dimension.DENSITY, 1e3);
	}

	private static final Pattern TOKEN = Pattern.compile("([A-Za-z%]+)(-?[0-9])?");
	private static final Pattern QUANTITY = Pattern.compile(
			"\\s*([-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*(.*?)\\s*");

	private Units() {
	}

	private static void def(String symbol, String display, Dimension dimension, double siFactor) {
		UNITS.put(symbol, new Unit(symbol, display, dimension, siFactor));
	}

	/**
	 * The unit named by the text, in any of the accepted spellings ({@code "mA cm⁻²"}, {@code "µm"},
	 * {@code "mol L-1"} ...), or empty if it is not known.
	 */
	public static Optional<Unit> unit(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = canonical(text);
		return key == null ? Optional.empty() : Optional.ofNullable(UNITS.get(key));
	}

	/** Like {@link #unit(String)} but fails with a message naming the text. */
	public static Unit require(String text) {
		return unit(text).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + text + "'"));
	}

	/** All known units, canonical symbol first. */
	public static List<Unit> all() {
		return List.copyOf(UNITS.values());
	}

	/** The unit a metamodel feature is stored in, from its annotation; empty if it has none. */
	public static Optional<Unit> unitOf(EStructuralFeature feature) {
		EAnnotation annotation = feature.getEAnnotation(ANNOTATION_SOURCE);
		return annotation == null ? Optional.empty() : unit(annotation.getDetails().get("unit"));
	}

	/** The value of a numeric attribute of an object, converted to SI with the attribute's unit. */
	public static double si(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		if (!(value instanceof Number number)) {
			throw new IllegalArgumentException(attribute.getName() + " is not numeric");
		}
		return unitOf(attribute).map(u -> u.toSi(number.doubleValue())).orElse(number.doubleValue());
	}

	/** A value in one unit converted to another of the same dimension. */
	public static double convert(double value, String fromUnit, String toUnit) {
		Unit from = require(fromUnit);
		Unit to = require(toUnit);
		if (from.dimension() != to.dimension()) {
			throw new IllegalArgumentException("cannot convert " + from.display() + " (" + from.dimension().siDisplay()
					+ ") to " + to.display() + " (" + to.dimension().siDisplay() + ")");
		}
		return to.fromSi(from.toSi(value));
	}

	/** A value in the given unit, in SI. */
	public static double toSi(double value, String unit) {
		return require(unit).toSi(value);
	}

	/** An SI value in the given unit. */
	public static double fromSi(double siValue, String unit) {
		return require(unit).fromSi(siValue);
	}

	/**
	 * Parses a typed quantity such as {@code "250 µA/cm2"}, {@code "0.25 mA cm⁻²"} or {@code "6"}
	 * (no unit: taken as {@code defaultUnit}).
	 *
	 * @throws IllegalArgumentException with a message naming the text when it is not a number with a
	 *         known unit
	 */
	public static Quantity parse(String text, String defaultUnit) {
		Matcher m = QUANTITY.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a number with a unit, e.g. '250 µA/cm2'");
		}
		double value = Double.parseDouble(m.group(1));
		String unitText = m.group(2);
		Unit unit = unitText.isEmpty()
				? require(defaultUnit)
				: unit(unitText)
						.orElseThrow(() -> new IllegalArgumentException(
								"unknown unit '" + unitText + "' in '" + text + "'"));
		return new Quantity(value, unit);
	}

	/**
	 * Parses a typed quantity and converts it to the target unit, e.g.
	 * {@code parseIn("250 µA/cm2", "mA/cm2") == 0.25}; a bare number is taken as already in the target.
	 */
	public static double parseIn(String text, String targetUnit) {
		Quantity q = parse(text, targetUnit);
		return q.in(targetUnit);
	}

	/** The typeset form of a unit symbol for labels ({@code "mA/cm2"} gives {@code "mA cm⁻²"}). */
	public static String display(String unit) {
		return unit(unit).map(Unit::display).orElse(unit == null ? "" : unit);
	}

	/** A value with its unit for labels, e.g. {@code "350 µm"}, {@code "2.93·10⁻¹⁰ m² s⁻¹"}. */
	public static String format(double value, String unit) {
		String display = display(unit);
		String number = formatNumber(value);
		if (display.isEmpty()) {
			return number;
		}
		return number + " " + display;
	}

	/**
	 * A compact number: up to four significant digits without trailing zeros, and powers of ten
	 * (typeset) for very small or large magnitudes.
	 */
	public static String formatNumber(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		if (value == 0.0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-3 && magnitude < 1e6) {
			return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
		}
		// Decimal arithmetic throughout: value / 10^exponent underflows to infinity for subnormals (4.9e-324).
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
		int exponent = rounded.precision() - rounded.scale() - 1;
		String m = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
		return m + "·10" + superscript(Integer.toString(exponent));
	}

	/**
	 * The canonical ASCII symbol for a unit in any accepted spelling, or {@code null} when the text
	 * cannot be read as a unit at all.
	 */
	static String canonical(String text) {
		String t = text.strip()
				.replace('\u03bc', 'u').replace('\u00b5', 'u')
				.replace("\u03a9", "ohm").replace("\u2126", "ohm")
				.replace('\u00b7', ' ').replace('*', ' ')
				.replace('\u207b', '-').replace('\u2212', '-')
				.replace('\u00b9', '1').replace('\u00b2', '2').replace('\u00b3', '3')
				.replace("^", "");
		if (t.isEmpty() || t.equals("-")) {
			return "1";
		}
		if (UNITS.containsKey(t)) {
			return t;
		}
		List<String> numerator = new ArrayList<>();
		List<String> denominator = new ArrayList<>();
		String[] fractionParts = t.split("/", -1);
		if (fractionParts.length > 2) {
			return null;
		}
		for (int part = 0; part < fractionParts.length; part++) {
			for (String token : fractionParts[part].trim().split("\\s+")) {
				if (token.isEmpty()) {
					continue;
				}
				Matcher m = TOKEN.matcher(token);
				if (!m.matches()) {
					return null;
				}
				int exponent = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
				boolean inDenominator = (part == 1) != (exponent < 0);
				int power = Math.abs(exponent);
				String factor = m.group(1) + (power == 1 ? "" : Integer.toString(power));
				(inDenominator ? denominator : numerator).add(factor);
			}
		}
		String key = String.join(" ", numerator) + (denominator.isEmpty() ? "" : "/" + String.join(" ", denominator));
		return key.toLowerCase(Locale.ROOT).equals("ohm m") || key.toLowerCase(Locale.ROOT).equals("ohm cm")
				? key.toLowerCase(Locale.ROOT)
				: key;
	}

	private static String superscript(String digits) {
		StringBuilder b = new StringBuilder();
		for (char c : digits.toCharArray()) {
			b.append(switch (c) {
			case '-' -> '\u207b';
			case '1' -> '\u00b9';
			case '2' -> '\u00b2';
			case '3' -> '\u00b3';
			default -> (char) ('\u2070' + (c - '0'));
			});
		}
		return b.toString();
	}
}
