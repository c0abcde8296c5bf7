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
 * How a layer's thickness becomes its height on the figure: to scale (pixels proportional to
 * micrometres, the same scale across and through the cell), or compressed, where the height grows
 * with the logarithm of the thickness so that a 25 µm separator and a 350 µm host both stay legible.
 *
 * @param pixelsPerMicrometre the linear scale, also the horizontal scale of the cross-section
 * @param compressed          whether heights follow the compressed scale
 */
public record StackScale(double pixelsPerMicrometre, boolean compressed) {

	/** Pixels per decade of thickness on the compressed scale (1 µm → 18 px, 10 µm → 80 px, 350 µm → 168 px). */
	static final double PIXELS_PER_DECADE = 62.0;

	/** The compressed scale measures thickness against this length: h = k·log10(1 + t/t0). */
	static final double REFERENCE_MICROMETRES = 1.0;

	/** A scale that draws the thickest stack, in micrometres, about the given number of pixels tall. */
	public static StackScale fitting(double thickestStackMicrometres, int pixels, boolean compressed) {
		double s = thickestStackMicrometres > 0 ? pixels / thickestStackMicrometres : 1.0;
		return new StackScale(Math.max(0.2, Math.min(4.0, s)), compressed);
	}

	public StackScale withCompressed(boolean value) {
		return new StackScale(pixelsPerMicrometre, value);
	}

	/** Height in pixels of a layer of this thickness [µm]. */
	public double height(double micrometres) {
		double t = Math.max(0.0, micrometres);
		return compressed ? PIXELS_PER_DECADE * Math.log10(1.0 + t / REFERENCE_MICROMETRES) : t * pixelsPerMicrometre;
	}

	/** The thickness [µm] a layer drawn this many pixels tall stands for: the inverse of {@link #height}. */
	public double thickness(double pixels) {
		double h = Math.max(0.0, pixels);
		return compressed
				? REFERENCE_MICROMETRES * (Math.pow(10.0, h / PIXELS_PER_DECADE) - 1.0)
				: h / pixelsPerMicrometre;
	}

	/**
	 * A thickness dragged on the figure, snapped to what the figure can resolve: whole micrometres
	 * when one micrometre is at least a pixel, else steps of 5, 10, 50 … µm, never below 1 µm.
	 */
	public double snap(double micrometres, double atThickness) {
		double perPixel = atThickness > 0 ? height(atThickness + 1.0) - height(atThickness) : pixelsPerMicrometre;
		double step = 1.0;
		while (step * perPixel < 1.0 && step < 1000) {
			step *= step == 1.0 || step == 10.0 || step == 100.0 ? 5.0 : 2.0;
		}
		return Math.max(1.0, Math.round(micrometres / step) * step);
	}
}
