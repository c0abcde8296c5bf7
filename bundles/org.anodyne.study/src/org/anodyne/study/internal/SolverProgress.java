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
