package org.anodyne.ui.diagram.internal;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * One layer of a cell; its drag and resize behaviour is given by the cell's layout policy, which
 * knows what each role's gesture means.
 */
public final class LayerPart extends AbstractGraphicalEditPart {

	private final Role role;

	LayerPart(Role role) {
		this.role = role;
	}

	public Role role() {
		return role;
	}

	public LayerFigure figure() {
		return (LayerFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new LayerFigure(role);
	}

	@Override
	protected void createEditPolicies() {
		// Installed by the parent's layout policy (primary drag role), per role.
	}
}
