/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

/**
 * The few conversion factors this package needs to word its messages in the units battery people
 * use; all computation stays SI. The model bundle owns the real unit conversion.
 */
final class Units {

	/** 1 mA cm⁻² in A/m². */
	static final double MA_PER_CM2 = 10.0;

	/** 1 mAh cm⁻² in C/m². */
	static final double MAH_PER_CM2 = 36_000.0;

	/** 1 h in s. */
	static final double HOUR = 3600.0;

	/** 1 µm in m. */
	static final double MICROMETRE = 1e-6;

	private Units() {
	}

	/** A number with at most four significant digits and no trailing zeros ("0.25", "1", "1500"). */
	static String compact(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
	}
}
