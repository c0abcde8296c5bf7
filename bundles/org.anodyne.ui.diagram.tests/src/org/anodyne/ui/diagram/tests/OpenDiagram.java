/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.anodyne.model.Cell;
import org.anodyne.ui.diagram.CellStackView;
import org.anodyne.ui.diagram.internal.CellPart;
import org.anodyne.ui.diagram.internal.LayerPart;
import org.anodyne.ui.diagram.internal.Role;
import org.anodyne.ui.editor.DesignEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** A design editor on a copy of an example, with the cell-stack view showing its design. */
record OpenDiagram(IFile file, DesignEditor editor, CellStackView view) {

	static final String PROJECT = "CellStackDiagramTest";
	static final List<String> EXAMPLES = List.of("li-cc-symmetric-inverted.anodyne", "li-cc-symmetric-upright.anodyne",
			"li-cc-lfp-full-inverted.anodyne", "li-cc-lfp-full-upright.anodyne");

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	/** Copies an example into the test project and opens it, with the diagram. */
	static OpenDiagram example(String name) throws Exception {
		String folder = System.getProperty("anodyne.test.examples");
		assertNotNull(folder, "-Danodyne.test.examples must name the examples folder (set by the test pom)");
		IFile file = project().getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(Files.newInputStream(Path.of(folder, name)), true, null);
		return open(file);
	}

	static OpenDiagram open(IFile file) throws Exception {
		DesignEditor editor = assertInstanceOf(DesignEditor.class, IDE.openEditor(page(), file));
		CellStackView view = (CellStackView) page().showView(CellStackView.ID);
		// The view outlives each test's editor: start every test on the linear scale.
		view.setCompressed(false);
		page().activate(editor);
		dispatch();
		return new OpenDiagram(file, editor, view);
	}

	static void closeAll() throws CoreException {
		IViewReference view = page().findViewReference(CellStackView.ID);
		if (view != null) {
			page().setPartState(view, IWorkbenchPage.STATE_RESTORED);
		}
		page().closeAllEditors(false);
		dispatch();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	/** Saves what the workbench window shows, as on screen, as NAME.png in the tests' screenshot folder. */
	static Path screenshot(String name) throws Exception {
		dispatch();
		String folder = System.getProperty("anodyne.test.screenshots");
		assertNotNull(folder, "-Danodyne.test.screenshots must name the output folder (set by the test pom)");
		Shell shell = page().getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		Rectangle area = shell.getBounds();
		Image screen = new Image(display, area.width, area.height);
		try {
			GC gc = new GC(display);
			gc.copyArea(screen, area.x, area.y);
			gc.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[]{screen.getImageData()};
			Path file = Path.of(folder, name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			screen.dispose();
		}
	}

	static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// until the queue is empty
		}
	}

	Cell cell(int k) {
		return editor.getDesign().getCells().get(k);
	}

	CellPart cellPart(Cell cell) {
		CellPart part = view.partOf(cell).orElse(null);
		assertNotNull(part, "the diagram draws no cell " + cell.getName());
		return part;
	}

	LayerPart layer(Cell cell, EObject element) {
		for (Object child : cellPart(cell).getChildren()) {
			if (((LayerPart) child).getModel() == element) {
				return (LayerPart) child;
			}
		}
		throw new AssertionError("cell " + cell.getName() + " draws no figure for " + element);
	}

	LayerPart layer(Cell cell, Role role) {
		for (Object child : cellPart(cell).getChildren()) {
			if (((LayerPart) child).role() == role) {
				return (LayerPart) child;
			}
		}
		throw new AssertionError("cell " + cell.getName() + " draws no " + role);
	}

	void run(org.eclipse.emf.common.command.Command command) {
		assertTrue(command.canExecute(), command.getLabel() + " cannot execute");
		editor.getEditingDomain().getCommandStack().execute(command);
		dispatch();
	}
}
