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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.anodyne.model.NamedElements;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.solver.CancelledException;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.internal.CycleLifeStudy;
import org.anodyne.study.internal.DepositionStudy;
import org.anodyne.study.internal.ScaledProgress;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.internal.SolverProgress;
import org.anodyne.study.internal.StudyComputation;

/**
 * Runs a model {@link Study}: a 2D deposition study (the first plating step of its protocol on the
 * 2D solver) or a cycle-life study (the whole protocol on the life model, coupled to a 2D steady
 * split of the same cell), and writes the result through the results bundle's
 * {@link StudyResultWriter}: summary.json with the scalars of {@code ScalarNames}, CSV series,
 * field files and pictures.
 * <pre>
 * StudyOutcome outcome = new StudyRunner().run(study, resultDirectory, inputHash, progress);
 * </pre>
 * Progress and cancellation go through the study layer's {@link Progress} (the IDE adapts an
 * {@code IProgressMonitor}, the command line prints). The input hash ({@link InputHash}) goes into the
 * summary's provenance before the result is committed. Nothing here throws for a problem the user can
 * cause: an invalid design, a diverging solve or an impossible protocol end as
 * {@link StudyOutcome.Status#FAILED} with a message saying what and where, written as a failed
 * summary; cancellation ends as {@link StudyOutcome.Status#CANCELLED} and leaves the previous result
 * on disk untouched.
 */
public final class StudyRunner {

	private static final int TOTAL_WORK = 1000;
	private static final int SETUP_WORK = 20;
	private static final int WRITE_WORK = 60;

	/** The figures a study exists to give; a NaN among them is a failure, not a result. */
	private static final List<String> KEY_FIGURES = List.of(ScalarNames.BOTTOM_FRACTION,
			ScalarNames.MAX_DEPOSIT_HEIGHT_UM,
			ScalarNames.SEPARATOR_GAP_UM, ScalarNames.FINAL_OVERPOTENTIAL_MV, ScalarNames.HOURS_TO_FAILURE);

	private final MetalRegistry metals;
	private final CollectorGeometries geometries;
	private final ResourceLimits limits;

	/** A runner with the platform's metal registry and geometry generators. */
	public StudyRunner() {
		this(MetalRegistry.getDefault(), CollectorGeometries.getDefault());
	}

	/** A runner with the given registries (plain Java tools, tests). */
	public StudyRunner(MetalRegistry metals, CollectorGeometries geometries) {
		this.metals = Objects.requireNonNull(metals, "metals");
		this.geometries = Objects.requireNonNull(geometries, "geometries");
		this.limits = null;
	}

	private StudyRunner(MetalRegistry metals, CollectorGeometries geometries, ResourceLimits limits) {
		this.metals = metals;
		this.geometries = geometries;
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * The same runner with these resource limits instead of the defaults and system properties of
	 * {@link ResourceLimits#fromSystemProperties()}.
	 */
	public StudyRunner withLimits(ResourceLimits resourceLimits) {
		return new StudyRunner(metals, geometries, resourceLimits);
	}

	public MetalRegistry metals() {
		return metals;
	}

	public CollectorGeometries geometries() {
		return geometries;
	}

	/** Runs a study without recording an input hash: {@link #run(Study, Path, String, Progress)}. */
	public StudyOutcome run(Study study, Path directory, Progress progress) {
		return run(study, directory, null, progress);
	}

	/**
	 * Runs a study: {@link #plan(List) plans} it alone and runs the plan.
	 *
	 * @param study     the study, inside a loaded design
	 * @param directory where to write the result (replaced atomically on success or failure), or null
	 *                  to compute only
	 * @param inputHash the hash of the study's inputs ({@link InputHash}) to record in the result's
	 *                  provenance, or null
	 * @param progress  progress and cancellation, or null
	 * @return the outcome; never throws for a problem with the design or the numerics
	 */
	public StudyOutcome run(Study study, Path directory, String inputHash, Progress progress) {
		return run(plan(List.of(study)).studies().get(0), directory, inputHash, progress);
	}

	/**
	 * Reads studies from the model once, into a plan that holds no model object, so that they can run
	 * in parallel from it (see {@link #run(StudyPlan.PlannedStudy, Path, String, Progress)}) while the
	 * model is changed or dropped. Never throws for a problem with the design: a study that cannot be
	 * translated fails when it runs, with the message it would have failed with.
	 *
	 * @param studies studies inside loaded designs (a design is validated once however many of its studies are planned)
	 */
	public StudyPlan plan(List<Study> studies) {
		return StudyPlan.of(studies, metals, geometries);
	}

	/**
	 * Runs a planned study.
	 *
	 * @param study     a study of a plan of this runner
	 * @param directory where to write the result (replaced atomically on success or failure), or null
	 *                  to compute only
	 * @param inputHash the hash of the study's inputs ({@link InputHash}) to record in the result's
	 *                  provenance, or null
	 * @param progress  progress and cancellation, or null
	 * @return the outcome; never throws for a problem with the design or the numerics
	 */
	public StudyOutcome run(StudyPlan.PlannedStudy study, Path directory, String inputHash, Progress progress) {
		ProgressMonitor pm = SolverProgress.of(progress);
		String name = study.name();
		String kind = study.kind();
		long start = System.nanoTime();
		pm.begin("Study '" + name + "'", TOTAL_WORK);
		try {
			if (study.invalid() != null) {
				throw new StudyException(study.invalid());
			}
			checkResources(study.estimate());
			study.throwIfBroken();
			if (study.untranslatable() != null) {
				throw new StudyException(study.untranslatable());
			}
			SolverInputs inputs = study.inputs();
			pm.worked(SETUP_WORK);
			StudyComputation computation = study.cycleLife()
					? CycleLifeStudy.run(study.life(), inputs,
							new ScaledProgress(pm, TOTAL_WORK - SETUP_WORK - WRITE_WORK))
					: DepositionStudy.run(study.deposition(), inputs,
							new ScaledProgress(pm, TOTAL_WORK - SETUP_WORK - WRITE_WORK));
			pm.checkCanceled(0, Double.NaN);
			checkKeyFigures(name, computation);
			double wall = seconds(start);
			Path written = null;
			if (directory != null) {
				pm.subTask("Writing results");
				written = write(study, true, directory, inputHash, StudyStatus.OK, computation.message(), wall,
						computation);
			}
			pm.worked(WRITE_WORK);
			return new StudyOutcome(name, kind, StudyOutcome.Status.OK, computation.message(), computation.scalars(),
					written, seconds(start));
		} catch (CancelledException e) {
			return StudyOutcome.of(name, kind, StudyOutcome.Status.CANCELLED, e.getMessage(), seconds(start));
		} catch (StudyException | SolverException e) {
			return failed(study, directory, inputHash, e.getMessage(), start);
		} catch (IllegalArgumentException e) {
			// The solvers' records refuse out-of-range inputs with a message naming the value.
			return failed(study, directory, inputHash, "study '" + name + "': " + e.getMessage(), start);
		} catch (IOException e) {
			return StudyOutcome.of(name, kind, StudyOutcome.Status.FAILED, "study '" + name
					+ "': cannot write the result to " + directory + ": " + e.getMessage(), seconds(start));
		} finally {
			pm.done();
		}
	}

	/** The result kind of a study kind (summary.json's {@code kind}): the one place that maps them. */
	public static String resultKind(StudyKind kind) {
		return kind == StudyKind.CYCLE_LIFE ? ResultsFormat.KIND_CYCLE_LIFE : ResultsFormat.KIND_DEPOSITION_2D;
	}

	private StudyOutcome failed(StudyPlan.PlannedStudy study, Path directory, String inputHash, String message,
			long start) {
		Path written = null;
		String text = message;
		if (directory != null) {
			try {
				written = write(study, false, directory, inputHash, StudyStatus.FAILED, message, seconds(start), null);
			} catch (IOException | RuntimeException e) {
				text = message + " (and the failed result could not be written: " + e.getMessage() + ")";
			}
		}
		return new StudyOutcome(study.name(), study.kind(), StudyOutcome.Status.FAILED, text, Map.of(), written,
				seconds(start));
	}

	/**
	 * A key figure that came out NaN means the numbers broke down (a parameter far outside its
	 * physical range, such as a diffusion coefficient of 1e-300 m²/s), not that the study has a result.
	 */
	private static void checkKeyFigures(String name, StudyComputation computation) throws StudyException {
		List<String> broken = KEY_FIGURES.stream()
				.filter(n -> computation.scalars().get(n) instanceof Double d && d.isNaN()).toList();
		if (!broken.isEmpty()) {
			throw new StudyException("study '" + name + "': the computation ended with key figures that are"
					+ " not a number (" + String.join(", ", broken)
					+ "); a parameter of the design is probably far outside"
					+ " its physical range (check the electrolyte's diffusion coefficient and conductivity and the kinetics)");
		}
	}

	/** Refuses, before anything is allocated, a study that goes beyond its limits or the memory left. */
	private void checkResources(ResourceEstimate estimate) throws StudyException {
		List<ResourceEstimate.Excess> excess = estimate
				.check(limits != null ? limits : ResourceLimits.fromSystemProperties(),
						ResourceEstimate.availableMemory());
		if (!excess.isEmpty()) {
			throw new StudyException(
					excess.stream().map(ResourceEstimate.Excess::message).collect(Collectors.joining("; ")));
		}
	}

	private Path write(StudyPlan.PlannedStudy study, boolean ok, Path directory, String inputHash, StudyStatus status,
			String message, double wall, StudyComputation computation) throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(directory)) {
			StudySummary.Builder summary = StudySummary.builder(study.name(), study.kind()).status(status)
					.message(message)
					.wallSeconds(wall).provenance(study.provenance(ok, inputHash));
			if (computation != null) {
				computation.write(out, summary);
			}
			out.commit(summary.build());
			return out.directory();
		}
	}

	static String studyName(Study study) {
		return NamedElements.displayName(study);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) * 1e-9;
	}
}
