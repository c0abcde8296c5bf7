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
 * The new-metal occupancy of one frame of a deposition result, cut to the host: rows from the
 * bottom wall (the host face away from the separator) up to the host's thickness.
 *
 * @param nx        cells across the periodic width
 * @param rows      cells through the host
 * @param spacingUm cell size [µm]
 * @param occupancy new-metal fraction of each cell, row-major from the bottom row
 * @param label     what the frame is, e.g. "t = 4.00 h"
 */
public record DepositOverlay(int nx, int rows, double spacingUm, float[] occupancy, String label) {

	/** Cells at least this full are drawn as new metal. */
	static final double SHOWN = 0.5;

	/** New-metal fraction of cell i across, j rows up from the bottom face. */
	public float at(int i, int j) {
		return occupancy[j * nx + i];
	}
}
