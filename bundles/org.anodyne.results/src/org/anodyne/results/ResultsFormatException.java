/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A results file that is missing a part, is not in the format, or is from a newer format version.
 * The message names the file and, where known, the line or the byte offset.
 */
public class ResultsFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ResultsFormatException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
	}

	public ResultsFormatException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** The offending file. */
	public Path file() {
		return file;
	}
}
