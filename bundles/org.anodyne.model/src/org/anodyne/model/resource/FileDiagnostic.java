/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.resource;

import org.anodyne.model.validation.Severity;

/**
 * A problem found while reading a file, with where it is.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, or 0 when not known
 * @param column   1-based column, or 0 when not known
 * @param severity how bad it is
 * @param message  what is wrong, in words a user acts on
 * @param element  path of the element it concerns as validation names it (e.g.
 *                 {@code /cells[Li-CC inverted]/anode/collector}), or empty when the problem is not
 *                 about one element
 */
public record FileDiagnostic(String file, int line, int column, Severity severity, String message, String element) {

	/** A problem not tied to one element (malformed XML, an unreadable file ...). */
	public FileDiagnostic(String file, int line, int column, Severity severity, String message) {
		this(file, line, column, severity, message, "");
	}

	/** {@code file:line:column: severity: message}, leaving out what is not known. */
	@Override
	public String toString() {
		StringBuilder b = new StringBuilder(file);
		if (line > 0) {
			b.append(':').append(line);
			if (column > 0) {
				b.append(':').append(column);
			}
		}
		return b.append(": ").append(severity.word()).append(": ").append(message).toString();
	}
}
