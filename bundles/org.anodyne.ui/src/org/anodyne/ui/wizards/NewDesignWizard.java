/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.anodyne.model.Anode;
import org.anodyne.model.CellDesign;
import org.anodyne.model.edit.CollectorTypes;
import org.anodyne.model.metals.ElectrolytePreset;
import org.anodyne.model.resource.AnodyneResourceFactory;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.anodyne.ui.preferences.UiPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File &gt; New &gt; Anodyne Design: writes a design from a template into the workspace and opens it
 * in the design editor.
 */
public class NewDesignWizard extends Wizard implements INewWizard {

	/** Wizard id in org.eclipse.ui.newWizards. */
	public static final String ID = "org.anodyne.ui.wizards.NewDesignWizard";

	/** Name of the page that chooses folder and file (a {@link WizardNewFileCreationPage}). */
	public static final String FILE_PAGE = "file";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private DesignTemplatePage templatePage;
	private DesignFilePage filePage;
	private IFile created;

	public NewDesignWizard() {
		setWindowTitle("New Anodyne Design");
		setNeedsProgressMonitor(true);
		setDefaultPageImageDescriptor(
				AbstractUIPlugin.imageDescriptorFromPlugin(AnodyneUiPlugin.PLUGIN_ID, "icons/newdesign_wiz.png"));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		templatePage = new DesignTemplatePage(UiPreferences.defaultGridSpacing());
		filePage = new DesignFilePage(selection);
		IPath folder = proposedFolder();
		if (folder != null) {
			filePage.setContainerFullPath(folder);
		}
		templatePage.onTemplateChange(() -> filePage.suggest(templatePage.template().fileStem()));
		filePage.suggest(templatePage.template().fileStem());
		addPage(templatePage);
		addPage(filePage);
	}

	@Override
	public boolean performFinish() {
		IFile file = filePage.createNewFile();
		if (file == null) {
			return false;
		}
		created = file;
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
			IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
			if (page != null) {
				try {
					IDE.openEditor(page, file, true);
				} catch (PartInitException e) {
					MessageDialog.openError(getShell(), "Cannot open the new design",
							"The design was written to " + file.getFullPath() + " but cannot be opened: "
									+ e.getMessage());
				}
			}
		}
		return true;
	}

	/**
	 * The folder a new design goes into: the selected folder or project, the folder of a selected
	 * file or design element, else the folder of the design being edited, else the only open project.
	 */
	private IPath proposedFolder() {
		if (selection != null) {
			for (Object o : selection.toList()) {
				IContainer c = containerOf(o);
				if (c != null) {
					return c.getFullPath();
				}
			}
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null
				&& workbench.getActiveWorkbenchWindow().getActivePage() != null) {
			IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
			if (file != null) {
				return file.getParent().getFullPath();
			}
		}
		IProject[] open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
				.toArray(IProject[]::new);
		return open.length == 1 ? open[0].getFullPath() : null;
	}

	private static IContainer containerOf(Object o) {
		IResource r = Adapters.adapt(o, IResource.class);
		if (r == null && o instanceof EObject e && e.eResource() != null
				&& e.eResource().getURI().isPlatformResource()) {
			r = ResourcesPlugin.getWorkspace().getRoot().findMember(e.eResource().getURI().toPlatformString(true));
		}
		if (r instanceof IContainer c && !(r instanceof IWorkspaceRoot)) {
			return c;
		}
		return r instanceof IFile f ? f.getParent() : null;
	}

	/** The file the wizard created, once it has finished. */
	public IFile createdFile() {
		return created;
	}

	/** The standard new-file page, whose initial contents are the chosen template. */
	final class DesignFilePage extends WizardNewFileCreationPage {

		private String suggested;

		DesignFilePage(IStructuredSelection selection) {
			super(FILE_PAGE, selection);
			setTitle("New Anodyne Design");
			setDescription("Choose the folder and the name of the design file.");
			setFileExtension(DesignResources.FILE_EXTENSION);
		}

		private String stem;

		/**
		 * Proposes a file name unless the user has typed one: the stem, numbered ("-2", "-3" …) when
		 * the folder already holds a file of that name.
		 */
		void suggest(String newStem) {
			stem = newStem;
			String current = getFileName();
			if (suggested == null || current == null || current.isEmpty() || current.equals(suggested)) {
				suggested = unique(newStem);
				setFileName(suggested);
			}
		}

		/** The folder proposed before the page has its controls, which only then answer for the folder. */
		private IPath proposedFolder;

		@Override
		public void setContainerFullPath(IPath path) {
			proposedFolder = path;
			super.setContainerFullPath(path);
		}

		private String unique(String base) {
			IPath folder = getControl() == null ? proposedFolder : getContainerFullPath();
			IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
			String name = base + "." + DesignResources.FILE_EXTENSION;
			for (int n = 2; folder != null && root.exists(folder.append(name)); n++) {
				name = base + "-" + n + "." + DesignResources.FILE_EXTENSION;
			}
			return name;
		}

		/** Another folder may hold other files: the proposed name is made unique there again. */
		@Override
		public void handleEvent(Event event) {
			if (stem != null && suggested != null && suggested.equals(getFileName())) {
				String again = unique(stem);
				if (!again.equals(suggested)) {
					suggested = again;
					setFileName(again);
				}
			}
			super.handleEvent(event);
		}

		@Override
		protected InputStream getInitialContents() {
			DesignTemplate template = templatePage.template();
			CellDesign design = template.create(templatePage.gridSpacing());
			for (ElectrolytePreset preset : templatePage.checkedPresets()) {
				if (design.getLibrary().getElectrolytes().stream().noneMatch(e -> preset.id().equals(e.getId()))) {
					design.getLibrary().getElectrolytes().add(preset.create());
				}
			}
			EClass collectorType = templatePage.collectorType();
			if (collectorType != null) {
				List<Anode> anodes = new ArrayList<>();
				design.eAllContents().forEachRemaining(element -> {
					if (element instanceof Anode anode && anode.getCollector() != null) {
						anodes.add(anode);
					}
				});
				anodes.forEach(
						anode -> anode.setCollector(CollectorTypes.convert(anode.getCollector(), collectorType)));
			}
			if (template == DesignTemplate.EMPTY) {
				String stem = getFileName().replaceFirst("\\." + DesignResources.FILE_EXTENSION + "$", "");
				design.setId(stem.replaceAll("[^A-Za-z0-9._-]", "-"));
				design.setName(stem);
			}
			URI uri = URI.createPlatformResourceURI(getContainerFullPath().append(getFileName()).toString(), true);
			Resource resource = new AnodyneResourceFactory().createResource(uri);
			resource.getContents().add(design);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try {
				resource.save(bytes, null);
			} catch (IOException e) {
				AnodyneUiPlugin.logError("Cannot write the template '" + template.label() + "'", e);
				return null;
			}
			return new ByteArrayInputStream(bytes.toByteArray());
		}
	}
}
