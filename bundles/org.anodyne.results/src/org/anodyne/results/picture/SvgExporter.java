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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.picture.Scene.Circle;
import org.anodyne.results.picture.Scene.Clipped;
import org.anodyne.results.picture.Scene.ColourBar;
import org.anodyne.results.picture.Scene.Ellipse;
import org.anodyne.results.picture.Scene.Group;
import org.anodyne.results.picture.Scene.Inset;
import org.anodyne.results.picture.Scene.Line;
import org.anodyne.results.picture.Scene.Polygon;
import org.anodyne.results.picture.Scene.Polyline;
import org.anodyne.results.picture.Scene.Raster;
import org.anodyne.results.picture.Scene.Rect;
import org.anodyne.results.picture.Scene.Shape;
import org.anodyne.results.picture.Scene.Text;

/**
 * Writes a scene as SVG through {@link SvgWriter}: vector shapes and text, cells of a map as one
 * embedded PNG (a million cells as rectangles would make a file no viewer opens quickly).
 */
public final class SvgExporter {

	private SvgExporter() {
	}

	/** The SVG document of a scene, its page measured in points (a figure for a paper). */
	public static String toSvg(Scene scene) {
		return toSvg(scene, "pt");
	}

	/**
	 * The SVG document of a scene with its page size in the given CSS unit: "pt" for figures, "" (user
	 * units, pixels) for a widget's drawing that other SVG embeds at its on-screen size.
	 */
	public static String toSvg(Scene scene, String unit) {
		SvgWriter svg = new SvgWriter(scene.width(), scene.height(), unit, scene.title());
		for (Shape s : scene.shapes()) {
			draw(svg, s);
		}
		return svg.finish();
	}

	/** Writes the scene as an SVG file (page in points) through {@link AtomicFiles}. */
	public static void write(Scene scene, Path file) throws IOException {
		AtomicFiles.writeString(file, toSvg(scene));
	}

	private static void draw(SvgWriter svg, Shape shape) {
		switch (shape) {
		case Line l -> svg.line(l.x1(), l.y1(), l.x2(), l.y2(), l.colour(), l.width());
		case Polyline p -> svg.polyline(p.xs(), p.ys(), p.colour(), p.width(), p.dash());
		case Polygon p -> svg.polygon(p.xs(), p.ys(), p.fill());
		case Rect r -> svg.rect(r.x(), r.y(), r.w(), r.h(), r.fill(), r.stroke(), r.strokeWidth());
		case Circle c -> svg.circle(c.cx(), c.cy(), c.r(), c.fill(), c.stroke(), c.strokeWidth());
		case Ellipse e -> svg.ellipse(e.cx(), e.cy(), e.rx(), e.ry(), e.fill());
		case Text t ->
			svg.text(t.x(), t.y(), t.anchor().name().toLowerCase(Locale.ROOT), t.colour(), t.size(), t.vertical(),
					t.bold(), t.text());
		case Group g -> {
			svg.group(g.id(), g.title());
			g.shapes().forEach(p -> draw(svg, p));
			svg.end();
		}
		case Clipped c -> {
			svg.clipped(c.x(), c.y(), c.w(), c.h());
			c.shapes().forEach(p -> draw(svg, p));
			svg.end();
		}
		case Inset i -> {
			svg.translated(i.x(), i.y());
			i.scene().shapes().forEach(p -> draw(svg, p));
			svg.end();
		}
		case Raster r -> svg.image(r.x(), r.y(), r.w(), r.h(), png(r));
		case ColourBar b -> {
			svg.verticalGradient(b.x(), b.y(), b.w(), b.h(), b.map().stops());
			b.parts().forEach(p -> draw(svg, p));
		}
		}
	}

	private static byte[] png(Raster r) {
		BufferedImage cells = new BufferedImage(r.columns(), r.rows(), BufferedImage.TYPE_INT_RGB);
		cells.setRGB(0, 0, r.columns(), r.rows(), r.rgb(), 0, r.columns());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(cells, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
