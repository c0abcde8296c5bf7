package org.anodyne.results.picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The project's one SVG path: plain SVG 1.1 text for charts, field maps and diagrams, written by hand
 * because neither SWTChart (which would need Batik's generator) nor Draw2d 3.2 exports SVG. Lengths
 * are in pixels of the drawing; colours are 0xRRGGBB.
 */
public final class SvgWriter {

	private final StringBuilder s = new StringBuilder(8192);

	/** Starts a drawing of the given size with a white background and a title. */
	public SvgWriter(int width, int height, String title) {
		header(s, width, height, title);
	}

	/** The XML declaration, the svg element, the title and a white background of a drawing. */
	public static void header(StringBuilder s, int width, int height, String title) {
		s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		s.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n",
				width, height, width, height));
		s.append("<title>").append(xml(title)).append("</title>\n");
		s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", width, height));
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

	/** Writes the finished document beside the file first and then over it, so a failed write leaves the old file. */
	public void write(Path file) throws IOException {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		Files.writeString(part, finish(), StandardCharsets.UTF_8);
		Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
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
