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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slurm's own commands ({@code sbatch}, {@code squeue}, {@code scontrol}, {@code sacct}), found on a
 * search path and run as processes; nothing of Slurm is reimplemented. Every failure is a
 * {@link SlurmException} that names the command and what it said.
 */
public final class Slurm {

	/** A Slurm command that could not be run or that refused. */
	public static final class SlurmException extends Exception {
		private static final long serialVersionUID = 1L;

		public SlurmException(String message) {
			super(message);
		}
	}

	/** What {@code scontrol show config} says that matters here. */
	public record Config(int maxArraySize, int minJobAgeSeconds, boolean accounting) {
		/** Slurm's defaults, for when the configuration cannot be read. */
		public static final Config DEFAULTS = new Config(ArrayLayout.DEFAULT_MAX_ARRAY_SIZE, 300, false);
	}

	/** One array task's state as Slurm reports it, e.g. {@code RUNNING}, {@code CANCELLED}. */
	public record TaskState(String jobId, int task, String state, String exitCode) {
		/** Whether the task may still run its points (queued, running, requeued, suspended). */
		public boolean active() {
			return switch (state) {
			case "PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED",
					"RESIZING", "SUSPENDED", "STOPPED", "SIGNALING", "STAGE_OUT" ->
				true;
			default -> false;
			};
		}
	}

	/** How long a Slurm command may take: sbatch retries for a while when slurmctld does not answer. */
	private static final long TIMEOUT_SECONDS = 120;

	private static final Pattern JOB_ID = Pattern.compile("(\\d+)(?:;\\S*)?");
	private static final Pattern TASK = Pattern.compile("(\\d+)_(\\d+)");
	private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S*)");

	private final List<Path> searchPath;
	private final Map<String, String> environment;

	/**
	 * @param searchPath  the folders to find the commands in, in order (the {@code PATH})
	 * @param environment extra environment for the commands, e.g. {@code SLURM_CONF}
	 */
	public Slurm(List<Path> searchPath, Map<String, String> environment) {
		this.searchPath = List.copyOf(searchPath);
		this.environment = Map.copyOf(environment);
	}

	/** The commands on this process's {@code PATH}, with its environment. */
	public static Slurm fromPath() {
		String path = System.getenv("PATH");
		List<Path> dirs = new ArrayList<>();
		for (String dir : (path == null ? "" : path).split(":")) {
			if (!dir.isEmpty()) {
				dirs.add(Path.of(dir));
			}
		}
		return new Slurm(dirs, Map.of());
	}

	/** The command's file if it is on the search path and executable. */
	public Optional<Path> find(String command) {
		for (Path dir : searchPath) {
			Path file = dir.resolve(command);
			if (Files.isRegularFile(file) && Files.isExecutable(file)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/**
	 * Submits a batch script with {@code sbatch --parsable}.
	 *
	 * @param extra more sbatch options before the script, e.g. a dependency
	 * @return the job id sbatch printed
	 */
	public String submit(Path script, List<String> extra) throws SlurmException {
		List<String> args = new ArrayList<>(List.of("--parsable"));
		args.addAll(extra);
		args.add(script.toString());
		Run run = run("sbatch", args);
		if (run.exit != 0) {
			throw new SlurmException("sbatch refused " + script + " (exit " + run.exit + "): " + said(run));
		}
		String firstLine = run.out.strip().lines().reduce((a, b) -> b).orElse("");
		Matcher m = JOB_ID.matcher(firstLine);
		if (!m.matches()) {
			throw new SlurmException(
					"sbatch printed '" + abbreviate(firstLine) + "' instead of a job id for " + script);
		}
		return m.group(1);
	}

	/**
	 * What the controller's configuration says, from {@code scontrol show config}; Slurm's defaults
	 * for what it does not say.
	 */
	public Config config() throws SlurmException {
		Run run = run("scontrol", List.of("show", "config"));
		if (run.exit != 0) {
			throw new SlurmException("scontrol show config failed (exit " + run.exit + "): " + said(run));
		}
		Map<String, String> values = new HashMap<>();
		for (String line : run.out.lines().toList()) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
			}
		}
		return new Config(leadingInt(values.get("MaxArraySize"), Config.DEFAULTS.maxArraySize()),
				leadingInt(values.get("MinJobAge"), Config.DEFAULTS.minJobAgeSeconds()),
				values.containsKey("AccountingStorageType")
						&& !values.get("AccountingStorageType").equals("accounting_storage/none"));
	}

	/** The queued and running tasks of these array jobs, one per task ({@code squeue --array}). */
	public List<TaskState> queue(List<String> jobIds) throws SlurmException {
		Run run = run("squeue", List.of("--noheader", "--array", "--jobs=" + String.join(",", jobIds),
				"--format=%i %T"));
		if (run.exit != 0) {
			// squeue refuses a list of only forgotten jobs; that is an empty queue, not a failure.
			if (said(run).contains("Invalid job id")) {
				return List.of();
			}
			throw new SlurmException("squeue failed (exit " + run.exit + "): " + said(run));
		}
		List<TaskState> states = new ArrayList<>();
		for (String line : run.out.lines().toList()) {
			String[] f = line.strip().split("\\s+");
			Matcher m = f.length == 2 ? TASK.matcher(f[0]) : null;
			if (m != null && m.matches()) {
				states.add(new TaskState(m.group(1), Integer.parseInt(m.group(2)), f[1], ""));
			}
		}
		return states;
	}

	/**
	 * The tasks of an array job that the controller still remembers ({@code scontrol show job}):
	 * ended tasks are forgotten {@code MinJobAge} seconds after they end.
	 *
	 * @return the tasks with a single index (a pending range is left to {@link #queue}); empty when
	 *         the controller no longer knows the job
	 */
	public List<TaskState> remembered(String jobId) throws SlurmException {
		Run run = run("scontrol", List.of("--oneliner", "show", "job", jobId));
		if (run.exit != 0) {
			if (said(run).contains("Invalid job id")) {
				return List.of();
			}
			throw new SlurmException("scontrol show job " + jobId + " failed (exit " + run.exit + "): " + said(run));
		}
		List<TaskState> states = new ArrayList<>();
		for (String line : run.out.lines().toList()) {
			Map<String, String> f = new HashMap<>();
			Matcher m = FIELD.matcher(line);
			while (m.find()) {
				f.putIfAbsent(m.group(1), m.group(2));
			}
			String task = f.get("ArrayTaskId");
			if (jobId.equals(f.get("ArrayJobId")) && task != null && task.matches("\\d+")) {
				states.add(new TaskState(jobId, Integer.parseInt(task), f.getOrDefault("JobState", "UNKNOWN"),
						f.getOrDefault("ExitCode", "")));
			}
		}
		return states;
	}

	/** The tasks of an array job from the accounting database ({@code sacct}), when it is configured. */
	public List<TaskState> accounted(String jobId) throws SlurmException {
		Run run = run("sacct", List.of("--noheader", "--parsable2", "--allocations", "--jobs=" + jobId,
				"--format=JobID,State,ExitCode"));
		if (run.exit != 0) {
			throw new SlurmException("sacct -j " + jobId + " failed (exit " + run.exit + "): " + said(run));
		}
		List<TaskState> states = new ArrayList<>();
		for (String line : run.out.lines().toList()) {
			String[] f = line.split("\\|", -1);
			Matcher m = f.length >= 3 ? TASK.matcher(f[0]) : null;
			if (m != null && m.matches()) {
				// sacct writes "CANCELLED by 0": the state is the first word.
				states.add(new TaskState(m.group(1), Integer.parseInt(m.group(2)), f[1].split(" ")[0], f[2]));
			}
		}
		return states;
	}

	private record Run(int exit, String out, String err) {
	}

	private Run run(String command, List<String> args) throws SlurmException {
		Path executable = find(command).orElseThrow(() -> new SlurmException(command + " is not on the PATH ("
				+ searchPath.stream().map(Path::toString).reduce((a, b) -> a + ":" + b).orElse("empty")
				+ "); run this on a Slurm login node, or put Slurm's commands on the PATH"));
		List<String> line = new ArrayList<>(List.of(executable.toString()));
		line.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(line);
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new SlurmException("cannot run " + executable + ": " + e.getMessage());
		}
		try {
			process.getOutputStream().close();
			CompletableFuture<String> out = drain(process.getInputStream());
			CompletableFuture<String> err = drain(process.getErrorStream());
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new SlurmException(command + " did not answer within " + TIMEOUT_SECONDS
						+ " s; is the Slurm controller (slurmctld) running and reachable?");
			}
			return new Run(process.exitValue(), out.get(), err.get());
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new SlurmException(command + " was interrupted");
		} catch (IOException | ExecutionException e) {
			throw new SlurmException("cannot read what " + command + " printed: " + e.getMessage());
		}
	}

	private static CompletableFuture<String> drain(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return "";
			}
		});
	}

	/** What a command printed on standard error (else standard output), on one short line. */
	private static String said(Run run) {
		String text = (run.err.isBlank() ? run.out : run.err).strip().replaceAll("\\s*\\n\\s*", "; ");
		return text.isEmpty() ? "(it printed nothing)" : abbreviate(text);
	}

	private static String abbreviate(String text) {
		return text.length() > 400 ? text.substring(0, 400) + " …" : text;
	}

	private static int leadingInt(String text, int otherwise) {
		Matcher m = text == null ? null : Pattern.compile("^(\\d+)").matcher(text);
		return m != null && m.find() ? Integer.parseInt(m.group(1)) : otherwise;
	}
}
