/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.navigator;

import java.util.List;

import org.anodyne.ui.editor.DesignEditor;
import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * Opening a cell or study in the Project Explorer (double-click, Enter or Open) opens its file in the
 * design editor with that element selected; opening a file problem shows the editor's account of it.
 */
public class DesignNavigatorActionProvider extends CommonActionProvider {

	private OpenElementAction open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new OpenElementAction(workbenchSite.getPage(), site);
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (open != null && open.isEnabled()) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (open != null && open.isEnabled()) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	private static final class OpenElementAction extends Action {
		private final IWorkbenchPage page;
		private final ICommonActionExtensionSite site;

		OpenElementAction(IWorkbenchPage page, ICommonActionExtensionSite site) {
			super("&Open");
			this.page = page;
			this.site = site;
		}

		private Object selected() {
			return site.getStructuredViewer().getSelection() instanceof IStructuredSelection selection
					&& selection.size() == 1 ? selection.getFirstElement() : null;
		}

		@Override
		public boolean isEnabled() {
			Object element = selected();
			return element instanceof FileProblem || (element instanceof EObject object && object.eResource() != null);
		}

		@Override
		public void run() {
			Object element = selected();
			IFile file = element instanceof FileProblem problem
					? problem.file()
					: element instanceof EObject object && object.eResource() != null
							? DesignNavigatorContentProvider.fileOf(object.eResource().getURI())
							: null;
			if (file == null) {
				return;
			}
			try {
				IEditorPart editor = IDE.openEditor(page, file, DesignEditor.ID, true);
				if (element instanceof EObject object && editor instanceof DesignEditor designEditor) {
					Resource edited = designEditor.getResource();
					EObject counterpart = edited == null
							? null
							: edited.getEObject(object.eResource().getURIFragment(object));
					if (counterpart != null) {
						designEditor.setSelectionToViewer(List.of(counterpart));
					}
				}
			} catch (PartInitException e) {
				AnodyneUiPlugin.logError("Cannot open " + file.getFullPath() + " in the design editor", e);
			}
		}
	}
}
