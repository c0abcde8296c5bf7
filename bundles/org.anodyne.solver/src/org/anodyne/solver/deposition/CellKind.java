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
 * What a grid cell is. Codes are stable: the fields store {@link #code()} per cell.
 */
public enum CellKind {
	/** Free electrolyte in the pores of the host (possibly holding a partial deposit, see the fill fraction). */
	ELECTROLYTE(0),
	/** Homogenised separator (electrolyte in its pores). */
	SEPARATOR(1),
	/** Solid of the current collector (fibre or planar solid); its substrate id is given per cell. */
	SUBSTRATE(2),
	/** Dense metal filling the whole cell (pre-deposited or plated). */
	METAL(3);

	private final byte code;

	CellKind(int code) {
		this.code = (byte) code;
	}

	/** Code stored in the per-cell kind array. */
	public byte code() {
		return code;
	}

	/** True for the kinds that carry electrolyte unknowns. */
	public boolean isElectrolyte() {
		return this == ELECTROLYTE || this == SEPARATOR;
	}

	/** Kind for a stored code. */
	public static CellKind of(byte code) {
		return values()[code];
	}
}
