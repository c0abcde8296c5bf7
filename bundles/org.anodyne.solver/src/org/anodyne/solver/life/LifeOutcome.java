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

import java.util.Locale;

/**
 * How a life run ended: a failure with its mode, or censored — still alive when the protocol (or the
 * run's time/cycle cap) ended. A censored run is not a failure: its time is a lower bound on life.
 *
 * @param failureMode the failure, or null when censored
 * @param time        [s] of the failure, or of the end of the run when censored
 * @param cycles      the cycle in which the cell failed, or the last cycle run when censored
 * @param message     a sentence for the user, e.g. "still running at 1800 h (cycle 225)"
 */
public record LifeOutcome(FailureMode failureMode, double time, int cycles, String message) {

	/** True when the cell was still alive at the end of the run. */
	public boolean isCensored() {
		return failureMode == null;
	}

	/** The time in hours. */
	public double hours() {
		return time / Units.HOUR;
	}

	static LifeOutcome censored(double time, int cycles) {
		return new LifeOutcome(null, time, cycles,
				String.format(Locale.ROOT, "still running at %.0f h (cycle %d)", time / Units.HOUR, cycles));
	}

	static LifeOutcome failed(FailureMode mode, double time, int cycles, String detail) {
		return new LifeOutcome(mode, time, cycles, String.format(Locale.ROOT, "%s at %.0f h (cycle %d): %s",
				mode.name().toLowerCase(Locale.ROOT).replace('_', ' '), time / Units.HOUR, cycles, detail));
	}
}
