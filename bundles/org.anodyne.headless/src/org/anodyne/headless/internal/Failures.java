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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.anodyne.study.ResourceEstimate;

/**
 * The one-paragraph messages for what the user did not cause: running out of memory, and bugs of ours
 * (whose stack trace is kept in a file to attach to a report, never printed at the user).
 */
final class Failures {

	private Failures() {
	}

	/** The message of a failure: out of memory, or a bug with its trace kept in a file. */
	static String of(String doing, Throwable e) {
		if (e instanceof OutOfMemoryError) {
			return ResourceEstimate.outOfMemory(doing);
		}
		return "Anodyne failed while " + doing + " (" + e.getClass().getSimpleName()
				+ (e.getMessage() == null ? "" : ": " + Console.printable(e.getMessage())) + ")" + keepTrace(e);
	}

	/** Saves the stack trace of a bug to a file the user can attach to a report, and says where. */
	private static String keepTrace(Throwable e) {
		try {
			Path file = Files.createTempFile("anodyne-error-", ".txt");
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			Files.writeString(file, trace.toString());
			return "; details in " + file + "; please report it";
		} catch (IOException | RuntimeException ignored) {
			return "; please report it";
		}
	}
}
