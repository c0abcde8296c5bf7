/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.anodyne.results.picture.PngExporter;
import org.anodyne.results.picture.Scene;
import org.anodyne.results.picture.SvgExporter;
import org.anodyne.ui.diagram.internal.CellFigure;
import org.anodyne.ui.diagram.internal.LayerFigure;
import org.anodyne.ui.diagram.internal.Painter;
import org.anodyne.ui.diagram.internal.ScenePainter;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The diagram as a file: its drawing model ({@link #toScene}, one group per cell and per layer whose
 * title is the layer's tooltip) written by the one PNG exporter (antialiased, at the resolution of
 * result pictures) or the one SVG exporter, one figure pixel to one point of the page. Both are
 * written beside the target first and then moved over it.
 */
public final class DiagramExport {

	private DiagramExport() {
	}

	/** The figure, its cells and layers as a drawing. */
	public static Scene toScene(IFigure figure, String title) {
		Rectangle b = figure.getBounds();
		Scene scene = new Scene(Math.max(10, b.width), Math.max(10, b.height), title);
		paint(figure, new ScenePainter(scene, b.x, b.y), new int[1]);
		return scene;
	}

	/** Writes the figure as a PNG at the resolution of result pictures ({@link PngExporter#standard()}). */
	public static void png(IFigure figure, String title, Path file) throws IOException {
		PngExporter.standard().write(toScene(figure, title), file);
	}

	/** The SVG text of the figure and its cells and layers. */
	public static String svg(IFigure figure, String title) {
		return SvgExporter.toSvg(toScene(figure, title));
	}

	/** Writes the figure as SVG. */
	public static void svg(IFigure figure, String title, Path file) throws IOException {
		SvgExporter.write(toScene(figure, title), file);
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
