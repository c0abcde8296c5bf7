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

import java.util.List;

import org.anodyne.model.NamedElements;
import org.anodyne.model.Sweep;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Run Sweep, from the design editor (a selected sweep, or the design) and the Project Explorer (a
 * design file): saves the design, asks which sweep when the design has several and none was picked,
 * and schedules a {@link RunSweepJob} on all cores.
 */
public final class RunSweepHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IFile design = null;
		String sweep = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && s.size() == 1
				&& s.getFirstElement() instanceof Sweep picked) {
			design = RunStudyHandler.fileOf(picked);
			sweep = NamedElements.displayName(picked);
		}
		if (design == null) {
			// A sweep runs one design: the first selected (Run Study takes them all, each as its own job).
			List<RunStudyHandler.Target> targets = RunStudyHandler.targets(HandlerUtil.getActivePart(event),
					HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditorInput(event));
			design = targets.isEmpty() ? null : targets.get(0).design();
		}
		if (design == null) {
			MessageDialog.openInformation(shell, "Run Sweep",
					"Select a design (.anodyne file) or one of its sweeps, or open the design in its editor.");
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[]{design}, true)) {
			return null;
		}
		if (sweep == null) {
			sweep = chooseSweep(shell, design);
			if (sweep == null) {
				return null;
			}
		}
		RunSweepJob job = new RunSweepJob(design, sweep, true, Runtime.getRuntime().availableProcessors());
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** The sweep to run: the only one, or the one the user picks; null when there is none or they cancel. */
	private static String chooseSweep(Shell shell, IFile design) {
		LoadResult loaded = DesignResources.load(design.getLocation().toFile().toPath());
		List<String> names = loaded.design() == null
				? List.of()
				: loaded.design().getSweeps().stream()
						.map(NamedElements::displayName).toList();
		if (names.isEmpty()) {
			MessageDialog.openInformation(shell, "Run Sweep", design.getName() + " has no sweep. Add one in the design "
					+ "editor (New Child > Sweep on the design), with a base study and parameters to vary.");
			return null;
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
		dialog.setTitle("Run Sweep");
		dialog.setMessage("Sweep of " + design.getName() + " to run:");
		dialog.setElements(names.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof String s ? s : null;
	}
}
