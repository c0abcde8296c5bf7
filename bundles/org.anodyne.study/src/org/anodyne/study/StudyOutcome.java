package org.anodyne.study;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.anodyne.solver.deposition.DepositionRun;
import org.anodyne.solver.life.LifeResult;

/**
 * How a study run ended and what it computed. The scalars carry exactly the names and units of
 * summary.json (see {@code org.anodyne.results.ScalarNames}): numbers as {@link Double} or
 * {@link Long}, the failure mode as a {@link String}, {@code censored} as a {@link Boolean}, the
 * retention as a {@code Map<Integer, Double>} from cycle to fraction.
 *
 * @param study       the study's name
 * @param status      how it ended
 * @param message     a sentence for the user: how the run ended, or for {@link Status#FAILED} what went
 *                    wrong and where (never a stack trace)
 * @param scalars     the study's numbers; empty unless {@link Status#OK}
 * @param directory   where the result was written, or null if it was not (no directory given,
 *                    cancelled)
 * @param wallSeconds wall-clock time [s]
 * @param deposition  the 2D run of a deposition study, or null
 * @param life        the life run of a cycle-life study, or null
 */
public record StudyOutcome(String study, Status status, String message, Map<String, Object> scalars, Path directory,
		double wallSeconds, DepositionRun deposition, LifeResult life) {

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

	/** True for {@link Status#OK}. */
	public boolean ok() {
		return status == Status.OK;
	}

	/** A numeric scalar by its summary.json name. */
	public Optional<Double> number(String name) {
		return scalars.get(name) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
	}
}
