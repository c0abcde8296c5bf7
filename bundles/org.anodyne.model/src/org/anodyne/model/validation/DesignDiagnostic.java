/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding of {@link DesignValidation}.
 *
 * @param element     the offending element (may be null for file-level findings)
 * @param elementPath readable path of the element, e.g. {@code /cells[Li-CC inverted]/anode/collector}
 * @param severity    how bad it is
 * @param code        stable constraint id, e.g. {@code porosity-range}, for filtering and tests
 * @param message     what is wrong, naming the element and the offending value
 * @param line        line in the file where the element starts, 0 when unknown
 */
public record DesignDiagnostic(EObject element, String elementPath, Severity severity, String code, String message,
		int line) {

	/**
	 * The CLI form {@code file:line: element-path: severity: message} (line left out when unknown).
	 *
	 * @param file the file name to print
	 */
	public String format(String file) {
		StringBuilder b = new StringBuilder(file);
		if (line > 0) {
			b.append(':').append(line);
		}
		return b.append(": ").append(elementPath).append(": ").append(severity.word()).append(": ").append(message)
				.toString();
	}

	@Override
	public String toString() {
		return elementPath + ": " + severity.word() + ": " + message + " [" + code + "]";
	}
}
