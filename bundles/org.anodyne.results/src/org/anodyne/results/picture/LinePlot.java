package org.anodyne.results.picture;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.Column;
import org.anodyne.results.Series;

/**
 * A line chart of columns of a series against one of them, with nice ticks, axis titles taken from
 * the column headers (so units are always shown) and a legend when there is more than one line.
 * Long series are thinned with {@link Series#downsample(int)} first, so peaks stay visible.
 *
 * <pre>
 * Scene plot = LinePlot.of(cycles, "cycle").line("overpotential").title("Li||Li, 0.25 mA/cm2").render();
 * </pre>
 */
public final class LinePlot {

	/** Okabe–Ito colours: distinguishable by colour-blind readers. */
	private static final int[] PALETTE = { 0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x000000 };
	private static final int GRID = 0xe4e4e4;
	private static final double FONT = 8;
	private static final double TITLE_FONT = 9;
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
		if (widthPt < 100 || heightPt < 75) {
			throw new IllegalArgumentException("a plot needs at least 100 × 75 pt");
		}
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

	/** The plot as a drawing, for {@link PngExporter} and {@link SvgExporter}. */
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
			columns.add(columns.stream().anyMatch(o -> o.name().equals(c.name())) ? new Column(c.name() + " " + k, c.unit()) : c);
			values[k + 1] = series.column(lines.get(k));
		}
		Series data = Series.of(columns, values).downsample(Math.max(POINTS, 2 + 2 * lines.size()));

		double[] xs = data.column(0);
		double xLo = Double.POSITIVE_INFINITY;
		double xHi = Double.NEGATIVE_INFINITY;
		double yLo = Double.POSITIVE_INFINITY;
		double yHi = Double.NEGATIVE_INFINITY;
		for (int r = 0; r < data.rowCount(); r++) {
			if (!Double.isFinite(xs[r])) {
				continue;
			}
			xLo = Math.min(xLo, xs[r]);
			xHi = Math.max(xHi, xs[r]);
			for (int k = 1; k < columns.size(); k++) {
				double v = data.value(r, k);
				if (Double.isFinite(v)) {
					yLo = Math.min(yLo, v);
					yHi = Math.max(yHi, v);
				}
			}
		}
		Axis xAxis = Axis.of(xLo, xHi, 6, true);
		Axis yAxis = Axis.of(yLo, yHi, 5, true);

		double yLabels = yAxis.ticks().stream().mapToDouble(t -> Typeface.width(yAxis.label(t), FONT)).max().orElse(0);
		double left = 6 + FONT + 5 + yLabels + 4;
		double top = 6 + TITLE_FONT + 6;
		double plotW = width - left - 10;
		double plotH = height - top - (4 + FONT + 4 + FONT + 6);
		Scene scene = new Scene(width, height, title);

		for (double t : xAxis.ticks()) {
			double px = left + xAxis.fraction(t) * plotW;
			scene.add(new Scene.Line(px, top, px, top + plotH, GRID, 0.4));
			scene.add(new Scene.Line(px, top + plotH, px, top + plotH + 2.5, Scene.BLACK, 0.5));
			scene.add(new Scene.Text(px, top + plotH + 4 + FONT, xAxis.label(t), FONT, Scene.Anchor.MIDDLE, false, Scene.BLACK));
		}
		for (double t : yAxis.ticks()) {
			double py = top + plotH - yAxis.fraction(t) * plotH;
			scene.add(new Scene.Line(left, py, left + plotW, py, GRID, 0.4));
			scene.add(new Scene.Line(left - 2.5, py, left, py, Scene.BLACK, 0.5));
			scene.add(new Scene.Text(left - 4, py + FONT * 0.35, yAxis.label(t), FONT, Scene.Anchor.END, false, Scene.BLACK));
		}
		scene.add(new Scene.Rect(left, top, plotW, plotH, -1, Scene.BLACK, 0.6));

		for (int k = 1; k < columns.size(); k++) {
			int colour = PALETTE[(k - 1) % PALETTE.length];
			List<double[]> run = new ArrayList<>();
			for (int r = 0; r <= data.rowCount(); r++) {
				double v = r < data.rowCount() ? data.value(r, k) : Double.NaN;
				if (Double.isFinite(v) && Double.isFinite(xs[r])) {
					run.add(new double[] { left + xAxis.fraction(xs[r]) * plotW, top + plotH - yAxis.fraction(v) * plotH });
					continue;
				}
				if (run.size() == 1) {
					scene.add(new Scene.Circle(run.get(0)[0], run.get(0)[1], 0.8, colour, -1, 0));
				} else if (run.size() > 1) {
					scene.add(new Scene.Polyline(run.stream().mapToDouble(p -> p[0]).toArray(),
							run.stream().mapToDouble(p -> p[1]).toArray(), colour, 1.0));
				}
				run.clear();
			}
		}

		scene.add(new Scene.Text(left, 6 + TITLE_FONT, title, TITLE_FONT, Scene.Anchor.START, false, Scene.BLACK));
		scene.add(new Scene.Text(left + plotW / 2, height - 6, columns.get(0).header(), FONT, Scene.Anchor.MIDDLE, false,
				Scene.BLACK));
		String yTitle = columns.size() == 2 ? columns.get(1).header() : "[" + columns.get(1).unit() + "]";
		scene.add(new Scene.Text(6 + FONT, top + plotH / 2, yTitle, FONT, Scene.Anchor.MIDDLE, true, Scene.BLACK));
		if (columns.size() > 2) {
			double ly = top + 4 + FONT;
			for (int k = 1; k < columns.size(); k++) {
				String name = columns.get(k).header();
				double lx = left + plotW - 6 - Typeface.width(name, FONT) - 14;
				scene.add(new Scene.Line(lx, ly - FONT * 0.35, lx + 10, ly - FONT * 0.35, PALETTE[(k - 1) % PALETTE.length], 1.5));
				scene.add(new Scene.Text(lx + 14, ly, name, FONT, Scene.Anchor.START, false, Scene.BLACK));
				ly += FONT + 3;
			}
		}
		return scene;
	}
}
