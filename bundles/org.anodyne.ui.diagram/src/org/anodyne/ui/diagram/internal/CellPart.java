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

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.Cell;
import org.anodyne.model.edit.DesignLabels;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/** A cell drawn as its stack; the layers are its children, placed where the {@link CellStack} says. */
public final class CellPart extends AbstractGraphicalEditPart {

	private CellStack stack;

	public Cell cell() {
		return (Cell) getModel();
	}

	DiagramState state() {
		return (DiagramState) getViewer().getProperty(DiagramState.KEY);
	}

	/** The stack as drawn now. */
	public CellStack stack() {
		if (stack == null) {
			stack = CellStack.of(cell(), state().scale());
		}
		return stack;
	}

	Role roleOf(EObject element) {
		return stack().slotOf(element).map(Slot::role)
				.orElseThrow(() -> new IllegalStateException(element + " has no place in the stack"));
	}

	@Override
	protected IFigure createFigure() {
		return new CellFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new CellLayoutPolicy());
	}

	@Override
	protected List<?> getModelChildren() {
		List<EObject> children = new ArrayList<>();
		for (Slot slot : stack().slots()) {
			children.add(slot.element());
		}
		return children;
	}

	/** Lays the cell out again from the model and shows it. */
	void refreshAll() {
		stack = CellStack.of(cell(), state().scale());
		refreshChildren();
		refreshVisuals();
	}

	@Override
	protected void refreshVisuals() {
		CellFigure figure = (CellFigure) getFigure();
		figure.show(stack());
		DiagramState state = state();
		for (Object child : getChildren()) {
			LayerPart layer = (LayerPart) child;
			Slot slot = stack.slotOf(layer.getModel()).orElseThrow();
			EObject element = (EObject) layer.getModel();
			layer.figure().show(slot, state.scale().pixelsPerMicrometre(), DesignLabels.text(element),
					state.errorsOf(element), state.warningsOf(element), state.overlayOf(element));
			setLayoutConstraint(layer, layer.getFigure(), slot.bounds().getCopy());
		}
	}
}
