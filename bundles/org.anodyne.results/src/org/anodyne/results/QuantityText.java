/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and units of result quantities as people read them. The result files spell units in ASCII
 * ({@code mA/cm2}, {@code um}) and name arrays and scalars in camel case ({@code newMetal}) so that
 * every tool reads them; pictures and the IDE show {@code mA/cm²}, {@code µm} and "New metal", and
 * axis and colour-bar titles always carry their unit in brackets. The one naming rule of result
 * pictures, the IDE's charts and its tables.
 */
public final class QuantityText {

	private static final Pattern POWER = Pattern.compile("(?<=[A-Za-z])([23])(?![0-9])");
	private static final Pattern MICRO = Pattern.compile("(?<![A-Za-z])u(?=(m|A|V|L|s|mol|Ah)(?![A-Za-z]))");

	private QuantityText() {
	}

	/** A unit for display: {@code um → µm}, {@code cm2 → cm²}, {@code m3 → m³}; "" for dimensionless. */
	public static String pretty(String unit) {
		if (unit == null || unit.isBlank() || Column.DIMENSIONLESS.equals(unit.strip())) {
			return "";
		}
		String u = MICRO.matcher(unit.strip()).replaceAll("µ");
		Matcher m = POWER.matcher(u);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, m.group(1).equals("2") ? "²" : "³");
		}
		m.appendTail(b);
		return b.toString();
	}

	/** An axis title: the quantity with a capital first letter and its unit in brackets, if it has one. */
	public static String axisTitle(String quantity, String unit) {
		String p = pretty(unit);
		String q = capitalise(quantity);
		return p.isEmpty() ? q : q + " [" + p + "]";
	}

	/** A column's axis title, e.g. {@code time [h]} → "Time [h]", {@code J [mA/cm2]} → "J [mA/cm²]". */
	public static String axisTitle(Column column) {
		return axisTitle(column.name(), column.unit());
	}

	/**
	 * A file, array or scalar name as words: {@code voltage-trace}, {@code voltage_trace} and
	 * {@code voltageTrace} all become "Voltage trace", {@code newMetal} "New metal".
	 */
	public static String words(String name) {
		String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
		return capitalise(spaced.toLowerCase(Locale.ROOT));
	}

	/** The text with a capital first letter. */
	public static String capitalise(String s) {
		if (s.isEmpty()) {
			return s;
		}
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}
}
