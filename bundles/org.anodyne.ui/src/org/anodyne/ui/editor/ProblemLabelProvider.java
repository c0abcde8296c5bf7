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

import java.util.stream.Collectors;

import org.anodyne.model.validation.Severity;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * The design tree's labels with the last validation's findings on them: an error or warning overlay
 * on every element that has a finding or contains one. EMF.Edit UI 2.3 has no diagnostic decorator,
 * so this one decorates the item providers' icons itself.
 */
public final class ProblemLabelProvider extends AdapterFactoryLabelProvider {

	private final DesignProblems problems;
	private final ProblemImages images = new ProblemImages();

	public ProblemLabelProvider(AdapterFactory adapterFactory, DesignProblems problems) {
		super(adapterFactory);
		this.problems = problems;
	}

	@Override
	public Image getImage(Object object) {
		return images.decorate(super.getImage(object), problems.severity(object));
	}

	/** The worst finding on the element or inside it, which its overlay shows; null for none. */
	public Severity severity(Object object) {
		return problems.severity(object);
	}

	/** What is wrong with the element itself, one finding a line, for its tooltip or the status line. */
	public String problemText(Object object) {
		return problems.findings(object).stream().map(f -> f.severity().word() + ": " + f.message())
				.collect(Collectors.joining("\n"));
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
