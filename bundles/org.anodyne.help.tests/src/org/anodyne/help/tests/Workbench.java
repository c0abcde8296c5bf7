/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.help.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Waiting for the workbench, finding widgets and saving screenshots of the workbench window. */
final class Workbench {

	private Workbench() {
	}

	/** Runs the event loop until the condition holds; fails with what was awaited after the timeout. */
	static void await(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop for a while, so that layouts and paints settle. */
	static void idle(long millis) {
		long end = System.currentTimeMillis() + millis;
		try {
			await("idle", millis + 1000, () -> System.currentTimeMillis() >= end);
		} catch (AssertionError e) {
			throw new IllegalStateException(e);
		}
	}

	/** All controls of a type below (and including) a control. */
	static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	/** Saves the active workbench window as target/screenshots/NAME.png. */
	static Path screenshot(String name) throws IOException {
		return screenshot(name, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
	}

	/** Saves a window as target/screenshots/NAME.png. */
	static Path screenshot(String name, Shell shell) throws IOException {
		idle(400);
		Rectangle bounds = shell.getBounds();
		Display display = shell.getDisplay();
		Image image = new Image(display, bounds.width, bounds.height);
		try {
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			String dir = System.getProperty("anodyne.test.screenshots");
			Path folder = Files.createDirectories(dir != null ? Path.of(dir) : Path.of("target", "screenshots"));
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[]{image.getImageData()};
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
