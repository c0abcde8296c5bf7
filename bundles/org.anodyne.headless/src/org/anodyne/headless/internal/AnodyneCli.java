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

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code anodyne} command line: picks the sub-command, answers --help, turns usage errors into
 * exit code 2 with a hint, and makes sure no exception reaches the user as a stack trace.
 */
public final class AnodyneCli {

	private final Console console;
	private final List<Command> commands;

	AnodyneCli(Console console, List<Command> commands) {
		this.console = console;
		this.commands = List.copyOf(commands);
	}

	/** Runs one command line; returns the process exit code. */
	public int run(String... args) {
		if (args.length == 0) {
			console.err().print(overview());
			return ExitCode.USAGE;
		}
		String first = args[0];
		if (first.equals("-h") || first.equals("--help")) {
			console.out().print(overview());
			return ExitCode.OK;
		}
		if (first.equals("help")) {
			if (args.length == 1) {
				console.out().print(overview());
				return ExitCode.OK;
			}
			Optional<Command> topic = find(args[1]);
			if (topic.isEmpty()) {
				return unknown(args[1]);
			}
			console.out().print(topic.get().help());
			return ExitCode.OK;
		}
		Optional<Command> command = find(first);
		if (command.isEmpty()) {
			return unknown(first);
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		int end = rest.indexOf("--");
		List<String> options = end < 0 ? rest : rest.subList(0, end);
		if (options.contains("-h") || options.contains("--help")) {
			console.out().print(command.get().help());
			return ExitCode.OK;
		}
		String name = command.get().name();
		try {
			return command.get().run(rest, console);
		} catch (UsageException e) {
			console.err().println("anodyne " + name + ": " + Console.printable(e.getMessage()));
			console.err().println("Run 'anodyne " + name + " --help' for usage.");
			return ExitCode.USAGE;
		} catch (RuntimeException | LinkageError | VirtualMachineError e) {
			// Out of memory or a bug of ours: a failure, never a stack trace and never the usage code.
			console.err().println("anodyne " + name + ": " + Failures.of("running '" + name + "'", e));
			return ExitCode.FAILURE;
		}
	}

	private int unknown(String word) {
		console.err().println("anodyne: unknown command '" + Console.printable(word) + "'");
		console.err().print(overview());
		return ExitCode.USAGE;
	}

	private Optional<Command> find(String name) {
		return commands.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	String overview() {
		StringBuilder b = new StringBuilder();
		b.append("Usage: anodyne <command> [options] [arguments]\n");
		b.append("       anodyne                  (no command) opens the IDE\n\n");
		b.append("Commands:\n");
		for (Command c : commands) {
			b.append(String.format("  %-10s %s", c.name(), c.summary())).append('\n');
		}
		b.append("\nRun 'anodyne <command> --help' for a command's options.\n");
		b.append("Exit status: 0 all good; 1 a design error or a failed study; 2 a usage error or an\n");
		b.append("unreadable or malformed file; when several apply, the highest.\n");
		return b.toString();
	}
}
