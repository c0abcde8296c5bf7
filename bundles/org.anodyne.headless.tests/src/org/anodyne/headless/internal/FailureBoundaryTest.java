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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Out of memory and bugs end at the command boundary as one paragraph and exit 1, not a trace and exit 2. */
class FailureBoundaryTest {

	private static CliRun run(Throwable thrown) {
		Command failing = new Command() {
			@Override
			public String name() {
				return "solve";
			}

			@Override
			public String summary() {
				return "";
			}

			@Override
			public String help() {
				return "";
			}

			@Override
			public int run(List<String> args, Console console) {
				if (thrown instanceof Error e) {
					throw e;
				}
				throw (RuntimeException) thrown;
			}
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		int exit = new AnodyneCli(console, List.of(failing)).run("solve", "x.anodyne");
		return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void outOfMemoryIsAFailureWithAdviceNotAStackTrace() {
		CliRun run = run(new OutOfMemoryError("Java heap space"));
		assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
		assertTrue(run.err().startsWith("anodyne solve: Anodyne ran out of memory while running 'solve' (Java heap "),
				run.toString());
		assertTrue(run.err().contains("ANODYNE_VM_ARGS=-Xmx8g") && run.err().contains("coarser grid"), run.toString());
		assertEquals(1, run.err().strip().lines().count(), run.toString());
		assertFalse(run.err().contains("\tat "), run.toString());
	}

	@Test
	void aBugIsAFailureThatKeepsItsTraceInAFile() {
		CliRun run = run(new ClassCastException("class SeparatorImpl cannot be cast\u001b[31m"));
		assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
		assertTrue(run.err().contains("Anodyne failed while running 'solve' (ClassCastException: class SeparatorImpl"
				+ " cannot be cast\\u001b[31m); details in "), run.toString());
		assertEquals(1, run.err().strip().lines().count(), run.toString());
	}
}
