/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anodyne.model.NamedElements;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.ResourceLimits;
import org.anodyne.study.StudyPlan;
import org.anodyne.study.StudyRunner;

/**
 * Runs studies for {@code solve} and {@code build}: each through the study layer into its result
 * directory (which records the input hash before it commits), reported as a {@link StudyRow}; Ctrl-C cancels what runs
 * and waits for it to stop, so no result is left half-written.
 */
final class StudyJobs {

	/**
	 * One study to run.
	 *
	 * @param designFile  the design file
	 * @param design      the design file's label for tables
	 * @param studyIndex  position of the study in the design
	 * @param study       the study's name
	 * @param directory   its result directory
	 * @param inputHash   the hash to record in its result
	 */
	record Job(Path designFile, String design, int studyIndex, String study, Path directory, String inputHash) {

		/** The labels are printed on the terminal: made printable once, here. */
		Job {
			design = Console.printable(design);
			study = Console.printable(study);
		}
	}

	private final Console console;
	private final AtomicBoolean cancel = new AtomicBoolean();
	private final CountDownLatch finished = new CountDownLatch(1);
	private final Thread hook;
	private final ProgressBoard board;
	private final ResourceLimits limits;

	StudyJobs(Console console, ResourceLimits limits) {
		this.console = console;
		this.limits = limits;
		this.board = new ProgressBoard(console, cancel);
		this.hook = new Thread(this::interrupted, "anodyne interrupt");
		Runtime.getRuntime().addShutdownHook(hook);
	}

	/** The name a study goes by: its name, else its id (as the study layer names it). */
	static String name(Study study) {
		return NamedElements.displayName(study);
	}

	/** The result directories of a design's studies, by position, under a results root. */
	static List<Path> directories(Path root, Path designFile, CellDesign design) {
		return ResultsLayout.studyDirectories(root, designFile,
				design.getStudies().stream().map(StudyJobs::name).toList(),
				design.getStudies().stream().map(Study::getId).toList());
	}

	/** The label of a design file in tables: its name without the extension. */
	static String label(Path designFile) {
		String name = designFile.getFileName().toString();
		return name.endsWith("." + DesignResources.FILE_EXTENSION)
				? name.substring(0, name.length() - DesignResources.FILE_EXTENSION.length() - 1)
				: name;
	}

	/**
	 * The previous result of a job if it was computed from the same inputs.
	 */
	static Optional<StudySummary> current(Job job) {
		if (!Files.isDirectory(job.directory())) {
			return Optional.empty();
		}
		try {
			StudySummary summary = StudyResult.read(job.directory()).summary();
			return job.inputHash().equals(summary.provenance().inputHash()) ? Optional.of(summary) : Optional.empty();
		} catch (IOException e) {
			// An unreadable old result is simply recomputed.
			return Optional.empty();
		}
	}

	/** The row of a result reused as it is. */
	static StudyRow unchanged(Job job, StudySummary summary) {
		boolean ok = summary.status() == StudyStatus.OK;
		return new StudyRow(job.design(), job.study(), summary.status().word() + ", unchanged", Double.NaN,
				ok ? StudyRow.figures(summary.kind(), summary.scalars()) : Console.printable(summary.message()),
				ok ? ExitCode.OK : ExitCode.FAILURE);
	}

	/** A runner with this build's resource limits. */
	StudyRunner runner() {
		return new StudyRunner().withLimits(limits);
	}

	/**
	 * Runs a job.
	 *
	 * @param planned the job's study in its design's plan ({@link StudyRunner#plan}); jobs running in
	 *                parallel share their design's plan, which holds no model object
	 */
	StudyRow run(Job job, StudyPlan.PlannedStudy planned) {
		if (cancel.get()) {
			return new StudyRow(job.design(), job.study(), "cancelled", Double.NaN, "not started", ExitCode.FAILURE);
		}
		StudyProgress progress = board.start(job.design() + " / " + job.study());
		long start = System.nanoTime();
		try {
			StudyOutcome outcome = runner().run(planned, job.directory(), job.inputHash(), progress);
			double seconds = (System.nanoTime() - start) / 1e9;
			StudyRow row = switch (outcome.status()) {
			case OK -> new StudyRow(job.design(), job.study(), "ok", seconds,
					StudyRow.figures(outcome.kind(), outcome.scalars()), ExitCode.OK);
			case FAILED -> new StudyRow(job.design(), job.study(), "failed", seconds,
					Console.printable(outcome.message()), ExitCode.FAILURE);
			case CANCELLED -> new StudyRow(job.design(), job.study(), "cancelled", seconds,
					"previous result kept", ExitCode.FAILURE);
			};
			board.println(String.format("%-9s %s / %s (%s)%s", row.status(), job.design(), job.study(),
					StudyProgress.clock(seconds), row.exit() == ExitCode.OK ? "" : ": " + row.result()));
			return row;
		} catch (RuntimeException | LinkageError | VirtualMachineError e) {
			// The study layer commits a result only when it is complete: what failed here left none behind.
			String message = Failures.of("running this study", e);
			board.println("failed    " + job.design() + " / " + job.study() + ": " + message);
			return new StudyRow(job.design(), job.study(), "failed", (System.nanoTime() - start) / 1e9, message,
					ExitCode.FAILURE);
		} finally {
			board.finish(progress);
		}
	}

	/** Called once the work is over (normally or not): stops the progress display and the Ctrl-C hook. */
	void done() {
		finished.countDown();
		board.close();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// Already shutting down: the hook is running and waits for us.
		}
	}

	/** Ctrl-C or kill: cancel the running studies and wait until they have cleaned up. */
	private void interrupted() {
		if (finished.getCount() == 0) {
			return;
		}
		cancel.set(true);
		console.err().println("\nanodyne: interrupted; stopping the running studies (their previous results are kept)");
		try {
			finished.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
