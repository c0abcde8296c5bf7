/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui;

import org.anodyne.ui.wizards.NewDesignWizard;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.navigator.resources.ProjectExplorer;

/**
 * The Anodyne perspective: designs on the left, the editor in the middle, the selected element's
 * properties and the validation problems below, the outline of the open design on the right (the Cell
 * Stack view joins it behind, and comes forward when a design editor is first active). Editors keep the
 * middle, over half the window's width: a result's charts and maps need it.
 */
public class AnodynePerspective implements IPerspectiveFactory {

	/** Perspective id, also the product's default perspective (plugin_customization.ini). */
	public static final String ID = "org.anodyne.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(ProjectExplorer.VIEW_ID);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		// Beside Properties, not behind it: live validation brings Problems forward while a value is typed there.
		IFolderLayout problems = layout.createFolder("problems", IPageLayout.RIGHT, 0.55f, "bottom");
		problems.addView(IPageLayout.ID_PROBLEM_VIEW);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(ProjectExplorer.VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addPerspectiveShortcut(ID);

		// File > New lists what a designer creates: designs first, then the folders and projects that hold them.
		layout.addNewWizardShortcut(NewDesignWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
