/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.tests;

import java.io.IOException;

import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.ui.results.ResultViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A viewer as a third party writes one, for its own result kind, with nothing of Anodyne's internals. */
public class ThirdPartyViewer implements ResultViewer {

	private Label label;

	@Override
	public void createControl(Composite parent, StudyResult result) throws IOException {
		Series s = result.series("spectrum");
		label = new Label(parent, SWT.NONE);
		label.setText(s.rowCount() + " frequencies");
	}

	@Override
	public Control getControl() {
		return label;
	}

	/** What the viewer shows. */
	public String text() {
		return label.getText();
	}
}
