/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.io.IOException;
import java.util.Map;

import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudySummary;
import org.anodyne.study.StudyOutcome;

/** What a study kind computed, and how it writes itself. */
public interface StudyComputation {

	/** How the run ended, for the user. */
	String message();

	/** The scalars of summary.json (see {@link StudyOutcome}). */
	Map<String, Object> scalars();

	/** Writes series, fields and pictures and puts the scalars into the summary. */
	void write(StudyResultWriter out, StudySummary.Builder summary) throws IOException;

	/**
	 * Puts scalars of the kinds {@link StudyOutcome} allows into a summary. A figure that is not
	 * defined for this run (the mean efficiency of a run that completed no cycle) is left out rather
	 * than written as NaN: a reader takes a scalar present under status ok as a result.
	 */
	static void putScalars(Map<String, Object> scalars, StudySummary.Builder summary) {
		for (Map.Entry<String, Object> e : scalars.entrySet()) {
			if (e.getValue() instanceof Double d && d.isNaN()) {
				continue;
			}
			switch (e.getValue()) {
			case Long l -> summary.scalar(e.getKey(), l.longValue());
			case Integer i -> summary.scalar(e.getKey(), i.longValue());
			case Number n -> summary.scalar(e.getKey(), n.doubleValue());
			case Boolean b -> summary.scalar(e.getKey(), b.booleanValue());
			case String s -> summary.scalar(e.getKey(), s);
			case Map<?, ?> m -> {
				Map<Integer, Double> cycles = new java.util.TreeMap<>();
				m.forEach((k, v) -> cycles.put((Integer) k, ((Number) v).doubleValue()));
				summary.cycleMap(e.getKey(), cycles);
			}
			default -> throw new IllegalArgumentException("scalar " + e.getKey() + " has an unsupported type");
			}
		}
	}
}
