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
	private int clips;

	/**
	 * Starts a drawing of {@code width} × {@code height} in a CSS unit ("pt", or "" for user units),
	 * lengths inside measured in the same unit.
	 */
	public SvgWriter(double width, double height, String unit, String title) {
		start(s, fmt(width) + unit, fmt(height) + unit, fmt(width), fmt(height), title);
	}

	private static void start(StringBuilder s, String width, String height, String viewW, String viewH, String title) {
		s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		s.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"")
				.append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(viewW)
				.append(' ')
				.append(viewH).append("\" font-family=\"").append(Typeface.SVG_FAMILIES)
				.append("\" font-size=\"12\">\n");
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

	/** Opens a group whose drawing shows only inside a rectangle; close it with {@link #end()}. */
	public SvgWriter clipped(double x, double y, double w, double h) {
		String id = "clip-" + (++clips);
		s.append(String.format(Locale.ROOT,
				"<clipPath id=\"%s\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"/></clipPath><g clip-path=\"url(#%s)\">\n",
				id, x, y, w, h, id));
		return this;
	}

	/** Opens a group drawn shifted by (x, y); close it with {@link #end()}. */
	public SvgWriter translated(double x, double y) {
		s.append(String.format(Locale.ROOT, "<g transform=\"translate(%.2f %.2f)\">\n", x, y));
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

	/** Connected straight segments, dashed when a pattern (dash, gap, … lengths) is given. */
	public SvgWriter polyline(double[] xs, double[] ys, int stroke, double strokeWidth, double[] dash) {
		s.append("<polyline fill=\"none\" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"")
				.append(fmt(strokeWidth))
				.append("\" stroke-linejoin=\"round\"");
		if (dash == null) {
			s.append(" stroke-linecap=\"round\"");
		} else {
			s.append(" stroke-dasharray=\"");
			for (int k = 0; k < dash.length; k++) {
				s.append(k == 0 ? "" : " ").append(fmt(dash[k]));
			}
			s.append('"');
		}
		points(xs, ys);
		return this;
	}

	/** A filled closed polygon (even-odd rule). */
	public SvgWriter polygon(double[] xs, double[] ys, int fill) {
		s.append("<polygon fill=\"").append(hex(fill)).append("\" fill-rule=\"evenodd\"");
		points(xs, ys);
		return this;
	}

	private void points(double[] xs, double[] ys) {
		s.append(" points=\"");
		for (int k = 0; k < xs.length; k++) {
			s.append(k == 0 ? "" : " ").append(fmt(xs[k])).append(',').append(fmt(ys[k]));
		}
		s.append("\"/>\n");
	}

	/**
	 * A rectangle filled with a linear gradient from the first colour at the bottom to the last at the
	 * top through evenly spaced stops (a colour bar).
	 */
	public SvgWriter verticalGradient(double x, double y, double w, double h, int[] stops) {
		String id = "gradient-" + (++gradients);
		s.append("<defs><linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
		for (int k = 0; k < stops.length; k++) {
			s.append(String.format(Locale.ROOT, "<stop offset=\"%.4f\" stop-color=\"%s\"/>",
					(double) k / (stops.length - 1),
					hex(stops[k])));
		}
		s.append("</linearGradient></defs>\n");
		s.append(String.format(Locale.ROOT,
				"<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"url(#%s)\"/>\n", x, y,
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
	public SvgWriter text(double x, double y, String anchor, int colour, double size, boolean vertical, boolean bold,
			String text) {
		s.append(String.format(Locale.ROOT,
				"<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" fill=\"%s\" font-size=\"%.2f\"%s%s>%s</text>\n",
				x, y, anchor, hex(colour), size, bold ? " font-weight=\"bold\"" : "",
				vertical ? String.format(Locale.ROOT, " transform=\"rotate(-90 %.2f %.2f)\"", x, y) : "", xml(text)));
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
		return stroke < 0
				? f
				: f + String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%.2f\"", hex(stroke), strokeWidth);
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
