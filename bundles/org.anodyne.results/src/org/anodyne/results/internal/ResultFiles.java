/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.anodyne.results.ResultsFormatException;

/**
 * The checks every results file passes before a byte of it is read: it stays inside its folder (a
 * symbolic link out of it is not followed), it is a regular file (not a FIFO or {@code /dev/zero})
 * and it is no larger than its kind may be. Messages name the file and never quote its content.
 */
public final class ResultFiles {

	/** Largest CSV series file [bytes]: a 2000-cycle life run writes a few MB. */
	public static final long MAX_SERIES_BYTES = 64L << 20;

	/** Largest VTK field file [bytes]: a frame of the largest grid the study layer allows is ~100 MB. */
	public static final long MAX_FIELD_BYTES = 512L << 20;

	/** Most columns of a series; written series have a dozen. */
	public static final int MAX_COLUMNS = 100_000;

	private ResultFiles() {
	}

	/**
	 * The file, checked.
	 *
	 * @param what     e.g. "a series file", for the message
	 * @param maxBytes its largest allowed size
	 * @throws ResultsFormatException naming the file and the check it fails
	 * @throws IOException            if it cannot be read at all (missing, permission denied)
	 */
	public static Path checked(Path file, String what, long maxBytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Path real = file.toRealPath();
		if (folder != null && !real.startsWith(folder.toRealPath())) {
			throw new ResultsFormatException(file, "a symbolic link to a file outside its result folder; not followed");
		}
		BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
		if (!attributes.isRegularFile()) {
			throw new ResultsFormatException(file, "not a regular file; " + what + " must be one");
		}
		if (attributes.size() > maxBytes) {
			throw new ResultsFormatException(file, attributes.size() + " bytes, more than the " + maxBytes + " bytes "
					+ what + " may have");
		}
		return real;
	}
}
