/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.anodyne.ui.results.internal.ResultOutline.Entry;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a study result or a sweep: what it holds ({@link ResultOutline}, {@link SweepOutline});
 * selecting an entry shows it in its editor (the tab, chart, frame or row that holds it).
 */
final class ResultOutlinePage extends ContentOutlinePage {

	private final Supplier<List<Entry>> entries;
	private final Consumer<Entry> reveal;

	/** A page listing what {@code entries} gives each time it shows (asked only once the Outline shows it). */
	ResultOutlinePage(Supplier<List<Entry>> entries, Consumer<Entry> reveal) {
		this.entries = entries;
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Entry) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Entry) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Entry) element).label();
			}
		});
		addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Entry e) {
				reveal.accept(e);
			}
		});
		show();
	}

	/** Shows the entries again (after the editor read its input again); nothing while the Outline has not shown it. */
	void refresh() {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			show();
		}
	}

	private void show() {
		getTreeViewer().setInput(entries.get());
		getTreeViewer().expandToLevel(2);
	}
}
