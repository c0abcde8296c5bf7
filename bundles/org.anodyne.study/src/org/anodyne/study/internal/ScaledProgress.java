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

/**
 * A share of a parent monitor handed to a solver: the solver's own begin/worked/done are scaled
 * into the share, its task name becomes a sub-task of the parent, cancellation is the parent's.
 * This is how one study's progress bar covers validation, the solve and writing the results, like
 * a {@code SubMonitor} split in the IDE.
 */
public final class ScaledProgress implements ProgressMonitor {

	private final ProgressMonitor parent;
	private final int share;
	private double scale;
	private double done;
	private int reported;

	/**
	 * @param parent the study's monitor, already begun
	 * @param share  work units of the parent this part may use
	 */
	public ScaledProgress(ProgressMonitor parent, int share) {
		this.parent = parent;
		this.share = share;
	}

	@Override
	public void begin(String taskName, int totalWork) {
		scale = totalWork > 0 ? (double) share / totalWork : 0.0;
		parent.subTask(taskName);
	}

	@Override
	public void worked(int work) {
		done += work * scale;
		report(Math.min(share, (int) Math.floor(done)));
	}

	@Override
	public boolean isCanceled() {
		return parent.isCanceled();
	}

	@Override
	public void subTask(String name) {
		parent.subTask(name);
	}

	@Override
	public void done() {
		report(share);
	}

	private void report(int target) {
		if (target > reported) {
			parent.worked(target - reported);
			reported = target;
		}
	}
}
