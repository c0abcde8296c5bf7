/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

/**
 * A solid fibre of the current collector seen in cross-section: a circle.
 *
 * @param x         centre, horizontal [m] (periodic: any value, wrapped into the cell width)
 * @param y         centre height above the bottom wall [m]
 * @param radius    [m]
 * @param substrate substrate id of the fibre surface (e.g. "carbon"), key of the nucleation-barrier table
 * @param covered   true if the fibre's surface is metal from the start (a film too thin to resolve):
 *                  it reacts with the metal's kinetics, has no nucleation barrier and may strip; its
 *                  geometry is that of the bare fibre
 */
public record Fibre(double x, double y, double radius, String substrate, boolean covered) {

	/** A bare fibre. */
	public Fibre(double x, double y, double radius, String substrate) {
		this(x, y, radius, substrate, false);
	}

	public Fibre {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("fibre centre must be finite, got (" + x + ", " + y + ")");
		}
		if (!(radius > 0.0) || Double.isInfinite(radius)) {
			throw new IllegalArgumentException(
					"fibre at (" + x + ", " + y + "): radius must be positive, got " + radius);
		}
		if (substrate == null || substrate.isBlank()) {
			throw new IllegalArgumentException("fibre at (" + x + ", " + y + "): substrate id must not be empty");
		}
	}
}
