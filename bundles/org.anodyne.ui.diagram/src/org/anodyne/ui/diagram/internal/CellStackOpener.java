/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import org.anodyne.ui.diagram.CellStackView;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Brings the Cell Stack view forward the first time a design editor is active while the view, in the
 * page but behind the Outline, has not been created yet.
 * <p>
 * Why (#18, start-up time): the perspective stacks the view behind the Outline so that the view is not
 * created until a design is edited — at start-up there is no design to draw, and creating it builds a GEF
 * viewer, its palette and figures for nothing — while a new user still sees the cells of the first
 * design opened. (Class-load logs showed no GEF or Draw2d class loaded at start-up with this or without
 * it; what it defers is the view's creation.) Once the view exists it follows the editors itself, and
 * the tab in front is the user's choice.
 */
public final class CellStackOpener implements IStartup {

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart editor && DesignEditors.designOf(editor) != null) {
				bringForward(ref.getPage());
			}
		}
	};

	private final IWindowListener windows = new IWindowListener() {
		@Override
		public void windowOpened(IWorkbenchWindow window) {
			window.getPartService().addPartListener(editors);
		}

		@Override
		public void windowClosed(IWorkbenchWindow window) {
			window.getPartService().removePartListener(editors);
		}

		@Override
		public void windowActivated(IWorkbenchWindow window) {
			// only opening and closing matter
		}

		@Override
		public void windowDeactivated(IWorkbenchWindow window) {
			// only opening and closing matter
		}
	};

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			if (workbench.isClosing()) {
				return;
			}
			workbench.addWindowListener(windows);
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				windows.windowOpened(window);
				IWorkbenchPage page = window.getActivePage();
				if (page != null && DesignEditors.designOf(page.getActiveEditor()) != null) {
					bringForward(page);
				}
			}
		});
	}

	/** Shows the view in its stack, without activating it, if the page has it and it was never created. */
	static void bringForward(IWorkbenchPage page) {
		IViewReference ref = page.findViewReference(CellStackView.ID);
		if (ref == null || ref.getPart(false) != null) {
			return;
		}
		try {
			page.showView(CellStackView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(CellStackOpener.class).warn("Cannot show the Cell Stack view", e);
		}
	}
}
