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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** One in-process run of the command line with its output captured. */
record CliRun(int exit, String out, String err) {

	static CliRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		int exit = Commands.cli(console).run(args);
		return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> outLines() {
		return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
	}

	/** The repository's examples folder; tests run in the tests bundle's folder. */
	static Path examples() {
		String override = System.getProperty("anodyne.examples");
		return override != null ? Path.of(override) : Path.of("..", "..", "examples");
	}

	/** Removes the cycle-life studies of the inverted example (so that a run stays short). */
	static final String LIFE_STUDIES = "(?s)\\s*<studies id=\"life-.*?</studies>";

	/**
	 * The inverted symmetric example with the studies matching {@code dropStudies} removed and
	 * {@code from} replaced by {@code to}, written as {@code file}.
	 */
	static Path example(Path file, String dropStudies, String from, String to) throws IOException {
		String text = Files.readString(examples().resolve("li-cc-symmetric-inverted.anodyne"))
				.replaceAll(dropStudies, "");
		if (!text.contains(from)) {
			throw new IllegalArgumentException("the example has no '" + from + "'");
		}
		Files.writeString(file, text.replace(from, to));
		return file;
	}

	@Override
	public String toString() {
		return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
	}
}
