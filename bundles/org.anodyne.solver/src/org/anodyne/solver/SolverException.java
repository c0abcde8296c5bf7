/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A computation could not produce a trustworthy result: divergence, a non-finite value, an
 * impossible request (e.g. a current above what the cell can carry), or cancellation
 * ({@link CancelledException}).
 * <p>
 * The message says what went wrong and, where known, at which step, at which simulated time and
 * where on the grid, so that a user can tell a bad input from a numerical problem. The same
 * pieces are available separately for programmatic use.
 */
public class SolverException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String problem;
	private final long step;
	private final double time;
	private final String location;

	/**
	 * @param problem what went wrong, e.g. "Newton iteration for the electrolyte potential diverged"
	 */
	public SolverException(String problem) {
		this(problem, -1, Double.NaN, null, null);
	}

	/**
	 * @param problem  what went wrong
	 * @param step     step number (0-based), or negative if not applicable
	 * @param time     simulated time [s], or NaN if not applicable
	 * @param location where on the grid, e.g. "x = 12.5 µm, y = 40.5 µm (cell 12, 40)", or null
	 */
	public SolverException(String problem, long step, double time, String location) {
		this(problem, step, time, location, null);
	}

	/** As {@link #SolverException(String, long, double, String)} with an underlying cause. */
	public SolverException(String problem, long step, double time, String location, Throwable cause) {
		super(compose(problem, step, time, location), cause);
		this.problem = problem;
		this.step = step;
		this.time = time;
		this.location = location;
	}

	private static String compose(String problem, long step, double time, String location) {
		StringBuilder sb = new StringBuilder(problem);
		if (step >= 0) {
			sb.append(" at step ").append(step);
		}
		if (!Double.isNaN(time)) {
			sb.append(step >= 0 ? ", " : " at ").append("t = ").append(formatSeconds(time)).append(" s");
		}
		if (location != null) {
			sb.append(step >= 0 || !Double.isNaN(time) ? ", " : " at ").append(location);
		}
		return sb.toString();
	}

	/** Six significant digits without trailing zeros: "3.5", "0", "1.23457e+06". */
	private static String formatSeconds(double time) {
		String text = String.format(java.util.Locale.ROOT, "%.6g", time);
		int exponent = text.indexOf('e');
		String mantissa = exponent < 0 ? text : text.substring(0, exponent);
		String suffix = exponent < 0 ? "" : text.substring(exponent);
		if (mantissa.indexOf('.') >= 0) {
			mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return mantissa + suffix;
	}

	/** What went wrong, without the step/time/location decoration. */
	public String problem() {
		return problem;
	}

	/** The step at which it happened, if known. */
	public OptionalLong step() {
		return step >= 0 ? OptionalLong.of(step) : OptionalLong.empty();
	}

	/** The simulated time [s] at which it happened, if known. */
	public OptionalDouble time() {
		return Double.isNaN(time) ? OptionalDouble.empty() : OptionalDouble.of(time);
	}

	/** Where on the grid it happened, if known. */
	public Optional<String> location() {
		return Optional.ofNullable(location);
	}
}
