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

import java.util.List;

import org.anodyne.model.Anode;
import org.anodyne.model.edit.FlipAnodeCommand;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Flip Anode (menu Design, toolbar, context menu): flips the anodes of the selection in the active
 * design editor as one undoable command ({@link FlipAnodeCommand}). Elements selected elsewhere (for
 * example a cell shown in the Project Explorer) belong to no editor and are left alone.
 */
public class FlipAnodeHandler extends AbstractHandler {

	/** Command id. */
	public static final String COMMAND_ID = "org.anodyne.ui.commands.flipAnode";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Command flip = flipCommand(editor, HandlerUtil.getCurrentSelection(event));
		if (flip != null && flip.canExecute()) {
			((IEditingDomainProvider) editor).getEditingDomain().getCommandStack().execute(flip);
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		if (evaluationContext instanceof IEvaluationContext context
				&& context.getVariable(ISources.ACTIVE_EDITOR_NAME) instanceof IEditorPart editor
				&& context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof ISelection selection) {
			Command flip = flipCommand(editor, selection);
			setBaseEnabled(flip != null && flip.canExecute());
		} else {
			setBaseEnabled(false);
		}
	}

	/** The flip of the selected anodes that belong to the editor's design; null when there is none. */
	static Command flipCommand(IEditorPart editor, ISelection selection) {
		if (!(editor instanceof IEditingDomainProvider provider) || provider.getEditingDomain() == null
				|| !(selection instanceof IStructuredSelection structured)) {
			return null;
		}
		EditingDomain domain = provider.getEditingDomain();
		List<Anode> anodes = FlipAnodeCommand.anodesOf(structured.toList()).stream()
				.filter(anode -> inDomain(anode, domain)).toList();
		return anodes.isEmpty() ? null : FlipAnodeCommand.create(domain, anodes);
	}

	private static boolean inDomain(Anode anode, EditingDomain domain) {
		Resource resource = anode.eResource();
		return resource != null && resource.getResourceSet() == domain.getResourceSet() && !domain.isReadOnly(resource);
	}
}
