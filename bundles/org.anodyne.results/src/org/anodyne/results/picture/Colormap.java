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

/**
 * Maps a number in [0, 1] to a colour by linear interpolation between evenly spaced colour stops.
 */
public final class Colormap {

	/** Perceptually uniform and readable in grey and by colour-blind readers (matplotlib's viridis). */
	public static final Colormap VIRIDIS = new Colormap(0x440154, 0x482475, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80,
			0x5ec962, 0xaddc30, 0xfde725);

	/**
	 * Perceptually uniform and designed for readers with colour-vision deficiency (Nuñez, Anderton &
	 * Renslow 2018, PLoS ONE 13:e0199239; matplotlib's cividis): blue to yellow only.
	 */
	public static final Colormap CIVIDIS = new Colormap(0x00224e, 0x123570, 0x3b496c, 0x575d6d, 0x707173, 0x8a8778,
			0xa69d75, 0xc4b56c, 0xe4cf5b, 0xfee838);

	/** Blue–white–red for signed quantities centred on zero (plating vs stripping current). */
	public static final Colormap DIVERGING = new Colormap(0x3b4cc0, 0x7b9ff9, 0xc0d4f5, 0xf2f2f2, 0xf5c4ad, 0xf08b6b,
			0xb40426);

	private final int[] stops;

	/** A colour map through the given 0xRRGGBB stops (at least two), evenly spaced over [0, 1]. */
	public Colormap(int... stops) {
		if (stops.length < 2) {
			throw new IllegalArgumentException("a colour map needs at least two colours");
		}
		this.stops = stops.clone();
	}

	/** The colour stops, evenly spaced from 0 to 1. */
	public int[] stops() {
		return stops.clone();
	}

	/** The colour at t; t is clamped to [0, 1], NaN gives white. */
	public int colour(double t) {
		if (Double.isNaN(t)) {
			return Scene.WHITE;
		}
		double u = Math.max(0, Math.min(1, t)) * (stops.length - 1);
		int k = Math.min(stops.length - 2, (int) u);
		double f = u - k;
		int a = stops[k];
		int b = stops[k + 1];
		return mix(a >> 16 & 0xff, b >> 16 & 0xff, f) << 16 | mix(a >> 8 & 0xff, b >> 8 & 0xff, f) << 8
				| mix(a & 0xff, b & 0xff, f);
	}

	private static int mix(int a, int b, double f) {
		return (int) Math.round(a + (b - a) * f);
	}
}
