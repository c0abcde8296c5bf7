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
 * Which face of the host the pre-deposited metal fills from, as a {@link CollectorGeometryGenerator}
 * sees it (the study layer's own type, so a generator needs no solver type; the study layer
 * translates it for the solver). The 2D cross-section's y axis points from the bottom wall to the
 * separator.
 */
public enum AnodeOrientation {

	/** The pre-deposit fills from the bottom face, away from the separator: new metal plates bottom-up. */
	INVERTED,

	/** The pre-deposit fills from the top face, at the separator. */
	UPRIGHT;

	/** The orientation of a model anode. */
	public static AnodeOrientation of(org.anodyne.model.Orientation orientation) {
		return orientation == org.anodyne.model.Orientation.INVERTED ? INVERTED : UPRIGHT;
	}
}
