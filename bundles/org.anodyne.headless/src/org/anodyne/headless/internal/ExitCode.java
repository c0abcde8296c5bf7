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

/**
 * Exit codes of every command. When several apply, the highest wins: a run with a usage error and a
 * failed study exits with {@link #USAGE}.
 */
public final class ExitCode {

	/** All good (warnings allowed). */
	public static final int OK = 0;
	/** A design has errors, or a study failed (diverged, impossible request). */
	public static final int FAILURE = 1;
	/** Usage error, or a file that cannot be read or is not a well-formed design. */
	public static final int USAGE = 2;

	private ExitCode() {
	}

	/** The more severe of two exit codes. */
	public static int worst(int a, int b) {
		return Math.max(a, b);
	}
}
