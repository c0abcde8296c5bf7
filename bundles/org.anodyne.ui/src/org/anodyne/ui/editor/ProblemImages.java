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

import org.anodyne.model.validation.Severity;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Icons with the workbench's error or warning overlay in their lower left corner, as Java and
 * resource icons carry them; made once per icon and severity, and freed with the editor.
 */
final class ProblemImages {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	/** The icon with the overlay of the severity; the icon itself for none or info. */
	Image decorate(Image base, Severity severity) {
		String overlay = overlayOf(severity);
		if (overlay == null) {
			return base;
		}
		ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
		if (base == null) {
			return shared.getImage(severity == Severity.ERROR
					? ISharedImages.IMG_OBJS_ERROR_TSK
					: ISharedImages.IMG_OBJS_WARN_TSK);
		}
		return resources
				.create(new DecorationOverlayIcon(base, shared.getImageDescriptor(overlay), IDecoration.BOTTOM_LEFT));
	}

	private static String overlayOf(Severity severity) {
		if (severity == null) {
			return null;
		}
		return switch (severity) {
		case ERROR -> ISharedImages.IMG_DEC_FIELD_ERROR;
		case WARNING -> ISharedImages.IMG_DEC_FIELD_WARNING;
		case INFO -> null;
		};
	}

	void dispose() {
		resources.dispose();
	}
}
