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

import org.anodyne.model.edit.AnodyneEditing;
import org.anodyne.model.edit.AnodyneEditing.DesignAdapterFactory;
import org.anodyne.model.validation.Severity;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.IDescriptionProvider;

/** Labels with units and the model's icons for the design elements in the Project Explorer. */
public class DesignNavigatorLabelProvider extends AdapterFactoryLabelProvider implements IDescriptionProvider {

	private final DesignAdapterFactory factory;

	public DesignNavigatorLabelProvider() {
		this(AnodyneEditing.createAdapterFactory());
	}

	private DesignNavigatorLabelProvider(DesignAdapterFactory factory) {
		super(factory);
		this.factory = factory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof FileProblem problem) {
			return problem.diagnostic().line() > 0
					? "line " + problem.diagnostic().line() + ": " + problem.diagnostic().message()
					: problem.diagnostic().message();
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof FileProblem problem) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(
					problem.diagnostic().severity() == Severity.ERROR
							? ISharedImages.IMG_OBJS_ERROR_TSK
							: ISharedImages.IMG_OBJS_WARN_TSK);
		}
		return super.getImage(element);
	}

	@Override
	public String getDescription(Object element) {
		if (element instanceof FileProblem problem) {
			return problem.file().getFullPath().makeRelative() + ": " + getText(element);
		}
		return getText(element);
	}

	@Override
	public void dispose() {
		super.dispose();
		factory.dispose();
	}
}
