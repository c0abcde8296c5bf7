/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.study.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Run Study, from the design editor, the Project Explorer (design files or studies under them) and
 * the toolbar: saves the designs if they have unsaved changes, asks which studies to run when one
 * design with several studies is chosen and none was picked, and schedules a {@link RunStudyJob} per
 * design. With several designs selected each runs the studies picked in it, or all of its studies;
 * their jobs go side by side, each with its progress.
 */
public final class RunStudyHandler extends AbstractHandler {

	/** What to run: a design file and the studies picked in it (empty: not picked). */
	record Target(IFile design, List<String> studies) {
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		if (evaluationContext instanceof IEvaluationContext c) {
			Object part = c.getVariable(ISources.ACTIVE_PART_NAME);
			Object selection = c.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
			Object input = c.getVariable(ISources.ACTIVE_EDITOR_INPUT_NAME);
			setBaseEnabled(!targets(part instanceof IWorkbenchPart p ? p : null,
					selection instanceof ISelection s ? s : null, input instanceof IEditorInput i ? i : null)
					.isEmpty());
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		List<Target> targets = targets(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditorInput(event));
		if (targets.isEmpty()) {
			MessageDialog.openInformation(shell, "Run Study",
					"Select designs (.anodyne files) or their studies, or open a design in its editor.");
			return null;
		}
		if (!IDE.saveAllEditors(targets.stream().map(Target::design).toArray(IResource[]::new), true)) {
			return null;
		}
		List<List<String>> studies = new ArrayList<>();
		for (Target target : targets) {
			List<String> picked = target.studies();
			if (picked.isEmpty() && targets.size() == 1) {
				picked = chooseStudies(shell, target.design());
				if (picked == null) {
					return null;
				}
			}
			studies.add(picked);
		}
		for (int k = 0; k < targets.size(); k++) {
			RunStudyJob job = new RunStudyJob(targets.get(k).design(), studies.get(k), true);
			job.setUser(true);
			job.schedule();
		}
		return null;
	}

	/**
	 * Asks which studies to run when the design has more than one.
	 *
	 * @return the names; empty for all (one study, or none and the job says so); null if cancelled
	 */
	private static List<String> chooseStudies(Shell shell, IFile design) {
		LoadResult loaded = DesignResources.load(design.getLocation().toFile().toPath());
		if (loaded.design() == null || loaded.design().getStudies().size() < 2) {
			return List.of();
		}
		List<String> names = loaded.design().getStudies().stream().map(RunStudyJob::name).toList();
		ListSelectionDialog dialog = ListSelectionDialog.of(names).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider()).message("Studies of " + design.getName() + " to run:")
				.create(shell);
		dialog.setTitle("Run Study");
		dialog.setInitialSelections(names.get(0));
		if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
			return null;
		}
		List<String> chosen = new ArrayList<>();
		for (Object o : dialog.getResult()) {
			chosen.add((String) o);
		}
		return chosen;
	}

	/** The designs and studies a command would run, in selection order; empty if there is nothing to run. */
	static List<Target> targets(IWorkbenchPart part, ISelection selection, IEditorInput editorInput) {
		if (!(part instanceof IEditorPart) && selection instanceof IStructuredSelection s && !s.isEmpty()) {
			Map<IFile, List<String>> picked = new LinkedHashMap<>();
			for (Object o : s.toList()) {
				if (o instanceof Study study) {
					IFile file = fileOf(study);
					if (file != null) {
						picked.computeIfAbsent(file, f -> new ArrayList<>()).add(RunStudyJob.name(study));
					}
				} else if (Adapters.adapt(o, IResource.class) instanceof IFile f && isDesign(f)) {
					picked.computeIfAbsent(f, x -> new ArrayList<>());
				}
			}
			return picked.entrySet().stream().map(e -> new Target(e.getKey(), List.copyOf(e.getValue()))).toList();
		}
		if (editorInput instanceof IFileEditorInput f && isDesign(f.getFile())) {
			if (selection instanceof IStructuredSelection s && s.size() == 1
					&& s.getFirstElement() instanceof Study study
					&& f.getFile().equals(fileOf(study))) {
				return List.of(new Target(f.getFile(), List.of(RunStudyJob.name(study))));
			}
			return List.of(new Target(f.getFile(), List.of()));
		}
		return List.of();
	}

	private static boolean isDesign(IFile file) {
		return DesignResources.FILE_EXTENSION.equals(file.getFileExtension());
	}

	/** The workspace file a design element (a study, a sweep) was loaded from, if it was loaded from one. */
	static IFile fileOf(EObject element) {
		if (element.eResource() == null) {
			return null;
		}
		URI uri = element.eResource().getURI();
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
					.findFilesForLocationURI(java.nio.file.Path.of(uri.toFileString()).toUri());
			return files.length > 0 ? files[0] : null;
		}
		return null;
	}
}
