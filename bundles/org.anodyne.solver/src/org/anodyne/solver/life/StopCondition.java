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
 * What ends a protocol step. A step carries one or more conditions; the first one met ends it.
 * All values SI.
 */
public sealed interface StopCondition {

	/** The condition in the units battery people read (h, mAh cm⁻², V), for messages. */
	String describe();

	/**
	 * Ends the step after a duration.
	 *
	 * @param duration [s], positive and finite
	 */
	record AfterTime(double duration) implements StopCondition {
		public AfterTime {
			if (!(duration > 0.0) || Double.isInfinite(duration)) {
				throw new IllegalArgumentException(
						"a time stop needs a positive, finite duration, got " + duration + " s");
			}
		}

		@Override
		public String describe() {
			return duration >= 3600.0
					? "for " + Units.compact(duration / 3600.0) + " h"
					: "for " + Units.compact(duration / 60.0) + " min";
		}
	}

	/**
	 * Ends the step after a charge per geometric area has passed.
	 *
	 * @param capacity areal charge [C/m²] (1 mAh cm⁻² = 36 000 C/m²), positive and finite
	 */
	record AfterCapacity(double capacity) implements StopCondition {
		public AfterCapacity {
			if (!(capacity > 0.0) || Double.isInfinite(capacity)) {
				throw new IllegalArgumentException(
						"a capacity stop needs a positive, finite capacity, got " + capacity + " C/m2");
			}
		}

		@Override
		public String describe() {
			return "for " + Units.compact(capacity / Units.MAH_PER_CM2) + " mAh/cm2";
		}
	}

	/**
	 * Ends the step when the cell voltage reaches a value, approached from the side the step drives
	 * it from (a charge raises a full cell's voltage, a plating step lowers a symmetric cell's; see
	 * {@link LifeSimulator} for the sign of the voltage).
	 *
	 * @param voltage [V], finite
	 */
	record AtVoltage(double voltage) implements StopCondition {
		public AtVoltage {
			if (!Double.isFinite(voltage)) {
				throw new IllegalArgumentException("a voltage stop needs a finite voltage, got " + voltage);
			}
		}

		@Override
		public String describe() {
			return "until " + Units.compact(voltage) + " V";
		}
	}
}
