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

import java.util.List;

import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** Open Results: opens the results editor on each selected result folder. */
public final class OpenResultsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		List<IFile> summaries = ResultFolders.summaries(HandlerUtil.getCurrentSelection(event));
		for (IFile f : summaries) {
			try {
				IDE.openEditor(page, f, ResultsUi.RESULTS_EDITOR_ID, true);
			} catch (PartInitException e) {
				throw new ExecutionException("cannot open the results in " + f.getParent().getFullPath() + ": "
						+ e.getMessage(), e);
			}
		}
		return null;
	}
}
