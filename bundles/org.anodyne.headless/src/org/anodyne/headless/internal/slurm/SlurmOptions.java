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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anodyne.headless.internal.UsageException;

/**
 * How a sweep's job arrays are asked of Slurm: {@code --partition}, {@code --time},
 * {@code --max-parallel} and {@code --points-per-task}, checked before anything is written or
 * submitted, so that sbatch is never the first to find a typo.
 *
 * @param partition     the partition(s) to run in, or null for the cluster's default
 * @param time          the time limit of one array task in Slurm's syntax, or null for the
 *                      partition's default
 * @param maxParallel   at most this many tasks of an array running at once ({@code %K}), or 0 for
 *                      no limit of ours
 * @param pointsPerTask points each array task runs one after the other, or 0 to choose: one point per
 *                      task unless the sweep has more points than an array may have tasks
 */
public record SlurmOptions(String partition, String time, int maxParallel, int pointsPerTask) {

	/** Slurm's time formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S; "UNLIMITED"/"INFINITE". */
	private static final Pattern TIME = Pattern
			.compile(
					"(?:(\\d+)-(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}))?)?)|(?:(\\d+)(?::(\\d{1,2})(?::(\\d{1,2}))?)?)");

	/** Partition names as slurm.conf allows them; several are separated by commas. */
	private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*");

	/** Nothing asked: the cluster's defaults, one point per task, no parallel limit. */
	public static final SlurmOptions DEFAULT = new SlurmOptions(null, null, 0, 0);

	/**
	 * Options from the command line's values; null where not given.
	 *
	 * @throws UsageException naming the option and the value that Slurm would not accept
	 */
	public static SlurmOptions of(String partition, String time, String maxParallel, String pointsPerTask)
			throws UsageException {
		if (partition != null && !PARTITION.matcher(partition).matches()) {
			throw new UsageException("--partition '" + partition
					+ "' is not a partition name (letters, digits, '_', '.', '-'; several separated by commas)");
		}
		if (time != null) {
			checkTime(time);
		}
		return new SlurmOptions(partition, time, positive("--max-parallel", maxParallel),
				positive("--points-per-task", pointsPerTask));
	}

	/** The same options with the ones given in {@code other} taking precedence. */
	public SlurmOptions overriddenBy(SlurmOptions other) {
		return new SlurmOptions(other.partition != null ? other.partition : partition,
				other.time != null ? other.time : time, other.maxParallel > 0 ? other.maxParallel : maxParallel,
				other.pointsPerTask > 0 ? other.pointsPerTask : pointsPerTask);
	}

	/**
	 * Checks a time limit the way sbatch reads {@code --time}: minutes, minutes:seconds,
	 * hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds, with
	 * minutes and seconds below 60 after the first field and hours below 24 after a day.
	 */
	static void checkTime(String time) throws UsageException {
		if (time.equalsIgnoreCase("UNLIMITED") || time.equalsIgnoreCase("INFINITE")) {
			return;
		}
		Matcher m = TIME.matcher(time);
		String formats = "; Slurm takes MINUTES, MINUTES:SECONDS, HOURS:MINUTES:SECONDS, DAYS-HOURS,"
				+ " DAYS-HOURS:MINUTES or DAYS-HOURS:MINUTES:SECONDS, e.g. 2:00:00 for two hours";
		if (!m.matches()) {
			throw new UsageException("--time '" + time + "' is not a Slurm time limit" + formats);
		}
		boolean days = m.group(1) != null;
		if (days && Integer.parseInt(m.group(2)) >= 24) {
			throw new UsageException("--time '" + time + "': hours after the day must be 0 to 23" + formats);
		}
		// Only the first field of the plain form may exceed 59 (e.g. 90 minutes or 36:00:00).
		int first = days ? 3 : 6;
		for (int g = first; g <= first + 1; g++) {
			String field = m.group(g);
			if (field != null && Integer.parseInt(field) >= 60) {
				throw new UsageException("--time '" + time + "': minutes and seconds must be 0 to 59" + formats);
			}
		}
	}

	private static int positive(String option, String text) throws UsageException {
		if (text == null) {
			return 0;
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " must be a whole number from 1, not '" + text + "'");
	}
}
