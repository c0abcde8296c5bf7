/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.resource.DesignResources;
import org.anodyne.ui.editor.DesignEditor;
import org.anodyne.ui.editor.DesignValidationJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Validate (menu Design, toolbar, context menus): validates the design in the active editor as it is
 * now, or the design files selected in the Project Explorer (read from disk), in the background; the
 * findings become problem markers. Opening a marker selects the offending element in the editor.
 */
public class ValidateDesignHandler extends AbstractHandler {

	/** Command id. */
	public static final String COMMAND_ID = "org.anodyne.ui.commands.validate";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof DesignEditor editor) {
			editor.validate();
			return null;
		}
		List<IFile> files = designFiles(HandlerUtil.getCurrentSelection(event));
		for (IFile file : files) {
			Job.getJobManager().cancel(file);
			DesignValidationJob.forFile(file).schedule();
		}
		if (files.isEmpty() && HandlerUtil.getActiveEditor(event) instanceof DesignEditor editor) {
			editor.validate();
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		boolean enabled = false;
		if (evaluationContext instanceof IEvaluationContext context) {
			enabled = context.getVariable(ISources.ACTIVE_EDITOR_NAME) instanceof DesignEditor
					|| (context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof ISelection selection
							&& !designFiles(selection).isEmpty());
		}
		setBaseEnabled(enabled);
	}

	private static List<IFile> designFiles(ISelection selection) {
		List<IFile> files = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && DesignResources.FILE_EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
			}
		}
		return files;
	}
}
