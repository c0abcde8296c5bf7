/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Helpers for tests that run on the UI thread of the workbench, shared by the UI test fragments (test code only:
 * no feature includes this bundle).
 */
public final class Ui {

	private Ui() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until the condition holds; fails after the timeout naming what was awaited. */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + timeoutMillis;
		Display d = display();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
			}
			if (!d.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted waiting for " + what);
				}
			}
		}
	}

	/** Runs the event loop for a while, so that layouts and paints happen. */
	public static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		Display d = display();
		while (System.currentTimeMillis() < end) {
			if (!d.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** A fresh open project of this name (deleted first if it exists). */
	public static IProject project(String name) throws CoreException {
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (p.exists()) {
			p.delete(true, true, null);
		}
		p.create(null);
		p.open(null);
		return p;
	}

	public static Path location(IResource r) {
		return r.getLocation().toFile().toPath();
	}

	/** The folder screenshots go to (target/screenshots in the build). */
	public static Path screenshots() throws IOException {
		String dir = System.getProperty("anodyne.test.screenshots");
		Path p = dir != null ? Path.of(dir) : Path.of("target", "screenshots");
		return Files.createDirectories(p);
	}

	/** Saves what the workbench window shows, as on screen, as a PNG. */
	public static Path screenshot(String name) throws IOException {
		settle(300);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle b = shell.getBounds();
		Image image = new Image(display(), b.width, b.height);
		try {
			GC gc = new GC(display());
			try {
				gc.copyArea(image, b.x, b.y);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[]{image.getImageData()};
			Path file = screenshots().resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
