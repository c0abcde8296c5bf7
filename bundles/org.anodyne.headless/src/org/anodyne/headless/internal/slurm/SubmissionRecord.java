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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of a sweep's Slurm submissions, {@code <sweep>/slurm/submissions.tsv}: one row per array
 * task, saying which points it runs, so that {@code --status} and {@code --resubmit} can ask Slurm
 * about the right tasks long after the submitting command ended. Tab-separated UTF-8 text with a
 * header row, appended to by each submission (the format is specified in the results README):
 *
 * <pre>
 * job	task	points	submitted	partition	time	max_parallel	script
 * 4711	0	0 1	2026-12-06T22:40:05Z	debug	0:10:00	2	slurm/sweep-1.sh
 * </pre>
 */
public final class SubmissionRecord {

	/** The folder, in a sweep's directory, of its scripts, task logs and this record. */
	public static final String DIRECTORY = "slurm";
	public static final String FILE = "submissions.tsv";
	static final String HEADER = "job\ttask\tpoints\tsubmitted\tpartition\ttime\tmax_parallel\tscript";

	/**
	 * One array task.
	 *
	 * @param job       the array's job id
	 * @param task      the task's index in the array
	 * @param points    the sweep points it runs
	 * @param submitted when, ISO 8601 UTC
	 * @param options   the partition, time limit and parallel limit it was submitted with
	 * @param script    the batch script, relative to the sweep directory
	 */
	public record Task(String job, int task, List<Integer> points, String submitted, SlurmOptions options,
			String script) {
		public String id() {
			return job + "_" + task;
		}
	}

	private final Path file;
	private final List<Task> tasks;

	private SubmissionRecord(Path file, List<Task> tasks) {
		this.file = file;
		this.tasks = List.copyOf(tasks);
	}

	public static Path file(Path sweepDirectory) {
		return sweepDirectory.resolve(DIRECTORY).resolve(FILE);
	}

	/**
	 * The record of a sweep directory; empty when nothing was submitted.
	 *
	 * @throws IOException naming the file, line and value when it cannot be read or is not a record
	 */
	public static SubmissionRecord read(Path sweepDirectory) throws IOException {
		Path file = file(sweepDirectory);
		if (!Files.exists(file)) {
			return new SubmissionRecord(file, List.of());
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw new IOException(file + ": line 1 is not the header '" + HEADER.replace('\t', ' ')
					+ "'; this is not a submission record of this version of Anodyne");
		}
		List<Task> tasks = new ArrayList<>();
		for (int n = 1; n < lines.size(); n++) {
			if (!lines.get(n).isEmpty()) {
				tasks.add(parse(file, n + 1, lines.get(n)));
			}
		}
		return new SubmissionRecord(file, tasks);
	}

	private static Task parse(Path file, int line, String text) throws IOException {
		String[] f = text.split("\t", -1);
		String where = file + ", line " + line + ": ";
		if (f.length != 8) {
			throw new IOException(where + "expected 8 tab-separated fields, found " + f.length);
		}
		if (!f[0].matches("\\d+") || !f[1].matches("\\d+") || !f[2].matches("\\d+( \\d+)*")
				|| !f[6].matches("\\d+")) {
			throw new IOException(where + "job, task, points and max_parallel must be whole numbers (points separated"
					+ " by spaces), found '" + f[0] + "', '" + f[1] + "', '" + f[2] + "', '" + f[6] + "'");
		}
		List<Integer> points = new ArrayList<>();
		for (String p : f[2].split(" ")) {
			points.add(Integer.parseInt(p));
		}
		SlurmOptions options = new SlurmOptions(dash(f[4]), dash(f[5]), Integer.parseInt(f[6]), 0);
		return new Task(f[0], Integer.parseInt(f[1]), List.copyOf(points), f[3], options, f[7]);
	}

	private static String dash(String field) {
		return field.equals("-") ? null : field;
	}

	public List<Task> tasks() {
		return tasks;
	}

	public boolean isEmpty() {
		return tasks.isEmpty();
	}

	/** The array job ids, in submission order. */
	public List<String> jobs() {
		return tasks.stream().map(Task::job).distinct().toList();
	}

	/** Each point's latest task: a resubmitted point is followed through its newest task. */
	public Map<Integer, Task> latestTaskOfEachPoint() {
		Map<Integer, Task> latest = new LinkedHashMap<>();
		for (Task t : tasks) {
			t.points().forEach(p -> latest.put(p, t));
		}
		return latest;
	}

	/** The options of the latest submission, for a resubmission to reuse. */
	public Optional<SlurmOptions> lastOptions() {
		return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(tasks.size() - 1).options());
	}

	/**
	 * Appends the tasks of one submitted array, rewriting the whole file through a temporary file so
	 * that a reader never sees half a row.
	 */
	public SubmissionRecord append(List<Task> submitted) throws IOException {
		List<Task> all = new ArrayList<>(tasks);
		all.addAll(submitted);
		StringBuilder b = new StringBuilder(HEADER).append('\n');
		for (Task t : all) {
			b.append(t.job()).append('\t').append(t.task()).append('\t')
					.append(String.join(" ", t.points().stream().map(String::valueOf).toList())).append('\t')
					.append(t.submitted()).append('\t').append(orDash(t.options().partition())).append('\t')
					.append(orDash(t.options().time())).append('\t').append(t.options().maxParallel()).append('\t')
					.append(t.script()).append('\n');
		}
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
		try {
			Files.writeString(temporary, b, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return new SubmissionRecord(file, all);
	}

	private static String orDash(String value) {
		return value == null ? "-" : value;
	}
}
