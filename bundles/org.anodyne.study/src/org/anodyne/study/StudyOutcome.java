/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a study run ended and what it computed, in the terms of the results format (no solver type):
 * the scalars carry exactly the names and units of summary.json (see
 * {@code org.anodyne.results.ScalarNames}): numbers as {@link Double} or {@link Long}, the failure mode
 * as a {@link String}, {@code censored} as a {@link Boolean}, the retention as a
 * {@code Map<Integer, Double>} from cycle to fraction. Series and fields are in the result folder.
 *
 * @param study       the study's name (else its id)
 * @param kind        the result kind ({@link StudyRunner#resultKind}), e.g. {@code deposition2D}
 * @param status      how it ended
 * @param message     a sentence for the user: how the run ended, or for {@link Status#FAILED} what went
 *                    wrong and where (never a stack trace)
 * @param scalars     the study's numbers; empty unless {@link Status#OK}
 * @param directory   where the result was written, or null if it was not (no directory given,
 *                    cancelled)
 * @param wallSeconds wall-clock time [s]
 */
public record StudyOutcome(String study, String kind, Status status, String message, Map<String, Object> scalars,
		Path directory, double wallSeconds) {

	/** How a study ended. */
	public enum Status {
		/** The computation finished; a cell that reached end of life is a result, not a failure. */
		OK,
		/** The computation gave no trustworthy result: an invalid design, a divergence, an impossible request. */
		FAILED,
		/** The user cancelled; the previous result on disk, if any, is untouched. */
		CANCELLED
	}

	public StudyOutcome {
		scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
	}

	/** An outcome without scalars or a written result: a study that failed or was cancelled before it ran. */
	public static StudyOutcome of(String study, String kind, Status status, String message, double wallSeconds) {
		return new StudyOutcome(study, kind, status, message, Map.of(), null, wallSeconds);
	}

	/** True for {@link Status#OK}. */
	public boolean ok() {
		return status == Status.OK;
	}

	/** A numeric scalar by its summary.json name. */
	public Optional<Double> number(String name) {
		return scalars.get(name) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
	}

	/** A per-cycle scalar (e.g. the retention) by its summary.json name; empty if there is none. */
	public Map<Integer, Double> cycleMap(String name) {
		Map<Integer, Double> values = new TreeMap<>();
		if (scalars.get(name) instanceof Map<?, ?> m) {
			m.forEach((k, v) -> values.put((Integer) k, ((Number) v).doubleValue()));
		}
		return values;
	}
}
