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

/**
 * What the diagram's figures draw with: the screen's Draw2d graphics or an SVG file, so the picture
 * on screen and the exported SVG come from the same painting code. Coordinates are the figures'
 * pixels; colours 0xRRGGBB; text is placed by its top-left corner (or top-centre).
 */
public interface Painter {

	void fillRect(int x, int y, int w, int h, int rgb);

	void drawRect(int x, int y, int w, int h, int rgb, int lineWidth);

	void fillOval(double x, double y, double w, double h, int rgb);

	/**
	 * Fills a polygon row by row of pixels (even-odd), so both painters draw it with
	 * {@link #fillRect} alone.
	 */
	default void fillPolygon(double[] xs, double[] ys, int rgb) {
		double top = java.util.Arrays.stream(ys).min().orElse(0);
		double bottom = java.util.Arrays.stream(ys).max().orElse(0);
		for (int row = (int) Math.floor(top); row < Math.ceil(bottom); row++) {
			double y = row + 0.5;
			double[] cuts = new double[xs.length];
			int n = 0;
			for (int a = 0, b = xs.length - 1; a < xs.length; b = a++) {
				if ((ys[a] > y) != (ys[b] > y)) {
					cuts[n++] = xs[a] + (y - ys[a]) * (xs[b] - xs[a]) / (ys[b] - ys[a]);
				}
			}
			java.util.Arrays.sort(cuts, 0, n);
			for (int c = 0; c + 1 < n; c += 2) {
				int x0 = (int) Math.round(cuts[c]);
				int x1 = (int) Math.round(cuts[c + 1]);
				if (x1 > x0) {
					fillRect(x0, row, x1 - x0, 1, rgb);
				}
			}
		}
	}

	void line(int x1, int y1, int x2, int y2, int rgb, int lineWidth);

	void text(int x, int y, String text, int rgb, boolean bold);

	void centredText(int centreX, int y, String text, int rgb, boolean bold);

	/** Paints what follows, until {@link #endClip()}, only inside the rectangle. */
	void beginClip(int x, int y, int w, int h);

	void endClip();

	/** Starts the drawing of one diagram element (an SVG group with its tooltip as title). */
	default void beginElement(String id, String tooltip) {
	}

	default void endElement() {
	}
}
