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

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.anodyne.model.Sweep;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.SweepTable;
import org.anodyne.study.InputHash;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.sweep.SweepPlan;
import org.anodyne.study.sweep.SweepRunner;
import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Runs a design's sweep in the background, as {@code anodyne sweep} does: the same folders
 * ({@code results/<design>/sweep+<name>/} beside the file), the same resume (finished points are
 * kept), all cores; progress per point with the time left, cancellation that stops the running points
 * and keeps the finished ones; then a workspace refresh and the sweep viewer opened.
 */
public final class RunSweepJob extends Job {

	/** The family of sweep runs and of the refresh that follows each, for waiting on them. */
	public static final Object FAMILY = RunSweepJob.class;

	private final IFile design;
	private final String sweep;
	private final boolean openViewer;
	private final int jobs;
	private volatile SweepTable table;

	/**
	 * @param design     the .anodyne file
	 * @param sweep      the sweep's name or id
	 * @param openViewer whether to open the sweep viewer when done
	 * @param jobs       points to run at once
	 */
	public RunSweepJob(IFile design, String sweep, boolean openViewer, int jobs) {
		super("Running sweep '" + sweep + "' of " + design.getName());
		this.design = design;
		this.sweep = sweep;
		this.openViewer = openViewer;
		this.jobs = jobs;
		setRule(RunStudyJob.resultFolder(design));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The table the last run wrote, or null. */
	public SweepTable table() {
		return table;
	}

	@Override
	protected IStatus run(IProgressMonitor progress) {
		SubMonitor monitor = SubMonitor.convert(new TimeLeftMonitor(progress), getName(), 100);
		DesignRun.Loaded loaded = DesignRun.load(design);
		if (loaded.problem() != null) {
			return loaded.problem();
		}
		Path file = loaded.file();
		Sweep chosen = loaded.design().getSweeps().stream()
				.filter(s -> sweep.equals(s.getName()) || sweep.equals(s.getId())).findFirst().orElse(null);
		if (chosen == null) {
			return error(design.getName() + " has no sweep '" + sweep + "'");
		}
		SweepPlan plan;
		try {
			plan = SweepPlan.of(chosen, MetalRegistry.getDefault(), InputHash.ofPlatform().environment());
		} catch (StudyException e) {
			return error(e.getMessage());
		}
		monitor.worked(2);
		Path directory = SweepRunner.directory(ResultsLayout.defaultRoot(file), file, chosen);
		SubMonitor points = monitor.split(98);
		try {
			table = new SweepRunner(new StudyRunner()).run(plan, directory, jobs, false,
					(p, outcome, done, total) -> points.setTaskName(String.format(Locale.ROOT,
							"Sweep '%s': %d of %d points done", plan.sweep(), done, total)),
					new StudyProgress(points));
		} catch (IOException e) {
			return error(
					"Cannot write the table of sweep '" + plan.sweep() + "' in " + directory + ": " + e.getMessage());
		} finally {
			refreshAndOpen(directory);
		}
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		long failed = table.count(SweepTable.FAILED);
		return failed == 0
				? Status.OK_STATUS
				: error(failed + " of " + table.points().size() + " points of sweep '" + plan.sweep()
						+ "' failed; the sweep viewer's table gives each one's message");
	}

	/** Refreshes the design's results in the workspace, then opens the sweep viewer. */
	private void refreshAndOpen(Path directory) {
		DesignRun.refreshResults(design, FAMILY, () -> {
			if (openViewer) {
				open(directory.resolve(SweepTable.JSON_FILE));
			}
		});
	}

	private static void open(Path sweepJson) {
		if (!PlatformUI.isWorkbenchRunning() || !sweepJson.toFile().isFile()) {
			return;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(sweepJson.toUri());
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			try {
				if (files.length > 0) {
					IDE.openEditor(page, files[0], ResultsUi.SWEEP_EDITOR_ID, true);
				} else {
					IDE.openEditor(page, sweepJson.toUri(), ResultsUi.SWEEP_EDITOR_ID, true);
				}
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(RunSweepJob.class).warn("cannot open the sweep viewer on " + sweepJson
						+ ": " + e.getMessage());
			}
		});
	}

	private static IStatus error(String message) {
		return DesignRun.error(message);
	}
}
