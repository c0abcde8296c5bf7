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
