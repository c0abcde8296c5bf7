/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.charts;

import org.anodyne.results.QuantityText;

/**
 * Units and names as people read them on a chart: the results' one naming rule
 * ({@link QuantityText}), plus the labels of summary.json's scalars.
 */
public final class UnitText {

	private UnitText() {
	}

	/** A unit for display: {@code um → µm}, {@code cm2 → cm²}, {@code m3 → m³}; "" for dimensionless. */
	public static String pretty(String unit) {
		return QuantityText.pretty(unit);
	}

	/** An axis title: the quantity with a capital first letter and its unit in brackets, if it has one. */
	public static String axisTitle(String quantity, String unit) {
		return QuantityText.axisTitle(quantity, unit);
	}

	/**
	 * A file or scalar name as words: {@code voltage-trace}, {@code voltage_trace} and
	 * {@code voltageTrace} all become "Voltage trace".
	 */
	public static String words(String name) {
		return QuantityText.words(name);
	}

	/**
	 * A scalar name of summary.json as a label with its unit, which the name carries at its end
	 * ({@code maxDepositHeightUm → Max deposit height [µm]}, {@code firstCycleOverpotentialMv →
	 * First cycle overpotential [mV]}, {@code timeStepS → Time step [s]}).
	 */
	public static String scalarLabel(String name) {
		String[][] suffixes = {{"Um", "µm"}, {"Mv", "mV"}, {"S", "s"}, {"H", "h"}};
		for (String[] s : suffixes) {
			if (name.endsWith(s[0]) && name.length() > s[0].length()
					&& Character.isLowerCase(name.charAt(name.length() - s[0].length() - 1))) {
				return words(name.substring(0, name.length() - s[0].length())) + " [" + s[1] + "]";
			}
		}
		return words(name);
	}

	static String capitalise(String s) {
		return QuantityText.capitalise(s);
	}
}
