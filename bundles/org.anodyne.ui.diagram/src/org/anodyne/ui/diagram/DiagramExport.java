package org.anodyne.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.picture.SvgWriter;
import org.anodyne.ui.diagram.internal.CellFigure;
import org.anodyne.ui.diagram.internal.LayerFigure;
import org.anodyne.ui.diagram.internal.Painter;
import org.anodyne.ui.diagram.internal.SvgPainter;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram as a file: PNG at the figure's pixel size (painted by Draw2d), or SVG through the
 * project's one SVG path ({@link SvgWriter}), with one group per cell and per layer whose title is
 * the layer's tooltip. Both are written beside the target first and then moved over it.
 */
public final class DiagramExport {

	private DiagramExport() {
	}

	/** Writes the figure (the diagram's contents) as a PNG of its own size. */
	public static void png(IFigure figure, Path file) throws IOException {
		Rectangle b = figure.getBounds();
		Image image = new Image(Display.getCurrent(), Math.max(1, b.width), Math.max(1, b.height));
		try {
			GC gc = new GC(image);
			SWTGraphics graphics = new SWTGraphics(gc);
			try {
				graphics.translate(-b.x, -b.y);
				figure.paint(graphics);
			} finally {
				graphics.dispose();
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			AtomicFiles.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
		} finally {
			image.dispose();
		}
	}

	/** The SVG text of the figure and its cells and layers. */
	public static String svg(IFigure figure, String title) {
		return draw(figure, title).finish();
	}

	/** Writes the figure as SVG. */
	public static void svg(IFigure figure, String title, Path file) throws IOException {
		draw(figure, title).write(file);
	}

	private static SvgWriter draw(IFigure figure, String title) {
		Rectangle b = figure.getBounds();
		SvgWriter svg = new SvgWriter(b.width, b.height, title);
		paint(figure, new SvgPainter(svg, b.x, b.y), new int[1]);
		return svg;
	}

	private static void paint(IFigure figure, Painter painter, int[] count) {
		boolean element = figure instanceof CellFigure || figure instanceof LayerFigure;
		if (figure instanceof CellFigure cell) {
			painter.beginElement("cell-" + (++count[0]), cell.stack() == null ? "" : cell.stack().title());
			cell.paintTo(painter);
		} else if (figure instanceof LayerFigure layer) {
			painter.beginElement(layer.role().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (++count[0]),
					layer.getToolTip() instanceof org.eclipse.draw2d.Label l ? l.getText() : "");
			layer.paintTo(painter);
		}
		for (Object child : figure.getChildren()) {
			paint((IFigure) child, painter, count);
		}
		if (element) {
			painter.endElement();
		}
	}
}
