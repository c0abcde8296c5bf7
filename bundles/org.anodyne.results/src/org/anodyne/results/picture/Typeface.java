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

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;

/**
 * The font of result pictures: DejaVu Sans (installed with the build's fonts-dejavu-core, and the
 * first choice of the SVG files too), else Java's logical sans-serif font. Java2D runs headless, so
 * measuring and drawing text never opens a display, also inside the IDE.
 */
final class Typeface {

	static final String FAMILY;
	/** The font-family list SVG files ask for, in the same order of preference. */
	static final String SVG_FAMILIES = "DejaVu Sans, Arial, Helvetica, sans-serif";

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
		FAMILY = Arrays.asList(names).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
	}

	private Typeface() {
	}

	/** The font at a size in the units of the drawing (points in a scene). */
	static Font font(double size) {
		return font(size, false);
	}

	static Font font(double size, boolean bold) {
		return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
	}

	/** Width of a text at a size, in the same units. */
	static double width(String text, double size) {
		return width(text, size, false);
	}

	static double width(String text, double size, boolean bold) {
		return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
	}
}
