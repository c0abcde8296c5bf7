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

import java.util.Locale;

/**
 * Metadata of the uniform cell-centred grid on which all fields live.
 * <p>
 * Cell (i, j) has index {@code j * nx + i}; its centre is at x = (i + ½)h, y = (j + ½)h, with y
 * measured upward from the bottom wall and x periodic over the width nx·h. Rows
 * {@code 0 .. hostRows-1} are the host (including any planar solid at its bottom), rows
 * {@code hostRows .. ny-1} the separator; the counter electrode is the top boundary y = ny·h.
 *
 * @param nx            cells across the periodic width
 * @param ny            cells from the bottom wall to the counter electrode
 * @param spacing       h [m]
 * @param hostRows      rows of the host region
 * @param separatorRows rows of the separator
 */
public record GridInfo(int nx, int ny, double spacing, int hostRows, int separatorRows) {

	public GridInfo {
		if (nx < 1 || ny < 1 || hostRows < 0 || separatorRows < 0 || hostRows + separatorRows != ny) {
			throw new IllegalArgumentException("inconsistent grid: nx=" + nx + " ny=" + ny + " hostRows=" + hostRows
					+ " separatorRows=" + separatorRows);
		}
		if (!(spacing > 0.0)) {
			throw new IllegalArgumentException("grid spacing must be positive, got " + spacing);
		}
	}

	/** Number of cells nx·ny. */
	public int cellCount() {
		return nx * ny;
	}

	/** Periodic width nx·h [m]. */
	public double width() {
		return nx * spacing;
	}

	/** Host thickness as resolved on the grid, hostRows·h [m]. */
	public double hostThickness() {
		return hostRows * spacing;
	}

	/** Separator thickness as resolved on the grid [m]. */
	public double separatorThickness() {
		return separatorRows * spacing;
	}

	/** Height of the counter electrode above the bottom wall, ny·h [m]. */
	public double height() {
		return ny * spacing;
	}

	/** Index of cell (i, j). */
	public int index(int i, int j) {
		return j * nx + i;
	}

	/** Centre x of column i [m]. */
	public double x(int i) {
		return (i + 0.5) * spacing;
	}

	/** Centre y of row j [m]. */
	public double y(int j) {
		return (j + 0.5) * spacing;
	}

	/** Human-readable location of a cell, in µm, for messages. */
	public String describe(int index) {
		int i = index % nx;
		int j = index / nx;
		return String.format(Locale.ROOT, "x = %.3f µm, y = %.3f µm (cell %d, %d)", x(i) * 1e6, y(j) * 1e6, i, j);
	}
}
