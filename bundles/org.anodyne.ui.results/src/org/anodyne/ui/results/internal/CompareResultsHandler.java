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

import java.io.IOException;
import java.util.List;

import org.anodyne.results.StudyResult;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare Results: opens the comparison view on the two or more result folders selected. */
public final class CompareResultsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		List<IFile> summaries = ResultFolders.summaries(HandlerUtil.getCurrentSelection(event));
		if (summaries.size() < 2) {
			MessageDialog.openInformation(window.getShell(), "Compare Results",
					"Select two or more study result folders (folders holding a summary.json) to compare them.");
			return null;
		}
		try {
			open(window.getActivePage(), ResultFolders.read(summaries));
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "Compare Results", "Cannot read a result: " + e.getMessage());
		}
		return null;
	}

	/** Shows the comparison view on these results. */
	public static CompareResultsView open(IWorkbenchPage page, List<StudyResult> results) throws ExecutionException {
		try {
			CompareResultsView view = (CompareResultsView) page.showView(CompareResultsView.ID);
			view.setResults(results);
			return view;
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open the comparison view: " + e.getMessage(), e);
		}
	}
}
