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
 * Progress and cancellation for long computations, free of any Eclipse dependency.
 * <p>
 * Callers in the IDE adapt an {@code IProgressMonitor}/{@code SubMonitor} to this interface; the
 * headless application prints to the terminal. Solvers call {@link #worked(int)} and check
 * {@link #isCanceled()} at every step and throw {@link CancelledException} when it returns true.
 * Implementations must tolerate calls from the solver's thread only; they need not be thread safe.
 */
public interface ProgressMonitor {

	/** A monitor that reports nothing and is never cancelled. */
	ProgressMonitor NULL = new ProgressMonitor() {
		@Override
		public void begin(String taskName, int totalWork) {
		}

		@Override
		public void worked(int work) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}

		@Override
		public void subTask(String name) {
		}
	};

	/**
	 * A monitor that reports nothing and is cancelled when the condition says so: for runs on worker
	 * threads that a coordinating thread stops (a sweep's points).
	 */
	static ProgressMonitor cancelledWhen(java.util.function.BooleanSupplier cancelled) {
		return new ProgressMonitor() {
			@Override
			public void begin(String taskName, int totalWork) {
			}

			@Override
			public void worked(int work) {
			}

			@Override
			public boolean isCanceled() {
				return cancelled.getAsBoolean();
			}

			@Override
			public void subTask(String name) {
			}
		};
	}

	/**
	 * Starts the task.
	 *
	 * @param taskName  human-readable name
	 * @param totalWork number of work units that will be reported, or a negative number if unknown
	 */
	void begin(String taskName, int totalWork);

	/** Reports that the given number of work units has been completed since the last call. */
	void worked(int work);

	/** Returns true when the user asked to stop; the solver then throws {@link CancelledException}. */
	boolean isCanceled();

	/** Describes the part of the task now running (e.g. "step 120, t = 3.1 h"). */
	void subTask(String name);

	/** Signals the end of the task; the default does nothing. */
	default void done() {
	}

	/**
	 * Throws {@link CancelledException} if cancellation was requested.
	 *
	 * @param step the step about to run, for the message
	 * @param time the simulated time [s] reached, for the message
	 */
	default void checkCanceled(long step, double time) throws CancelledException {
		if (isCanceled()) {
			throw new CancelledException(step, time);
		}
	}
}
