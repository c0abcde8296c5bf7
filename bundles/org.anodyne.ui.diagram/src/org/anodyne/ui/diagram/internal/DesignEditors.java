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

import org.anodyne.model.CellDesign;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Which parts edit a design. Apart from the view so that asking loads no GEF or Draw2d class.
 */
public final class DesignEditors {

	private DesignEditors() {
	}

	/** The design a part edits, or null when it is not a design editor. */
	public static CellDesign designOf(IWorkbenchPart part) {
		if (part instanceof IEditingDomainProvider provider && provider.getEditingDomain() != null) {
			for (Resource resource : provider.getEditingDomain().getResourceSet().getResources()) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof CellDesign design) {
					return design;
				}
			}
		}
		return null;
	}
}
