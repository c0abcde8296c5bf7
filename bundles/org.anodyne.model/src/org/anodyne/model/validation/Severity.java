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

/** How serious a diagnostic is; an ERROR blocks a solve. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** Lower-case word for command-line output ({@code error}, {@code warning}, {@code info}). */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
