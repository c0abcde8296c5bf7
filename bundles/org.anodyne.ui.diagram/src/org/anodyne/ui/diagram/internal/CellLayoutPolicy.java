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

import java.util.List;

import org.anodyne.model.Anode;
import org.anodyne.model.Orientation;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.ResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;

/**
 * What gestures on a cell's layers mean. The layers keep the places the stack gives them, so a
 * gesture never moves a figure: it edits the model, and the figure follows.
 * <ul>
 * <li>Dragging the top or bottom handle of a host or separator sets its thickness to the height
 * dragged to, snapped to what the scale resolves.</li>
 * <li>Dragging the pre-deposited metal past the middle of its host, to the other face, flips the
 * anode.</li>
 * <li>A palette tool clicked on an anode (its host, metal or layer) changes its collector type,
 * metal or lithiophilic layer.</li>
 * </ul>
 */
final class CellLayoutPolicy extends XYLayoutEditPolicy {

	private CellPart cell() {
		return (CellPart) getHost();
	}

	@Override
	protected EditPolicy createChildEditPolicy(EditPart child) {
		Role role = ((LayerPart) child).role();
		if (role == Role.HOST || role == Role.SEPARATOR) {
			ResizableEditPolicy resize = new ResizableEditPolicy();
			resize.setResizeDirections(PositionConstants.NORTH_SOUTH);
			resize.setDragAllowed(false);
			return resize;
		}
		NonResizableEditPolicy select = new NonResizableEditPolicy();
		select.setDragAllowed(role == Role.METAL);
		return select;
	}

	@Override
	protected Command createChangeConstraintCommand(ChangeBoundsRequest request, EditPart child, Object constraint) {
		LayerPart layer = (LayerPart) child;
		Slot slot = cell().stack().slotOf(layer.getModel()).orElse(null);
		if (slot == null) {
			return null;
		}
		DiagramState state = cell().state();
		if (RequestConstants.REQ_RESIZE_CHILDREN.equals(request.getType())
				&& (slot.role() == Role.HOST || slot.role() == Role.SEPARATOR)) {
			StackScale scale = state.scale();
			double now = scale.thickness(slot.bounds().height);
			double dragged = scale.thickness(slot.bounds().height + request.getSizeDelta().height);
			double snapped = scale.snap(dragged, now);
			return new EmfCommand(DiagramCommands.thickness(state.domain(), slot.element(), snapped));
		}
		if (RequestConstants.REQ_MOVE_CHILDREN.equals(request.getType()) && slot.role() == Role.METAL
				&& flipsTo(slot, (Rectangle) constraint)) {
			return new EmfCommand(DiagramCommands.flip(state.domain(), List.of(slot.anode())));
		}
		return null;
	}

	/**
	 * Whether metal dropped at this rectangle lies on the other face of its host: beyond the
	 * host's middle, seen from the face the orientation gives it.
	 */
	static boolean flipsTo(Slot metal, Rectangle dropped) {
		int middle = metal.host().y + metal.host().height / 2;
		int centre = dropped.y + dropped.height / 2;
		boolean atSeparatorNow = metal.anode().getOrientation() == Orientation.UPRIGHT;
		boolean atSeparatorThen = metal.mirrored() ? centre > middle : centre < middle;
		return centre != middle && atSeparatorNow != atSeparatorThen;
	}

	/** Required by the superclass; every change of constraint goes through the request-aware method. */
	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		return null;
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof PaletteChoice choice)) {
			return null;
		}
		Anode anode = anodeAt(request.getLocation());
		return anode == null ? null : new EmfCommand(choice.command(cell().state().domain(), anode));
	}

	/** The anode whose layers are under a point of the viewer, else the cell's anode. */
	private Anode anodeAt(Point location) {
		Point p = location.getCopy();
		getHostFigure().translateToRelative(p);
		Rectangle figure = getHostFigure().getBounds();
		p.translate(-figure.x, -figure.y);
		for (Slot slot : cell().stack().slots()) {
			if (slot.anode() != null && (slot.bounds().contains(p) || slot.host().contains(p))) {
				return slot.anode();
			}
		}
		return cell().cell().getAnode();
	}
}
