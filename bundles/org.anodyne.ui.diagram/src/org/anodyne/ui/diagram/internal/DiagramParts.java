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

import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

/** Edit parts by model: the design, its cells, and each layer of a cell. */
public final class DiagramParts implements EditPartFactory {

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		EditPart part;
		if (model instanceof CellDesign) {
			part = new DesignPart();
		} else if (model instanceof Cell) {
			part = new CellPart();
		} else if (model instanceof EObject && context instanceof CellPart cell) {
			part = new LayerPart(cell.roleOf((EObject) model));
		} else {
			throw new IllegalArgumentException("the cell-stack diagram has no figure for " + model);
		}
		part.setModel(model);
		return part;
	}
}
