/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/** Paints on Draw2d graphics; colours and the bold font are made once per display and kept. */
final class GraphicsPainter implements Painter {

	private static final Map<Integer, Color> COLOURS = new HashMap<>();
	private static Font bold;

	private final Graphics g;
	private final Font normal;

	GraphicsPainter(Graphics g) {
		this.g = g;
		this.normal = g.getFont();
		g.setAntialias(SWT.ON);
	}

	static Color colour(int rgb) {
		return COLOURS.computeIfAbsent(rgb,
				c -> new Color(Display.getCurrent(), (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
	}

	private Font font(boolean isBold) {
		if (!isBold || normal == null) {
			return normal;
		}
		if (bold == null) {
			FontData data = normal.getFontData()[0];
			bold = new Font(Display.getCurrent(), data.getName(), data.getHeight(), SWT.BOLD);
		}
		return bold;
	}

	@Override
	public void fillRect(int x, int y, int w, int h, int rgb) {
		g.setBackgroundColor(colour(rgb));
		g.fillRectangle(x, y, w, h);
	}

	@Override
	public void drawRect(int x, int y, int w, int h, int rgb, int lineWidth) {
		g.setForegroundColor(colour(rgb));
		g.setLineWidth(lineWidth);
		g.drawRectangle(x + lineWidth / 2, y + lineWidth / 2, w - lineWidth, h - lineWidth);
		g.setLineWidth(1);
	}

	@Override
	public void fillOval(double x, double y, double w, double h, int rgb) {
		g.setBackgroundColor(colour(rgb));
		g.fillOval((int) Math.round(x), (int) Math.round(y), Math.max(1, (int) Math.round(w)),
				Math.max(1, (int) Math.round(h)));
	}

	@Override
	public void line(int x1, int y1, int x2, int y2, int rgb, int lineWidth) {
		g.setForegroundColor(colour(rgb));
		g.setLineWidth(lineWidth);
		g.drawLine(x1, y1, x2, y2);
		g.setLineWidth(1);
	}

	@Override
	public void text(int x, int y, String text, int rgb, boolean isBold) {
		g.setFont(font(isBold));
		g.setForegroundColor(colour(rgb));
		g.drawText(text, x, y);
		g.setFont(normal);
	}

	@Override
	public void beginClip(int x, int y, int w, int h) {
		g.pushState();
		g.clipRect(new org.eclipse.draw2d.geometry.Rectangle(x, y, w, h));
	}

	@Override
	public void endClip() {
		g.popState();
	}

	@Override
	public void centredText(int centreX, int y, String text, int rgb, boolean isBold) {
		int width = FigureUtilities.getTextExtents(text, font(isBold)).width;
		text(centreX - width / 2, y, text, rgb, isBold);
	}
}
