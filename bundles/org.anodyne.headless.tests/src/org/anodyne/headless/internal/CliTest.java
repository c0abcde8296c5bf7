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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

	@TempDir
	Path dir;

	@Test
	void withoutACommandItPrintsTheOverviewAsAUsageError() {
		CliRun run = CliRun.of();
		assertEquals(ExitCode.USAGE, run.exit());
		for (String command : List.of("validate", "bench")) {
			assertTrue(run.err().contains("  " + command + " "), run.toString());
		}
		assertEquals(ExitCode.OK, CliRun.of("--help").exit());
		assertEquals(ExitCode.OK, CliRun.of("help").exit());
	}

	@Test
	void everyCommandAnswersHelpWithItsUsageAndExitCodes() {
		for (String command : List.of("validate", "bench")) {
			CliRun run = CliRun.of(command, "--help");
			assertEquals(ExitCode.OK, run.exit(), run.toString());
			assertTrue(run.out().startsWith("Usage: anodyne " + command), run.toString());
			assertTrue(run.out().contains("Exit status:"), run.toString());
			assertEquals(run.out(), CliRun.of("help", command).out());
			assertEquals(run.out(), CliRun.of(command, "-h", "--no-such-option").out(),
					"help wins over other mistakes");
		}
	}

	@Test
	void unknownCommandsAndOptionsAreUsageErrorsWithAHint() {
		CliRun run = CliRun.of("simulate", "x");
		assertEquals(ExitCode.USAGE, run.exit());
		assertTrue(run.err().startsWith("anodyne: unknown command 'simulate'"), run.toString());

		run = CliRun.of("validate", "--strict", CliRun.examples().toString());
		assertEquals(ExitCode.USAGE, run.exit());
		assertEquals("anodyne validate: unknown option '--strict'\nRun 'anodyne validate --help' for usage.\n",
				run.err());
		assertEquals("", run.out());
	}

	@Test
	void argumentErrorsAreReportedBeforeAnyWork() throws Exception {
		Path invalid = dir.resolve("invalid.anodyne");
		Files.writeString(invalid, "<not a design");
		for (String[] args : List.of(new String[]{"validate", invalid.toString(), "--format", "xml"},
				new String[]{"validate", invalid.toString(), dir.resolve("missing.anodyne").toString()},
				new String[]{"validate", invalid.toString(), "--junit", dir.resolve("no/such/folder/r.xml").toString()},
				new String[]{"validate", invalid.toString(), "--format"},
				new String[]{"validate", "--format", "json", "--format=json", invalid.toString()})) {
			CliRun run = CliRun.of(args);
			assertEquals(ExitCode.USAGE, run.exit(), run.toString());
			assertEquals("", run.out(), "nothing may be validated before the arguments are all right: " + run);
			assertTrue(run.err().contains("Run 'anodyne validate --help' for usage."), run.toString());
		}
		Path empty = Files.createDirectory(dir.resolve("empty"));
		CliRun run = CliRun.of("validate", empty.toString());
		assertEquals(ExitCode.USAGE, run.exit());
		assertTrue(run.err().contains("no .anodyne files in directory " + empty), run.toString());
	}

	@Test
	void argumentsParseFlagsValuesAndOperands() throws Exception {
		Arguments a = Arguments.parse(List.of("x", "--out=o", "--quick", "--", "--weird-file"), Set.of("--quick"),
				Set.of("--out"));
		assertEquals(List.of("x", "--weird-file"), a.operands());
		assertEquals("o", a.value("--out").orElseThrow());
		assertTrue(a.flag("--quick"));
		assertThrows(UsageException.class, () -> Arguments.parse(List.of("--quick=yes"), Set.of("--quick"), Set.of()));
		assertThrows(UsageException.class, () -> Arguments.parse(List.of("--out", ""), Set.of(), Set.of("--out")));
	}

	@Test
	void benchSpacingsAreMicrometresCheckedBeforeRunning() throws Exception {
		assertArrayEquals(new double[]{2e-6, 1e-6}, BenchCommand.spacings("2, 1"), 1e-18);
		CliRun run = CliRun.of("bench", "--spacings", "1,abc");
		assertEquals(ExitCode.USAGE, run.exit());
		assertTrue(run.err().contains("'abc' is not a number of µm"), run.toString());
		assertEquals(ExitCode.USAGE, CliRun.of("bench", "--spacings", "0").exit());
		assertEquals(ExitCode.USAGE, CliRun.of("bench", "speed").exit());
		assertEquals("", CliRun.of("bench", "speed").out());
	}
}
