/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.geometry;

/**
 * A circular solid of a host seen in cross-section: a fibre or a ligament's section.
 *
 * @param x         centre, horizontal [m] (periodic: any value, wrapped into the width)
 * @param y         centre height above the bottom wall [m]
 * @param radius    [m], positive
 * @param substrate substrate id of its surface (nucleation-barrier key, e.g. {@code carbon})
 * @param covered   true when its surface is metal from the start (a film too thin to resolve): it
 *                  reacts with the metal's kinetics and has no nucleation barrier
 */
public record CircleSolid(double x, double y, double radius, String substrate, boolean covered) {

	/** A bare circle. */
	public CircleSolid(double x, double y, double radius, String substrate) {
		this(x, y, radius, substrate, false);
	}

	public CircleSolid {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("circle centre must be finite, got (" + x + ", " + y + ")");
		}
		if (!(radius > 0.0) || Double.isInfinite(radius)) {
			throw new IllegalArgumentException(
					"circle at (" + x + ", " + y + "): radius must be positive, got " + radius);
		}
		if (substrate == null || substrate.isBlank()) {
			throw new IllegalArgumentException("circle at (" + x + ", " + y + "): substrate id must not be empty");
		}
	}
}
