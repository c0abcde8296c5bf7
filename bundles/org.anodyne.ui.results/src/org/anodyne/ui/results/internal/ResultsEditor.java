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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.anodyne.results.ResultsFormat;
import org.anodyne.results.StudyResult;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.ResultViewer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The results of one study run, opened on its summary.json: a tab per viewer contributed for the
 * result's kind (overview first), and export of the chart or map in view as PNG, SVG or CSV. When
 * the result is written again (a new run), the editor reads it again.
 */
public final class ResultsEditor extends EditorPart {

	/** A tab: the contributed viewer shown in it, or null when it shows an error. */
	private record Tab(ResultViewerDescriptor descriptor, ResultViewer viewer, CTabItem item) {
	}

	private Path directory;
	private IFile workspaceFile;
	private StudyResult result;
	private Composite body;
	private CTabFolder folder;
	private Label problem;
	private final List<Tab> tabs = new ArrayList<>();
	private final ResultOutlinePage outline = new ResultOutlinePage(this::outlineEntries, this::reveal);
	private final IResourceChangeListener resourceListener = this::resourcesChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path summary = summaryPath(input);
		if (summary == null) {
			throw new PartInitException("The results editor opens a study result's summary.json; "
					+ input.getName() + " is not a file on disk");
		}
		setSite(site);
		setInput(input);
		directory = summary.getParent();
		workspaceFile = input instanceof IFileEditorInput f ? f.getFile() : null;
		setPartName(directory.getFileName().toString());
		setTitleToolTip(directory.toString());
		if (workspaceFile != null) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener,
					IResourceChangeEvent.POST_CHANGE);
		}
	}

	static Path summaryPath(IEditorInput input) {
		if (input instanceof IFileEditorInput f && f.getFile().getLocation() != null) {
			return f.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IPathEditorInput p) {
			return p.getPath().toFile().toPath();
		}
		if (input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) {
			return Path.of(u.getURI());
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		// F1: context ids are defined in org.anodyne.help's contexts.xml.
		PlatformUI.getWorkbench().getHelpSystem().setHelp(body, "org.anodyne.help.results_editor");
		new ExportBar(body, this::activeFigure, () -> directory, this::exported).getControl()
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		load();
	}

	/** Reads the result and builds a tab per applicable viewer; a result that cannot be read says why. */
	void load() {
		disposeTabs();
		try {
			result = StudyResult.read(directory);
		} catch (IOException e) {
			result = null;
			problem = new Label(body, SWT.WRAP);
			problem.setText("Cannot show this result: " + e.getMessage());
			problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			body.layout(true, true);
			outline.refresh();
			return;
		}
		setPartName(result.summary().study());
		folder = new CTabFolder(body, SWT.TOP | SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (ResultViewerDescriptor d : ResultViewerRegistry.getDefault().viewersFor(result.summary().kind())) {
			ResultViewer viewer;
			try {
				viewer = d.createViewer();
			} catch (CoreException | RuntimeException e) {
				ILog.of(ResultsEditor.class).warn("result viewer '" + d.id() + "' of " + d.contributor()
						+ " cannot be created: " + e.getMessage(), e);
				continue;
			}
			if (!viewer.canShow(result)) {
				continue;
			}
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText(d.name());
			Composite page = new Composite(folder, SWT.NONE);
			page.setLayout(new FillLayout());
			try {
				viewer.createControl(page, result);
				tabs.add(new Tab(d, viewer, item));
			} catch (IOException | RuntimeException e) {
				for (Control c : page.getChildren()) {
					c.dispose();
				}
				Label l = new Label(page, SWT.WRAP);
				l.setText(d.name() + " cannot show this result: " + e.getMessage());
				viewer.dispose();
				tabs.add(new Tab(d, null, item));
				if (e instanceof RuntimeException) {
					ILog.of(ResultsEditor.class).error("result viewer '" + d.id() + "' failed on " + directory, e);
				}
			}
			item.setControl(page);
		}
		if (folder.getItemCount() > 0) {
			folder.setSelection(0);
		}
		body.layout(true, true);
		outline.refresh();
	}

	/** What the Outline lists: what the result holds, or why there is nothing. */
	private List<ResultOutline.Entry> outlineEntries() {
		if (result != null) {
			return ResultOutline.of(result.summary());
		}
		return problem == null
				? List.of()
				: List.of(ResultOutline.Entry.leaf(ResultOutline.Kind.GROUP, "problem", problem.getText()));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/** Brings what an Outline entry stands for to front: its tab, and there its chart, frame or row. */
	void reveal(ResultOutline.Entry entry) {
		switch (entry.kind()) {
		case SCALAR, PICTURE -> firstViewer(OverviewViewer.class, v -> entry.kind() == ResultOutline.Kind.PICTURE
				|| v.showScalar(entry.key()));
		case CYCLE_MAP -> firstViewer(SeriesChartViewer.class,
				v -> v.showPlot(entry.key()) || v.showSeries(entry.key(), null));
		case SERIES, COLUMN -> firstViewer(SeriesChartViewer.class, v -> v.showSeries(entry.key(), entry.column()));
		case FIELD -> firstViewer(FieldMapViewer.class, v -> v.showFrame(entry.key()));
		case GROUP, SWEEP_PARAMETER, SWEEP_OUTPUT, SWEEP_POINT -> {
			// A heading (what it lists is revealed by its entries), or a sweep's entry (not in a result).
		}
		}
	}

	/** Brings to front the first tab whose viewer is of this class and shows the wanted part. */
	private <V extends ResultViewer> void firstViewer(Class<V> type, Predicate<V> shows) {
		for (Tab t : tabs) {
			if (type.isInstance(t.viewer()) && shows.test(type.cast(t.viewer()))) {
				folder.setSelection(t.item());
				return;
			}
		}
	}

	private void disposeTabs() {
		for (Tab t : tabs) {
			if (t.viewer() != null) {
				t.viewer().dispose();
			}
		}
		tabs.clear();
		if (folder != null) {
			folder.dispose();
			folder = null;
		}
		if (problem != null) {
			problem.dispose();
			problem = null;
		}
	}

	/** The result shown, or null if it could not be read. */
	public StudyResult getResult() {
		return result;
	}

	/** The folder of the result. */
	public Path getDirectory() {
		return directory;
	}

	/** The viewers in tab order (those that failed to show the result excluded). */
	public List<ResultViewer> getViewers() {
		return tabs.stream().map(Tab::viewer).filter(v -> v != null).toList();
	}

	/** The tab titles, in order. */
	public List<String> getTabTitles() {
		return tabs.stream().map(t -> t.item().getText()).toList();
	}

	/** Brings the viewer with this contribution id to front; returns it, if there is such a tab. */
	public Optional<ResultViewer> showViewer(String viewerId) {
		for (Tab t : tabs) {
			if (t.descriptor().id().equals(viewerId)) {
				folder.setSelection(t.item());
				return Optional.ofNullable(t.viewer());
			}
		}
		return Optional.empty();
	}

	/** The viewer of the selected tab. */
	public Optional<ResultViewer> activeViewer() {
		if (folder == null || folder.getSelection() == null) {
			return Optional.empty();
		}
		CTabItem selected = folder.getSelection();
		return tabs.stream().filter(t -> t.item() == selected).map(Tab::viewer).filter(v -> v != null).findFirst();
	}

	/** The figure of the selected tab, for export. */
	public Optional<ResultFigure> activeFigure() {
		return activeViewer().flatMap(ResultViewer::currentFigure);
	}

	/** Makes files exported into the workspace appear there. */
	private void exported(Path file) {
		WorkspaceFiles.refresh(file.getParent());
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null
				? null
				: event.getDelta().findMember(workspaceFile.getFullPath());
		if (delta == null) {
			return;
		}
		body.getDisplay().asyncExec(() -> {
			if (body.isDisposed()) {
				return;
			}
			if (!Files.isRegularFile(directory.resolve(ResultsFormat.SUMMARY_FILE))) {
				getSite().getPage().closeEditor(this, false);
			} else {
				load();
			}
		});
	}

	@Override
	public void setFocus() {
		if (folder != null && !folder.isDisposed()) {
			folder.setFocus();
		} else if (body != null) {
			body.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (workspaceFile != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		}
		disposeTabs();
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Results are written by study runs, never edited here.
	}

	@Override
	public void doSaveAs() {
		// Results are written by study runs, never edited here.
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
