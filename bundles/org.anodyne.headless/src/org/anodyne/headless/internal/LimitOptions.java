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

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.anodyne.study.ResourceLimits;

/**
 * The resource-limit options shared by {@code validate}, {@code solve} and {@code build}: each raises
 * (or lowers) one cap of {@link ResourceLimits} over the system properties and defaults.
 */
final class LimitOptions {

	static final Set<String> NAMES = Set.of("--max-cells", "--max-steps", "--max-memory");

	static final String HELP = String.format(Locale.ROOT, """
			  --max-cells N       refuse a study whose grid has more than N cells (default %,d)
			  --max-steps N       refuse a study needing more than N time steps or cycles (default %,d)
			  --max-memory SIZE   refuse a study estimated to need more memory, e.g. 16g (default %dg)
			""", ResourceLimits.DEFAULT_CELLS, ResourceLimits.DEFAULT_STEPS, ResourceLimits.DEFAULT_MEMORY >> 30)
			.stripTrailing();

	private LimitOptions() {
	}

	/** The limits from the options, over the system properties. */
	static ResourceLimits of(Arguments a) throws UsageException {
		ResourceLimits limits;
		try {
			limits = ResourceLimits.fromSystemProperties();
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		limits = limits.withCells(option(a, "--max-cells", limits.cells(), false));
		limits = limits.withSteps(option(a, "--max-steps", limits.steps(), false));
		limits = limits.withMemoryBytes(option(a, "--max-memory", limits.memoryBytes(), true));
		return limits;
	}

	private static long option(Arguments a, String name, long fallback, boolean size) throws UsageException {
		String text = a.value(name).orElse(null);
		if (text == null) {
			return fallback;
		}
		try {
			return size ? ResourceLimits.parseSize(text) : ResourceLimits.parseCount(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(name + ": " + e.getMessage() + ", not '" + text + "'");
		}
	}

	/** The named options with the limit options added. */
	static Set<String> with(String... names) {
		Set<String> all = new HashSet<>(NAMES);
		all.addAll(Set.of(names));
		return all;
	}
}
