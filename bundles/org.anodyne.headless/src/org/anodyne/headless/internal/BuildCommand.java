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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anodyne.study.ResourceLimits;
import org.anodyne.headless.internal.DesignCheck.Finding;
import org.anodyne.headless.internal.DesignCheck.Report;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.validation.Severity;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.StudySummary;
import org.anodyne.study.InputHash;
import org.anodyne.study.StudyPlan;
import org.anodyne.study.StudyRunner;

/**
 * {@code anodyne build}: validates every design under a folder and solves every study whose inputs
 * changed, several at a time, ending with a summary table.
 */
final class BuildCommand implements Command {

	private final MetalRegistry metals;

	BuildCommand(MetalRegistry metals) {
		this.metals = metals;
	}

	@Override
	public String name() {
		return "build";
	}

	@Override
	public String summary() {
		return "validate and solve every study under a folder, skipping unchanged ones";
	}

	@Override
	public String help() {
		return """
				Usage: anodyne build [--out DIR] [--jobs N] [--force] FOLDER

				Validates every .anodyne file under FOLDER (hidden folders and results/ folders are
				skipped) and solves every study whose inputs changed since its last result, N at a
				time, into results/<file>/<study>/ beside each design (or DIR/<file>/<study>/).
				"Inputs" are the content of the design file and of the installed code and
				extensions that compute results (metals, collector geometries); their hash is kept
				in each result's summary.json. Findings go to standard output as in 'anodyne
				validate', progress with the time left to standard error, and a summary table of
				every study to standard output at the end.

				Options:
				  --out DIR   the results root instead of results/ beside each design
				  --jobs N    studies to run at once (default: the cores available, here %d)
				  --force     solve every study, changed or not
				%s
				  -h, --help  this text

				Exit status: 0 all designs valid and every study ok; 1 a design has errors or a
				study failed (also one reused unchanged) or was interrupted; 2 a usage error, or a
				file that cannot be read or is not a well-formed design.
				""".formatted(Runtime.getRuntime().availableProcessors(), LimitOptions.HELP);
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Arguments a = Arguments.parse(args, Set.of("--force"), LimitOptions.with("--out", "--jobs"));
		ResourceLimits limits = LimitOptions.of(a);
		if (a.operands().size() != 1) {
			throw new UsageException(a.operands().isEmpty()
					? "name the folder to build"
					: "build takes one folder, got " + a.operands().size());
		}
		Path folder = DesignFiles.path(a.operands().get(0));
		if (!Files.isDirectory(folder)) {
			throw new UsageException(Files.exists(folder)
					? folder + " is a file; use 'anodyne solve " + folder + "'"
					: "no such folder: " + folder);
		}
		int jobs = jobs(a);
		Path out = a.value("--out").map(Path::of).orElse(null);
		if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
			throw new UsageException("--out " + out + " exists and is not a directory");
		}
		DesignFiles.Found search = DesignFiles.search(folder);
		List<Path> files = search.files();
		if (files.isEmpty() && search.skipped().isEmpty()) {
			throw new UsageException("no .anodyne files in folder " + folder);
		}
		long started = System.nanoTime();

		int exit = search.report(name(), console);
		long errors = 0;
		long warnings = 0;
		InputHash hashes = InputHash.ofPlatform();
		List<StudyRow> rows = new ArrayList<>();
		List<StudyJobs.Job> toRun = new ArrayList<>();
		List<StudyPlan.PlannedStudy> planned = new ArrayList<>();
		List<Integer> rowOfJob = new ArrayList<>();
		StudyRunner planner = new StudyRunner().withLimits(limits);
		for (Path file : files) {
			Report report = DesignCheck.check(file, metals, limits);
			for (Finding f : report.findings()) {
				console.out().println(f.format(file.toString()));
			}
			errors += report.count(Severity.ERROR);
			warnings += report.count(Severity.WARNING);
			exit = ExitCode.worst(exit, report.exitCode());
			String label = StudyJobs.label(file);
			if (!report.readable()) {
				rows.add(new StudyRow(label, "-", "unreadable", Double.NaN, "see the findings above", ExitCode.USAGE));
				continue;
			}
			String hash;
			try {
				hash = hashes.of(file);
			} catch (IOException e) {
				rows.add(new StudyRow(label, "-", "unreadable", Double.NaN, Console.printable(e.getMessage()),
						ExitCode.USAGE));
				exit = ExitCode.USAGE;
				continue;
			}
			Path root = out != null ? out : ResultsLayout.defaultRoot(file);
			List<Path> directories = StudyJobs.directories(root, file, report.design());
			List<Study> studiesToRun = new ArrayList<>();
			for (int i = 0; i < directories.size(); i++) {
				StudyJobs.Job job = new StudyJobs.Job(file, label, i,
						StudyJobs.name(report.design().getStudies().get(i)),
						directories.get(i), hash);
				Optional<StudySummary> current = a.flag("--force") ? Optional.empty() : StudyJobs.current(job);
				if (current.isPresent()) {
					rows.add(StudyJobs.unchanged(job, current.get()));
				} else {
					rowOfJob.add(rows.size());
					rows.add(null);
					toRun.add(job);
					studiesToRun.add(report.design().getStudies().get(i));
				}
			}
			// One plan per design, read once here; the design's jobs share it however many run at a time.
			planned.addAll(planner.plan(studiesToRun).studies());
		}
		console.err()
				.println(String.format(Locale.ROOT,
						"anodyne build: %d design%s, %d stud%s to solve, %d unchanged, %d at a time",
						files.size(), files.size() == 1 ? "" : "s", toRun.size(), toRun.size() == 1 ? "y" : "ies",
						rows.stream().filter(r -> r != null && r.status().endsWith("unchanged")).count(),
						Math.min(jobs, Math.max(1, toRun.size()))));

		StudyJobs runner = new StudyJobs(console, limits);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, toRun.size())), r -> {
			Thread t = new Thread(r, "anodyne study");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<StudyRow>> futures = new ArrayList<>();
			for (int k = 0; k < toRun.size(); k++) {
				StudyJobs.Job job = toRun.get(k);
				StudyPlan.PlannedStudy study = planned.get(k);
				futures.add(pool.submit(() -> runner.run(job, study)));
			}
			for (int k = 0; k < futures.size(); k++) {
				rows.set(rowOfJob.get(k), result(futures.get(k), toRun.get(k)));
			}
		} finally {
			pool.shutdownNow();
			runner.done();
		}
		for (StudyRow row : rows) {
			exit = ExitCode.worst(exit, row.exit());
		}
		console.out().print(StudyRow.table(rows));
		long run = rows.stream().filter(r -> !Double.isNaN(r.seconds())).count();
		long failed = rows.stream().filter(r -> r.status().startsWith("failed")).count();
		console.out().println(String.format(Locale.ROOT,
				"%d design%s (%d error%s, %d warning%s), %d stud%s: %d run, %d unchanged, %d failed; %s",
				files.size(), files.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
				warnings == 1 ? "" : "s", rows.size(), rows.size() == 1 ? "y" : "ies", run,
				rows.stream().filter(r -> r.status().endsWith("unchanged")).count(), failed,
				StudyProgress.clock((System.nanoTime() - started) / 1e9)));
		return exit;
	}

	private static StudyRow result(Future<StudyRow> future, StudyJobs.Job job) {
		try {
			return future.get();
		} catch (ExecutionException e) {
			return new StudyRow(job.design(), job.study(), "failed", Double.NaN,
					Failures.of("running this study", e.getCause()), ExitCode.FAILURE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new StudyRow(job.design(), job.study(), "cancelled", Double.NaN, "interrupted", ExitCode.FAILURE);
		}
	}

	/** The --jobs option: 1 to 256, default the cores available. */
	static int jobs(Arguments a) throws UsageException {
		String text = a.value("--jobs").orElse(null);
		if (text == null) {
			return Runtime.getRuntime().availableProcessors();
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= 1 && n <= 256) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--jobs must be a whole number from 1 to 256, not '" + text + "'");
	}
}
