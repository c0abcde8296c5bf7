/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.anodyne.ui.editor.DesignValidationJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** What the UI tests do to the workbench: projects, example files, commands, waiting for jobs and events. */
final class Workbench {

	/** The system property (set by this bundle's pom) naming the repository's examples folder. */
	static final String EXAMPLES_PROPERTY = "anodyne.test.examples";

	private Workbench() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	static IWorkbenchPage page() {
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page, "no active workbench page");
		return page;
	}

	/** A new, open project; an old one of the same name is deleted first. */
	static IProject freshProject(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	static void deleteProject(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	/** The example design of the given file name, from the repository's examples folder. */
	static Path example(String fileName) {
		String folder = System.getProperty(EXAMPLES_PROPERTY);
		assertNotNull(folder, "-D" + EXAMPLES_PROPERTY + " must name the examples folder (set by the test pom)");
		Path file = Path.of(folder, fileName);
		assertTrue(Files.isRegularFile(file), "example missing: " + file);
		return file;
	}

	/** Copies an example design into the project under its own name. */
	static IFile copyExample(IProject project, String fileName) throws IOException, CoreException {
		IFile file = project.getFile(fileName);
		file.create(Files.newInputStream(example(fileName)), true, null);
		return file;
	}

	static IFile write(IProject project, String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, true, false, null);
		} else {
			file.create(bytes, true, null);
		}
		return file;
	}

	static String read(IFile file) throws IOException {
		return Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
	}

	/** Runs a command the way a menu item does, with the workbench's current selection and part. */
	static Object execute(String commandId) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		return handlers.executeCommand(commandId, null);
	}

	/** Processes pending UI events (async runnables, repaints) until there are none. */
	static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going until the queue is empty
		}
	}

	/** Processes events until the condition holds; fails after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + 20_000;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Waits for every validation and marker job, processing UI events meanwhile. */
	static void joinValidation() {
		waitUntil("validation jobs finish", () -> Job.getJobManager().find(DesignValidationJob.FAMILY).length == 0);
		dispatch();
	}

	/** Closes dialogs a test left open (a failed save reports itself in a non-blocking dialog). */
	static void closeDialogs() {
		Shell workbenchShell = window().getShell();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell != workbenchShell && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
		dispatch();
	}
}
