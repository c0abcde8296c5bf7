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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.anodyne.results.ResultsLayout;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solve and build in-process on a copy of the inverted example, reduced to its 2D deposition study. */
class SolveAndBuildTest {

	private static final String STUDY = "Plate 1 mAh/cm2 at 0.25 (inverted)";
	private static final String STUDY_DIR = "Plate_1_mAh%2Fcm2_at_0.25_%28inverted%29";

	@TempDir
	Path dir;

	private Path design(String name, String from, String to) throws Exception {
		String text = Files.readString(CliRun.examples().resolve("li-cc-symmetric-inverted.anodyne"));
		// Only the 2D study, so that the test stays fast.
		text = text.replaceAll("(?s)\\s*<studies id=\"life-.*?</studies>", "");
		assertTrue(text.contains(from), from);
		Path file = dir.resolve("designs").resolve(name + ".anodyne");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text.replace(from, to));
		return file;
	}

	@Test
	void solveWritesTheResultWithItsInputHashAndBuildSkipsItUntilTheDesignChanges() throws Exception {
		Path file = design("li-cc", "<studies", "<studies");
		Path out = dir.resolve("out");
		CliRun solve = CliRun.of("solve", file.toString(), "--study", STUDY, "--out", out.toString());
		assertEquals(ExitCode.OK, solve.exit(), solve.toString());
		// The design is not beside out/: its folder carries the hash of its path (ResultsLayout).
		Path result = ResultsLayout.designDirectory(out, file).resolve(STUDY_DIR);
		assertTrue(result.getParent().getFileName().toString().startsWith("li-cc@"), result.toString());
		StudySummary summary = StudyResult.read(result).summary();
		assertEquals(StudyStatus.OK, summary.status());
		assertTrue(summary.provenance().inputHash().matches("sha256:[0-9a-f]{64}"), summary.provenance().toString());
		assertTrue(summary.number(ScalarNames.BOTTOM_FRACTION).orElseThrow() >= 0.8,
				"the inverted cell plates bottom-up: " + summary.scalars());
		assertTrue(solve.out().contains(STUDY) && solve.out().contains(" ok "), solve.toString());

		CliRun unchanged = CliRun.of("build", file.getParent().toString(), "--out", out.toString());
		assertEquals(ExitCode.OK, unchanged.exit(), unchanged.toString());
		assertTrue(unchanged.out().contains("ok, unchanged"), unchanged.toString());
		assertTrue(unchanged.out().contains("1 study: 0 run, 1 unchanged, 0 failed"), unchanged.toString());
		assertEquals(summary.finishedAt(), StudyResult.read(result).summary().finishedAt(),
				"the result was not touched");

		Files.writeString(file, Files.readString(file).replace("Symmetric Li-CC cells, inverted", "Inverted, renamed"));
		CliRun changed = CliRun.of("build", file.getParent().toString(), "--out", out.toString(), "--jobs", "1");
		assertEquals(ExitCode.OK, changed.exit(), changed.toString());
		assertTrue(changed.out().contains("1 study: 1 run, 0 unchanged, 0 failed"), changed.toString());
		assertTrue(!summary.finishedAt().equals(StudyResult.read(result).summary().finishedAt()),
				"re-run after a change");
	}

	@Test
	void aDivergingStudyEndsFailedWithTheSolversMessageAndExitCode1() throws Exception {
		Path file = design("diverging", "tolerance=\"1.0E-6\" domainWidth=\"100.0\" maxCycles=\"1\"",
				"tolerance=\"1.0E-300\" domainWidth=\"100.0\" maxCycles=\"1\"");
		CliRun run = CliRun.of("solve", file.toString());
		assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
		StudySummary summary = StudyResult.read(file.resolveSibling("results").resolve("diverging").resolve(STUDY_DIR))
				.summary();
		assertEquals(StudyStatus.FAILED, summary.status());
		assertTrue(summary.message().contains("did not converge"), summary.message());
		assertTrue(run.out().contains("failed") && run.out().contains(summary.message()), run.toString());
		assertTrue(run.err().contains("failed    diverging / " + STUDY), run.toString());
	}

	@Test
	void anUnknownStudyIsAUsageErrorNamingTheStudiesBeforeAnyWork() throws Exception {
		Path file = design("li-cc", "<studies", "<studies");
		CliRun run = CliRun.of("solve", file.toString(), "--study", "no such study");
		assertEquals(ExitCode.USAGE, run.exit());
		assertTrue(run.err().contains("no study 'no such study' in " + file + "; its studies are: '" + STUDY + "'"),
				run.toString());
		assertEquals("", run.out());
		assertTrue(!Files.exists(file.resolveSibling("results")), "nothing was solved");
		assertEquals(ExitCode.USAGE, CliRun.of("solve", file.toString(), "--out", file.toString()).exit());
		assertEquals(ExitCode.USAGE, CliRun.of("build", file.getParent().toString(), "--jobs", "0").exit());
		assertEquals(ExitCode.USAGE, CliRun.of("build", file.toString()).exit());
		assertTrue(Pattern.compile("is a file; use 'anodyne solve ").matcher(CliRun.of("build", file.toString()).err())
				.find());
	}
}
