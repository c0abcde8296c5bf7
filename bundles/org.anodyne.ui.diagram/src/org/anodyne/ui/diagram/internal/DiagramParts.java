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
