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
 * RasterImage png = LinePlot.of(cycles, "cycle").line("overpotential").title("Li||Li, 0.25 mA/cm2").render();
 * </pre>
 */
public final class LinePlot {

	/** Okabe–Ito colours: distinguishable by colour-blind readers. */
	private static final int[] PALETTE = { 0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x000000 };
	private static final int GRID = 0xe4e4e4;

	private final Series series;
	private final int x;
	private final List<Integer> lines = new ArrayList<>();
	private String title = "";
	private int width = 800;
	private int height = 500;

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

	public LinePlot size(int widthPixels, int heightPixels) {
		if (widthPixels < 200 || heightPixels < 150) {
			throw new IllegalArgumentException("a plot needs at least 200 × 150 pixels");
		}
		this.width = widthPixels;
		this.height = heightPixels;
		return this;
	}

	private static int index(Series series, String name) {
		int index = series.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("the series has no column '" + name + "'; it has " + series.columns());
		}
		return index;
	}

	public RasterImage render() {
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
		Series data = Series.of(columns, values);
		int budget = Math.max(4 * width, 2 + 2 * lines.size());
		data = data.downsample(Math.max(budget, 2 + 2 * lines.size()));

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
		Axis xAxis = Axis.of(xLo, xHi, 8, true);
		Axis yAxis = Axis.of(yLo, yHi, 6, true);

		int text = RasterImage.textHeight(1);
		int yLabels = yAxis.ticks().stream().mapToInt(t -> RasterImage.textWidth(yAxis.label(t), 1)).max().orElse(0);
		int left = 8 + text + 6 + yLabels + 6;
		int top = 8 + text + 10;
		int plotW = width - left - 16;
		int plotH = height - top - (8 + 2 * text + 12);
		RasterImage image = new RasterImage(width, height);

		for (double t : xAxis.ticks()) {
			int px = left + (int) Math.round(xAxis.fraction(t) * plotW);
			image.line(px, top, px, top + plotH, GRID);
			image.line(px, top + plotH, px, top + plotH + 3, RasterImage.BLACK);
			String label = xAxis.label(t);
			image.text(px - RasterImage.textWidth(label, 1) / 2, top + plotH + 6, label, RasterImage.BLACK, 1);
		}
		for (double t : yAxis.ticks()) {
			int py = top + plotH - (int) Math.round(yAxis.fraction(t) * plotH);
			image.line(left, py, left + plotW, py, GRID);
			image.line(left - 3, py, left, py, RasterImage.BLACK);
			String label = yAxis.label(t);
			image.text(left - 5 - RasterImage.textWidth(label, 1), py - text / 2, label, RasterImage.BLACK, 1);
		}
		image.rectangle(left, top, plotW + 1, plotH + 1, RasterImage.BLACK);

		for (int k = 1; k < columns.size(); k++) {
			int colour = PALETTE[(k - 1) % PALETTE.length];
			int px0 = 0;
			int py0 = 0;
			boolean pen = false;
			for (int r = 0; r < data.rowCount(); r++) {
				double v = data.value(r, k);
				if (!Double.isFinite(v) || !Double.isFinite(xs[r])) {
					pen = false;
					continue;
				}
				int px = left + (int) Math.round(xAxis.fraction(xs[r]) * plotW);
				int py = top + plotH - (int) Math.round(yAxis.fraction(v) * plotH);
				if (pen) {
					image.line(px0, py0, px, py, colour);
					image.line(px0, py0 + 1, px, py + 1, colour);
				} else {
					image.fill(px - 1, py - 1, 3, 3, colour);
				}
				px0 = px;
				py0 = py;
				pen = true;
			}
		}

		image.text(left, 8, title, RasterImage.BLACK, 1);
		String xTitle = columns.get(0).header();
		image.text(left + (plotW - RasterImage.textWidth(xTitle, 1)) / 2, top + plotH + 8 + text, xTitle,
				RasterImage.BLACK, 1);
		String yTitle = columns.size() == 2 ? columns.get(1).header() : "[" + columns.get(1).unit() + "]";
		image.verticalText(8, top + (plotH + RasterImage.textWidth(yTitle, 1)) / 2, yTitle, RasterImage.BLACK, 1);
		if (columns.size() > 2) {
			int ly = top + 6;
			for (int k = 1; k < columns.size(); k++) {
				String name = columns.get(k).header();
				int lx = left + plotW - 8 - RasterImage.textWidth(name, 1) - 16;
				image.fill(lx, ly + text / 2 - 1, 12, 3, PALETTE[(k - 1) % PALETTE.length]);
				image.text(lx + 16, ly, name, RasterImage.BLACK, 1);
				ly += text + 4;
			}
		}
		return image;
	}
}
