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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.ui.AnodynePerspective;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.Test;

/** The product opens in the Anodyne perspective, and that perspective shows the views a designer needs. */
class AnodynePerspectiveTest {

	@Test
	void productDefaultsToTheAnodynePerspective() {
		assertEquals(AnodynePerspective.ID,
				PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}

	@Test
	void anodynePerspectiveOpensWithItsViews() throws WorkbenchException {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		IWorkbenchPage page = workbench.showPerspective(AnodynePerspective.ID, window);
		assertEquals(AnodynePerspective.ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible(), "editor area hidden");
		for (String viewId : new String[]{ProjectExplorer.VIEW_ID, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE}) {
			assertNotNull(page.findViewReference(viewId), "view missing from the Anodyne perspective: " + viewId);
		}
		assertNotNull(page.showView(ProjectExplorer.VIEW_ID), "Project Explorer does not open");
		assertTrue(window.getShell().getText().contains("Anodyne"),
				"window title should name the product: " + window.getShell().getText());
	}
}
