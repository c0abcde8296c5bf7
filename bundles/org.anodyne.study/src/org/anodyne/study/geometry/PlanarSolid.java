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
 * A solid band across the whole width of the cross-section, e.g. a foil.
 *
 * @param bottom    lower edge above the bottom wall [m]
 * @param top       upper edge [m], above {@code bottom}
 * @param substrate substrate id of its surface (nucleation-barrier key)
 */
public record PlanarSolid(double bottom, double top, String substrate) {

	public PlanarSolid {
		if (!(bottom >= 0.0) || !(top > bottom) || Double.isInfinite(top)) {
			throw new IllegalArgumentException(
					"planar solid needs 0 <= bottom < top, got " + bottom + " m to " + top + " m");
		}
		if (substrate == null || substrate.isBlank()) {
			throw new IllegalArgumentException("planar solid: substrate id must not be empty");
		}
	}
}
