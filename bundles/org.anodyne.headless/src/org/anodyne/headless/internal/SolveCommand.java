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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anodyne.study.ResourceLimits;
import org.anodyne.headless.internal.DesignCheck.Finding;
import org.anodyne.headless.internal.DesignCheck.Report;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.results.ResultsLayout;
import org.anodyne.study.InputHash;
import org.anodyne.study.StudyPlan;

/** {@code anodyne solve}: runs a design's studies into result directories. */
final class SolveCommand implements Command {

	private final MetalRegistry metals;

	SolveCommand(MetalRegistry metals) {
		this.metals = metals;
	}

	@Override
	public String name() {
		return "solve";
	}

	@Override
	public String summary() {
		return "run a design's studies into results/ with progress and time left";
	}

	@Override
	public String help() {
		return """
				Usage: anodyne solve FILE [--study NAME]... [--out DIR]

				Checks FILE, then runs its studies (all by default, in the order of the design) into
				DIR/<file>/<study>/: summary.json, CSV series, field files and pictures (see the
				results format in org.anodyne.results/README.md). DIR defaults to results/ beside
				FILE. Progress, with an estimate of the time left, goes to standard error; a table
				of the studies and their key figures to standard output.

				Each result is written beside the previous one and swapped in when complete: an
				interrupted run (Ctrl-C, kill) leaves the previous complete result, or none, never
				a half-written one. A study that fails (e.g. the solver diverges) is written with
				status "failed" and the solver's message.

				Options:
				  --study NAME  run only this study (its name or id); repeat for several
				  --out DIR     the results root instead of results/ beside FILE
				%s
				  -h, --help    this text

				Exit status: 0 every study ok; 1 the design has errors, or a study failed or was
				interrupted; 2 a usage error, or FILE cannot be read or is not a well-formed design.
				""".formatted(LimitOptions.HELP);
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Arguments a = Arguments.parse(args, Set.of(), LimitOptions.with("--out"), Set.of("--study"));
		ResourceLimits limits = LimitOptions.of(a);
		if (a.operands().size() != 1) {
			throw new UsageException(a.operands().isEmpty()
					? "name the .anodyne file to solve"
					: "solve takes one design file, got " + a.operands().size()
							+ " (use 'anodyne build DIR' for several)");
		}
		Path file = DesignFiles.path(a.operands().get(0));
		if (Files.isDirectory(file)) {
			throw new UsageException(file + " is a directory; use 'anodyne build " + file + "'");
		}
		if (!Files.exists(file) && !Files.isSymbolicLink(file)) {
			throw new UsageException("no such file: " + file);
		}
		Path root = outputRoot(a, file);

		Report report = DesignCheck.check(file, metals, limits);
		if (!report.readable()) {
			print(report, console);
			return ExitCode.USAGE;
		}
		CellDesign design = report.design();
		List<Integer> chosen = choose(design, a.values("--study"), file);
		print(report, console);
		if (chosen.isEmpty()) {
			console.err().println(
					"anodyne solve: " + Console.printable(file.toString()) + " has no studies; nothing to solve");
			return report.exitCode();
		}
		InputHash hashes = InputHash.ofPlatform();
		String hash;
		try {
			hash = hashes.of(file);
		} catch (IOException e) {
			console.err().println("anodyne solve: cannot read " + Console.printable(file + ": " + e.getMessage()));
			return ExitCode.USAGE;
		}
		List<Path> directories = StudyJobs.directories(root, file, design);
		StudyJobs jobs = new StudyJobs(console, limits);
		List<StudyRow> rows = new ArrayList<>();
		try {
			StudyPlan plan = jobs.runner().plan(chosen.stream().map(design.getStudies()::get).toList());
			for (int k = 0; k < chosen.size(); k++) {
				int index = chosen.get(k);
				Study study = design.getStudies().get(index);
				StudyJobs.Job job = new StudyJobs.Job(file, StudyJobs.label(file), index, StudyJobs.name(study),
						directories.get(index), hash);
				rows.add(jobs.run(job, plan.studies().get(k)));
			}
		} finally {
			jobs.done();
		}
		console.out().print(StudyRow.table(rows));
		console.out().println("results in " + Console.printable(ResultsLayout.designDirectory(root, file).toString()));
		int exit = report.exitCode();
		for (StudyRow row : rows) {
			exit = ExitCode.worst(exit, row.exit());
		}
		return exit;
	}

	private static void print(Report report, Console console) {
		for (Finding f : report.findings()) {
			console.out().println(f.format(report.file().toString()));
		}
	}

	static Path outputRoot(Arguments a, Path file) throws UsageException {
		Path root = a.value("--out").map(Path::of).orElse(ResultsLayout.defaultRoot(file));
		if (Files.exists(root) && !Files.isDirectory(root)) {
			throw new UsageException("--out " + root + " exists and is not a directory");
		}
		return root;
	}

	/** The positions of the studies to run, in design order; all when none is named. */
	private static List<Integer> choose(CellDesign design, List<String> names, Path file) throws UsageException {
		List<Study> studies = design.getStudies();
		Set<Integer> chosen = new LinkedHashSet<>();
		for (String name : names) {
			boolean found = false;
			for (int i = 0; i < studies.size(); i++) {
				Study s = studies.get(i);
				if (name.equals(s.getName()) || name.equals(s.getId())) {
					chosen.add(i);
					found = true;
				}
			}
			if (!found) {
				throw new UsageException("no study '" + name + "' in " + file + "; its studies are: "
						+ String.join(", ", studies.stream().map(s -> "'" + StudyJobs.name(s) + "'").toList()));
			}
		}
		if (names.isEmpty()) {
			for (int i = 0; i < studies.size(); i++) {
				chosen.add(i);
			}
		}
		return chosen.stream().sorted().toList();
	}
}
