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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.anodyne.model.NamedElements;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ResultsLayout;
import org.anodyne.study.ResourceEstimate;
import org.anodyne.study.InputHash;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyPlan;
import org.anodyne.study.StudyRunner;
import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Runs studies of a design file in the background, as the command line's {@code solve} does: same
 * folders ({@code results/<design>/<study>/} beside the file), same files, through the same study
 * runner. Progress with an estimate of the time left, cancellation between solver steps (the
 * previous result stays), the design's result folder as scheduling rule (two runs of one design
 * queue, runs of different designs go side by side), then a workspace refresh and the results
 * overview opened. A study that fails ends the job with the solver's message as its status — no
 * stack trace.
 */
public final class RunStudyJob extends Job {

	/** The family of study runs and of the refresh that follows each, for waiting on them. */
	public static final Object FAMILY = RunStudyJob.class;

	private static final String PLUGIN_ID = DesignRun.PLUGIN_ID;

	private static final int LOAD_WORK = 5;
	private static final int STUDY_WORK = 100;

	private final IFile design;
	private final List<String> studies;
	private final boolean openResults;
	private final List<Path> written = Collections.synchronizedList(new ArrayList<>());

	/**
	 * @param design      the .anodyne file
	 * @param studies     names (or ids) of the studies to run; empty for all of the design's studies
	 * @param openResults whether to open the results overview of each study that finished
	 */
	public RunStudyJob(IFile design, List<String> studies, boolean openResults) {
		super(studies.size() == 1
				? "Running study '" + studies.get(0) + "' of " + design.getName()
				: "Running the studies of " + design.getName());
		this.design = design;
		this.studies = List.copyOf(studies);
		this.openResults = openResults;
		setRule(resultFolder(design));
	}

	/** The workspace folder that holds all results of a design: {@code results/<design>/} beside it. */
	public static IContainer resultFolder(IFile design) {
		Path designFile = Path.of(design.getName());
		// Relative to the design's folder: the default root is beside the design, whatever that folder is.
		Path relative = Path.of("").toAbsolutePath()
				.relativize(ResultsLayout.designDirectory(ResultsLayout.defaultRoot(designFile), designFile));
		return design.getParent().getFolder(IPath.fromOSString(relative.toString()));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The result folders written by the last run (also those of failed studies), in run order. */
	public List<Path> writtenResults() {
		return List.copyOf(written);
	}

	/**
	 * The input hash of the design file as the command line computes it, so that {@code anodyne build}
	 * takes a result of Run Study as current; null (the result is then merely not current) when the
	 * file cannot be read again.
	 */
	private static String inputHash(Path designFile) {
		try {
			return InputHash.ofPlatform().of(designFile);
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	protected IStatus run(IProgressMonitor progress) {
		written.clear();
		SubMonitor monitor = SubMonitor.convert(new TimeLeftMonitor(progress), getName(), LOAD_WORK + STUDY_WORK);
		DesignRun.Loaded loaded = DesignRun.load(design);
		if (loaded.problem() != null) {
			return loaded.problem();
		}
		Path designFile = loaded.file();
		CellDesign cellDesign = loaded.design();
		List<String> allNames = cellDesign.getStudies().stream().map(RunStudyJob::name).toList();
		List<Study> chosen = new ArrayList<>();
		for (String wanted : studies) {
			Study s = cellDesign.getStudies().stream()
					.filter(st -> wanted.equals(name(st)) || wanted.equals(st.getId()))
					.findFirst().orElse(null);
			if (s == null) {
				return error(design.getName() + " has no study '" + wanted + "'; its studies are " + allNames);
			}
			chosen.add(s);
		}
		if (studies.isEmpty()) {
			chosen.addAll(cellDesign.getStudies());
		}
		if (chosen.isEmpty()) {
			return error(design.getName() + " has no study to run; add one in the design editor");
		}
		monitor.worked(LOAD_WORK);
		List<Path> directories = ResultsLayout.studyDirectories(ResultsLayout.defaultRoot(designFile), designFile,
				allNames, cellDesign.getStudies().stream().map(Study::getId).toList());
		String inputHash = inputHash(designFile);

		List<String> failures = new ArrayList<>();
		boolean cancelled = false;
		SubMonitor studiesMonitor = monitor.split(STUDY_WORK).setWorkRemaining(chosen.size() * STUDY_WORK);
		StudyRunner runner = new StudyRunner();
		StudyPlan plan = runner.plan(chosen);
		try {
			for (Study s : chosen) {
				String name = name(s);
				studiesMonitor.setTaskName(chosen.size() == 1
						? getName()
						: "Study " + (chosen.indexOf(s) + 1) + " of " + chosen.size() + ": '" + name + "'");
				StudyOutcome outcome;
				try {
					outcome = runner.run(plan.studies().get(chosen.indexOf(s)),
							directories.get(cellDesign.getStudies().indexOf(s)), inputHash,
							new StudyProgress(studiesMonitor.split(STUDY_WORK)));
				} catch (OutOfMemoryError e) {
					// The result in progress was never committed; the previous one, if any, is still there.
					failures.add(ResourceEstimate.outOfMemory("running study '" + name + "'"));
					continue;
				} catch (RuntimeException | LinkageError | StackOverflowError e) {
					// A defect, not a problem with the design: the user gets the message, the error log the trace.
					ILog.of(RunStudyJob.class).error("study '" + name + "' of " + design.getFullPath() + " failed", e);
					failures.add("Study '" + name + "' stopped on an internal error: " + e.getMessage()
							+ " (details in the error log)");
					continue;
				}
				if (outcome.directory() != null) {
					written.add(outcome.directory());
				}
				if (outcome.status() == StudyOutcome.Status.CANCELLED) {
					cancelled = true;
					break;
				}
				if (outcome.status() == StudyOutcome.Status.FAILED) {
					failures.add(outcome.message());
				}
			}
		} finally {
			refreshAndOpen(failures.isEmpty() && !cancelled);
		}
		if (cancelled) {
			return Status.CANCEL_STATUS;
		}
		if (failures.isEmpty()) {
			return Status.OK_STATUS;
		}
		if (failures.size() == 1) {
			return error(failures.get(0));
		}
		MultiStatus all = new MultiStatus(PLUGIN_ID, IStatus.ERROR,
				failures.size() + " studies of " + design.getName() + " failed", null);
		failures.forEach(f -> all.add(new Status(IStatus.ERROR, PLUGIN_ID, f)));
		return all;
	}

	/** Refreshes the design's results in the workspace and opens the overview of each result written. */
	private void refreshAndOpen(boolean open) {
		List<Path> results = List.copyOf(written);
		DesignRun.refreshResults(design, FAMILY, () -> {
			if (open && openResults) {
				openOverviews(results);
			}
		});
	}

	private void openOverviews(List<Path> results) {
		if (!PlatformUI.isWorkbenchRunning() || results.isEmpty()) {
			return;
		}
		List<IFile> summaries = new ArrayList<>();
		for (Path dir : results) {
			for (IFile f : ResourcesPlugin.getWorkspace().getRoot()
					.findFilesForLocationURI(dir.resolve(ResultsFormat.SUMMARY_FILE).toUri())) {
				summaries.add(f);
			}
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			for (IFile f : summaries) {
				try {
					IDE.openEditor(page, f, ResultsUi.RESULTS_EDITOR_ID, true);
				} catch (PartInitException e) {
					ILog.of(RunStudyJob.class).warn("cannot open the results in "
							+ f.getParent().getFullPath() + ": " + e.getMessage());
				}
			}
		});
	}

	/** The name a study goes by: its name, else its id (as the study layer and the command line name it). */
	static String name(Study study) {
		return NamedElements.displayName(study);
	}

	private static IStatus error(String message) {
		return DesignRun.error(message);
	}
}
