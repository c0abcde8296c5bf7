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
