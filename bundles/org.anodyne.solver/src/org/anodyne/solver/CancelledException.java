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

/**
 * The user cancelled the computation through the {@link ProgressMonitor}. A subclass of
 * {@link SolverException} so that one {@code catch} handles every way a solve can end early;
 * catch it first to treat cancellation as a normal outcome rather than an error.
 */
public class CancelledException extends SolverException {

	private static final long serialVersionUID = 1L;

	/** Cancellation without a step or time (e.g. before the first step). */
	public CancelledException() {
		super("computation cancelled by the user");
	}

	/**
	 * @param step the step at which cancellation was noticed
	 * @param time the simulated time [s] reached
	 */
	public CancelledException(long step, double time) {
		super("computation cancelled by the user", step, time, null);
	}
}
