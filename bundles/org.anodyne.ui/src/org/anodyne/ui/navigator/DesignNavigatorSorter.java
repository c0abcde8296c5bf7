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

import org.anodyne.model.Cell;
import org.anodyne.model.Study;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/** Cells before studies; within each, the order of the file (the sort is stable). */
public class DesignNavigatorSorter extends ViewerComparator {

	@Override
	public int category(Object element) {
		if (element instanceof Cell || element instanceof FileProblem) {
			return 0;
		}
		return element instanceof Study ? 1 : 2;
	}

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		return Integer.compare(category(first), category(second));
	}
}
