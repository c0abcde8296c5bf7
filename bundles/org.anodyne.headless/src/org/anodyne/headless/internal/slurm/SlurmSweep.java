/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal.slurm;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.anodyne.headless.internal.Arguments;
import org.anodyne.headless.internal.Console;
import org.anodyne.headless.internal.ExitCode;
import org.anodyne.headless.internal.UsageException;
import org.anodyne.headless.internal.slurm.Slurm.SlurmException;
import org.anodyne.headless.internal.slurm.Slurm.TaskState;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.study.sweep.SweepPlan;
import org.anodyne.study.sweep.SweepRunner;

/**
 * {@code anodyne sweep FILE --slurm | --status | --resubmit}: runs a sweep's points as Slurm job arrays
 * on a cluster's shared filesystem, reports their progress, and submits again what did not finish.
 * The result folders are the truth about a point; Slurm ({@code squeue}, {@code scontrol show job},
 * {@code sacct} when accounting is configured) says what is still queued or running and why a task
 * ended without a result. The {@link SubmissionRecord} ties Slurm's tasks to the sweep's points.
 */
public final class SlurmSweep {

	/** The flags that choose a Slurm mode. */
	public static final Set<String> FLAGS = Set.of("--slurm", "--status", "--resubmit");
	/** The options of a submission. */
	public static final Set<String> OPTIONS = Set.of("--partition", "--time", "--max-parallel", "--points-per-task");

	/** {@code --status}: no point failed or was lost, some are still queued or running. */
	public static final int IN_PROGRESS = 3;

	/** The help text of the Slurm options, for the sweep command's help. */
	public static final String HELP = """
			On a Slurm cluster (the design and DIR on a filesystem the compute nodes share):
			  --slurm       write a job-array script into DIR/<file>/<sweep>/slurm/ and submit it
			                with sbatch: each array task runs its points with this anodyne
			                launcher and --point I...; points finished ok, or queued or running in
			                Slurm, are not submitted again (--force submits the finished ones too)
			  --partition P the partition(s) to run in (default: the cluster's default)
			  --time T      the time limit of one task in Slurm's syntax, e.g. 30 or 2:00:00
			  --max-parallel K
			                at most K tasks of an array running at once (--array=0-(N-1)%%K)
			  --points-per-task M
			                M points per task, one after the other (default 1, or as many as
			                needed to fit one array of the cluster's MaxArraySize tasks; with M
			                given, a sweep needing more tasks is split into several arrays)
			  --status      the points' progress from the result folders and Slurm (squeue,
			                scontrol show job; sacct when accounting is configured)
			  --resubmit    submit the points that are missing or failed and not queued or
			                running, with the last submission's options unless given again
			  The record of what was submitted: DIR/<file>/<sweep>/slurm/submissions.tsv.
			  --status exits 0 when every point is ok, 3 while points are queued or running and
			  none failed or was lost, 1 otherwise.
			""";

	/** Slurm's commands and the launcher the array tasks run. */
	public record Context(Slurm slurm, Optional<Path> launcher) {
		/**
		 * The commands on the PATH; the launcher from {@code -Danodyne.launcher}, else
		 * {@code ANODYNE_LAUNCHER}, else the {@code anodyne} script of the running product.
		 */
		public static Context system() {
			String given = Optional.ofNullable(System.getProperty("anodyne.launcher"))
					.orElse(System.getenv("ANODYNE_LAUNCHER"));
			Optional<Path> launcher = given != null ? Optional.of(Path.of(given)) : productLauncher();
			return new Context(Slurm.fromPath(), launcher.map(p -> p.toAbsolutePath().normalize()));
		}

		private static Optional<Path> productLauncher() {
			String area = System.getProperty("osgi.install.area");
			if (area == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(Path.of(new URI(area.replace(" ", "%20"))).resolve("anodyne"));
			} catch (URISyntaxException | IllegalArgumentException e) {
				return Optional.empty();
			}
		}
	}

	private enum Mode {
		SUBMIT, STATUS, RESUBMIT
	}

	/** What #SBATCH lines and sbatch's own parsing take safely as a path. */
	private static final Pattern SAFE_PATH = Pattern.compile("[^\\s\\p{Cntrl}]+");

	private final Mode mode;
	private final SlurmOptions options;
	private final Context context;

	private SlurmSweep(Mode mode, SlurmOptions options, Context context) {
		this.mode = mode;
		this.options = options;
		this.context = context;
	}

	/**
	 * The Slurm mode the arguments ask for, checked.
	 *
	 * @return empty when no Slurm flag is given (and then no Slurm option either)
	 */
	public static Optional<SlurmSweep> of(Arguments a, Context context) throws UsageException {
		List<String> modes = FLAGS.stream().filter(a::flag).sorted().toList();
		List<String> given = OPTIONS.stream().filter(o -> a.value(o).isPresent()).sorted().toList();
		if (modes.isEmpty()) {
			if (!given.isEmpty()) {
				throw new UsageException(given.get(0) + " is an option of --slurm or --resubmit");
			}
			return Optional.empty();
		}
		List<String> conflicting = new ArrayList<>(modes);
		if (a.flag("--gather")) {
			conflicting.add("--gather");
		}
		if (!a.values("--point").isEmpty()) {
			conflicting.add("--point");
		}
		if (conflicting.size() > 1) {
			throw new UsageException(String.join(" and ", conflicting) + " exclude each other");
		}
		Mode mode = switch (modes.get(0)) {
		case "--slurm" -> Mode.SUBMIT;
		case "--resubmit" -> Mode.RESUBMIT;
		default -> Mode.STATUS;
		};
		if (mode == Mode.STATUS && !given.isEmpty()) {
			throw new UsageException(given.get(0) + " is an option of --slurm or --resubmit, not of --status");
		}
		SlurmOptions options = SlurmOptions.of(a.value("--partition").orElse(null), a.value("--time").orElse(null),
				a.value("--max-parallel").orElse(null), a.value("--points-per-task").orElse(null));
		return Optional.of(new SlurmSweep(mode, options, context));
	}

	/**
	 * Submits, reports on or resubmits one sweep.
	 *
	 * @param sweepKey  what {@code --sweep} selects the sweep by
	 * @param design    the design file
	 * @param root      the results root
	 * @param directory the sweep's result directory under the root
	 * @param force     submit finished points too
	 * @return the exit code
	 */
	public int run(SweepPlan plan, String sweepKey, Path design, Path root, Path directory, boolean force,
			Console console) {
		SubmissionRecord record;
		try {
			record = SubmissionRecord.read(directory);
		} catch (IOException e) {
			console.err().println("anodyne sweep: cannot read the Slurm submission record: "
					+ Console.printable(e.getMessage()));
			return ExitCode.FAILURE;
		}
		return switch (mode) {
		case STATUS -> status(plan, directory, record, console);
		case SUBMIT -> submit(plan, sweepKey, design, root, directory, record, options, force, console);
		case RESUBMIT -> {
			if (record.isEmpty()) {
				console.err().println("anodyne sweep: sweep '" + Console.printable(plan.sweep())
						+ "' was never submitted to Slurm (no " + SubmissionRecord.file(directory)
						+ "); submit it with --slurm");
				yield ExitCode.FAILURE;
			}
			yield submit(plan, sweepKey, design, root, directory, record,
					record.lastOptions().orElse(SlurmOptions.DEFAULT).overriddenBy(options), false, console);
		}
		};
	}

	private int submit(SweepPlan plan, String sweepKey, Path design, Path root, Path directory,
			SubmissionRecord record, SlurmOptions opts, boolean force, Console console) {
		String sweep = Console.printable(plan.sweep());
		Path launcher = context.launcher().orElse(null);
		if (launcher == null || !Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
			console.err().println("anodyne sweep: cannot find the anodyne launcher for the array tasks to run"
					+ (launcher == null ? "" : " (" + launcher + " is not an executable file)")
					+ "; set ANODYNE_LAUNCHER to the product's anodyne script");
			return ExitCode.FAILURE;
		}
		if (context.slurm().find("sbatch").isEmpty()) {
			console.err().println("anodyne sweep: sbatch is not on the PATH; submit from a Slurm login node, or put"
					+ " Slurm's commands on the PATH (nothing was written or submitted)");
			return ExitCode.FAILURE;
		}
		Path logs = directory.resolve(SubmissionRecord.DIRECTORY).resolve("logs");
		for (Path p : List.of(design, root, logs, launcher)) {
			if (!SAFE_PATH.matcher(p.toString()).matches()) {
				console.err().println("anodyne sweep: the job script cannot name '" + Console.printable(p.toString())
						+ "' safely in its #SBATCH lines (it has a space or a control character); use a path"
						+ " without them (e.g. --out DIR)");
				return ExitCode.FAILURE;
			}
		}
		Slurm.Config config;
		try {
			config = context.slurm().config();
		} catch (SlurmException e) {
			config = Slurm.Config.DEFAULTS;
			console.err().println("anodyne sweep: " + Console.printable(e.getMessage()) + "; assuming MaxArraySize="
					+ config.maxArraySize());
		}
		Set<Integer> active = new HashSet<>();
		if (!record.isEmpty()) {
			try {
				Map<String, TaskState> queued = byTask(context.slurm().queue(record.jobs()));
				record.latestTaskOfEachPoint().forEach((point, task) -> {
					TaskState state = queued.get(task.id());
					if (state != null && state.active()) {
						active.add(point);
					}
				});
			} catch (SlurmException e) {
				console.err().println("anodyne sweep: cannot tell which points are still queued or running, so"
						+ " nothing was submitted: " + Console.printable(e.getMessage()));
				return ExitCode.FAILURE;
			}
		}
		List<Integer> points = plan.points().stream().filter(p -> !active.contains(p.index()))
				.filter(p -> force || SweepRunner.current(directory, p).map(s -> s.status() != StudyStatus.OK)
						.orElse(true))
				.map(SweepPlan.Point::index).toList();
		if (points.isEmpty()) {
			console.out().println(String.format(Locale.ROOT,
					"sweep '%s': nothing to submit: %d points, %d of them queued or running in Slurm, the others ok",
					sweep, plan.points().size(), active.size()));
			return ExitCode.OK;
		}
		if (!active.isEmpty()) {
			console.err().println("anodyne sweep: points " + ArrayLayout.ranges(List.copyOf(new TreeSet<>(active)))
					+ " are still queued or running in Slurm; not submitting them again");
		}
		List<List<List<Integer>>> arrays = ArrayLayout.of(points, opts.pointsPerTask(), config.maxArraySize());
		int first;
		try {
			Files.createDirectories(logs);
			first = nextScriptNumber(logs.getParent());
		} catch (IOException e) {
			console.err().println("anodyne sweep: cannot create " + logs + ": " + Console.printable(e.getMessage()));
			return ExitCode.FAILURE;
		}
		String previous = null;
		for (int k = 0; k < arrays.size(); k++) {
			List<List<Integer>> tasks = arrays.get(k);
			JobScript job = new JobScript(plan.sweep(), sweepKey, design, root, logs, launcher, opts, tasks, k + 1,
					arrays.size());
			String name = "array-" + (first + k) + ".sh";
			Path script = logs.getParent().resolve(name);
			String jobId;
			try {
				Files.writeString(script, job.text());
				// Several arrays together would exceed the parallel limit: each waits for the one before.
				List<String> extra = previous != null && opts.maxParallel() > 0
						? List.of("--dependency=afterany:" + previous)
						: List.of();
				jobId = context.slurm().submit(script, extra);
			} catch (IOException | SlurmException e) {
				console.err().println("anodyne sweep: " + Console.printable(e.getMessage())
						+ (k > 0
								? " (arrays 1-" + k + " were submitted and are in " + SubmissionRecord.file(directory)
										+ ")"
								: " (nothing was submitted)"));
				return ExitCode.FAILURE;
			}
			String submitted = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
			List<SubmissionRecord.Task> rows = new ArrayList<>();
			for (int t = 0; t < tasks.size(); t++) {
				rows.add(new SubmissionRecord.Task(jobId, t, tasks.get(t), submitted, opts,
						SubmissionRecord.DIRECTORY + "/" + name));
			}
			try {
				record = record.append(rows);
			} catch (IOException e) {
				console.err().println("anodyne sweep: job " + jobId + " was submitted but cannot be recorded in "
						+ SubmissionRecord.file(directory) + ": " + Console.printable(e.getMessage())
						+ "; --status and --resubmit will not know it (scancel " + jobId + " to withdraw it)");
				return ExitCode.FAILURE;
			}
			int count = tasks.stream().mapToInt(List::size).sum();
			console.out()
					.println(String.format(Locale.ROOT,
							"sweep '%s': job %s, array %s: %d point%s (%s) in %d task%s; script %s",
							sweep, jobId, job.arraySpec(), count, count == 1 ? "" : "s",
							ArrayLayout.ranges(tasks.stream().flatMap(List::stream).toList()), tasks.size(),
							tasks.size() == 1 ? "" : "s", script));
			previous = jobId;
		}
		console.out().println("follow it with: anodyne sweep " + design + " --sweep " + sweepKey + " --status");
		return ExitCode.OK;
	}

	private static int nextScriptNumber(Path slurmDirectory) throws IOException {
		try (Stream<Path> files = Files.list(slurmDirectory)) {
			return 1 + files.map(p -> p.getFileName().toString()).filter(n -> n.matches("array-\\d+\\.sh"))
					.mapToInt(n -> Integer.parseInt(n.substring(6, n.length() - 3))).max().orElse(0);
		}
	}

	/** A point's state for {@code --status}. */
	private enum State {
		OK("ok"), FAILED("failed"), RUNNING("running"), QUEUED("queued"), LOST("lost"), NOT_SUBMITTED("not submitted");

		final String label;

		State(String label) {
			this.label = label;
		}
	}

	private int status(SweepPlan plan, Path directory, SubmissionRecord record, Console console) {
		Map<String, TaskState> slurm = new HashMap<>();
		Slurm.Config config = Slurm.Config.DEFAULTS;
		boolean answered = false;
		if (!record.isEmpty()) {
			try {
				config = context.slurm().config();
			} catch (SlurmException e) {
				note(console, e);
			}
			try {
				slurm.putAll(byTask(context.slurm().queue(record.jobs())));
				for (String job : record.jobs()) {
					byTask(context.slurm().remembered(job)).forEach(slurm::putIfAbsent);
					if (config.accounting()) {
						byTask(context.slurm().accounted(job)).forEach(slurm::putIfAbsent);
					}
				}
				answered = true;
			} catch (SlurmException e) {
				note(console, e);
			}
		}
		Map<Integer, SubmissionRecord.Task> tasks = record.latestTaskOfEachPoint();
		Map<State, List<Integer>> byState = new LinkedHashMap<>();
		for (State s : State.values()) {
			byState.put(s, new ArrayList<>());
		}
		List<String> details = new ArrayList<>();
		for (SweepPlan.Point point : plan.points()) {
			Optional<StudySummary> result = SweepRunner.current(directory, point);
			SubmissionRecord.Task task = tasks.get(point.index());
			TaskState state = task == null ? null : slurm.get(task.id());
			String where = String.format(Locale.ROOT, "  point %04d", point.index());
			State s;
			if (result.isPresent() && result.get().status() == StudyStatus.OK) {
				s = State.OK;
			} else if (state != null && state.active()) {
				s = state.state().equals("PENDING") ? State.QUEUED : State.RUNNING;
				if (s == State.RUNNING) {
					details.add(where + " running in task " + task.id());
				}
			} else if (result.isPresent()) {
				s = State.FAILED;
				details.add(where + " failed: " + Console.printable(result.get().message()) + log(directory, task));
			} else if (task == null) {
				s = State.NOT_SUBMITTED;
			} else {
				s = State.LOST;
				details.add(where + " lost: task " + task.id() + (state != null
						? " ended " + state.state()
								+ (state.exitCode().isEmpty() ? "" : " (exit " + state.exitCode() + ")")
								+ " without a result"
						: answered
								? " is no longer known to Slurm (it ended more than MinJobAge="
										+ config.minJobAgeSeconds() + " s ago) and left no result"
								: " left no result, and Slurm could not be asked about it")
						+ log(directory, task));
			}
			byState.get(s).add(point.index());
		}
		console.out().println(String.format(Locale.ROOT, "sweep '%s': %d points: %s", Console.printable(plan.sweep()),
				plan.points().size(), byState.entrySet().stream()
						.map(e -> e.getValue().size() + " " + e.getKey().label).collect(Collectors.joining(", "))));
		details.forEach(console.out()::println);
		for (State s : List.of(State.QUEUED, State.NOT_SUBMITTED)) {
			if (!byState.get(s).isEmpty()) {
				console.out().println("  " + s.label + ": points " + ArrayLayout.ranges(byState.get(s)));
			}
		}
		Map<String, List<SubmissionRecord.Task>> jobs = new TreeMap<>();
		record.tasks().forEach(t -> jobs.computeIfAbsent(t.job(), j -> new ArrayList<>()).add(t));
		for (String job : record.jobs()) {
			List<SubmissionRecord.Task> ts = jobs.get(job);
			console.out().println("  job " + job + ": " + ts.size() + " task" + (ts.size() == 1 ? "" : "s")
					+ ", submitted " + ts.get(0).submitted() + " (" + ts.get(0).script() + ")");
		}
		if (record.isEmpty()) {
			console.out().println("  never submitted to Slurm (no " + SubmissionRecord.file(directory) + ")");
		}
		boolean inProgress = !byState.get(State.RUNNING).isEmpty() || !byState.get(State.QUEUED).isEmpty();
		if (byState.get(State.OK).size() == plan.points().size()) {
			return ExitCode.OK;
		}
		boolean broken = !byState.get(State.FAILED).isEmpty() || !byState.get(State.LOST).isEmpty()
				|| !byState.get(State.NOT_SUBMITTED).isEmpty();
		return inProgress && !broken ? IN_PROGRESS : ExitCode.FAILURE;
	}

	private static String log(Path directory, SubmissionRecord.Task task) {
		if (task == null) {
			return "";
		}
		Path log = directory.resolve(SubmissionRecord.DIRECTORY).resolve("logs").resolve(task.job() + "_" + task.task()
				+ ".out");
		return Files.exists(log) ? "; output in " + log : "";
	}

	private static void note(Console console, SlurmException e) {
		console.err().println("anodyne sweep: " + Console.printable(e.getMessage())
				+ "; the states below come from the result folders alone");
	}

	private static Map<String, TaskState> byTask(List<TaskState> states) {
		Map<String, TaskState> map = new HashMap<>();
		states.forEach(s -> map.put(s.jobId() + "_" + s.task(), s));
		return map;
	}
}
