package org.anodyne.ui.results.charts;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.anodyne.results.picture.Axis;
import org.anodyne.results.picture.SvgWriter;
import org.anodyne.ui.results.charts.Trace.Points;

/**
 * Writes a chart as an SVG drawing: title, framed plot area with grid, ticks and unit-bearing axis
 * titles, the traces as polylines clipped to the plot area, and a legend. Written by hand (plain
 * SVG 1.1 text) because SWTChart's SVG export needs Batik's SVG generator, which our target does not
 * have.
 */
public final class SvgChart {

	private static final int LEFT = 78;
	private static final int TOP = 40;
	private static final int BOTTOM = 56;
	private static final int RIGHT_GAP = 16;
	private static final double CHAR_WIDTH = 6.6;

	private SvgChart() {
	}

	/**
	 * The SVG text of a chart.
	 *
	 * @param plot   what to draw
	 * @param x      [lo, hi] of the abscissa shown
	 * @param y      [lo, hi] of the ordinate shown
	 * @param width  drawing width [px]
	 * @param height drawing height [px]
	 * @param points the points drawn for each trace (as thinned on screen)
	 */
	public static String render(Plot plot, double[] x, double[] y, int width, int height,
			Function<Trace, Points> points) {
		List<Trace> traces = plot.traces();
		int legendWidth = 0;
		for (Trace t : traces) {
			legendWidth = Math.max(legendWidth, (int) Math.ceil(t.label().length() * CHAR_WIDTH) + 34);
		}
		int plotW = Math.max(60, width - LEFT - RIGHT_GAP - legendWidth);
		int plotH = Math.max(60, height - TOP - BOTTOM);
		Axis xs = Axis.of(x[0], x[1], Math.max(2, plotW / 90), false);
		Axis ys = Axis.of(y[0], y[1], Math.max(2, plotH / 50), false);

		StringBuilder s = new StringBuilder(4096);
		SvgWriter.header(s, width, height, plot.title());
		s.append(String.format(Locale.ROOT, "<clipPath id=\"plot\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/></clipPath>\n",
				LEFT, TOP, plotW, plotH));
		text(s, LEFT + plotW / 2.0, 24, "middle", "font-size=\"15\" font-weight=\"bold\"", plot.title());

		s.append("<g stroke=\"#dddddd\" stroke-width=\"1\">\n");
		for (double t : xs.ticks()) {
			double px = LEFT + xs.fraction(t) * plotW;
			line(s, px, TOP, px, TOP + plotH);
		}
		for (double t : ys.ticks()) {
			double py = TOP + plotH - ys.fraction(t) * plotH;
			line(s, LEFT, py, LEFT + plotW, py);
		}
		s.append("</g>\n<g stroke=\"#000000\" stroke-width=\"1\">\n");
		for (double t : xs.ticks()) {
			double px = LEFT + xs.fraction(t) * plotW;
			line(s, px, TOP + plotH, px, TOP + plotH + 5);
		}
		for (double t : ys.ticks()) {
			double py = TOP + plotH - ys.fraction(t) * plotH;
			line(s, LEFT - 5, py, LEFT, py);
		}
		s.append("</g>\n");
		for (double t : xs.ticks()) {
			text(s, LEFT + xs.fraction(t) * plotW, TOP + plotH + 19, "middle", "", xs.label(t));
		}
		for (double t : ys.ticks()) {
			text(s, LEFT - 8, TOP + plotH - ys.fraction(t) * plotH + 4, "end", "", ys.label(t));
		}
		text(s, LEFT + plotW / 2.0, TOP + plotH + 42, "middle", "", plot.xAxis().title());
		s.append(String.format(Locale.ROOT,
				"<text x=\"0\" y=\"0\" text-anchor=\"middle\" transform=\"translate(18 %.1f) rotate(-90)\">%s</text>\n",
				TOP + plotH / 2.0, xml(plot.yAxis().title())));

		s.append("<g clip-path=\"url(#plot)\" fill=\"none\" stroke-width=\"1.5\" stroke-linejoin=\"round\">\n");
		for (Trace t : traces) {
			Points p = points.apply(t);
			String colour = ChartColours.hex(t.colour());
			s.append("<polyline stroke=\"").append(colour).append('"').append(dash(t)).append(" points=\"");
			for (int k = 0; k < p.size(); k++) {
				double px = LEFT + (p.x()[k] - x[0]) / (x[1] - x[0]) * plotW;
				double py = TOP + plotH - (p.y()[k] - y[0]) / (y[1] - y[0]) * plotH;
				s.append(String.format(Locale.ROOT, "%.2f,%.2f ", px, py));
			}
			s.append("\"/>\n");
			if (t.markers()) {
				s.append("<g fill=\"").append(colour).append("\" stroke=\"none\">");
				for (int k = 0; k < p.size(); k++) {
					double px = LEFT + (p.x()[k] - x[0]) / (x[1] - x[0]) * plotW;
					double py = TOP + plotH - (p.y()[k] - y[0]) / (y[1] - y[0]) * plotH;
					s.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2.5\"/>", px, py));
				}
				s.append("</g>\n");
			}
		}
		s.append("</g>\n");
		s.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>\n",
				LEFT, TOP, plotW, plotH));

		int lx = LEFT + plotW + 12;
		for (int k = 0; k < traces.size(); k++) {
			Trace t = traces.get(k);
			double ly = TOP + 10 + k * 18;
			s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
					lx, ly, lx + 22, ly, ChartColours.hex(t.colour()), dash(t)));
			text(s, lx + 28, ly + 4, "start", "", t.label());
		}
		s.append("</svg>\n");
		return s.toString();
	}

	private static String dash(Trace t) {
		return switch (t.dash()) {
		case SOLID -> "";
		case DASH -> " stroke-dasharray=\"7 4\"";
		case DOT -> " stroke-dasharray=\"2 3\"";
		};
	}

	private static void line(StringBuilder s, double x1, double y1, double x2, double y2) {
		s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x1, y1, x2, y2));
	}

	private static void text(StringBuilder s, double x, double y, String anchor, String attributes, String text) {
		SvgWriter.text(s, x, y, anchor, attributes, text);
	}

	/** Text escaped for XML content and attribute values. */
	private static String xml(String text) {
		return SvgWriter.xml(text);
	}
}
