/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Brings files written outside the workspace API (results, exports) into the workspace. */
final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/** Refreshes the workspace folders at this location, in the background; nothing if it is outside the workspace. */
	static void refresh(Path folder) {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(folder.toAbsolutePath().toUri());
		for (IContainer c : containers) {
			WorkspaceJob job = new WorkspaceJob("Refreshing " + c.getFullPath()) {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
					c.refreshLocal(IResource.DEPTH_ONE, monitor);
					return Status.OK_STATUS;
				}
			};
			job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(c));
			job.setSystem(true);
			job.schedule();
		}
	}
}
