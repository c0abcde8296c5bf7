/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.anodyne.ui.results.isStudyResult}: true for a folder holding a study result's
 * summary.json and for that file, so that Open Results and Compare Results appear only on results.
 */
public final class ResultFolderTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return ResultFolders.summaryOf(receiver).isPresent();
	}
}
