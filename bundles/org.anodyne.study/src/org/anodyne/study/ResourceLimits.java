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

import java.util.Locale;

/**
 * The most a study may ask for before it is refused (see {@link ResourceEstimate}): cells of the 2D
 * grid, time steps (or cycles of a life run) and memory. The defaults let the finest benchmark grid
 * (0.25 µm on a 100 µm × 325 µm cross-section, about 520 000 cells) and four times that run, and
 * refuse what would take hours or more memory than a workstation has. A user raises them with the
 * command line's {@code --max-cells}, {@code --max-steps}, {@code --max-memory}, or for every command
 * and the IDE with the system properties {@value #CELLS_PROPERTY}, {@value #STEPS_PROPERTY} and
 * {@value #MEMORY_PROPERTY} (e.g. {@code -Danodyne.maxMemory=32g} in {@code anodyne.ini}).
 *
 * @param cells       most grid cells
 * @param steps       most transient time steps of a deposition run, or cycles of a life run
 * @param memoryBytes most memory [bytes] a study's estimate may reach
 */
public record ResourceLimits(long cells, long steps, long memoryBytes) {

	public static final String CELLS_PROPERTY = "anodyne.maxCells";
	public static final String STEPS_PROPERTY = "anodyne.maxSteps";
	public static final String MEMORY_PROPERTY = "anodyne.maxMemory";

	public static final long DEFAULT_CELLS = 2_000_000L;
	public static final long DEFAULT_STEPS = 200_000L;
	public static final long DEFAULT_MEMORY = 8L << 30;

	public ResourceLimits {
		if (cells < 1 || steps < 1 || memoryBytes < 1) {
			throw new IllegalArgumentException("resource limits must be positive");
		}
	}

	/** The documented defaults. */
	public static ResourceLimits defaults() {
		return new ResourceLimits(DEFAULT_CELLS, DEFAULT_STEPS, DEFAULT_MEMORY);
	}

	/**
	 * The defaults as changed by the system properties.
	 *
	 * @throws IllegalArgumentException naming the property when one is not a positive count or size
	 */
	public static ResourceLimits fromSystemProperties() {
		return new ResourceLimits(property(CELLS_PROPERTY, DEFAULT_CELLS, false),
				property(STEPS_PROPERTY, DEFAULT_STEPS, false), property(MEMORY_PROPERTY, DEFAULT_MEMORY, true));
	}

	public ResourceLimits withCells(long value) {
		return new ResourceLimits(value, steps, memoryBytes);
	}

	public ResourceLimits withSteps(long value) {
		return new ResourceLimits(cells, value, memoryBytes);
	}

	public ResourceLimits withMemoryBytes(long value) {
		return new ResourceLimits(cells, steps, value);
	}

	private static long property(String name, long fallback, boolean size) {
		String text = System.getProperty(name);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return size ? parseSize(text) : parseCount(text);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("system property " + name + ": " + e.getMessage(), e);
		}
	}

	/** A positive whole number, {@code _} allowed between digits (2_000_000). */
	public static long parseCount(String text) {
		try {
			long value = Long.parseLong(text.strip().replace("_", ""));
			if (value < 1) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("expected a positive whole number");
		}
	}

	/** A positive size in bytes with an optional k, m, g or t suffix (powers of 1024): {@code 16g}. */
	public static long parseSize(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		int shift = 0;
		if (!t.isEmpty()) {
			switch (t.charAt(t.length() - 1)) {
			case 'k' -> shift = 10;
			case 'm' -> shift = 20;
			case 'g' -> shift = 30;
			case 't' -> shift = 40;
			default -> shift = 0;
			}
		}
		long number;
		try {
			number = parseCount(shift == 0 ? t : t.substring(0, t.length() - 1));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("expected a positive size such as 8g, 512m or 1073741824");
		}
		if (number > (Long.MAX_VALUE >> shift)) {
			throw new IllegalArgumentException("size too large");
		}
		return number << shift;
	}
}
