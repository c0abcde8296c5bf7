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

/** How a charge or discharge step sets its current: a C-rate or an areal current density. */
public sealed interface CurrentSetting {

	/**
	 * The current density this setting means for a cell.
	 *
	 * @param nominalCapacity the cell's nominal areal capacity [C/m²] that defines 1 C, or NaN if the
	 *                        cell has none
	 * @return current density magnitude [A/m²]
	 * @throws IllegalArgumentException for a C-rate when the cell has no nominal capacity
	 */
	double currentDensity(double nominalCapacity);

	/** The setting in battery units, for messages. */
	String describe();

	/** A C-rate: 1 C discharges the nominal capacity in one hour. */
	record CRate(double rate) implements CurrentSetting {
		public CRate {
			if (!(rate > 0.0) || Double.isInfinite(rate)) {
				throw new IllegalArgumentException("a C-rate must be positive and finite, got " + rate);
			}
		}

		@Override
		public double currentDensity(double nominalCapacity) {
			if (!(nominalCapacity > 0.0)) {
				throw new IllegalArgumentException("a C-rate (" + describe()
						+ ") needs a cell with a nominal capacity; give the current density instead");
			}
			return rate * nominalCapacity / Units.HOUR;
		}

		@Override
		public String describe() {
			return Units.compact(rate) + "C";
		}
	}

	/** An areal current density [A/m²] (1 mA cm⁻² = 10 A/m²). */
	record Density(double value) implements CurrentSetting {
		public Density {
			if (!(value > 0.0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException(
						"a current density must be positive and finite, got " + value + " A/m2");
			}
		}

		@Override
		public double currentDensity(double nominalCapacity) {
			return value;
		}

		@Override
		public String describe() {
			return Units.compact(value / Units.MA_PER_CM2) + " mA/cm2";
		}
	}
}
