/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.product.smoketest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A design sweep on a real Slurm: the product's {@code anodyne sweep --slurm} submits the 12-point
 * example sweep as a job array to a one-node cluster started for this test, one array task is
 * cancelled while it runs, {@code --status} reports its point lost, {@code --resubmit}
 * runs only that point again, and the table then equals a local run's. Runs only when
 * {@code ANODYNE_SLURM_TEST=1} (CI's {@code .ci/run} sets it), because it installs packages and
 * starts daemons; asked for, it fails rather than skips when Slurm cannot start.
 */
class SlurmSweepTest {

	private static final Duration LAUNCH = Duration.ofMinutes(3);
	private static final Duration QUEUE = Duration.ofMinutes(4);
	private static final String SWEEP_DIR = "sweep/sweep+Host_thickness_and_current_density";

	@Test
	void aSweepRunsAsAJobArrayAndResubmitRerunsOnlyTheCancelledPoint() throws Exception {
		assumeTrue("1".equals(System.getenv("ANODYNE_SLURM_TEST")),
				"ANODYNE_SLURM_TEST is not 1: the Slurm test is skipped, so that a build never installs packages or"
						+ " starts daemons on a workstation (.ci/run sets it)");
		Path work = Anodyne.scratch("slurm-sweep");
		// The example's 12-point 2D deposition sweep on a coarser grid (6 µm, 10 min steps) to keep CI
		// short; the life sweep is left out.
		Path design = work.resolve("sweep.anodyne");
		String text = Files.readString(Anodyne.examples().resolve("li-cc-host-thickness-sweep.anodyne"),
				StandardCharsets.UTF_8).replaceAll("(?s)\\s*<sweeps id=\"life-.*?</sweeps>", "");
		String coarse = "<solver gridSpacing=\"6.0\" timeStep=\"600.0\"";
		text = text.replace("<solver gridSpacing=\"4.0\" timeStep=\"120.0\"", coarse);
		assertTrue(text.contains(coarse), "the example's deposition study changed; adapt this test");
		Files.writeString(design, text, StandardCharsets.UTF_8);

		long localStart = System.nanoTime();
		Anodyne.Result local = Anodyne
				.run(LAUNCH, "sweep", design.toString(), "--out", work.resolve("local").toString())
				.noStackTrace();
		double localSeconds = (System.nanoTime() - localStart) / 1e9;
		assertEquals(0, local.exit(), local.toString());
		assertTrue(local.out().contains("12 points: 12 ok, 0 failed, 0 missing"), local.toString());

		try (OneNodeSlurm slurm = OneNodeSlurm.start("slurm-cluster")) {
			Map<String, String> env = new HashMap<>(slurm.environment());
			Path out = work.resolve("cluster");
			String[] base = {"sweep", design.toString(), "--out", out.toString()};

			long submitted = System.nanoTime();
			Anodyne.Result submit = Anodyne.run(LAUNCH, env, args(base, "--slurm", "--partition", "debug", "--time",
					"10:00", "--max-parallel", "2")).noStackTrace();
			assertEquals(0, submit.exit(), submit.toString() + "\n" + slurm.logs());
			String job = group(submit.out(), "job (\\d+), array 0-11%2: 12 points \\(0-11\\) in 12 tasks");
			Path sweepDir = out.resolve(SWEEP_DIR);
			assertTrue(Files.readString(sweepDir.resolve("slurm/array-1.sh")).contains("\n#SBATCH --array=0-11%2\n"));

			// Cancel the first task seen running, while it runs.
			String cancelled = null;
			for (long end = System.nanoTime() + QUEUE.toNanos(); cancelled == null && System.nanoTime() < end;) {
				Matcher running = Pattern.compile("(?m)^(" + job + "_(\\d+)) RUNNING$").matcher(queue(env, job));
				if (running.find()) {
					cancelled = running.group(1);
					OneNodeSlurm.output(env, "scancel", cancelled);
				} else {
					Thread.sleep(200);
				}
			}
			assertTrue(cancelled != null, "no task of job " + job + " ever ran\n" + slurm.logs());
			int point = Integer.parseInt(cancelled.substring(job.length() + 1));
			waitFor(env, job, slurm);
			double clusterSeconds = (System.nanoTime() - submitted) / 1e9;

			Anodyne.Result status = Anodyne.run(LAUNCH, env, args(base, "--status")).noStackTrace();
			assertEquals(1, status.exit(), status.toString());
			assertTrue(
					status.out().contains("12 points: 11 ok, 0 failed, 0 running, 0 queued, 1 lost, 0 not submitted"),
					status.toString());
			assertTrue(status.out().contains(String.format(Locale.ROOT, "point %04d lost: task %s ended CANCELLED",
					point, cancelled)), status.toString());

			Map<Path, String> finished = summaries(sweepDir, point);
			Anodyne.Result resubmit = Anodyne.run(LAUNCH, env, args(base, "--resubmit")).noStackTrace();
			assertEquals(0, resubmit.exit(), resubmit.toString());
			String again = group(resubmit.out(), "job (\\d+), array 0-0%2: 1 point \\(" + point + "\\) in 1 task");
			waitFor(env, again, slurm);
			assertEquals(finished, summaries(sweepDir, point), "the resubmission ran only the cancelled point");

			Anodyne.Result gather = Anodyne.run(LAUNCH, env, args(base, "--gather")).noStackTrace();
			assertEquals(0, gather.exit(), gather.toString());
			assertEquals(Files.readString(work.resolve("local").resolve(SWEEP_DIR).resolve("sweep.csv")),
					Files.readString(sweepDir.resolve("sweep.csv")), "the cluster's table is the local run's");
			Anodyne.Result done = Anodyne.run(LAUNCH, env, args(base, "--status")).noStackTrace();
			assertEquals(0, done.exit(), done.toString());
			assertTrue(done.out().contains("12 points: 12 ok, 0 failed"), done.toString());
			List<String> record = Files.readAllLines(sweepDir.resolve("slurm/submissions.tsv"));
			assertEquals(14, record.size(), "header, 12 tasks, 1 resubmitted task");
			assertTrue(record.get(13).startsWith(again + "\t0\t" + point + "\t"), record.get(13));

			System.out.printf(Locale.ROOT, "Slurm sweep: 12 points locally in %.1f s (%.1f points/min);"
					+ " on the one-node Slurm (2 tasks at a time, one cancelled) 11 points in %.1f s (%.1f points/min)%n",
					localSeconds, 12 * 60 / localSeconds, clusterSeconds, 11 * 60 / clusterSeconds);
		}
	}

	private static String[] args(String[] base, String... more) {
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	private static String group(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			fail("no '" + regex + "' in:\n" + text);
		}
		return m.group(1);
	}

	/** squeue's lines for the job's tasks, {@code JOB_TASK STATE}. */
	private static String queue(Map<String, String> env, String job) throws Exception {
		return OneNodeSlurm.output(env, "squeue", "--noheader", "--array", "--jobs=" + job, "--format=%i %T");
	}

	private static void waitFor(Map<String, String> env, String job, OneNodeSlurm slurm) throws Exception {
		long end = System.nanoTime() + QUEUE.toNanos();
		while (!queue(env, job).isBlank()) {
			if (System.nanoTime() > end) {
				fail("job " + job + " still queued after " + QUEUE.toMinutes() + " min:\n" + queue(env, job)
						+ slurm.logs());
			}
			TimeUnit.MILLISECONDS.sleep(500);
		}
	}

	/** Every point's summary.json but one, to show that a resubmission leaves them alone. */
	private static Map<Path, String> summaries(Path sweepDir, int except) throws Exception {
		Map<Path, String> all = new HashMap<>();
		for (int i = 0; i < 12; i++) {
			if (i != except) {
				Path file = sweepDir.resolve(String.format(Locale.ROOT, "points/%04d/summary.json", i));
				all.put(file, Files.readString(file));
			}
		}
		return all;
	}
}
