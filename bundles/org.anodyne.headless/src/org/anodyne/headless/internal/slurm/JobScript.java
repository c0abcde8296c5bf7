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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The batch script of one job array of a sweep: a plain, commented bash script with {@code #SBATCH}
 * lines, so that a user can read what runs and adapt it to their cluster (accounts, constraints,
 * modules). Task k of the array runs its points one after the other in one run of the same
 * {@code anodyne} launcher, {@code anodyne sweep FILE --sweep S --out ROOT --point I --point J...}
 * (one Java start-up per task), each point writing its own result folder on the shared filesystem.
 *
 * @param sweepName   the sweep's name as users see it
 * @param sweepKey    what {@code --sweep} selects the sweep by (its id, else its name)
 * @param design      the design file, absolute
 * @param resultsRoot the results root the points are written under, absolute
 * @param logs        the folder for the tasks' output, absolute
 * @param launcher    the {@code anodyne} launcher, absolute
 * @param options     partition, time limit and parallel limit
 * @param tasks       the points of each task; task k is element k
 * @param array       which array of the submission this is, from 1
 * @param arrays      how many arrays the submission has
 */
public record JobScript(String sweepName, String sweepKey, Path design, Path resultsRoot, Path logs, Path launcher,
		SlurmOptions options, List<List<Integer>> tasks, int array, int arrays) {

	/** The heap the launcher gives Java (-Xmx2g) plus the JVM's own memory. */
	static final String MEMORY = "3G";

	/** The {@code --array} value: {@code 0-(N-1)} with {@code %K} when a parallel limit is set. */
	public String arraySpec() {
		return "0-" + (tasks.size() - 1) + (options.maxParallel() > 0 ? "%" + options.maxParallel() : "");
	}

	/** The job's name in squeue: {@code anodyne-} and the sweep's key, made of safe characters. */
	public String jobName() {
		String safe = sweepKey.replaceAll("[^A-Za-z0-9_.-]+", "_");
		return "anodyne-" + (safe.length() > 40 ? safe.substring(0, 40) : safe);
	}

	public String text() {
		int points = tasks.stream().mapToInt(List::size).sum();
		StringBuilder s = new StringBuilder();
		s.append("#!/bin/bash\n");
		s.append("# Anodyne sweep '").append(oneLine(sweepName)).append("' of ").append(oneLine(design.toString()))
				.append(" as a Slurm job array\n");
		s.append(String.format(Locale.ROOT, "# (array %d of %d): %d tasks, %d points (%s)%s.%n", array, arrays,
				tasks.size(), points, ArrayLayout.ranges(tasks.stream().flatMap(List::stream).toList()),
				options.maxParallel() > 0 ? ", at most " + options.maxParallel() + " tasks running at once" : ""));
		s.append("# Written and submitted by `anodyne sweep FILE --slurm` (sbatch --parsable THIS_FILE); follow it\n");
		s.append(
				"# with `anodyne sweep FILE --status`, tabulate with `--gather`, re-run what failed with `--resubmit`.\n");
		s.append("# Each task runs its points one after the other in one run of the anodyne launcher; every point\n");
		s.append("# writes its own result folder on the shared filesystem, so tasks never write the same file.\n");
		s.append("# Adapt the #SBATCH lines to your cluster; keep --array and the task list below as they are.\n");
		s.append("#SBATCH --job-name=").append(jobName()).append('\n');
		s.append("#SBATCH --array=").append(arraySpec()).append('\n');
		if (options.partition() != null) {
			s.append("#SBATCH --partition=").append(options.partition()).append('\n');
		} else {
			s.append("# No --partition given: the cluster's default partition.\n");
		}
		if (options.time() != null) {
			s.append("#SBATCH --time=").append(options.time()).append('\n');
		} else {
			s.append("# No --time given: the partition's default time limit (a task needs its points' solve time).\n");
		}
		s.append("#SBATCH --ntasks=1\n");
		s.append("# A point solves on one core.\n");
		s.append("#SBATCH --cpus-per-task=1\n");
		s.append("# The launcher gives Java a 2 GB heap (-Xmx2g); the rest is the JVM's own memory.\n");
		s.append("#SBATCH --mem=").append(MEMORY).append('\n');
		s.append("# %A is the array's job id, %a the task index.\n");
		s.append("#SBATCH --output=").append(logs.resolve("%A_%a.out")).append('\n');
		s.append("# Your cluster may need some of these (delete the first '#' of a line to use it):\n");
		s.append("##SBATCH --account=PROJECT\n");
		s.append("##SBATCH --qos=NORMAL\n");
		s.append("##SBATCH --constraint=FEATURE\n");
		s.append("##SBATCH --mail-type=END,FAIL\n");
		s.append('\n');
		s.append("set -u\n");
		s.append("# Anodyne needs Java 21 or newer on the compute nodes. Jobs inherit the environment they were\n");
		s.append("# submitted from; if the nodes differ, load a module or name the Java here, e.g.:\n");
		s.append("# module load java/21\n");
		s.append("# export ANODYNE_JAVA=/path/to/jdk-21/bin/java\n");
		s.append('\n');
		s.append("anodyne=").append(quote(launcher.toString())).append('\n');
		s.append("design=").append(quote(design.toString())).append('\n');
		s.append("results=").append(quote(resultsRoot.toString())).append('\n');
		s.append("sweep=").append(quote(sweepKey)).append('\n');
		s.append('\n');
		s.append("# The points of each task (task index = SLURM_ARRAY_TASK_ID).\n");
		s.append("points=(\n");
		for (int k = 0; k < tasks.size(); k++) {
			s.append("  [").append(k).append("]=\"");
			List<Integer> task = tasks.get(k);
			for (int i = 0; i < task.size(); i++) {
				s.append(i == 0 ? "" : " ").append(task.get(i));
			}
			s.append("\"\n");
		}
		s.append(")\n");
		s.append('\n');
		s.append("# Every point is run, even after one fails; the task fails if any point did.\n");
		s.append("args=()\n");
		s.append("for point in ${points[$SLURM_ARRAY_TASK_ID]}; do args+=(--point \"$point\"); done\n");
		s.append("exec \"$anodyne\" sweep \"$design\" --sweep \"$sweep\" --out \"$results\" \"${args[@]}\"\n");
		return s.toString();
	}

	/** A bash word that is exactly {@code text}. */
	static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	/** Text for a comment line: a line break in a name must not end the comment. */
	private static String oneLine(String text) {
		return text.replaceAll("[\\p{Cntrl}]", " ");
	}
}
