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

import java.util.Objects;

/**
 * One column of a CSV series: a quantity and its unit, written as the header {@code name [unit]}, e.g.
 * {@code time [h]}, {@code voltage [mV]}, {@code current density [mA/cm2]}. Dimensionless quantities
 * carry the unit {@value #DIMENSIONLESS}. Units are the ones battery people read (h, mV, mA/cm2,
 * mAh/cm2, µm written as {@code um}), not SI, because these files are read by people and by
 * spreadsheet tools.
 *
 * @param name what the column holds; no comma, bracket, quote or line break
 * @param unit its unit; same restrictions, not empty
 */
public record Column(String name, String unit) {

	/** Unit of dimensionless columns (fractions, ratios, counts). */
	public static final String DIMENSIONLESS = "-";

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
		check(name, "name");
		check(unit, "unit");
	}

	/**
	 * A value of a column in volts, in millivolts: the one unit change result readers make (a symmetric
	 * cell's voltage of a few mV is shown in mV), so they need not require the model's units class.
	 * Divides by 10⁻³ as the model's units class does, so both give the same numbers.
	 */
	public static double millivolts(double volts) {
		return volts / 1e-3;
	}

	/** A dimensionless column. */
	public static Column dimensionless(String name) {
		return new Column(name, DIMENSIONLESS);
	}

	/** The CSV header text, {@code name [unit]}. */
	public String header() {
		return name + " [" + unit + "]";
	}

	/**
	 * Reads a header written by {@link #header()}.
	 *
	 * @throws IllegalArgumentException if the text has no {@code [unit]} at its end
	 */
	public static Column parse(String header) {
		String h = header.strip();
		int open = h.lastIndexOf('[');
		if (open <= 0 || !h.endsWith("]")) {
			throw new IllegalArgumentException(
					"column header '" + header + "' has no unit in brackets, as in 'time [h]'");
		}
		return new Column(h.substring(0, open).strip(), h.substring(open + 1, h.length() - 1).strip());
	}

	private static void check(String text, String what) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("column " + what + " is empty");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '[' || c == ']' || c == '"' || c == '\n' || c == '\r') {
				throw new IllegalArgumentException("column " + what + " '" + text + "' contains '" + c
						+ "', which the CSV header cannot hold");
			}
		}
	}
}
