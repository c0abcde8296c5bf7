/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a design: its cells, protocols, studies and materials one level deep, to jump to an
 * element; selecting one selects it in the editor.
 */
final class DesignOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final Consumer<List<?>> select;
	private final Consumer<IActionBars> shareActions;
	private Resource resource;

	DesignOutlinePage(AdapterFactory adapterFactory, Resource resource, Consumer<List<?>> select,
			Consumer<IActionBars> shareActions) {
		this.adapterFactory = adapterFactory;
		this.resource = resource;
		this.select = select;
		this.shareActions = shareActions;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		viewer.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
		viewer.setUseHashlookup(true);
		addSelectionChangedListener(event -> select.accept(event.getStructuredSelection().toList()));
		show();
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		shareActions.accept(actionBars);
	}

	/** Shows another resource (after the editor read its file again); null shows nothing. */
	void setInput(Resource newResource) {
		resource = newResource;
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			show();
		}
	}

	/** Redraws the label of an element. */
	void update(Object element) {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().update(element, null);
		}
	}

	private void show() {
		getTreeViewer().setInput(resource);
		if (resource != null) {
			getTreeViewer().expandToLevel(2);
		}
	}
}
