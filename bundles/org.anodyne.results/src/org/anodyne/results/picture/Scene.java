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
import java.util.List;

/**
 * What a figure draws, independent of the file format: a list of shapes on a page measured in points
 * (1/72 inch), y downward. {@link PngExporter} and {@link SvgExporter} each turn a scene into one
 * format, so a PNG and its SVG show the same drawing.
 */
public final class Scene {

	/** Colour of "no value" (NaN) cells and of the page. */
	public static final int WHITE = 0xffffff;
	public static final int BLACK = 0x000000;

	/** Text alignment relative to its anchor point. */
	public enum Anchor {
		START, MIDDLE, END
	}

	/** Something a scene draws; colours are 0xRRGGBB, a negative colour means none. */
	public sealed interface Shape
			permits Line, Polyline, Rect, Circle, Ellipse, Polygon, Text, Raster, ColourBar, Group,
			Clipped, Inset {
	}

	public record Line(double x1, double y1, double x2, double y2, int colour, double width) implements Shape {
	}

	/**
	 * Connected straight segments; NaN coordinates are not expected (split the line instead). A dash
	 * pattern (lengths of dash, gap, dash … in points) or null for a solid line.
	 */
	public record Polyline(double[] xs, double[] ys, int colour, double width, double[] dash) implements Shape {

		public Polyline(double[] xs, double[] ys, int colour, double width) {
			this(xs, ys, colour, width, null);
		}
	}

	public record Rect(double x, double y, double w, double h, int fill, int stroke,
			double strokeWidth) implements Shape {
	}

	public record Circle(double cx, double cy, double r, int fill, int stroke, double strokeWidth) implements Shape {
	}

	/** A filled ellipse, e.g. a round fibre in a diagram whose axes have different scales. */
	public record Ellipse(double cx, double cy, double rx, double ry, int fill) implements Shape {
	}

	/** A filled closed polygon (even-odd rule). */
	public record Polygon(double[] xs, double[] ys, int fill) implements Shape {
	}

	/**
	 * Text with its baseline at y; {@code vertical} text reads upward (rotated a quarter turn
	 * anticlockwise about its anchor).
	 */
	public record Text(double x, double y, String text, double size, Anchor anchor, boolean vertical, int colour,
			boolean bold) implements Shape {

		public Text(double x, double y, String text, double size, Anchor anchor, boolean vertical, int colour) {
			this(x, y, text, size, anchor, vertical, colour, false);
		}
	}

	/** Shapes that belong together (one element of a diagram), with an id and a tooltip-like title. */
	public record Group(String id, String title, List<Shape> shapes) implements Shape {
		public Group {
			shapes = List.copyOf(shapes);
		}
	}

	/** Shapes drawn only inside a rectangle, e.g. lines in a plot area or a fibre cut by the periodic edge. */
	public record Clipped(double x, double y, double w, double h, List<Shape> shapes) implements Shape {
		public Clipped {
			shapes = List.copyOf(shapes);
		}
	}

	/** Another scene drawn with its top-left corner at (x, y): a panel of a figure made of several. */
	public record Inset(double x, double y, Scene scene) implements Shape {
	}

	/**
	 * A grid of coloured cells stretched over a rectangle, row 0 at the top, drawn without smoothing
	 * (each cell a sharp block), e.g. a field map's cells.
	 */
	public record Raster(double x, double y, double w, double h, int columns, int rows, int[] rgb) implements Shape {
		public Raster {
			if (columns < 1 || rows < 1 || rgb.length != columns * rows) {
				throw new IllegalArgumentException(
						"a raster of " + columns + " × " + rows + " needs that many colours");
			}
		}
	}

	/**
	 * A vertical colour bar for a colour map over an axis (low value at the bottom), with ticks and
	 * labels on its right and a label (quantity and unit) above it.
	 */
	public record ColourBar(double x, double y, double w, double h, Colormap map, Axis axis, String label,
			double fontSize)
			implements
				Shape {

		/**
		 * The bar's frame, ticks, tick labels and label in simple shapes; the gradient itself each
		 * exporter draws from the map's colour stops (Java2D's and SVG's linear gradients).
		 */
		public List<Shape> parts() {
			List<Shape> parts = new ArrayList<>();
			parts.add(new Rect(x, y, w, h, -1, BLACK, 0.5));
			for (double t : axis.ticks()) {
				double ty = y + h - axis.fraction(t) * h;
				parts.add(new Line(x + w, ty, x + w + 2.5, ty, BLACK, 0.5));
				parts.add(
						new Text(x + w + 4, ty + fontSize * 0.35, axis.label(t), fontSize, Anchor.START, false, BLACK));
			}
			parts.add(new Text(x, y - fontSize * 0.6, label, fontSize, Anchor.START, false, BLACK));
			return parts;
		}
	}

	private final double width;
	private final double height;
	private final String title;
	private final List<Shape> shapes = new ArrayList<>();

	/** An empty white page of the given size in points, with a title (kept in the files' metadata). */
	public Scene(double widthPt, double heightPt, String title) {
		if (!(widthPt >= 10 && heightPt >= 10 && widthPt <= 10_000 && heightPt <= 10_000)) {
			throw new IllegalArgumentException("a figure of " + widthPt + " × " + heightPt + " pt is out of range");
		}
		this.width = widthPt;
		this.height = heightPt;
		this.title = title == null ? "" : title;
	}

	public Scene add(Shape shape) {
		shapes.add(shape);
		return this;
	}

	/** Adds every shape of a list, in order. */
	public Scene addAll(List<? extends Shape> more) {
		shapes.addAll(more);
		return this;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public String title() {
		return title;
	}

	public List<Shape> shapes() {
		return List.copyOf(shapes);
	}

	/** Every text the scene draws, in drawing order (colour-bar labels included). */
	public List<String> texts() {
		List<String> texts = new ArrayList<>();
		collectTexts(shapes, texts);
		return texts;
	}

	private static void collectTexts(List<Shape> shapes, List<String> texts) {
		for (Shape s : shapes) {
			switch (s) {
			case Text t -> texts.add(t.text());
			case ColourBar bar -> collectTexts(bar.parts(), texts);
			case Group g -> collectTexts(g.shapes(), texts);
			case Clipped c -> collectTexts(c.shapes(), texts);
			case Inset i -> collectTexts(i.scene().shapes, texts);
			default -> {
			}
			}
		}
	}
}
