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

import org.anodyne.model.CellDesign;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * The design: its cells side by side. It listens to the whole design (whoever changes it: the
 * diagram, the tree, Properties, undo) and redraws at once, re-running validation for the outlines.
 */
public final class DesignPart extends AbstractGraphicalEditPart {

	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && isActive()) {
				refreshAll();
			}
		}
	};

	CellDesign design() {
		return (CellDesign) getModel();
	}

	DiagramState state() {
		return (DiagramState) getViewer().getProperty(DiagramState.KEY);
	}

	@Override
	protected IFigure createFigure() {
		Figure figure = new Figure();
		ToolbarLayout layout = new ToolbarLayout(true);
		layout.setSpacing(28);
		figure.setLayoutManager(layout);
		figure.setBorder(new MarginBorder(10));
		figure.setOpaque(true);
		figure.setBackgroundColor(GraphicsPainter.colour(0xFFFFFF));
		return figure;
	}

	@Override
	protected void createEditPolicies() {
		// The design only arranges its cells; each cell's layout policy handles the gestures.
	}

	@Override
	protected List<?> getModelChildren() {
		return design().getCells();
	}

	@Override
	public void activate() {
		super.activate();
		design().eAdapters().add(listener);
		refreshAll();
	}

	@Override
	public void deactivate() {
		design().eAdapters().remove(listener);
		super.deactivate();
	}

	/**
	 * Arranges the cells for a view this many pixels wide: side by side when they fit, else one above
	 * the other (a narrow column then scales one cell's width, not every cell's, to fit).
	 *
	 * @return the design's width at zoom 1 in that arrangement
	 */
	public int arrangeFor(int width) {
		ToolbarLayout layout = (ToolbarLayout) getFigure().getLayoutManager();
		arrange(layout, false);
		int sideBySide = getFigure().getPreferredSize().width;
		if (sideBySide > width && getChildren().size() > 1) {
			arrange(layout, true);
		}
		return getFigure().getPreferredSize().width;
	}

	private void arrange(ToolbarLayout layout, boolean stacked) {
		if (layout.isHorizontal() == stacked) {
			layout.setVertical(stacked);
			getFigure().invalidateTree();
			getFigure().revalidate();
		}
	}

	/** Re-validates and redraws every cell from the model. */
	public void refreshAll() {
		state().validate(design());
		refreshChildren();
		for (Object child : getChildren()) {
			((CellPart) child).refreshAll();
		}
	}
}
