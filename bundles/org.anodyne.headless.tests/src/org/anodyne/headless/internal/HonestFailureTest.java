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
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results and reports that tell the truth: no NaN under "ok", reports readable by the CI that asked
 * for them. (The input hash is written with the result, before it is committed, so there is no
 * longer a complete result whose hash could not be recorded.)
 */
class HonestFailureTest {

	@TempDir
	Path dir;

	@Test
	void anOkResultNeverCarriesScalarsThatAreNotNumbers() throws Exception {
		// Only the 0.25 mA/cm2 life study, two cycles, with a diffusion coefficient of 1e-300 m2/s.
		Path file = CliRun.example(dir.resolve("d.anodyne"),
				"(?s)\\s*<studies id=\"(deposition-inverted|life-1-inverted|life-5-inverted)\".*?</studies>",
				"diffusionCoefficient=\"2.93E-10\"", "diffusionCoefficient=\"1.0E-300\"");
		Files.writeString(file, Files.readString(file).replace("maxCycles=\"2000\"", "maxCycles=\"2\""));
		CliRun run = CliRun.of("solve", file.toString());
		Path result = file.resolveSibling("results").resolve("d").resolve("Cycle_life_at_0.25_mA%2Fcm2_%28inverted%29");
		StudySummary summary = StudyResult.read(result).summary();
		String json = Files.readString(result.resolve("summary.json"));
		if (summary.status() == StudyStatus.OK) {
			assertFalse(json.contains("\"NaN\""), json);
			assertFalse(run.out().contains("NaN"), run.toString());
		} else {
			assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
			assertTrue(summary.message().contains("not a number"), summary.message());
		}
	}

	@Test
	void theJunitReportIsReadableByOthers() throws Exception {
		Path report = dir.resolve("report.xml");
		Path design = CliRun.example(dir.resolve("d.anodyne"), CliRun.LIFE_STUDIES, "<studies", "<studies");
		CliRun run = CliRun.of("validate", "--junit", report.toString(), design.toString());
		assertEquals(ExitCode.OK, run.exit(), run.toString());
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(report);
		assertTrue(
				permissions.contains(PosixFilePermission.GROUP_READ)
						&& permissions.contains(PosixFilePermission.OTHERS_READ),
				permissions.toString());
	}
}
