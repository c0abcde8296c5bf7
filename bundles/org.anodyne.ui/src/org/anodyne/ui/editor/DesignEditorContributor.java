package org.anodyne.ui.editor;

import java.util.Collection;
import java.util.List;

import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.ui.action.CreateChildAction;
import org.eclipse.emf.edit.ui.action.CreateSiblingAction;
import org.eclipse.emf.edit.ui.action.EditingDomainActionBarContributor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Undo, redo, cut, copy, paste and delete of the design editor as the workbench's global actions
 * (EMF.Edit's, acting on the editor's command stack), and its context menu: New Child, New Sibling,
 * the edit actions and Show Properties. Flip Anode and Validate come as command contributions.
 */
public class DesignEditorContributor extends EditingDomainActionBarContributor {

	public DesignEditorContributor() {
		super(ADDITIONS_LAST_STYLE);
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
				? structured.getFirstElement() : null;
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
			menu.insertBefore("edit", siblings);
			menu.insertBefore("edit", new Separator());
		}
		menu.insertAfter("additions-end", new Separator("ui-actions"));
		menu.insertAfter("ui-actions", new Action("Show &Properties") {
			@Override
			public void run() {
				try {
					PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROP_SHEET);
				} catch (PartInitException e) {
					AnodyneUiPlugin.logError("Cannot open the Properties view", e);
				}
			}
		});
	}

	private static Collection<?> descriptors(Collection<?> descriptors) {
		return descriptors == null ? List.of() : descriptors;
	}
}
