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

import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertySheetEntry;

/**
 * Shows a property's description (its meaning, unit, typical range and source, from the metamodel)
 * as the tool tip of its row in the Properties view; the view itself shows it only in the status line
 * of the selected row.
 */
public final class PropertyDescriptionToolTips implements Listener {

	private final Tree tree;

	private PropertyDescriptionToolTips(Tree tree) {
		this.tree = tree;
	}

	/** Adds the tool tips to a property sheet's control (a tree); other controls are left alone. */
	public static void install(Control propertySheet) {
		if (propertySheet instanceof Tree tree) {
			PropertyDescriptionToolTips tips = new PropertyDescriptionToolTips(tree);
			tree.addListener(SWT.MouseHover, tips);
			tree.addListener(SWT.MouseMove, tips);
			tree.addListener(SWT.MouseExit, tips);
		}
	}

	@Override
	public void handleEvent(Event event) {
		TreeItem item = event.type == SWT.MouseExit ? null : tree.getItem(new Point(event.x, event.y));
		String tip = item != null && item.getData() instanceof IPropertySheetEntry entry
				? entry.getDescription()
				: null;
		if (tip != null && tip.isBlank()) {
			tip = null;
		}
		if (!Objects.equals(tip, tree.getToolTipText())) {
			tree.setToolTipText(tip);
		}
	}
}
