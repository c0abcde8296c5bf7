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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studies too large for their limits (found by an attack: each of these passed validate and then
 * overflowed an array size, ran out of memory or ran for hours) are reported by validate and refused
 * by solve at once, naming the setting, the estimate and the cap.
 */
class ResourceLimitsTest {

	private static final String SOLVER = "<solver gridSpacing=\"2.0\" timeStep=\"60.0\" tolerance=\"1.0E-6\" domainWidth=\"100.0\" maxCycles=\"1\"/>";
	private static final String STUDY_DIR = "Plate_1_mAh%2Fcm2_at_0.25_%28inverted%29";

	@TempDir
	Path dir;

	private Path design(String from, String to) throws Exception {
		return CliRun.example(dir.resolve("big.anodyne"), CliRun.LIFE_STUDIES, from, to);
	}

	@Test
	void anOversizedStudyIsAnErrorInValidateAndRefusedAtOnceBySolve() throws Exception {
		String[][] cases = {{"gridSpacing=\"0.001\"", "cells"}, {"gridSpacing=\"0.0029548\"", "cells"},
				{"gridSpacing=\"0.01\"", "cells"}, {"gridSpacing=\"0.1\"", "cells"},
				{"domainWidth=\"1.0E9\"", "cells"}, {"domainWidth=\"1.0E308\"", "cells"},
				{"timeStep=\"1.0E-9\"", "time steps"}};
		for (String[] c : cases) {
			refused(c[0], c[1]);
		}
	}

	private void refused(String setting, String what) throws Exception {
		String name = setting.substring(0, setting.indexOf('='));
		Path file = design(SOLVER, SOLVER.replaceFirst(name + "=\"[^\"]*\"", setting));

		CliRun validate = CliRun.of("validate", file.toString());
		assertEquals(ExitCode.FAILURE, validate.exit(), validate.toString());
		assertTrue(validate.out().contains("/solver: error: study 'Plate 1 mAh/cm2 at 0.25 (inverted)': "),
				validate.toString());
		assertTrue(validate.out().contains(what) && validate.out().contains("above the cap of"), validate.toString());

		CliRun solve = CliRun.of("solve", file.toString());
		assertEquals(ExitCode.FAILURE, solve.exit(), solve.toString());
		StudySummary summary = StudyResult.read(file.resolveSibling("results").resolve("big").resolve(STUDY_DIR))
				.summary();
		assertEquals(StudyStatus.FAILED, summary.status());
		assertTrue(summary.message().contains("above the cap of") && summary.message().contains("--max-"),
				summary.message());
		assertFalse(solve.err().contains("Exception") || solve.out().contains("Exception"), solve.toString());
	}

	@Test
	void theMessageNamesTheSettingTheEstimateAndTheCapAndAnOptionMovesTheCap() throws Exception {
		Path file = design(SOLVER, SOLVER.replace("gridSpacing=\"2.0\"", "gridSpacing=\"0.1\""));
		CliRun run = CliRun.of("validate", file.toString());
		// 100 µm / 0.1 µm = 1000 columns; (350 µm collector + 25 µm separator) / 0.1 µm = 3750 rows.
		assertTrue(run.out().contains("grid spacing 0.1 µm on a cross-section 100 µm wide and 375 µm high"),
				run.toString());
		assertTrue(
				run.out()
						.contains("needs about 3 750 000 cells (7 500 000 unknowns), above the cap of 2 000 000 cells"),
				run.toString());

		CliRun raised = CliRun.of("validate", "--max-cells", "4000000", "--max-memory", "64g", file.toString());
		assertFalse(raised.out().contains("above the cap"), raised.toString());

		CliRun lowered = CliRun.of("validate", "--max-steps", "100", design(SOLVER, SOLVER).toString());
		assertEquals(ExitCode.FAILURE, lowered.exit(), lowered.toString());
		assertTrue(
				lowered.out().contains("time step 60 s over a plating time of 14 400 s needs at least 240 time steps,"
						+ " above the cap of 100 steps"),
				lowered.toString());
	}

	@Test
	void aBadLimitIsAUsageError() throws Exception {
		Path file = design(SOLVER, SOLVER);
		CliRun run = CliRun.of("solve", "--max-cells", "lots", file.toString());
		assertEquals(ExitCode.USAGE, run.exit(), run.toString());
		assertTrue(run.err().contains("--max-cells: expected a positive whole number, not 'lots'"), run.toString());
		assertEquals(ExitCode.USAGE, CliRun.of("validate", "--max-memory", "-1g", file.toString()).exit());
	}

	@Test
	void studyNamesReachTheTableAndProgressEscaped() throws Exception {
		// XML 1.1 allows control characters in attributes; ESC, BEL, C1 CSI and RLO must not reach the terminal.
		String text = Files.readString(CliRun.examples().resolve("li-cc-symmetric-inverted.anodyne"))
				.replaceAll("(?s)\\s*<studies id=\"life-.*?</studies>", "")
				.replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"")
				.replace("name=\"Plate 1 mAh/cm2 at 0.25 (inverted)\"",
						"name=\"evil&#x1b;[2J&#x7;&#x9b;31m&#x202e;txt.exe\"")
				.replace(SOLVER, SOLVER.replace("gridSpacing=\"2.0\"", "gridSpacing=\"0.001\""));
		Path file = dir.resolve("evil.anodyne");
		Files.writeString(file, text);
		CliRun run = CliRun.of("solve", file.toString());
		assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
		for (String output : new String[]{run.out(), run.err()}) {
			assertTrue(output.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e),
					run.toString());
		}
		assertTrue(run.out().contains("evil\\u001b[2J\\u0007\\u009b31m\\u202etxt.exe"), run.toString());
	}
}
