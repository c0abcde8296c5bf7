/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.charts;

/**
 * Line colours that stay apart for colour-blind readers and in grey print (Okabe and Ito's palette,
 * without its yellow, which vanishes on white).
 */
public final class ChartColours {

	private static final int[] PALETTE = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000};

	private ChartColours() {
	}

	/** The k-th colour as 0xRRGGBB, repeating after the palette's end. */
	public static int colour(int k) {
		return PALETTE[Math.floorMod(k, PALETTE.length)];
	}

	/** The colour as an SVG/CSS hex string, e.g. {@code #0072b2}. */
	public static String hex(int rgb) {
		return String.format("#%06x", rgb & 0xffffff);
	}
}
