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

/**
 * The quantity and unit of a chart axis.
 *
 * @param quantity what the axis measures, e.g. "voltage" or "voltage, overpotential"
 * @param unit     its unit as the result files write it ({@code mV}, {@code mA/cm2}, {@code -})
 */
public record PlotAxis(String quantity, String unit) {

	/** The title drawn along the axis, e.g. "Voltage [mV]", "Current density [mA/cm²]". */
	public String title() {
		return UnitText.axisTitle(quantity, unit);
	}
}
