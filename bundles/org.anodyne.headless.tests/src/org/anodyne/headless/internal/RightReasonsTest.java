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
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read get their own reason, and one bad entry does not stop a whole tree. */
class RightReasonsTest {

	@TempDir
	Path dir;

	private Path copyExample(Path to) throws Exception {
		Files.createDirectories(to.getParent());
		return Files.copy(CliRun.examples().resolve("li-cc-symmetric-inverted.anodyne"), to);
	}

	@Test
	void linksLoopsAndPipesAreNamedForWhatTheyAre() throws Exception {
		Path loop = dir.resolve("loop.anodyne");
		Files.createSymbolicLink(loop, dir.resolve("back.anodyne"));
		Files.createSymbolicLink(dir.resolve("back.anodyne"), loop);
		CliRun run = CliRun.of("validate", loop.toString());
		assertEquals(ExitCode.USAGE, run.exit(), run.toString());
		assertTrue(run.out().contains("loop.anodyne: /: error: the file is a loop of symbolic links"), run.toString());

		run = CliRun.of("solve", loop.toString());
		assertEquals(ExitCode.USAGE, run.exit(), run.toString());
		assertTrue(run.out().contains("a loop of symbolic links"), run.toString());

		Path fifo = dir.resolve("pipe.anodyne");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
		run = CliRun.of("validate", fifo.toString());
		assertEquals(ExitCode.USAGE, run.exit(), run.toString());
		assertTrue(run.out().contains("pipe.anodyne: /: error: not a regular file"), run.toString());
	}

	@Test
	void anUnreadableFolderIsSkippedAndTheRestOfTheTreeValidated() throws Exception {
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads everything");
		Path good = copyExample(dir.resolve("a").resolve("good.anodyne"));
		Path locked = Files.createDirectories(dir.resolve("b"));
		copyExample(locked.resolve("hidden.anodyne"));
		Path unreadable = copyExample(dir.resolve("c").resolve("mode000.anodyne"));
		Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		try {
			CliRun run = CliRun.of("validate", dir.toString());
			assertEquals(ExitCode.USAGE, run.exit(), run.toString());
			assertTrue(run.err().contains("skipped " + locked + ": permission denied"), run.toString());
			assertTrue(run.out().contains("mode000.anodyne: /: error: permission denied"), run.toString());
			assertTrue(run.err().contains("anodyne validate: 2 files"), run.toString() + good);
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}
}
