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
