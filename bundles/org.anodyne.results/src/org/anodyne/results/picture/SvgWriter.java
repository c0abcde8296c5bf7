package org.anodyne.results.picture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import org.anodyne.io.AtomicFiles;

/**
 * The project's one SVG path: plain SVG 1.1 text for result pictures ({@link SvgExporter}), charts,
 * field maps and diagrams, written here because neither SWTChart (which would need Batik's generator)
 * nor Draw2d 3.2 exports SVG. Lengths are in the units of the drawing (pixels of a widget, points of a
 * scene); colours are 0xRRGGBB.
 */
public final class SvgWriter {

	private final StringBuilder s = new StringBuilder(8192);
	private int gradients;

	/** Starts a drawing of the given size with a white background and a title. */
	public SvgWriter(int width, int height, String title) {
		header(s, width, height, title);
	}

	/**
	 * Starts a drawing of {@code width} × {@code height} in a CSS unit ("pt", or "" for user units),
	 * lengths inside measured in the same unit.
	 */
	public SvgWriter(double width, double height, String unit, String title) {
		start(s, fmt(width) + unit, fmt(height) + unit, fmt(width), fmt(height), title);
	}

	/** The XML declaration, the svg element, the title and a white background of a drawing. */
	public static void header(StringBuilder s, int width, int height, String title) {
		start(s, Integer.toString(width), Integer.toString(height), Integer.toString(width), Integer.toString(height), title);
	}

	private static void start(StringBuilder s, String width, String height, String viewW, String viewH, String title) {
		s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"")
				.append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(viewW).append(' ')
				.append(viewH).append("\" font-family=\"").append(Typeface.SVG_FAMILIES).append("\" font-size=\"12\">\n");
		s.append("<title>").append(xml(title)).append("</title>\n");
		s.append("<rect width=\"").append(viewW).append("\" height=\"").append(viewH).append("\" fill=\"#ffffff\"/>\n");
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.2f", v);
	}

	/** Opens a group carrying an id (for a figure) and a tooltip-like title; close it with {@link #end()}. */
	public SvgWriter group(String id, String title) {
		s.append("<g id=\"").append(xml(id)).append("\">");
		if (title != null && !title.isEmpty()) {
			s.append("<title>").append(xml(title)).append("</title>");
		}
		s.append('\n');
		return this;
	}

	public SvgWriter end() {
		s.append("</g>\n");
		return this;
	}

	/** A rectangle; a negative fill or stroke colour leaves it out. */
	public SvgWriter rect(double x, double y, double w, double h, int fill, int stroke, double strokeWidth) {
		s.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"%s/>\n", x, y, w,
				h, paint(fill, stroke, strokeWidth)));
		return this;
	}

	public SvgWriter circle(double cx, double cy, double r, int fill, int stroke, double strokeWidth) {
		s.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"%s/>\n", cx, cy, r,
				paint(fill, stroke, strokeWidth)));
		return this;
	}

	/** A filled ellipse (a circle drawn on a compressed scale). */
	public SvgWriter ellipse(double cx, double cy, double rx, double ry, int fill) {
		s.append(String.format(Locale.ROOT, "<ellipse cx=\"%.2f\" cy=\"%.2f\" rx=\"%.2f\" ry=\"%.2f\"%s/>\n", cx, cy,
				rx, ry, paint(fill, -1, 0)));
		return this;
	}

	public SvgWriter line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth) {
		s.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"%s/>\n", x1, y1, x2,
				y2, paint(-1, stroke, strokeWidth)));
		return this;
	}

	/** Connected straight segments. */
	public SvgWriter polyline(double[] xs, double[] ys, int stroke, double strokeWidth) {
		s.append("<polyline fill=\"none\" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"").append(fmt(strokeWidth))
				.append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"");
		for (int k = 0; k < xs.length; k++) {
			s.append(k == 0 ? "" : " ").append(fmt(xs[k])).append(',').append(fmt(ys[k]));
		}
		s.append("\"/>\n");
		return this;
	}

	/**
	 * A rectangle filled with a linear gradient from the first colour at the bottom to the last at the
	 * top through evenly spaced stops (a colour bar).
	 */
	public SvgWriter verticalGradient(double x, double y, double w, double h, int[] stops) {
		String id = "gradient-" + (++gradients);
		s.append("<defs><linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
		for (int k = 0; k < stops.length; k++) {
			s.append(String.format(Locale.ROOT, "<stop offset=\"%.4f\" stop-color=\"%s\"/>", (double) k / (stops.length - 1),
					hex(stops[k])));
		}
		s.append("</linearGradient></defs>\n");
		s.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"url(#%s)\"/>\n", x, y,
				w, h, id));
		return this;
	}

	/** A PNG picture stretched over a rectangle without smoothing (cells stay sharp blocks). */
	public SvgWriter image(double x, double y, double w, double h, byte[] png) {
		s.append(String.format(Locale.ROOT, "<image x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
				+ "preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\" "
				+ "xlink:href=\"data:image/png;base64,", x, y, w, h));
		s.append(Base64.getEncoder().encodeToString(png)).append("\"/>\n");
		return this;
	}

	/**
	 * Text of a size with its baseline at y, reading upward about its anchor when vertical; anchor is
	 * {@code start}, {@code middle} or {@code end}.
	 */
	public SvgWriter text(double x, double y, String anchor, int colour, double size, boolean vertical, String text) {
		s.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" fill=\"%s\" font-size=\"%.2f\"%s>%s</text>\n",
				x, y, anchor, hex(colour), size,
				vertical ? String.format(Locale.ROOT, " transform=\"rotate(-90 %.2f %.2f)\"", x, y) : "", xml(text)));
		return this;
	}

	/** Text with its baseline at y; anchor is {@code start}, {@code middle} or {@code end}. */
	public SvgWriter text(double x, double y, String anchor, int colour, boolean bold, String text) {
		s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>%s</text>\n", x,
				y, anchor, hex(colour), bold ? " font-weight=\"bold\"" : "", xml(text)));
		return this;
	}

	/** The finished document. */
	public String finish() {
		return s + "</svg>\n";
	}

	/** Writes the finished document through {@link AtomicFiles}, so a failed write leaves the old file. */
	public void write(Path file) throws IOException {
		AtomicFiles.writeString(file, finish());
	}

	/** A colour as {@code #rrggbb}. */
	public static String hex(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
	}

	private static String paint(int fill, int stroke, double strokeWidth) {
		String f = " fill=\"" + (fill < 0 ? "none" : hex(fill)) + "\"";
		return stroke < 0 ? f : f + String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%.2f\"", hex(stroke), strokeWidth);
	}

	/** A text element appended to a hand-built document (charts, field maps). */
	public static void text(StringBuilder s, double x, double y, String anchor, String attributes, String text) {
		s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>\n", x, y, anchor,
				attributes.isEmpty() ? "" : " " + attributes, xml(text)));
	}

	/** Text escaped for XML content and attribute values; control characters XML forbids are dropped. */
	public static String xml(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n') {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}
}
