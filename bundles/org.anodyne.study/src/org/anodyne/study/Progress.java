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

import java.util.function.BooleanSupplier;

/**
 * Progress and cancellation of a study run, the study layer's own (an {@code IProgressMonitor} in
 * miniature): the IDE adapts a {@code SubMonitor} to it, the command line prints it. Called from the
 * thread that runs the study.
 */
public interface Progress {

	/** Reports nothing and is never cancelled. */
	Progress NULL = cancelledWhen(() -> false);

	/**
	 * Reports nothing and is cancelled when the condition says so: for runs on worker threads that a
	 * coordinating thread stops (a sweep's points).
	 */
	static Progress cancelledWhen(BooleanSupplier cancelled) {
		return new Progress() {
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
	 * @param taskName  for the user
	 * @param totalWork the work units that will be reported, or a negative number if unknown
	 */
	void begin(String taskName, int totalWork);

	/** Reports that this many work units were completed since the last call. */
	void worked(int work);

	/** True once the user asked to stop; the run then ends as cancelled. */
	boolean isCanceled();

	/** Names the part of the task now running. */
	void subTask(String name);

	/** Ends the task. */
	default void done() {
	}
}
