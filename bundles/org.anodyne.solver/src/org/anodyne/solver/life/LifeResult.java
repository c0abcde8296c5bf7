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
import java.util.Optional;

/**
 * The result of a life run.
 *
 * @param scenario the scenario that was run
 * @param coupling the working electrode's coupling at the protocol's first plating current
 * @param series   the whole time series
 * @param cycles   one record per cycle, in order
 * @param outcome  failure (mode, time, cycle) or censored
 * @param notes    things the user should know that are not failures (e.g. a step ended at the
 *                 cathode's capacity rather than at its stop condition)
 */
public record LifeResult(LifeScenario scenario, DepositionCoupling coupling, TimeSeries series,
		List<CycleRecord> cycles, LifeOutcome outcome, List<String> notes) {

	public LifeResult {
		cycles = List.copyOf(cycles);
		notes = List.copyOf(notes);
	}

	/** The record of a cycle (1-based), if the run reached it. */
	public Optional<CycleRecord> cycle(int n) {
		return n >= 1 && n <= cycles.size() ? Optional.of(cycles.get(n - 1)) : Optional.empty();
	}

	/** Retention at a cycle, NaN if the run did not reach it. */
	public double retentionAt(int n) {
		return cycle(n).map(CycleRecord::retention).orElse(Double.NaN);
	}

	/** Mean |polarisation| of the first cycle [V], the quantity the paper quotes as "overpotential". */
	public double firstCycleOverpotential() {
		return cycle(1).map(CycleRecord::meanOverpotential).orElse(Double.NaN);
	}

	/** Mean of the working electrode's metal efficiency over cycles [from, to] (clipped to the run). */
	public double meanMetalEfficiency(int from, int to) {
		return cycles.stream().filter(c -> c.cycle() >= from && c.cycle() <= to)
				.mapToDouble(CycleRecord::metalEfficiency).filter(Double::isFinite).average().orElse(Double.NaN);
	}
}
