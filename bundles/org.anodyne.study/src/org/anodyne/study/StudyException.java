/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study;

/**
 * A study cannot run as described: the design is invalid, an element it needs is missing, or a
 * value is out of range. The message says what and where (study, cell, element) in the units the
 * user typed; it is meant to be shown as is, never with a stack trace.
 */
public class StudyException extends Exception {

	private static final long serialVersionUID = 1L;

	public StudyException(String message) {
		super(message);
	}

	public StudyException(String message, Throwable cause) {
		super(message, cause);
	}
}
