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
import java.util.Objects;

/**
 * The drawing of a line chart: lines of one quantity against a common abscissa over given ranges,
 * with nice ticks ({@link Axis}), unit-bearing axis titles, lines clipped to the plot area and a
 * legend beside it when there is more than one line. The one chart drawing of Anodyne: the result
 * pictures ({@link LinePlot}) and the IDE's chart exports both draw through it, and the rule for
 * a few far-out points (a cell's −5 V end spike) lives here too ({@link #typicalExtent}).
 */
public final class Chart {

	/** Dash patterns in points: solid (null), dashed, dotted. */
	public static final double[] DASHED = {4, 2.5};
	public static final double[] DOTTED = {1, 2};

	/** Okabe–Ito colours: distinguishable by colour-blind readers. */
	public static final int[] PALETTE = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x000000};

	/** Share of the points at either end that may fall outside {@link #typicalExtent}. */
	public static final double OUTLIER_SHARE = 0.005;

	private static final int GRID = 0xe4e4e4;
	private static final double FONT = 8;
	private static final double TITLE_FONT = 9;

	/**
	 * One line of the chart.
	 *
	 * @param label   its legend entry
	 * @param xs      abscissae
	 * @param ys      ordinates; a non-finite value breaks the line
	 * @param colour  0xRRGGBB
	 * @param dash    dash pattern in points, null for solid
	 * @param markers whether each point gets a dot
	 */
	public record Line(String label, double[] xs, double[] ys, int colour, double[] dash, boolean markers) {
		public Line {
			Objects.requireNonNull(label);
			if (xs.length != ys.length) {
				throw new IllegalArgumentException(
						"line '" + label + "' has " + xs.length + " abscissae but " + ys.length
								+ " ordinates");
			}
		}
	}

	private final String title;
	private final String xTitle;
	private final String yTitle;
	private final List<Line> lines = new ArrayList<>();
	private String note = "";
	private double[] xRange = {0, 1};
	private double[] yRange = {0, 1};
	private double width = 252;
	private double height = 180;

	private Chart(String title, String xTitle, String yTitle) {
		this.title = title == null ? "" : title;
		this.xTitle = xTitle;
		this.yTitle = yTitle;
	}

	/** A chart with a title and axis titles (quantity and unit, e.g. "Time [h]"). */
	public static Chart of(String title, String xTitle, String yTitle) {
		return new Chart(title, xTitle, yTitle);
	}

	/** The ranges shown, [lo, hi] of each axis; points outside are clipped. */
	public Chart range(double xLo, double xHi, double yLo, double yHi) {
		this.xRange = new double[]{xLo, xHi};
		this.yRange = new double[]{yLo, yHi};
		return this;
	}

	/**
	 * Words drawn on a line under the title, e.g. "(off scale: down to -5000 mV)"; not part of the
	 * file's title.
	 */
	public Chart note(String text) {
		this.note = text == null ? "" : text;
		return this;
	}

	public Chart line(Line line) {
		lines.add(line);
		return this;
	}

	/**
	 * Size of the plot's page in points (1/72 inch) without the legend, which widens the page; the
	 * default, 3.5 × 2.5 in, fits a journal's single column.
	 */
	public Chart size(double widthPt, double heightPt) {
		checkSize(widthPt, heightPt);
		this.width = widthPt;
		this.height = heightPt;
		return this;
	}

	/** Refuses a plot area too small for axes and labels. */
	static void checkSize(double widthPt, double heightPt) {
		if (!(widthPt >= 100 && heightPt >= 75)) {
			throw new IllegalArgumentException("a chart needs at least 100 × 75 pt, got " + widthPt + " × " + heightPt);
		}
	}

	/** The chart as a drawing, for {@link PngExporter} and {@link SvgExporter}. */
	public Scene render() {
		Axis xAxis = Axis.of(xRange[0], xRange[1], 6, false);
		Axis yAxis = Axis.of(yRange[0], yRange[1], 5, false);
		double yLabels = yAxis.ticks().stream().mapToDouble(t -> Typeface.width(yAxis.label(t), FONT)).max().orElse(0);
		double legend = lines.size() < 2
				? 0
				: 8 + 18 + lines.stream().mapToDouble(l -> Typeface.width(l.label(), FONT)).max().orElse(0);
		double left = 6 + FONT + 5 + yLabels + 4;
		// The note gets a line of its own under the title, so a long one never runs off the page.
		double top = 6 + TITLE_FONT + 6 + (note.isBlank() ? 0 : FONT + 2);
		double plotW = width - left - 10;
		double plotH = height - top - (4 + FONT + 4 + FONT + 6);
		double pageW = width + legend;
		Scene scene = new Scene(pageW, height, title);

		for (double t : xAxis.ticks()) {
			double px = left + xAxis.fraction(t) * plotW;
			scene.add(new Scene.Line(px, top, px, top + plotH, GRID, 0.4));
			scene.add(new Scene.Line(px, top + plotH, px, top + plotH + 2.5, Scene.BLACK, 0.5));
			scene.add(new Scene.Text(px, top + plotH + 4 + FONT, xAxis.label(t), FONT, Scene.Anchor.MIDDLE, false,
					Scene.BLACK));
		}
		for (double t : yAxis.ticks()) {
			double py = top + plotH - yAxis.fraction(t) * plotH;
			scene.add(new Scene.Line(left, py, left + plotW, py, GRID, 0.4));
			scene.add(new Scene.Line(left - 2.5, py, left, py, Scene.BLACK, 0.5));
			scene.add(new Scene.Text(left - 4, py + FONT * 0.35, yAxis.label(t), FONT, Scene.Anchor.END, false,
					Scene.BLACK));
		}

		List<Scene.Shape> inside = new ArrayList<>();
		for (Line line : lines) {
			List<double[]> run = new ArrayList<>();
			for (int r = 0; r <= line.xs().length; r++) {
				boolean ok = r < line.xs().length && Double.isFinite(line.xs()[r]) && Double.isFinite(line.ys()[r]);
				if (ok) {
					double px = left + xAxis.fraction(line.xs()[r]) * plotW;
					double py = top + plotH - yAxis.fraction(line.ys()[r]) * plotH;
					run.add(new double[]{px, py});
					if (line.markers()) {
						inside.add(new Scene.Circle(px, py, 1.3, line.colour(), -1, 0));
					}
					continue;
				}
				if (run.size() == 1 && !line.markers()) {
					inside.add(new Scene.Circle(run.get(0)[0], run.get(0)[1], 0.8, line.colour(), -1, 0));
				} else if (run.size() > 1) {
					inside.add(new Scene.Polyline(run.stream().mapToDouble(p -> p[0]).toArray(),
							run.stream().mapToDouble(p -> p[1]).toArray(), line.colour(), 1.0, line.dash()));
				}
				run.clear();
			}
		}
		scene.add(new Scene.Clipped(left, top, plotW, plotH, inside));
		scene.add(new Scene.Rect(left, top, plotW, plotH, -1, Scene.BLACK, 0.6));

		scene.add(new Scene.Text(left, 6 + TITLE_FONT, title, TITLE_FONT, Scene.Anchor.START, false, Scene.BLACK));
		if (!note.isBlank()) {
			scene.add(new Scene.Text(left, 6 + TITLE_FONT + 2 + FONT, note.strip(), FONT, Scene.Anchor.START, false,
					0x555555));
		}
		scene.add(new Scene.Text(left + plotW / 2, height - 6, xTitle, FONT, Scene.Anchor.MIDDLE, false, Scene.BLACK));
		scene.add(new Scene.Text(6 + FONT, top + plotH / 2, yTitle, FONT, Scene.Anchor.MIDDLE, true, Scene.BLACK));
		if (lines.size() > 1) {
			double lx = left + plotW + 10;
			double ly = top + FONT;
			for (Line line : lines) {
				scene.add(
						new Scene.Polyline(new double[]{lx, lx + 14}, new double[]{ly - FONT * 0.35, ly - FONT * 0.35},
								line.colour(), 1.5, line.dash()));
				scene.add(new Scene.Text(lx + 18, ly, line.label(), FONT, Scene.Anchor.START, false, Scene.BLACK));
				ly += FONT + 3;
			}
		}
		return scene;
	}

	/**
	 * [min, max] of values without a few far-out points: when fewer than {@value #OUTLIER_SHARE} of
	 * the points at either end lie more than the span of the rest beyond it (a cell's voltage spiking
	 * to −5 V as it fails, after hundreds of hours at ±70 mV), the range of the rest, widened by that
	 * span; otherwise the full range. NaNs if there is no finite value.
	 */
	public static double[] typicalExtent(double[] values) {
		double[] all = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
		if (all.length == 0) {
			return new double[]{Double.NaN, Double.NaN};
		}
		double lo = all[0];
		double hi = all[all.length - 1];
		int cut = (int) Math.floor(all.length * OUTLIER_SHARE);
		double a = all[cut];
		double b = all[all.length - 1 - cut];
		double span = b - a;
		if (!(span > 0)) {
			return new double[]{lo, hi};
		}
		return new double[]{lo < a - span ? a - span : lo, hi > b + span ? b + span : hi};
	}

	/**
	 * What a scale leaves out, for the title so that the picture stays honest: "down to −5000 mV";
	 * empty when everything is on it.
	 *
	 * @param all   [min, max] of the values
	 * @param shown [lo, hi] of the scale
	 * @param unit  the values' unit as shown, "" for none
	 */
	public static String offScaleNote(double[] all, double[] shown, String unit) {
		List<String> parts = new ArrayList<>();
		String u = unit.isEmpty() ? "" : " " + unit;
		if (all[0] < shown[0]) {
			parts.add("down to " + Axis.of(all[0], shown[1], 5, false).label(all[0]) + u);
		}
		if (all[1] > shown[1]) {
			parts.add("up to " + Axis.of(shown[0], all[1], 5, false).label(all[1]) + u);
		}
		return String.join(", ", parts);
	}
}
