/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.preferences;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Pattern;

import org.anodyne.model.units.Units;
import org.anodyne.model.units.Units.Dimension;
import org.anodyne.model.units.Units.Unit;

/**
 * How the IDE shows and reads quantities. The file always stores the units battery engineers use
 * (the unit annotated on each attribute); this choice only changes what a user sees and what a bare
 * number typed into the Properties view means. A typed unit ("250 µA/cm2") always wins.
 */
public enum UnitSystem {

	/** The units of the metamodel: mA cm⁻², mAh cm⁻², µm, mol L⁻¹ … */
	ENGINEERING("Battery units (mA cm⁻², mAh cm⁻², µm, mol L⁻¹)"),
	/** Coherent SI: A m⁻², C m⁻², m, mol m⁻³ … (a C-rate stays in C, which has no SI counterpart users read). */
	SI("SI units (A m⁻², C m⁻², m, mol m⁻³)");

	private static final Pattern BARE_NUMBER = Pattern
			.compile("\\s*[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?\\s*");

	/** Enough digits to show any stored value exactly, few enough to hide the noise of a unit conversion. */
	private static final MathContext EDIT_PRECISION = new MathContext(12);

	private final String label;

	UnitSystem(String label) {
		this.label = label;
	}

	/** What the preference page shows for this choice. */
	public String label() {
		return label;
	}

	/** The preference-store value of this choice. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The choice stored under a preference value; battery units for anything unknown. */
	public static UnitSystem fromKey(String key) {
		for (UnitSystem system : values()) {
			if (system.key().equals(key)) {
				return system;
			}
		}
		return ENGINEERING;
	}

	/** The unit a value stored in {@code stored} is shown in. */
	public Unit shownUnit(Unit stored) {
		if (this == ENGINEERING || stored.dimension() == Dimension.DIMENSIONLESS
				|| stored.dimension() == Dimension.MASS_FRACTION) {
			return stored;
		}
		return Units.all().stream().filter(u -> u.dimension() == stored.dimension() && u.siFactor() == 1.0)
				.findFirst().orElse(stored);
	}

	/** The number shown for a stored value. */
	public double shownValue(double storedValue, Unit stored) {
		Unit shown = shownUnit(stored);
		return shown == stored ? storedValue : shown.fromSi(stored.toSi(storedValue));
	}

	/** A stored value as a label shows it, e.g. "6 mAh cm⁻²" or "216 C m⁻²". */
	public String format(double storedValue, Unit stored) {
		String number = Units.formatNumber(shownValue(storedValue, stored));
		String unit = shownUnit(stored).display();
		return unit.isEmpty() ? number : number + " " + unit;
	}

	/**
	 * A stored value as an editor shows it: every significant digit and a unit {@link #parse} reads
	 * back, e.g. "6 mAh/cm2" or "2.93E-10 m2/s".
	 */
	public String formatForEditing(double storedValue, Unit stored) {
		double shown = shownValue(storedValue, stored);
		String number;
		if (!Double.isFinite(shown)) {
			number = Double.toString(shown);
		} else {
			BigDecimal rounded = new BigDecimal(shown).round(EDIT_PRECISION).stripTrailingZeros();
			double magnitude = Math.abs(shown);
			number = shown == 0
					? "0"
					: magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
		}
		String symbol = shownUnit(stored).symbol();
		return symbol.isEmpty() || "1".equals(symbol) ? number : number + " " + symbol;
	}

	/**
	 * Reads what a user typed and returns it in the stored unit. A bare number is taken in the unit
	 * this system shows; a number with a unit is converted from that unit.
	 *
	 * @throws IllegalArgumentException with a message naming the text and the expected kind of unit
	 *         when the text is not a number, names an unknown unit or a unit of another kind
	 */
	public double parse(String text, Unit stored) {
		if (text != null && BARE_NUMBER.matcher(text).matches()) {
			double typed = Double.parseDouble(text.strip());
			Unit shown = shownUnit(stored);
			return shown == stored ? typed : stored.fromSi(shown.toSi(typed));
		}
		try {
			return Units.parseIn(text, stored.symbol());
		} catch (IllegalArgumentException e) {
			String expected = shownUnit(stored).display();
			throw new IllegalArgumentException(e.getMessage() + (expected.isEmpty()
					? ""
					: "; expected e.g. '"
							+ Units.formatNumber(1) + " " + shownUnit(stored).symbol() + "'"),
					e);
		}
	}
}
