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

import java.util.Collection;
import java.util.List;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.metals.ElectrolytePreset;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.ui.action.CreateChildAction;
import org.eclipse.emf.edit.ui.action.CreateSiblingAction;
import org.eclipse.emf.edit.ui.action.EditingDomainActionBarContributor;
import org.eclipse.emf.edit.ui.action.RedoAction;
import org.eclipse.emf.edit.ui.action.UndoAction;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, redo, cut, copy, paste and delete of the design editor as the workbench's global actions
 * (EMF.Edit's, acting on the editor's command stack), and its context menu: New Child, New Sibling,
 * the edit actions and Show Properties, and on a materials library New Electrolyte from Preset (the
 * presets the installed metal plug-ins contribute). Flip Anode and Validate come as command contributions.
 */
public class DesignEditorContributor extends EditingDomainActionBarContributor {

	public DesignEditorContributor() {
		super(ADDITIONS_LAST_STYLE);
	}

	/**
	 * EMF.Edit's undo and redo write their keys into their labels ("Redo@Ctrl+Y"), which on GTK
	 * disagrees with the workbench's Edit menu (Shift+Ctrl+Z). These show the key the workbench binds
	 * to its undo and redo commands instead, so every menu names the same one.
	 */
	@Override
	public void init(IActionBars actionBars) {
		super.init(actionBars);
		UndoAction undo = new UndoAction() {
			@Override
			public void update() {
				super.update();
				setText(withoutKey(getText()));
			}
		};
		undo.setImageDescriptor(undoAction.getImageDescriptor());
		undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
		undoAction = undo;
		RedoAction redo = new RedoAction() {
			@Override
			public void update() {
				super.update();
				setText(withoutKey(getText()));
			}
		};
		redo.setImageDescriptor(redoAction.getImageDescriptor());
		redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		redoAction = redo;
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
	}

	/** A menu text without the accelerator written after '@'. */
	static String withoutKey(String text) {
		int at = text == null ? -1 : text.lastIndexOf('@');
		return at < 0 ? text : text.substring(0, at).strip();
	}

	/** The redo action of the editor's menus, for tests. */
	public IAction redoAction() {
		return redoAction;
	}

	/**
	 * Delete also clears references to what it deletes (a cell's electrolyte, a study's protocol):
	 * a dangling reference could not be saved, and validation names the reference now missing.
	 */
	@Override
	protected boolean removeAllReferencesOnDelete() {
		return true;
	}

	@Override
	public void menuAboutToShow(IMenuManager menu) {
		super.menuAboutToShow(menu);
		if (!(activeEditor instanceof IEditingDomainProvider provider)) {
			return;
		}
		EditingDomain domain = provider.getEditingDomain();
		ISelection selection = activeEditor.getSite().getSelectionProvider().getSelection();
		Object selected = selection instanceof IStructuredSelection structured && structured.size() == 1
				? structured.getFirstElement()
				: null;
		if (selected != null) {
			MenuManager children = new MenuManager("&New Child");
			for (Object descriptor : descriptors(domain.getNewChildDescriptors(selected, null))) {
				children.add(new CreateChildAction(activeEditor, selection, descriptor));
			}
			MenuManager siblings = new MenuManager("N&ew Sibling");
			for (Object descriptor : descriptors(domain.getNewChildDescriptors(null, selected))) {
				siblings.add(new CreateSiblingAction(activeEditor, selection, descriptor));
			}
			menu.insertBefore("edit", children);
			if (selected instanceof MaterialLibrary library) {
				menu.insertBefore("edit", presetMenu(domain, library));
			}
			menu.insertBefore("edit", siblings);
			menu.insertBefore("edit", new Separator());
		}
		menu.insertAfter("additions-end", new Separator("ui-actions"));
		menu.insertAfter("ui-actions", new Action("Show &Properties") {
			@Override
			public void run() {
				try {
					PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
							.showView(IPageLayout.ID_PROP_SHEET);
				} catch (PartInitException e) {
					AnodyneUiPlugin.logError("Cannot open the Properties view", e);
				}
			}
		});
	}

	/** One undoable action per contributed preset, adding a copy of it to the library. */
	static MenuManager presetMenu(EditingDomain domain, MaterialLibrary library) {
		MenuManager presets = new MenuManager("New &Electrolyte from Preset");
		for (ElectrolytePreset preset : ElectrolytePresets.getDefault().presets()) {
			presets.add(new Action(preset.name() + " [" + preset.metal() + "]") {
				@Override
				public void run() {
					Electrolyte electrolyte = preset.create();
					electrolyte.setId(uniqueId(library, preset.id()));
					domain.getCommandStack().execute(AddCommand.create(domain, library,
							AnodynePackage.Literals.MATERIAL_LIBRARY__ELECTROLYTES, electrolyte));
				}
			});
		}
		return presets;
	}

	private static String uniqueId(MaterialLibrary library, String id) {
		String candidate = id;
		for (int n = 2; hasElectrolyte(library, candidate); n++) {
			candidate = id + "-" + n;
		}
		return candidate;
	}

	private static boolean hasElectrolyte(MaterialLibrary library, String id) {
		return library.getElectrolytes().stream().anyMatch(e -> id.equals(e.getId()));
	}

	private static Collection<?> descriptors(Collection<?> descriptors) {
		return descriptors == null ? List.of() : descriptors;
	}
}
