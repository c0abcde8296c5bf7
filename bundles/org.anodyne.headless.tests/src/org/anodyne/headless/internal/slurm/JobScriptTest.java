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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job arrays for sweeps larger than an array may be, and the script each task runs. */
class JobScriptTest {

	@TempDir
	Path dir;

	private static List<Integer> points(int n) {
		return IntStream.range(0, n).boxed().toList();
	}

	@Test
	void aSweepLargerThanMaxArraySizeIsGroupedIntoTasksOfOneArray() {
		List<List<List<Integer>>> arrays = ArrayLayout.of(points(2500), 0, 1001);
		assertEquals(1, arrays.size());
		List<List<Integer>> tasks = arrays.get(0);
		assertEquals(834, tasks.size(), "2500 points, 3 per task");
		assertEquals(List.of(0, 1, 2), tasks.get(0));
		assertEquals(List.of(2499), tasks.get(833));
		assertEquals(2500, tasks.stream().mapToInt(List::size).sum());
		assertEquals(1, ArrayLayout.of(points(1001), 0, 1001).get(0).get(1000).size(), "1001 tasks fit exactly");
		assertEquals(List.of(1000, 1001), ArrayLayout.of(points(1002), 0, 1001).get(0).get(500));
	}

	@Test
	void withPointsPerTaskGivenALargerSweepBecomesSeveralArrays() {
		List<List<List<Integer>>> arrays = ArrayLayout.of(points(2500), 1, 1001);
		assertEquals(List.of(1001, 1001, 498), arrays.stream().map(List::size).toList());
		assertEquals(List.of(1001), arrays.get(1).get(0));
		assertEquals(List.of(2499), arrays.get(2).get(497));
		List<List<List<Integer>>> pairs = ArrayLayout.of(List.of(3, 4, 9, 10, 11), 2, 1001);
		assertEquals(List.of(List.of(List.of(3, 4), List.of(9, 10), List.of(11))), pairs);
		assertEquals("3-4, 9-11", ArrayLayout.ranges(List.of(3, 4, 9, 10, 11)));
		assertEquals("0, 2, 4", ArrayLayout.ranges(List.of(0, 2, 4)));
	}

	private JobScript script(List<List<Integer>> tasks, SlurmOptions options, Path launcher) {
		return new JobScript("Host thickness and current density", "thickness-and-current", dir.resolve("d.anodyne"),
				dir.resolve("results"), dir.resolve("results/d/sweep+x/slurm/logs"), launcher, options, tasks, 1, 1);
	}

	@Test
	void theScriptOfALargeSweepAsksForTheArrayAndCommentsWhatToAdapt() throws Exception {
		List<List<Integer>> tasks = ArrayLayout.of(points(2500), 0, 1001).get(0);
		String text = script(tasks, SlurmOptions.of("debug", "2:00:00", "10", null), dir.resolve("anodyne")).text();
		assertTrue(text.startsWith("#!/bin/bash\n# Anodyne sweep 'Host thickness and current density' of "), text);
		assertTrue(
				text.contains(
						"\n# (array 1 of 1): 834 tasks, 2500 points (0-2499), at most 10 tasks running at once.\n"),
				text);
		assertTrue(text.contains("\n#SBATCH --array=0-833%10\n"), text);
		assertTrue(text.contains("\n#SBATCH --partition=debug\n#SBATCH --time=2:00:00\n"), text);
		assertTrue(text.contains("\n#SBATCH --job-name=anodyne-thickness-and-current\n"), text);
		assertTrue(text.contains("\n#SBATCH --output=" + dir.resolve("results/d/sweep+x/slurm/logs") + "/%A_%a.out\n"),
				text);
		assertTrue(text.contains("\n##SBATCH --account=PROJECT\n") && text.contains("\n##SBATCH --constraint=FEATURE\n")
				&& text.contains("\n# module load java/21\n"), "commented lines for the user to adapt:\n" + text);
		assertTrue(text.contains("\n  [0]=\"0 1 2\"\n") && text.contains("\n  [833]=\"2499\"\n)\n"), text);
		String defaults = script(tasks, SlurmOptions.DEFAULT, dir.resolve("anodyne")).text();
		assertTrue(defaults.contains("\n#SBATCH --array=0-833\n"), defaults);
		assertTrue(defaults.contains("\n# No --partition given") && defaults.contains("\n# No --time given"), defaults);
	}

	/** Runs the script as Slurm would for one task, with a launcher that records its arguments. */
	@Test
	void eachTaskRunsItsPointsInOneLaunchAndFailsIfOneFails() throws Exception {
		Path calls = dir.resolve("calls");
		Path launcher = dir.resolve("anodyne");
		Files.writeString(launcher, "#!/bin/bash\necho \"$*\" >> '" + calls + "'\n[[ \"$*\" != *'--point 5'* ]]\n");
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		List<List<Integer>> tasks = ArrayLayout.of(points(9), 3, 1001).get(0);
		Path script = dir.resolve("array-1.sh");
		Files.writeString(script, script(tasks, SlurmOptions.DEFAULT, launcher).text());

		assertEquals(0, task(script, 0));
		String base = "sweep " + dir.resolve("d.anodyne") + " --sweep thickness-and-current --out "
				+ dir.resolve("results")
				+ " --point ";
		assertEquals(List.of(base + "0 --point 1 --point 2"), Files.readAllLines(calls), "one launch per task");
		Files.delete(calls);
		assertEquals(1, task(script, 1), "point 5 fails, so the task fails");
		assertEquals(List.of(base + "3 --point 4 --point 5"), Files.readAllLines(calls));
	}

	private static int task(Path script, int index) throws Exception {
		ProcessBuilder b = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
		b.environment().put("SLURM_ARRAY_TASK_ID", String.valueOf(index));
		Process p = b.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = p.waitFor();
		assertTrue(out.isEmpty(), out);
		return exit;
	}
}
