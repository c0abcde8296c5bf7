/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.picture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.anodyne.results.Column;
import org.anodyne.results.QuantityText;
import org.anodyne.results.Series;

/**
 * A line chart of columns of a series against one of them, drawn as a {@link Chart}: nice ticks,
 * axis titles from the columns' names and units (so units are always shown) and a legend when there
 * is more than one line.
 * Long series are thinned with {@link Series#downsample(int)} first, so peaks stay visible.
 *
 * <pre>
 * Scene plot = LinePlot.of(cycles, "cycle").line("overpotential").title("Li||Li, 0.25 mA/cm2").render();
 * </pre>
 */
public final class LinePlot {

	/** Points kept per line after thinning: more than a 300 dpi column shows. */
	private static final int POINTS = 2000;

	private final Series series;
	private final int x;
	private final List<Integer> lines = new ArrayList<>();
	private String title = "";
	private double width = 252;
	private double height = 180;

	private LinePlot(Series series, int x) {
		this.series = series;
		this.x = x;
	}

	/**
	 * Starts a plot of a series against the named column.
	 *
	 * @throws IllegalArgumentException if there is no such column
	 */
	public static LinePlot of(Series series, String xColumn) {
		return new LinePlot(series, index(series, xColumn));
	}

	/** Adds a line for the named column. */
	public LinePlot line(String column) {
		lines.add(index(series, column));
		return this;
	}

	public LinePlot title(String text) {
		this.title = text == null ? "" : text;
		return this;
	}

	/** Page size in points (1/72 inch); the default, 3.5 × 2.5 in, fits a journal's single column. */
	public LinePlot size(double widthPt, double heightPt) {
		Chart.checkSize(widthPt, heightPt);
		this.width = widthPt;
		this.height = heightPt;
		return this;
	}

	private static int index(Series series, String name) {
		int index = series.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("the series has no column '" + name + "'; it has " + series.columns());
		}
		return index;
	}

	/**
	 * The plot as a drawing, for {@link PngExporter} and {@link SvgExporter}: small voltages in mV
	 * ({@link Series#smallVoltsInMillivolts}) and a few far-out points (a failing cell's end spike)
	 * left off the scale and named after the title ({@link Chart#typicalExtent}), as the IDE's charts
	 * show them.
	 */
	public Scene render() {
		if (lines.isEmpty()) {
			throw new IllegalStateException("add at least one line to plot");
		}
		List<Column> columns = new ArrayList<>();
		double[][] values = new double[lines.size() + 1][];
		columns.add(series.columns().get(x));
		values[0] = series.column(x);
		for (int k = 0; k < lines.size(); k++) {
			Column c = series.columns().get(lines.get(k));
			// A column plotted twice would clash in the sub-series; give the copy its own name.
			columns.add(columns.stream().anyMatch(o -> o.name().equals(c.name()))
					? new Column(c.name() + " " + k, c.unit())
					: c);
			values[k + 1] = series.column(lines.get(k));
		}
		Series all = Series.of(columns, values).smallVoltsInMillivolts();
		Series data = all.downsample(Math.max(POINTS, 2 + 2 * lines.size()));
		List<Column> shown = data.columns();

		// The scale is chosen from every row, as the IDE's charts choose it, not from the thinned rows.
		double[] allXs = all.column(0);
		double[] ys = new double[0];
		for (int k = 1; k < shown.size(); k++) {
			double[] v = all.column(k);
			for (int r = 0; r < v.length; r++) {
				if (!Double.isFinite(allXs[r])) {
					v[r] = Double.NaN;
				}
			}
			double[] joined = Arrays.copyOf(ys, ys.length + v.length);
			System.arraycopy(v, 0, joined, ys.length, v.length);
			ys = joined;
		}
		double[] typical = Chart.typicalExtent(ys);
		double[] full = {Arrays.stream(ys).filter(Double::isFinite).min().orElse(Double.NaN),
				Arrays.stream(ys).filter(Double::isFinite).max().orElse(Double.NaN)};
		double[] xFull = {Arrays.stream(allXs).filter(Double::isFinite).min().orElse(Double.NaN),
				Arrays.stream(allXs).filter(Double::isFinite).max().orElse(Double.NaN)};
		Axis xAxis = Axis.of(xFull[0], xFull[1], 6, true);
		Axis yAxis = Axis.of(typical[0], typical[1], 5, true);
		String offScale = Double.isNaN(full[0])
				? ""
				: Chart.offScaleNote(full, new double[]{yAxis.min(), yAxis.max()},
						QuantityText.pretty(shown.get(1).unit()));

		String yTitle = shown.size() == 2
				? QuantityText.axisTitle(shown.get(1))
				: "[" + QuantityText.pretty(shown.get(1).unit()) + "]";
		Chart chart = Chart.of(title, QuantityText.axisTitle(shown.get(0)), yTitle)
				.note(offScale.isEmpty() ? "" : "(off scale: " + offScale + ")")
				.range(xAxis.min(), xAxis.max(), yAxis.min(), yAxis.max()).size(width, height);
		double[] xs = data.column(0);
		for (int k = 1; k < shown.size(); k++) {
			chart.line(new Chart.Line(QuantityText.axisTitle(shown.get(k)), xs, data.column(k),
					Chart.PALETTE[(k - 1) % Chart.PALETTE.length], null, false));
		}
		return chart.render();
	}
}
