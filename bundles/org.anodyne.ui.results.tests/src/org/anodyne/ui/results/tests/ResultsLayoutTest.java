/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Anodyne perspective gives an opened result the room its charts need: the Cell Stack view (which
 * draws designs only) shares the right-hand column with the Outline instead of squeezing the editor area
 * with a column of its own, also after the perspective is reset. A layout property, not a timing.
 */
class ResultsLayoutTest {

	private static final String PERSPECTIVE = "org.anodyne.ui.perspective";
	private static final String CELL_STACK_VIEW = "org.anodyne.ui.diagram.CellStackView";

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Ui.project("layout");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, window);
		Ui.page().closeAllEditors(false);
		Ui.page().resetPerspective();
	}

	@AfterEach
	void tearDown() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	void anOpenedResultHasMoreThanHalfTheWindowsWidth() throws Exception {
		IWorkbenchPage page = Ui.page();
		assertNotNull(page.findViewReference(CELL_STACK_VIEW),
				"the Cell Stack view is in the perspective after a reset");

		ResultFixtures.cycleLife(Ui.location(project).resolve("results/li-cc-upright/life"), "life", "li-cc-upright",
				20, 0.99);
		IFolder dir = project.getFolder("results/li-cc-upright/life");
		dir.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(page, dir.getFile("summary.json"));
		Ui.settle(200);

		Control shown = editor.getViewers().get(0).getControl();
		int window = page.getWorkbenchWindow().getShell().getClientArea().width;
		double share = (double) shown.getSize().x / window;
		assertTrue(share >= 0.5, "the results editor shows " + shown.getSize().x + " of " + window + " px ("
				+ Math.round(100 * share) + " %)");

		IViewPart cellStack = page.showView(CELL_STACK_VIEW);
		assertTrue(
				Arrays.stream(page.getViewStack(cellStack))
						.anyMatch(v -> IPageLayout.ID_OUTLINE.equals(v.getViewSite().getId())),
				"the Cell Stack view shares its stack with the Outline");
		assertTrue((double) shown.getSize().x / window >= 0.5, "showing the Cell Stack view keeps the editor's width");
		Ui.screenshot("results-editor-layout");
	}
}
