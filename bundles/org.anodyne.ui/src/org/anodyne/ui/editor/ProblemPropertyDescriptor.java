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

import java.util.List;
import java.util.stream.Collectors;

import org.anodyne.ui.editor.DesignValidationJob.LocatedFinding;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.ui.provider.PropertyDescriptor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A Properties-view row that shows the last validation's findings about its attribute: the error
 * or warning overlay on the value's icon, and the message first in the row's description (which the
 * status line shows when the row is selected).
 */
class ProblemPropertyDescriptor extends PropertyDescriptor {

	private final DesignProblems problems;
	private final ProblemImages images;

	ProblemPropertyDescriptor(Object object, IItemPropertyDescriptor itemPropertyDescriptor, DesignProblems problems,
			ProblemImages images) {
		super(object, itemPropertyDescriptor);
		this.problems = problems;
		this.images = images;
	}

	private List<LocatedFinding> findings() {
		return problems.findings(object, itemPropertyDescriptor.getFeature(object));
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return decorated(super.getLabelProvider());
	}

	/** The label provider with the overlay of this row's worst finding on its icon. */
	protected ILabelProvider decorated(ILabelProvider plain) {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return plain.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				return images.decorate(plain.getImage(element), DesignProblems.worst(findings()));
			}
		};
	}

	@Override
	public String getDescription() {
		List<LocatedFinding> found = findings();
		String description = super.getDescription();
		if (found.isEmpty()) {
			return description;
		}
		String messages = found.stream().map(f -> f.severity().word() + ": " + f.message())
				.collect(Collectors.joining("; "));
		return description == null || description.isEmpty() ? messages : messages + " — " + description;
	}
}
