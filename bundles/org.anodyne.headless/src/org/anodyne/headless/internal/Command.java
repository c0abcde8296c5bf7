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

import java.util.List;

/** One sub-command of {@code anodyne}. */
interface Command {

	/** The word that selects it, e.g. {@code validate}. */
	String name();

	/** One line for the overview. */
	String summary();

	/** The full --help text, ending with a newline. */
	String help();

	/**
	 * Runs the command. Argument errors are thrown as {@link UsageException} before any work starts.
	 *
	 * @return an {@link ExitCode}
	 */
	int run(List<String> args, Console console) throws UsageException;
}
