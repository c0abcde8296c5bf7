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

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.anodyne.model.CellDesign;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.Severity;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** What Run Study and Run Sweep do alike before and after their run: read the design, refresh its results. */
final class DesignRun {

	/** The bundle that reports the runs' statuses. */
	static final String PLUGIN_ID = "org.anodyne.ui.study";

	/** A design read for a run: its file and model, or the status that says why it cannot run. */
	record Loaded(Path file, CellDesign design, IStatus problem) {
	}

	private DesignRun() {
	}

	/** Reads the design from disk (not from an editor: runs use what is saved, as the command line does). */
	static Loaded load(IFile design) {
		if (design.getLocation() == null) {
			return new Loaded(null, null, error(design.getFullPath() + " is not on the local disk"));
		}
		Path file = design.getLocation().toFile().toPath();
		LoadResult loaded = DesignResources.load(file);
		if (!loaded.ok()) {
			return new Loaded(file, null, error("Cannot run " + design.getName() + ", the file has errors:\n"
					+ loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
							.map(FileDiagnostic::toString).collect(Collectors.joining("\n"))));
		}
		return new Loaded(file, loaded.design(), null);
	}

	/**
	 * Refreshes the design's results in the workspace, then runs {@code after} in the same job; a job of its own,
	 * because refreshing needs a wider scheduling rule than the run holds.
	 *
	 * @param family the run's job family, so that waiting for the runs includes their refresh
	 */
	static void refreshResults(IFile design, Object family, Runnable after) {
		// The deepest folder the workspace knows: on a first run neither results/ nor results/<design>/ is there yet.
		IContainer known = RunStudyJob.resultFolder(design);
		while (!known.exists() && known.getParent() != null) {
			known = known.getParent();
		}
		IContainer root = known;
		WorkspaceJob refresh = new WorkspaceJob("Refreshing the results of " + design.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				root.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				after.run();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object f) {
				return f == family;
			}
		};
		refresh.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(root));
		refresh.setSystem(true);
		refresh.schedule();
	}

	static IStatus error(String message) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message);
	}
}
