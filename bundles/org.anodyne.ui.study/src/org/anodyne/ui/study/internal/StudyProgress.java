/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.study.internal;

import org.anodyne.study.Progress;
import org.eclipse.core.runtime.SubMonitor;

/** The study layer's progress interface over an Eclipse {@link SubMonitor}: work, sub-tasks and cancellation. */
final class StudyProgress implements Progress {

	private final SubMonitor monitor;

	StudyProgress(SubMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void begin(String taskName, int totalWork) {
		if (totalWork > 0) {
			monitor.setWorkRemaining(totalWork);
		}
		monitor.subTask(taskName);
	}

	@Override
	public void worked(int work) {
		monitor.worked(work);
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}

	@Override
	public void subTask(String name) {
		monitor.subTask(name);
	}

	@Override
	public void done() {
		monitor.done();
	}
}
