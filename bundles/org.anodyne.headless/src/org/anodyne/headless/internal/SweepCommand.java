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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anodyne.model.NamedElements;
import org.anodyne.headless.internal.DesignCheck.Finding;
import org.anodyne.headless.internal.DesignCheck.Report;
import org.anodyne.headless.internal.slurm.SlurmSweep;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Sweep;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.results.SweepTable;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.sweep.SweepPlan;
import org.anodyne.study.sweep.SweepRunner;
import org.anodyne.study.Progress;
import org.anodyne.study.InputHash;

/**
 * {@code anodyne sweep}: runs a design's sweeps point by point on all cores, resuming where an earlier
 * run stopped, and writes each sweep's table. {@code --point I} runs one point (or a few, one after
 * the other) and {@code --gather} only tabulates, so a cluster job can run the points as separate tasks.
 */
final class SweepCommand implements Command {

	private final MetalRegistry metals;
	private final SlurmSweep.Context slurm;

	SweepCommand(MetalRegistry metals) {
		this(metals, SlurmSweep.Context.system());
	}

	/** With the Slurm commands and launcher given, as tests do. */
	SweepCommand(MetalRegistry metals, SlurmSweep.Context slurm) {
		this.metals = metals;
		this.slurm = slurm;
	}

	@Override
	public String name() {
		return "sweep";
	}

	@Override
	public String summary() {
		return "run a design's sweeps on all cores, resuming finished points, into a table";
	}

	@Override
	public String help() {
		return ("""
				Usage: anodyne sweep FILE [--sweep NAME]... [--study NAME]... [--jobs N] [--out DIR]
				                          [--force] [--point I... | --gather]
				       anodyne sweep FILE --slurm [--partition P] [--time T] [--max-parallel K]
				                          [--points-per-task M] | --status | --resubmit

				Checks FILE, then runs its sweeps (all by default): every point of a sweep is the
				sweep's base study with the sweep's parameters set to the point's values, run
				through the study layer into DIR/<file>/<sweep>/points/<index>/ in the ordinary
				results format, N points at a time. A point whose result was computed from the same
				inputs (the point's design and the installed code, hashed) and is ok is not run
				again; failed points and points whose inputs changed are. Ctrl-C stops the running
				points, keeps every finished one and still writes the table. At the end each sweep's
				table is written: sweep.csv (parameters and outputs, units in the headers) and
				sweep.json (also status, message and input hash of every point); see the results
				format in org.anodyne.results/README.md. Progress, with the time left, goes to
				standard error; a summary per sweep to standard output. DIR defaults to results/
				beside FILE.

				Options:
				  --sweep NAME  run only this sweep (its name or id); repeat for several
				  --study NAME  run only the sweeps of this base study (its name or id)
				  --jobs N      points to run at once (default: the cores available, here %d)
				  --out DIR     the results root instead of results/ beside FILE
				  --force       run every point, finished or not
				  --point I     run only point I (from 0) of the sweep, without writing the table;
				                repeat to run several one after the other in one process
				  --gather      run nothing; write the table from the points that have finished
				  -h, --help    this text

				""" + SlurmSweep.HELP + """

				Exit status: 0 every point of every sweep ok; 1 the design has errors, a sweep
				cannot run, or a point failed or is missing (not run, interrupted); 2 a usage error,
				or FILE cannot be read or is not a well-formed design.
				""").formatted(Runtime.getRuntime().availableProcessors());
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Arguments a = Arguments.parse(args, union(Set.of("--force", "--gather"), SlurmSweep.FLAGS),
				union(Set.of("--out", "--jobs"), SlurmSweep.OPTIONS), Set.of("--sweep", "--study", "--point"));
		if (a.operands().size() != 1) {
			throw new UsageException(a.operands().isEmpty()
					? "name the .anodyne file whose sweeps to run"
					: "sweep takes one design file, got " + a.operands().size());
		}
		Path file = Path.of(a.operands().get(0));
		if (!Files.isRegularFile(file)) {
			throw new UsageException(Files.isDirectory(file)
					? file + " is a directory; name a .anodyne file"
					: "no such file: " + file);
		}
		Path root = SolveCommand.outputRoot(a, file);
		int jobs = BuildCommand.jobs(a);
		List<Integer> point = points(a);
		if (!point.isEmpty() && a.flag("--gather")) {
			throw new UsageException("--point and --gather exclude each other");
		}
		Optional<SlurmSweep> cluster = SlurmSweep.of(a, slurm);

		Report report = DesignCheck.check(file, metals);
		for (Finding f : report.findings()) {
			console.out().println(f.format(file.toString()));
		}
		if (!report.readable()) {
			return ExitCode.USAGE;
		}
		CellDesign design = report.design();
		List<Sweep> chosen = choose(design, a.values("--sweep"), a.values("--study"), file);
		if (chosen.isEmpty()) {
			console.err().println("anodyne sweep: " + file + " has no sweeps; nothing to run");
			return report.exitCode();
		}
		if (!point.isEmpty() && chosen.size() != 1) {
			throw new UsageException("--point needs exactly one sweep; name it with --sweep (" + file + " has "
					+ chosen.size() + ")");
		}
		String environment = InputHash.ofPlatform().environment();
		SweepRunner runner = new SweepRunner(new StudyRunner());
		int exit = report.exitCode();
		Interrupt interrupt = new Interrupt(console);
		try {
			for (Sweep sweep : chosen) {
				if (interrupt.cancelled.get()) {
					break;
				}
				SweepPlan plan;
				try {
					plan = SweepPlan.of(sweep, metals, environment);
				} catch (StudyException e) {
					console.err().println("anodyne sweep: " + file + ": " + Console.printable(e.getMessage()));
					exit = ExitCode.worst(exit, ExitCode.FAILURE);
					continue;
				}
				Path directory = SweepRunner.directory(root, file, sweep);
				if (cluster.isPresent()) {
					exit = ExitCode.worst(exit,
							cluster.get().run(plan, sweep.getId() != null ? sweep.getId() : name(sweep),
									file.toAbsolutePath().normalize(), root.toAbsolutePath().normalize(),
									directory.toAbsolutePath().normalize(), a.flag("--force"), console));
					continue;
				}
				exit = ExitCode.worst(exit,
						!point.isEmpty()
								? runSome(runner, plan, point, directory, interrupt, console)
								: runAll(runner, plan, directory, jobs, a.flag("--force"), a.flag("--gather"),
										interrupt, console));
			}
		} finally {
			interrupt.finish();
		}
		return exit;
	}

	/** Runs the given points one after the other, each whatever became of the one before. */
	private static int runSome(SweepRunner runner, SweepPlan plan, List<Integer> indices, Path directory,
			Interrupt interrupt, Console console) throws UsageException {
		for (int index : indices) {
			if (index >= plan.points().size()) {
				throw new UsageException("--point " + index + " is past the last point of sweep '" + plan.sweep()
						+ "', " + (plan.points().size() - 1));
			}
		}
		int exit = ExitCode.OK;
		for (int index : indices) {
			if (interrupt.cancelled.get()) {
				return ExitCode.FAILURE;
			}
			SweepPlan.Point p = plan.points().get(index);
			StudyOutcome outcome = runner.runPoint(plan, p, directory, interrupt.monitor);
			console.out().println(line(plan, p, outcome));
			exit = ExitCode.worst(exit, outcome.ok() ? ExitCode.OK : ExitCode.FAILURE);
		}
		return exit;
	}

	private static int runAll(SweepRunner runner, SweepPlan plan, Path directory, int jobs, boolean force,
			boolean gather, Interrupt interrupt, Console console) {
		long start = System.nanoTime();
		SweepTable table;
		try {
			if (gather) {
				table = SweepRunner.gather(plan, directory, 0);
			} else {
				int pending = SweepRunner.pending(plan, directory, force).size();
				console.err().println(String.format(Locale.ROOT,
						"anodyne sweep: '%s', %d points: %d to run, %d finished before; %d at a time", plan.sweep(),
						plan.points().size(), pending, plan.points().size() - pending,
						Math.min(jobs, Math.max(1, pending))));
				table = runner.run(plan, directory, jobs, force, (p, outcome, done, total) -> {
					if (outcome.status() == StudyOutcome.Status.CANCELLED && outcome.directory() == null
							&& outcome.wallSeconds() == 0) {
						return; // not started after Ctrl-C: the summary counts it as missing
					}
					double elapsed = (System.nanoTime() - start) * 1e-9;
					double left = elapsed / done * (total - done);
					console.err().println(String.format(Locale.ROOT, "[%d/%d] %s; %s elapsed, %s left", done, total,
							line(plan, p, outcome), StudyProgress.clock(elapsed), StudyProgress.clock(left)));
				}, interrupt.monitor);
			}
		} catch (IOException e) {
			console.err()
					.println("anodyne sweep: cannot write the table of sweep '" + plan.sweep() + "' in " + directory
							+ ": " + Console.printable(e.getMessage()));
			return ExitCode.FAILURE;
		}
		long ok = table.count(SweepTable.OK);
		long failed = table.count(SweepTable.FAILED);
		long missing = table.count(SweepTable.MISSING);
		console.out().println(String.format(Locale.ROOT, "sweep '%s': %d points: %d ok, %d failed, %d missing; %s",
				Console.printable(plan.sweep()), table.points().size(), ok, failed, missing,
				StudyProgress.clock((System.nanoTime() - start) * 1e-9)));
		console.out().println("table in " + directory.resolve(SweepTable.CSV_FILE));
		return failed + missing == 0 ? ExitCode.OK : ExitCode.FAILURE;
	}

	/** {@code point 0007 ok: thickness=250 um; bottomFraction=0.91 (0:12)}. */
	private static String line(SweepPlan plan, SweepPlan.Point p, StudyOutcome outcome) {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "point %04d %s: ", p.index(),
				outcome.status().name().toLowerCase(Locale.ROOT)));
		for (int k = 0; k < plan.parameters().size(); k++) {
			SweepTable.Parameter parameter = plan.parameters().get(k);
			b.append(k == 0 ? "" : ", ").append(parameter.name()).append('=')
					.append(String.format(Locale.ROOT, "%.6g", p.values()[k]).replaceFirst("\\.?0+(?=$|e)", ""))
					.append(parameter.unit().equals("-") ? "" : " " + parameter.unit());
		}
		if (outcome.ok() && !plan.outputs().isEmpty()) {
			String first = plan.outputs().get(0).name();
			Object value = outcome.scalars().get(first);
			b.append("; ").append(first).append('=').append(value instanceof Double d
					? String.format(Locale.ROOT, "%.4g", d)
					: String.valueOf(value));
		} else if (!outcome.ok()) {
			b.append("; ").append(Console.printable(outcome.message()));
		}
		return b.append(" (").append(StudyProgress.clock(outcome.wallSeconds())).append(')').toString();
	}

	private static String name(Sweep sweep) {
		return NamedElements.displayName(sweep);
	}

	private static List<Sweep> choose(CellDesign design, List<String> sweeps, List<String> studies, Path file)
			throws UsageException {
		Set<Sweep> chosen = new LinkedHashSet<>();
		for (String name : sweeps) {
			List<Sweep> found = design.getSweeps().stream()
					.filter(s -> name.equals(s.getName()) || name.equals(s.getId())).toList();
			if (found.isEmpty()) {
				throw new UsageException("no sweep '" + name + "' in " + file + "; its sweeps are: " + String.join(", ",
						design.getSweeps().stream().map(s -> "'" + name(s) + "'").toList()));
			}
			chosen.addAll(found);
		}
		for (String name : studies) {
			List<Sweep> found = design.getSweeps().stream().filter(s -> s.getStudy() != null
					&& (name.equals(s.getStudy().getName()) || name.equals(s.getStudy().getId()))).toList();
			if (found.isEmpty()) {
				throw new UsageException("no sweep of a study '" + name + "' in " + file);
			}
			chosen.addAll(found);
		}
		return sweeps.isEmpty() && studies.isEmpty() ? List.copyOf(design.getSweeps()) : List.copyOf(chosen);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}

	private static List<Integer> points(Arguments a) throws UsageException {
		List<Integer> points = new ArrayList<>();
		for (String text : a.values("--point")) {
			int n = -1;
			try {
				n = Integer.parseInt(text);
			} catch (NumberFormatException e) {
				// reported below
			}
			if (n < 0) {
				throw new UsageException("--point must be a point's index, a whole number from 0, not '" + text + "'");
			}
			points.add(n);
		}
		return points;
	}

	/**
	 * Ctrl-C or kill: cancel the running points and wait until they have stopped and the table is
	 * written, so finished points are kept and no point is left half-written.
	 */
	private static final class Interrupt {
		private final AtomicBoolean cancelled = new AtomicBoolean();
		private final CountDownLatch finished = new CountDownLatch(1);
		private final Thread hook;
		private final Progress monitor = Progress.cancelledWhen(cancelled::get);

		Interrupt(Console console) {
			hook = new Thread(() -> {
				if (finished.getCount() == 0) {
					return;
				}
				cancelled.set(true);
				console.err().println("\nanodyne: interrupted; stopping the running points (finished points are kept)");
				try {
					finished.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "anodyne sweep interrupt");
			Runtime.getRuntime().addShutdownHook(hook);
		}

		void finish() {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// Already shutting down: the hook is running and waits for us.
			}
		}
	}
}
