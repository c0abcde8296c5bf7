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
