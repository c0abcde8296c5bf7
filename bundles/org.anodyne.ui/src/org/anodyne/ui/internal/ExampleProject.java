/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Copies the bundled example designs into a workspace project the first time the IDE starts on a
 * workspace. The launch scripts name the examples folder with {@code -Danodyne.examples=DIR}; the
 * files are copied, not linked, so that editing an example never changes the shipped originals.
 */
final class ExampleProject {

	static final String PROPERTY = "anodyne.examples";
	static final String PROJECT_NAME = "Anodyne Examples";

	private ExampleProject() {
	}

	/** @return the scheduled import job, or null when there is nothing to import */
	static Job importIfRequested() {
		String dir = System.getProperty(PROPERTY);
		if (dir == null || dir.isBlank()) {
			return null;
		}
		Path source = Paths.get(dir);
		if (!Files.isDirectory(source)) {
			AnodyneUiPlugin.log(IStatus.WARNING, "Example designs not found: " + source
					+ " (named by -D" + PROPERTY + "); the workspace starts without them.", null);
			return null;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT_NAME);
		if (project.exists()) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob("Importing the Anodyne example designs") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				return copyInto(project, source, monitor);
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
		return job;
	}

	static IStatus copyInto(IProject project, Path source, IProgressMonitor monitor) throws CoreException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(source)) {
			files = walk.filter(Files::isRegularFile).filter(ExampleProject::isExampleFile).sorted().toList();
		} catch (IOException e) {
			return new Status(IStatus.ERROR, AnodyneUiPlugin.PLUGIN_ID,
					"Cannot list the example designs in " + source + ": " + e.getMessage(), e);
		}
		SubMonitor progress = SubMonitor.convert(monitor, files.size() + 2);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		project.open(progress.split(1));
		for (Path file : files) {
			Path relative = source.relativize(file);
			IFile target = project.getFile(relative.toString());
			ensureFolder(target.getParent());
			try (InputStream in = Files.newInputStream(file)) {
				if (!target.exists()) {
					target.create(in, true, progress.split(1));
				}
			} catch (IOException e) {
				return new Status(IStatus.ERROR, AnodyneUiPlugin.PLUGIN_ID,
						"Cannot copy example design " + file + ": " + e.getMessage(), e);
			}
		}
		return Status.OK_STATUS;
	}

	/** Designs and their notes; result folders left by earlier runs of the originals stay behind. */
	private static boolean isExampleFile(Path file) {
		for (Path part : file) {
			if (part.toString().equals("results") || part.toString().startsWith(".")) {
				return false;
			}
		}
		String name = file.getFileName().toString();
		return name.endsWith(".anodyne") || name.endsWith(".md");
	}

	private static void ensureFolder(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			ensureFolder(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
