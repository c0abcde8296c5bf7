/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.help.internal;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.StudyKind;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/**
 * One step of the cheat sheet and welcome page on a design of the example project, run with the
 * design editor as its target. A cheat sheet's own commands run with the cheat sheet as the active
 * part and its (empty) selection, so Anodyne's commands, which act on the design editor's selection,
 * would find nothing to do; this handler opens the design, selects what the step is about and runs
 * the command with the editor and that selection as its context.
 * <p>
 * Parameters: {@code file} the design in the example project; {@code copyOf} an example design to copy
 * it from when it does not exist yet; {@code select} {@code anodes}, {@code depositionStudy} or nothing
 * (the design); {@code command} the command to run, if any; {@code compareWith} another design of the
 * project whose results to compare with {@code file}'s (then {@code command} is Compare Results on the
 * result folders of both).
 */
public class DesignStepHandler extends AbstractHandler {

	/** Command id. */
	public static final String COMMAND_ID = "org.anodyne.help.designStep";

	/** The project the workbench copies the example designs into. */
	static final String EXAMPLE_PROJECT = "Anodyne Examples";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLE_PROJECT);
		if (!project.isOpen()) {
			throw new ExecutionException(
					"The project '" + EXAMPLE_PROJECT + "' with the example designs is not in the workspace");
		}
		IFile file = project.getFile(required(event, "file"));
		String compareWith = event.getParameter("compareWith");
		if (compareWith != null) {
			List<IFolder> results = new ArrayList<>(resultFolders(file));
			results.addAll(resultFolders(project.getFile(compareWith)));
			if (results.size() < 2) {
				throw new ExecutionException("Run the deposition study of " + file.getName() + " and of " + compareWith
						+ " first: Compare Results needs the result of each");
			}
			run(window, required(event, "command"), null, new StructuredSelection(results));
			return null;
		}
		IEditorPart editor = open(window.getActivePage(), file, event.getParameter("copyOf"));
		String command = event.getParameter("command");
		IStructuredSelection selection = select(editor, event.getParameter("select"));
		if (command != null) {
			run(window, command, editor, selection);
		}
		return null;
	}

	private static String required(ExecutionEvent event, String name) throws ExecutionException {
		String value = event.getParameter(name);
		if (value == null || value.isBlank()) {
			throw new ExecutionException("Command " + COMMAND_ID + " needs the parameter '" + name + "'");
		}
		return value;
	}

	/** Opens (or activates) the design's editor, creating the design from its example first if asked. */
	private static IEditorPart open(IWorkbenchPage page, IFile file, String copyOf) throws ExecutionException {
		try {
			if (!file.exists() && copyOf != null) {
				IFile example = file.getProject().getFile(copyOf);
				if (!example.exists()) {
					throw new ExecutionException("No example design " + example.getFullPath() + " to copy");
				}
				example.copy(file.getFullPath(), IResource.NONE, null);
				// Settle the copy's time stamp now, so the editor does not see it as changed on disk later.
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			}
			if (!file.exists()) {
				throw new ExecutionException("No design " + file.getFullPath());
			}
			return IDE.openEditor(page, file, true);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open " + file.getFullPath() + ": " + e.getMessage(), e);
		} catch (CoreException e) {
			throw new ExecutionException("Cannot copy " + copyOf + " to " + file.getFullPath() + ": " + e.getMessage(),
					e);
		}
	}

	/** Selects the step's elements in the editor, so the user sees what the command acts on. */
	private static IStructuredSelection select(IEditorPart editor, String what) throws ExecutionException {
		CellDesign design = design(editor);
		List<EObject> elements = new ArrayList<>();
		if ("anodes".equals(what)) {
			for (Cell cell : design.getCells()) {
				if (cell.getAnode() != null) {
					elements.add(cell.getAnode());
				}
				if (cell.getCounterAnode() != null) {
					elements.add(cell.getCounterAnode());
				}
			}
		} else if ("depositionStudy".equals(what)) {
			design.getStudies().stream().filter(s -> s.getKind() == StudyKind.DEPOSITION_2D).findFirst()
					.ifPresent(elements::add);
		} else {
			elements.add(design);
		}
		if (elements.isEmpty()) {
			throw new ExecutionException("The design in " + editor.getTitle() + " has no " + what);
		}
		IStructuredSelection selection = new StructuredSelection(elements);
		ISelectionProvider provider = editor.getSite().getSelectionProvider();
		if (provider != null) {
			provider.setSelection(selection);
		}
		return selection;
	}

	private static CellDesign design(IEditorPart editor) throws ExecutionException {
		if (editor instanceof IEditingDomainProvider provider && provider.getEditingDomain() != null) {
			for (Resource resource : provider.getEditingDomain().getResourceSet().getResources()) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof CellDesign design) {
					return design;
				}
			}
		}
		throw new ExecutionException(editor.getTitle() + " shows no design (is the file readable?)");
	}

	/** The result folders (holding a summary.json) of a design's studies. */
	private static List<IFolder> resultFolders(IFile design) throws ExecutionException {
		String name = design.getName();
		int dot = name.lastIndexOf('.');
		IFolder folder = design.getParent().getFolder(IPath.fromOSString("results/"
				+ (dot > 0 ? name.substring(0, dot) : name)));
		List<IFolder> folders = new ArrayList<>();
		try {
			folder.refreshLocal(IResource.DEPTH_INFINITE, null);
			if (folder.exists()) {
				for (IResource member : ((IContainer) folder).members()) {
					if (member instanceof IFolder study && study.getFile("summary.json").exists()) {
						folders.add(study);
					}
				}
			}
		} catch (CoreException e) {
			throw new ExecutionException("Cannot read the results of " + design.getFullPath() + ": " + e.getMessage(),
					e);
		}
		return folders;
	}

	/** Runs a command with the given part as the active part and editor and the given selection. */
	private static void run(IWorkbenchWindow window, String commandId, IEditorPart editor,
			IStructuredSelection selection)
			throws ExecutionException {
		ICommandService commands = window.getService(ICommandService.class);
		IHandlerService handlers = window.getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(true);
		if (editor != null) {
			context.addVariable(ISources.ACTIVE_PART_NAME, editor);
			context.addVariable(ISources.ACTIVE_EDITOR_NAME, editor);
			context.addVariable(ISources.ACTIVE_EDITOR_INPUT_NAME, editor.getEditorInput());
		} else {
			context.removeVariable(ISources.ACTIVE_PART_NAME);
		}
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
		try {
			handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(commandId), null), null,
					context);
		} catch (NotDefinedException | NotEnabledException | NotHandledException e) {
			throw new ExecutionException(
					"Cannot run " + commandId + " on " + selection.size() + " selected element(s): "
							+ e.getMessage(),
					e);
		}
	}
}
