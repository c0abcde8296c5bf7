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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.edit.AnodyneEditing;
import org.anodyne.model.edit.AnodyneEditing.DesignAdapterFactory;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.Severity;
import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.anodyne.ui.preferences.UiPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.ui.viewer.IViewerProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.ui.action.EditingDomainActionBarContributor;
import org.eclipse.emf.edit.ui.dnd.EditingDomainViewerDropAdapter;
import org.eclipse.emf.edit.ui.dnd.LocalTransfer;
import org.eclipse.emf.edit.ui.dnd.ViewerDragAdapter;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.UnwrappingSelectionProvider;
import org.eclipse.emf.edit.ui.view.ExtendedPropertySheetPage;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The cell-design editor: a tree of the design on EMF.Edit item providers, edited through the Properties
 * view and the context menu, with every change a command on one command stack (undo, redo, dirty state).
 * <p>
 * Opening never throws for a bad file: a file that cannot be read shows what is wrong and where
 * (file, line, column) instead of the tree, and the same problems appear in the Problems view. Saving
 * writes a temporary file and replaces the old one only when complete
 * ({@link DesignResources#saveAtomically}), so a failed save leaves the file as it was and the editor
 * dirty. Validation runs in the background ({@link DesignValidationJob}) and leaves problem markers;
 * opening a marker selects its element ({@link #gotoMarker}).
 */
public class DesignEditor extends EditorPart
		implements
			IEditingDomainProvider,
			ISelectionProvider,
			IMenuListener,
			IViewerProvider,
			IGotoMarker {

	/** Editor id, also the id of its context menu for {@code popup:} menu contributions. */
	public static final String ID = "org.anodyne.ui.editor.DesignEditor";

	private final DesignAdapterFactory adapterFactory = AnodyneEditing.createAdapterFactory();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();
	private final List<AdapterFactoryContentProvider> propertySourceProviders = new ArrayList<>();
	private final DesignProblems problems = new DesignProblems();
	/** The validation scheduled after the last edit, still waiting out the pause or running. */
	private DesignValidationJob liveValidation;
	/** Errors the last validation found, so the Problems view comes forward only when there are new ones. */
	private long errorCount;

	private AdapterFactoryEditingDomain editingDomain;
	private URI uri;
	private LoadResult loaded;
	private ISelection selection = StructuredSelection.EMPTY;

	private Composite pages;
	private StackLayout pageLayout;
	private TreeViewer viewer;
	private Composite problemPage;
	private Label problemHeading;
	private Text problemText;
	private DesignOutlinePage outlinePage;

	/** True while this editor writes its own file, so the change it causes is not taken for someone else's. */
	private boolean saving;
	private long savedTimeStamp = IResource.NULL_STAMP;
	private boolean changedOnDisk;
	private String lastSaveFailure;

	private final IResourceChangeListener workspaceListener = this::workspaceChanged;

	/** The Properties view shows values in the preferred units, so a new choice redraws it. */
	private final IPreferenceChangeListener unitsListener = event -> {
		if (UiPreferences.UNIT_SYSTEM.equals(event.getKey()) && pages != null && !pages.isDisposed()) {
			pages.getDisplay().asyncExec(this::refreshPropertySheets);
		}
	};

	private final IPartListener partListener = new IPartListener() {
		@Override
		public void partActivated(IWorkbenchPart part) {
			if (part == DesignEditor.this && changedOnDisk) {
				askToReload();
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPart part) {
			// Only activation matters: that is when the user looks at the editor.
		}

		@Override
		public void partClosed(IWorkbenchPart part) {
			// Closing is handled by dispose().
		}

		@Override
		public void partDeactivated(IWorkbenchPart part) {
			// Nothing to do when the user leaves the editor.
		}

		@Override
		public void partOpened(IWorkbenchPart part) {
			// The editor is set up in createPartControl().
		}
	};

	public DesignEditor() {
		commandStack.addCommandStackListener(event -> {
			Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
			display.asyncExec(() -> commandStackChanged());
		});
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		uri = uriOf(input);
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		site.setSelectionProvider(this);
		site.getPage().addPartListener(partListener);
		LoadResult result = DesignResources.load(uri);
		ResourceSet resourceSet = result.resource().getResourceSet();
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		// Item providers find the domain through the resource set, so property edits become commands.
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
		adopt(result);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
		UiPreferences.node().addPreferenceChangeListener(unitsListener);
	}

	/** The EMF URI of what an editor input names: platform:/resource/ for workspace files, file: otherwise. */
	static URI uriOf(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput) {
			return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
		}
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null) {
			return URI.createURI(uriInput.getURI().toString());
		}
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		}
		throw new PartInitException("The design editor opens files; '" + input.getName() + "' is not a file");
	}

	@Override
	public void createPartControl(Composite parent) {
		pages = new Composite(parent, SWT.NONE);
		pageLayout = new StackLayout();
		pages.setLayout(pageLayout);

		viewer = new TreeViewer(pages, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		viewer.setLabelProvider(new ProblemLabelProvider(adapterFactory, problems));
		viewer.setUseHashlookup(true);
		viewer.addSelectionChangedListener(event -> selectionChanged(event.getSelection()));
		createContextMenu();
		int operations = DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK;
		Transfer[] transfers = {LocalTransfer.getInstance()};
		viewer.addDragSupport(operations, transfers, new ViewerDragAdapter(viewer));
		viewer.addDropSupport(operations, transfers, new EditingDomainViewerDropAdapter(editingDomain, viewer));

		problemPage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(problemPage);
		problemHeading = new Label(problemPage, SWT.WRAP);
		problemHeading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problemHeading);
		problemText = new Text(problemPage, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		problemText.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(problemText);
		Label hint = new Label(problemPage, SWT.WRAP);
		hint.setText("Correct the file in a text editor of your choice; this editor reads it again when it changes"
				+ " on disk. The Problems view lists the same problems.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);

		// F1: context ids are defined in org.anodyne.help's contexts.xml.
		PlatformUI.getWorkbench().getHelpSystem().setHelp(pages, "org.anodyne.help.design_editor");
		showContent();
	}

	private void createContextMenu() {
		MenuManager contextMenu = new MenuManager("#PopUp", ID);
		contextMenu.add(new Separator("additions"));
		contextMenu.setRemoveAllWhenShown(true);
		contextMenu.addMenuListener(this);
		Menu menu = contextMenu.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(menu);
		getSite().registerContextMenu(ID, contextMenu, new UnwrappingSelectionProvider(viewer));
	}

	/** Takes a load result as the editor's content; file problems go to the Problems view. */
	private void adopt(LoadResult result) {
		loaded = result;
		ResourceSet resourceSet = editingDomain.getResourceSet();
		if (result.resource().getResourceSet() != resourceSet) {
			resourceSet.getResources().add(result.resource());
		}
		IFile file = file();
		if (file != null && file.exists()) {
			DesignValidationJob.forLoadProblems(file, fileLabel(), result.diagnostics()).schedule();
		}
	}

	/** Shows the design tree, or what is wrong with the file when it could not be read. */
	private void showContent() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		Resource resource = getResource();
		if (resource != null) {
			viewer.setInput(resource);
			CellDesign design = getDesign();
			viewer.expandToLevel(design, 1);
			for (Cell cell : design.getCells()) {
				viewer.expandToLevel(cell, 2);
			}
			pageLayout.topControl = viewer.getControl();
			viewer.setSelection(new StructuredSelection(design), true);
		} else {
			viewer.setInput(null);
			problemHeading.setText("Cannot open " + fileLabel());
			problemText.setText(describeProblems());
			pageLayout.topControl = problemPage;
			selectionChanged(StructuredSelection.EMPTY);
		}
		pages.layout(true, true);
		if (outlinePage != null) {
			outlinePage.setInput(resource);
		}
	}

	private String describeProblems() {
		List<FileDiagnostic> problems = FileProblems.distinct(loaded.diagnostics());
		if (problems.isEmpty()) {
			return fileLabel() + ": the file holds no design";
		}
		return problems.stream()
				.map(p -> new FileDiagnostic(fileLabel(), p.line(), p.column(), p.severity(), p.message()).toString())
				.collect(Collectors.joining("\n"));
	}

	/** The design, or null when the file could not be read. */
	public CellDesign getDesign() {
		return loaded != null && loaded.ok() ? loaded.design() : null;
	}

	/** The resource holding the design, or null when the file could not be read. */
	public Resource getResource() {
		return getDesign() == null ? null : loaded.resource();
	}

	/** Why the file could not be read (or what was odd about it), each with file, line and column. */
	public List<FileDiagnostic> getLoadProblems() {
		return loaded == null ? List.of() : loaded.diagnostics();
	}

	/** What the editor shows instead of the tree for a file it cannot read; null when it shows the design. */
	public String getProblemText() {
		return getDesign() != null || problemText == null
				? null
				: problemHeading.getText() + "\n" + problemText.getText();
	}

	/** The workspace file being edited, or null for a file outside the workspace. */
	public IFile file() {
		return getEditorInput() instanceof IFileEditorInput input
				? input.getFile()
				: getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
	}

	private String fileLabel() {
		IFile file = file();
		if (file != null) {
			return file.getFullPath().makeRelative().toString();
		}
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	// ---- commands, dirty state and selection

	private void commandStackChanged() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		Command mostRecent = commandStack.getMostRecentCommand();
		if (mostRecent != null) {
			refreshAncestorLabels(mostRecent.getAffectedObjects());
			setSelectionToViewer(mostRecent.getAffectedObjects());
		}
		refreshPropertySheets();
		validateAfterEdit();
	}

	/**
	 * Validates as the user edits: once typing pauses for the preferred delay
	 * ({@link UiPreferences#liveValidationDelay()}), the design is validated in the background; an
	 * edit within the pause replaces the waiting validation rather than adding one.
	 */
	private void validateAfterEdit() {
		long delay = UiPreferences.liveValidationDelay();
		if (delay < 0 || getResource() == null) {
			return;
		}
		if (liveValidation != null) {
			liveValidation.cancel();
		}
		liveValidation = validate(delay, false);
	}

	private void refreshPropertySheets() {
		propertySheetPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
		for (PropertySheetPage page : propertySheetPages) {
			page.refresh();
		}
	}

	/**
	 * Labels summarise their children (a cell shows its anode's orientation), but EMF.Edit only
	 * refreshes the label of the element that changed; so the labels of its containers are redrawn too.
	 */
	private void refreshAncestorLabels(Collection<?> affected) {
		Set<EObject> ancestors = new LinkedHashSet<>();
		for (Object element : affected) {
			if (element instanceof EObject object) {
				for (EObject owner = object.eContainer(); owner != null; owner = owner.eContainer()) {
					ancestors.add(owner);
				}
			}
		}
		for (EObject ancestor : ancestors) {
			viewer.update(ancestor, null);
			if (outlinePage != null) {
				outlinePage.update(ancestor);
			}
		}
	}

	/** Selects and reveals the given elements in the tree; the Properties view follows. */
	public void setSelectionToViewer(Collection<?> elements) {
		if (viewer != null && !viewer.getControl().isDisposed() && elements != null && !elements.isEmpty()) {
			viewer.setSelection(new StructuredSelection(new ArrayList<>(elements)), true);
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	@Override
	public Viewer getViewer() {
		return viewer;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Selects in the tree what the selection names; listeners hear of it through the tree. */
	@Override
	public void setSelection(ISelection newSelection) {
		if (viewer != null && !viewer.getControl().isDisposed() && getResource() != null) {
			viewer.setSelection(newSelection, true);
		} else {
			selectionChanged(newSelection);
		}
	}

	private void selectionChanged(ISelection newSelection) {
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		for (ISelectionChangedListener listener : selectionListeners) {
			listener.selectionChanged(event);
		}
		showSelectionInStatusLine();
	}

	private void showSelectionInStatusLine() {
		IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			String problem = structured.size() == 1
					? problems.findings(structured.getFirstElement()).stream()
							.map(f -> f.severity().word() + ": " + f.message()).findFirst().orElse(null)
					: null;
			status.setMessage(problem != null
					? problem
					: structured.size() == 1
							? ((ILabelProvider) viewer.getLabelProvider()).getText(structured.getFirstElement())
							: structured.size() + " elements selected");
		} else {
			status.setMessage("");
		}
	}

	@Override
	public void menuAboutToShow(IMenuManager menuManager) {
		((IMenuListener) getEditorSite().getActionBarContributor()).menuAboutToShow(menuManager);
	}

	private EditingDomainActionBarContributor contributor() {
		return (EditingDomainActionBarContributor) getEditorSite().getActionBarContributor();
	}

	// ---- Outline and Properties

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			return adapter.cast(outlinePage());
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(newPropertySheetPage());
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	private DesignOutlinePage outlinePage() {
		if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
			outlinePage = new DesignOutlinePage(adapterFactory, getResource(), this::setSelectionToViewer,
					actionBars -> contributor().shareGlobalActions(outlinePage, actionBars));
		}
		return outlinePage;
	}

	private IPropertySheetPage newPropertySheetPage() {
		PropertySheetPage page = new ExtendedPropertySheetPage(editingDomain) {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				PlatformUI.getWorkbench().getHelpSystem().setHelp(getControl(), "org.anodyne.help.properties");
				PropertyDescriptionToolTips.install(getControl());
			}

			@Override
			public void setSelectionToViewer(List<?> elements) {
				DesignEditor.this.setSelectionToViewer(elements);
				DesignEditor.this.setFocus();
			}

			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				contributor().shareGlobalActions(this, actionBars);
			}
		};
		UnitPropertySourceProvider sources = new UnitPropertySourceProvider(adapterFactory, problems);
		propertySourceProviders.add(sources);
		page.setPropertySourceProvider(sources);
		propertySheetPages.add(page);
		return page;
	}

	// ---- markers and validation

	@Override
	public void gotoMarker(IMarker marker) {
		Resource resource = getResource();
		if (resource == null) {
			return;
		}
		String fragment = marker.getAttribute(DesignMarkers.ELEMENT_FRAGMENT, null);
		if (fragment == null) {
			String elementUri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
			fragment = elementUri == null ? null : URI.createURI(elementUri).fragment();
		}
		EObject element = fragment == null ? null : resource.getEObject(fragment);
		if (element != null) {
			setSelectionToViewer(List.of(element));
		}
	}

	/**
	 * Validates the design as it is now (unsaved changes included) in the background. In the
	 * workspace the findings replace the file's problem markers; for a file outside it they are shown
	 * in a dialog. A file that cannot be read is read again from disk.
	 *
	 * @return the scheduled job, or null when there is nothing to validate
	 */
	public DesignValidationJob validate() {
		return validate(0, true);
	}

	/**
	 * @param delay    milliseconds before the job starts
	 * @param explicit whether the user asked (findings outside the workspace are then shown in a dialog)
	 */
	private DesignValidationJob validate(long delay, boolean explicit) {
		IFile file = file();
		DesignValidationJob job;
		if (getResource() != null) {
			job = DesignValidationJob.forEditedDesign(file, fileLabel(), getResource());
		} else if (file != null) {
			job = DesignValidationJob.forFile(file);
		} else {
			return null;
		}
		Display display = pages != null && !pages.isDisposed() ? pages.getDisplay() : Display.getDefault();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult() != null && event.getResult().getSeverity() != IStatus.CANCEL) {
					display.asyncExec(() -> validated(job, explicit));
				}
			}
		});
		if (file != null && explicit) {
			Job.getJobManager().cancel(file);
		}
		job.schedule(delay);
		return job;
	}

	private void validated(DesignValidationJob job, boolean explicit) {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		getEditorSite().getActionBars().getStatusLineManager().setMessage(job.summary());
		showFindings(job);
		if (explicit && file() == null && !job.findings().isEmpty()) {
			String list = job.findings().stream().limit(30).map((DesignDiagnostic d) -> d.format(fileLabel()))
					.collect(Collectors.joining("\n"));
			MessageDialog.openInformation(getSite().getShell(), "Validation of " + fileLabel(), job.summary()
					+ "\n\n" + list + (job.findings().size() > 30 ? "\n…" : ""));
		}
	}

	/**
	 * Puts a validation's findings on the tree and the Properties view, and brings the Problems view
	 * forward (without taking the focus from the editor) when the design has more errors than before.
	 */
	private void showFindings(DesignValidationJob job) {
		Resource resource = getResource();
		if (resource == null) {
			return;
		}
		problems.update(resource, job.locatedFindings());
		viewer.refresh(true);
		refreshPropertySheets();
		long errors = job.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
		if (errors > errorCount && file() != null) {
			try {
				getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				AnodyneUiPlugin.logError("Cannot show the Problems view", e);
			}
		}
		errorCount = errors;
	}

	/** The last validation's findings, as the tree's and the Properties view's overlays show them. */
	public DesignProblems getProblems() {
		return problems;
	}

	// ---- saving

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Resource resource = getResource();
		if (resource == null) {
			return;
		}
		saving = true;
		try {
			DesignResources.saveAtomically(resource);
			lastSaveFailure = null;
			commandStack.saveIsDone();
			firePropertyChange(PROP_DIRTY);
			refreshWorkspaceFile(monitor);
		} catch (IOException e) {
			// Tells the workbench the save did not happen (for example, so that closing is not completed).
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			reportSaveFailure(e);
			return;
		} finally {
			saving = false;
		}
		if (UiPreferences.validateOnSave()) {
			validate();
		}
	}

	/**
	 * Shows why a save failed without blocking: the message names the file and says the previous file
	 * is unchanged; the editor stays dirty so nothing typed is lost.
	 */
	private void reportSaveFailure(IOException failure) {
		lastSaveFailure = failure.getMessage();
		StatusManager.getManager().handle(new Status(IStatus.ERROR, AnodyneUiPlugin.PLUGIN_ID, failure.getMessage()),
				StatusManager.SHOW);
	}

	/** Why the last save failed, or null when it succeeded. */
	public String getLastSaveFailure() {
		return lastSaveFailure;
	}

	/** Lets the workspace know the file changed under it, and remembers the time stamp this save left. */
	private void refreshWorkspaceFile(IProgressMonitor monitor) {
		IFile file = file();
		if (file == null) {
			return;
		}
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			savedTimeStamp = file.getLocalTimeStamp();
		} catch (CoreException e) {
			AnodyneUiPlugin.logError("Saved " + fileLabel() + ", but the workspace could not refresh it", e);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return getResource() != null;
	}

	@Override
	public void doSaveAs() {
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		IFile current = file();
		if (current != null) {
			dialog.setOriginalFile(current);
		}
		if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
			return;
		}
		IPath path = dialog.getResult();
		if (path.getFileExtension() == null) {
			path = path.addFileExtension(DesignResources.FILE_EXTENSION);
		}
		IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
		URI previous = getResource().getURI();
		URI targetUri = URI.createPlatformResourceURI(target.getFullPath().toString(), true);
		getResource().setURI(targetUri);
		saving = true;
		try {
			DesignResources.saveAtomically(getResource());
		} catch (IOException e) {
			getResource().setURI(previous);
			reportSaveFailure(e);
			return;
		} finally {
			saving = false;
		}
		uri = targetUri;
		commandStack.saveIsDone();
		setInputWithNotify(new FileEditorInput(target));
		setPartName(target.getName());
		refreshWorkspaceFile(null);
		firePropertyChange(PROP_DIRTY);
	}

	// ---- changes made to the file by others

	private void workspaceChanged(IResourceChangeEvent event) {
		IFile file = file();
		IResourceDelta delta = event.getDelta();
		if (file == null || delta == null) {
			return;
		}
		IResourceDelta fileDelta = delta.findMember(file.getFullPath());
		if (fileDelta == null) {
			return;
		}
		Display display = getSite().getShell().getDisplay();
		if (fileDelta.getKind() == IResourceDelta.REMOVED) {
			if ((fileDelta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
				IPath movedTo = fileDelta.getMovedToPath();
				display.asyncExec(() -> moved(ResourcesPlugin.getWorkspace().getRoot().getFile(movedTo)));
			} else {
				display.asyncExec(this::removed);
			}
		} else if (fileDelta.getKind() == IResourceDelta.CHANGED
				&& (fileDelta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 && !saving
				&& file.getLocalTimeStamp() != savedTimeStamp) {
			display.asyncExec(this::changedOnDisk);
		}
	}

	private void moved(IFile target) {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		uri = URI.createPlatformResourceURI(target.getFullPath().toString(), true);
		if (loaded.resource() != null) {
			loaded.resource().setURI(uri);
		}
		setInputWithNotify(new FileEditorInput(target));
		setPartName(target.getName());
	}

	private void removed() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		if (!isDirty()) {
			getSite().getPage().closeEditor(this, false);
		}
	}

	private void changedOnDisk() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		if (!isDirty()) {
			reload();
		} else if (getSite().getPage().getActivePart() == this) {
			askToReload();
		} else {
			changedOnDisk = true;
		}
	}

	private void askToReload() {
		changedOnDisk = false;
		if (MessageDialog.openQuestion(getSite().getShell(), "File changed",
				fileLabel() + " has been changed on disk. Discard your changes here and read it again?")) {
			reload();
		}
	}

	/** Reads the file again, dropping the undo history that belonged to the old content. */
	public void reload() {
		editingDomain.getResourceSet().getResources().clear();
		commandStack.flush();
		adopt(DesignResources.load(uri));
		showContent();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void setFocus() {
		if (pageLayout != null && pageLayout.topControl != null && !pageLayout.topControl.isDisposed()) {
			pageLayout.topControl.setFocus();
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
		UiPreferences.node().removePreferenceChangeListener(unitsListener);
		getSite().getPage().removePartListener(partListener);
		if (getEditorSite().getActionBarContributor() instanceof EditingDomainActionBarContributor c
				&& c.getActiveEditor() == this) {
			c.setActiveEditor(null);
		}
		for (PropertySheetPage page : propertySheetPages) {
			page.dispose();
		}
		propertySourceProviders.forEach(AdapterFactoryContentProvider::dispose);
		if (outlinePage != null) {
			outlinePage.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
