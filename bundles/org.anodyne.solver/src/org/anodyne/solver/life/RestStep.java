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
 * Open circuit for a duration. Parasitic reactions (continuous SEI growth) go on during a rest.
 *
 * @param duration [s], positive and finite
 */
public record RestStep(double duration) implements ProtocolStep {

	public RestStep {
		if (!(duration > 0.0) || Double.isInfinite(duration)) {
			throw new IllegalArgumentException("a rest step needs a positive, finite duration, got " + duration + " s");
		}
	}

	@Override
	public String describe() {
		return "Rest " + new StopCondition.AfterTime(duration).describe();
	}

	@Override
	public long leafCount() {
		return 1;
	}
}
