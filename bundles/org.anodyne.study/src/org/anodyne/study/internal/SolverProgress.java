/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.study.Progress;

/** The study layer's {@link Progress} as the solver's {@link ProgressMonitor}: the one adapter between them. */
public final class SolverProgress implements ProgressMonitor {

	private final Progress progress;

	private SolverProgress(Progress progress) {
		this.progress = progress;
	}

	/** The solver's monitor over a progress, or over {@link Progress#NULL} when it is null. */
	public static ProgressMonitor of(Progress progress) {
		return new SolverProgress(progress == null ? Progress.NULL : progress);
	}

	@Override
	public void begin(String taskName, int totalWork) {
		progress.begin(taskName, totalWork);
	}

	@Override
	public void worked(int work) {
		progress.worked(work);
	}

	@Override
	public boolean isCanceled() {
		return progress.isCanceled();
	}

	@Override
	public void subTask(String name) {
		progress.subTask(name);
	}

	@Override
	public void done() {
		progress.done();
	}
}
