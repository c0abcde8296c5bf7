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

import java.util.List;
import java.util.stream.Collectors;

/**
 * Repeat a block of steps a fixed number of times; blocks nest.
 *
 * @param count repetitions, at least 1
 * @param steps the block, not empty
 */
public record RepeatStep(int count, List<ProtocolStep> steps) implements ProtocolStep {

	public RepeatStep {
		if (count < 1) {
			throw new IllegalArgumentException("a repeat needs a count of at least 1, got " + count);
		}
		if (steps == null || steps.isEmpty()) {
			throw new IllegalArgumentException("a repeat (" + count + " times) needs at least one step to repeat");
		}
		for (ProtocolStep step : steps) {
			if (step == null) {
				throw new IllegalArgumentException("a repeat (" + count + " times) contains an empty step");
			}
		}
		steps = List.copyOf(steps);
	}

	/** Repeat the given steps. */
	public static RepeatStep of(int count, ProtocolStep... steps) {
		return new RepeatStep(count, List.of(steps));
	}

	@Override
	public String describe() {
		return "Repeat " + count + " times: "
				+ steps.stream().map(ProtocolStep::describe).collect(Collectors.joining("; "));
	}

	@Override
	public long leafCount() {
		long inner = 0;
		for (ProtocolStep step : steps) {
			inner = saturatingAdd(inner, step.leafCount());
		}
		return saturatingMultiply(inner, count);
	}

	static long saturatingAdd(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	static long saturatingMultiply(long a, long b) {
		return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
	}
}
