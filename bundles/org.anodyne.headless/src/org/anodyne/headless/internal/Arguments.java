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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command: {@code --flag}, {@code --name value} or
 * {@code --name=value}, and operands; {@code --} ends the options. Anything unknown, a missing value
 * or a repeated option is a {@link UsageException}, so mistakes surface before any work starts.
 */
public final class Arguments {

	private final Set<String> flags = new HashSet<>();
	private final Map<String, String> values = new HashMap<>();
	private final Map<String, List<String>> lists = new HashMap<>();
	private final List<String> operands = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * Parses a command's arguments.
	 *
	 * @param args          the arguments after the command name
	 * @param flagNames     options without a value, e.g. {@code --quick}
	 * @param valuedOptions options with a value, e.g. {@code --out}
	 */
	public static Arguments parse(List<String> args, Set<String> flagNames, Set<String> valuedOptions)
			throws UsageException {
		return parse(args, flagNames, valuedOptions, Set.of());
	}

	/**
	 * Parses a command's arguments.
	 *
	 * @param args          the arguments after the command name
	 * @param flagNames     options without a value, e.g. {@code --quick}
	 * @param valuedOptions options with a value, given at most once, e.g. {@code --out}
	 * @param repeatable    options with a value that may be given several times, e.g. {@code --study}
	 */
	public static Arguments parse(List<String> args, Set<String> flagNames, Set<String> valuedOptions,
			Set<String> repeatable) throws UsageException {
		Arguments result = new Arguments();
		boolean options = true;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (options && arg.equals("--")) {
				options = false;
				continue;
			}
			if (!options || !arg.startsWith("-") || arg.equals("-")) {
				result.operands.add(arg);
				continue;
			}
			String name = arg;
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 2) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			if (flagNames.contains(name)) {
				if (value != null) {
					throw new UsageException("option " + name + " takes no value");
				}
				if (!result.flags.add(name)) {
					throw new UsageException("option " + name + " is given twice");
				}
			} else if (valuedOptions.contains(name) || repeatable.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("option " + name + " needs a value");
					}
					value = args.get(++i);
				}
				if (value.isEmpty()) {
					throw new UsageException("option " + name + " needs a non-empty value");
				}
				if (repeatable.contains(name)) {
					result.lists.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
				} else if (result.values.putIfAbsent(name, value) != null) {
					throw new UsageException("option " + name + " is given twice");
				}
			} else {
				throw new UsageException("unknown option '" + arg + "'");
			}
		}
		return result;
	}

	public boolean flag(String name) {
		return flags.contains(name);
	}

	public Optional<String> value(String name) {
		return Optional.ofNullable(values.get(name));
	}

	/** Every value of a repeatable option, in order; empty when not given. */
	public List<String> values(String name) {
		return List.copyOf(lists.getOrDefault(name, List.of()));
	}

	public List<String> operands() {
		return List.copyOf(operands);
	}
}
