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

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.picture.Scene.Anchor;
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
 * Renders a scene to PNG with Java2D (antialiased shapes and text in a real font) and writes it with
 * {@code javax.imageio}, recording the resolution (pHYs) so a paper's layout program places it at its
 * size, and the title in the metadata.
 */
public final class PngExporter {

	/** Resolution of result pictures: what journals ask for in line art with shading. */
	public static final int DEFAULT_DPI = 300;

	static {
		// Java2D must start headless (no display connection, also inside the IDE): Typeface sees to it.
		Objects.requireNonNull(Typeface.FAMILY);
	}

	private final int dpi;

	/** An exporter at a resolution of 72–1200 dots per inch. */
	public PngExporter(int dpi) {
		if (dpi < 72 || dpi > 1200) {
			throw new IllegalArgumentException("a resolution of " + dpi + " dpi is out of range (72–1200)");
		}
		this.dpi = dpi;
	}

	/** System property choosing the resolution of result pictures (the IDE's and the command line's). */
	public static final String DPI_PROPERTY = "anodyne.pictureDpi";

	/**
	 * The exporter of result pictures: {@value #DEFAULT_DPI} dpi, or what {@value #DPI_PROPERTY} says.
	 *
	 * @throws IllegalArgumentException naming the property and its value when that is not 72–1200
	 */
	public static PngExporter standard() {
		String chosen = System.getProperty(DPI_PROPERTY);
		if (chosen == null || chosen.isBlank()) {
			return new PngExporter(DEFAULT_DPI);
		}
		try {
			return new PngExporter(Integer.parseInt(chosen.strip()));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"-D" + DPI_PROPERTY + "=" + chosen + " is not a resolution of 72–1200 dpi", e);
		}
	}

	public int dpi() {
		return dpi;
	}

	/** Pixel width of a scene at this resolution. */
	public int pixelWidth(Scene scene) {
		return (int) Math.ceil(scene.width() * dpi / 72.0);
	}

	public int pixelHeight(Scene scene) {
		return (int) Math.ceil(scene.height() * dpi / 72.0);
	}

	/** The scene drawn into an RGB image at this resolution. */
	public BufferedImage render(Scene scene) {
		BufferedImage image = new BufferedImage(pixelWidth(scene), pixelHeight(scene), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.scale(dpi / 72.0, dpi / 72.0);
			scene.shapes().forEach(s -> draw(g, s));
		} finally {
			g.dispose();
		}
		return image;
	}

	/** Writes the scene as PNG. */
	public void write(Scene scene, OutputStream out) throws IOException {
		BufferedImage image = render(scene);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					null);
			metadata.mergeTree("javax_imageio_1.0", textTree(scene.title()));
			metadata.mergeTree("javax_imageio_png_1.0", resolutionTree());
			writer.write(new IIOImage(image, null, metadata));
			stream.flush();
		} catch (IIOInvalidTreeException e) {
			throw new IOException("cannot record the resolution in the PNG: " + e.getMessage(), e);
		} finally {
			writer.dispose();
		}
	}

	/** Writes the scene as a PNG file through {@link AtomicFiles}, so a failed write leaves the old file. */
	public void write(Scene scene, Path file) throws IOException {
		AtomicFiles.write(file, out -> write(scene, out));
	}

	/**
	 * The pHYs chunk in the PNG plugin's own format: its standard-format mapping of pixel sizes writes
	 * millimetres times 1000 instead of pixels per metre.
	 */
	private IIOMetadataNode resolutionTree() {
		String perMetre = Long.toString(Math.round(dpi / 0.0254));
		IIOMetadataNode pHYs = new IIOMetadataNode("pHYs");
		pHYs.setAttribute("pixelsPerUnitXAxis", perMetre);
		pHYs.setAttribute("pixelsPerUnitYAxis", perMetre);
		pHYs.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
		root.appendChild(pHYs);
		return root;
	}

	private static IIOMetadataNode textTree(String title) {
		IIOMetadataNode text = new IIOMetadataNode("Text");
		text.appendChild(textEntry("Software", "Anodyne"));
		if (!title.isBlank()) {
			text.appendChild(textEntry("Title", title));
		}
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
		root.appendChild(text);
		return root;
	}

	private static IIOMetadataNode textEntry(String keyword, String value) {
		IIOMetadataNode entry = new IIOMetadataNode("TextEntry");
		entry.setAttribute("keyword", keyword);
		entry.setAttribute("value", value);
		// iTXt carries any Unicode (µ, ², −); tEXt would be Latin-1 only.
		entry.setAttribute("encoding", "UTF-8");
		entry.setAttribute("compression", "none");
		return entry;
	}

	private static void draw(Graphics2D g, Shape shape) {
		switch (shape) {
		case Line l -> {
			stroke(g, l.colour(), l.width(), null);
			g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
		}
		case Polyline p -> {
			stroke(g, p.colour(), p.width(), p.dash());
			g.draw(path(p.xs(), p.ys(), false));
		}
		case Polygon p -> fillAndStroke(g, path(p.xs(), p.ys(), true), p.fill(), -1, 0);
		case Ellipse e ->
			fillAndStroke(g, new Ellipse2D.Double(e.cx() - e.rx(), e.cy() - e.ry(), 2 * e.rx(), 2 * e.ry()),
					e.fill(), -1, 0);
		case Group group -> group.shapes().forEach(p -> draw(g, p));
		case Clipped c -> {
			java.awt.Shape clip = g.getClip();
			g.clip(new Rectangle2D.Double(c.x(), c.y(), c.w(), c.h()));
			c.shapes().forEach(p -> draw(g, p));
			g.setClip(clip);
		}
		case Inset i -> {
			AffineTransform saved = g.getTransform();
			g.translate(i.x(), i.y());
			i.scene().shapes().forEach(p -> draw(g, p));
			g.setTransform(saved);
		}
		case Rect r -> fillAndStroke(g, new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()), r.fill(), r.stroke(),
				r.strokeWidth());
		case Circle c -> fillAndStroke(g, new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()),
				c.fill(), c.stroke(), c.strokeWidth());
		case Text t -> text(g, t);
		case Raster r -> raster(g, r);
		case ColourBar b -> {
			int[] stops = b.map().stops();
			float[] fractions = new float[stops.length];
			Color[] colours = new Color[stops.length];
			for (int k = 0; k < stops.length; k++) {
				fractions[k] = (float) k / (stops.length - 1);
				colours[k] = new Color(stops[k]);
			}
			g.setPaint(new LinearGradientPaint((float) b.x(), (float) (b.y() + b.h()), (float) b.x(), (float) b.y(),
					fractions,
					colours));
			g.fill(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
			b.parts().forEach(p -> draw(g, p));
		}
		}
	}

	private static Path2D.Double path(double[] xs, double[] ys, boolean closed) {
		Path2D.Double path = new Path2D.Double(closed ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
		for (int k = 0; k < xs.length; k++) {
			if (k == 0) {
				path.moveTo(xs[k], ys[k]);
			} else {
				path.lineTo(xs[k], ys[k]);
			}
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static void stroke(Graphics2D g, int colour, double width, double[] dash) {
		g.setColor(new Color(colour));
		float[] pattern = null;
		if (dash != null) {
			pattern = new float[dash.length];
			for (int k = 0; k < dash.length; k++) {
				pattern[k] = (float) dash[k];
			}
		}
		g.setStroke(new BasicStroke((float) width, dash == null ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
				BasicStroke.JOIN_ROUND, 10f, pattern, 0f));
	}

	private static void fillAndStroke(Graphics2D g, java.awt.Shape s, int fill, int stroke, double width) {
		if (fill >= 0) {
			g.setColor(new Color(fill));
			g.fill(s);
		}
		if (stroke >= 0) {
			g.setColor(new Color(stroke));
			g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
			g.draw(s);
		}
	}

	private static void text(Graphics2D g, Text t) {
		g.setFont(Typeface.font(t.size(), t.bold()));
		g.setColor(new Color(t.colour()));
		double w = Typeface.width(t.text(), t.size(), t.bold());
		double dx = t.anchor() == Anchor.START ? 0 : t.anchor() == Anchor.MIDDLE ? -w / 2 : -w;
		AffineTransform saved = g.getTransform();
		g.translate(t.x(), t.y());
		if (t.vertical()) {
			g.rotate(-Math.PI / 2);
		}
		g.drawString(t.text(), (float) dx, 0f);
		g.setTransform(saved);
	}

	/** Cells as sharp blocks: the small image is scaled with nearest-neighbour interpolation. */
	private static void raster(Graphics2D g, Raster r) {
		BufferedImage cells = new BufferedImage(r.columns(), r.rows(), BufferedImage.TYPE_INT_RGB);
		cells.setRGB(0, 0, r.columns(), r.rows(), r.rgb(), 0, r.columns());
		Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		AffineTransform at = new AffineTransform();
		at.translate(r.x(), r.y());
		at.scale(r.w() / r.columns(), r.h() / r.rows());
		g.drawImage(cells, at, null);
		if (interpolation != null) {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
		}
	}
}
