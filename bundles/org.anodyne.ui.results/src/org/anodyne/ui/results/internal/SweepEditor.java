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
import java.util.Locale;

import org.anodyne.results.ResultsFormat;
import org.anodyne.results.SweepTable;
import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * A sweep's results, opened on its sweep.json: the table of points (parameters, status, outputs), an
 * output against one parameter, or over two parameters as a heat map; double-clicking a row or
 * clicking a point opens that point's own result. Reads results only; when the sweep is run again,
 * the editor reads the table again. The Outline lists its parameters, outputs and points; selecting one
 * shows it.
 */
public final class SweepEditor extends EditorPart {

	private static final String NONE = "(none: plot against one parameter)";

	private Path directory;
	private IFile workspaceFile;
	private SweepTable table;
	private Composite body;
	private Label heading;
	private SashForm sash;
	private TableViewer viewer;
	private Combo output;
	private Combo xParameter;
	private Combo yParameter;
	private SweepPlot plot;
	private final ResultOutlinePage outline = new ResultOutlinePage(this::outlineEntries, this::reveal);
	private final IResourceChangeListener resourceListener = this::resourcesChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path file = ResultsEditor.summaryPath(input);
		if (file == null) {
			throw new PartInitException("The sweep viewer opens a sweep's sweep.json; " + input.getName()
					+ " is not a file on disk");
		}
		setSite(site);
		setInput(input);
		directory = file.getParent();
		workspaceFile = input instanceof IFileEditorInput f ? f.getFile() : null;
		setPartName(directory.getFileName().toString());
		setTitleToolTip(directory.toString());
		if (workspaceFile != null) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener,
					IResourceChangeEvent.POST_CHANGE);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		heading = new Label(body, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		load();
	}

	/** Reads the table again and shows it; a table that cannot be read says why. */
	void load() {
		if (sash != null) {
			sash.dispose();
			sash = null;
		}
		try {
			table = SweepTable.read(directory);
		} catch (IOException e) {
			table = null;
			heading.setText("Cannot show this sweep: " + e.getMessage());
			body.layout(true, true);
			outline.refresh();
			return;
		}
		setPartName("Sweep " + table.sweep());
		heading.setText(String.format(Locale.ROOT,
				"Sweep '%s' of study '%s' (%s, %s): %d points, %d ok, %d failed, %d missing. Double-click a row or click a "
						+ "point to open its result.",
				table.sweep(), table.study(), table.kind(), table.sampling()
						+ (table.seed() == null ? "" : " seed " + table.seed()),
				table.points().size(), table.count(SweepTable.OK), table.count(SweepTable.FAILED),
				table.count(SweepTable.MISSING)));
		sash = new SashForm(body, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTable(sash);
		createPlot(sash);
		sash.setWeights(2, 3);
		body.layout(true, true);
		replot();
		outline.refresh();
	}

	/** What the Outline lists: the sweep's parameters, outputs and points, or why there is nothing. */
	private List<ResultOutline.Entry> outlineEntries() {
		return table != null
				? SweepOutline.of(table)
				: List.of(ResultOutline.Entry.leaf(ResultOutline.Kind.GROUP, "problem", heading.getText()));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/**
	 * Shows what an Outline entry stands for: a parameter on the plot's axis, an output on the plot, a point's
	 * row selected in the table.
	 */
	void reveal(ResultOutline.Entry entry) {
		if (table == null || viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		switch (entry.kind()) {
		case SWEEP_PARAMETER -> {
			xParameter.select(Integer.parseInt(entry.key()));
			replot();
		}
		case SWEEP_OUTPUT -> {
			output.select(Integer.parseInt(entry.key()));
			replot();
		}
		case SWEEP_POINT -> {
			int index = Integer.parseInt(entry.key());
			table.points().stream().filter(p -> p.index() == index).findFirst()
					.ifPresent(p -> viewer.setSelection(new StructuredSelection(p), true));
		}
		default -> {
			// A heading: what it lists is revealed by its entries.
		}
		}
	}

	/** The index of the point selected in the table, or -1. */
	public int selectedPoint() {
		return viewer.getStructuredSelection().getFirstElement() instanceof SweepTable.Point p ? p.index() : -1;
	}

	/** The output and the parameter the plot shows (indices into the table's outputs and parameters). */
	public int[] plotted() {
		return new int[]{output.getSelectionIndex(), xParameter.getSelectionIndex()};
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("point", 60, p -> String.format(Locale.ROOT, "%04d", p.index()));
		column("status", 70, SweepTable.Point::status);
		for (int k = 0; k < table.parameters().size(); k++) {
			int index = k;
			column(table.parameters().get(k).column().header(), 140, p -> SweepPlot.number(p.values()[index]));
		}
		for (SweepTable.Output o : table.outputs()) {
			column(o.column().header(), 150, p -> {
				Object v = p.outputs().get(o.name());
				return v == null ? "" : v instanceof Number n ? SweepPlot.number(n.doubleValue()) : String.valueOf(v);
			});
		}
		column("message", 300, SweepTable.Point::message);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(table.points());
		viewer.addDoubleClickListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s
					&& s.getFirstElement() instanceof SweepTable.Point p) {
				openPoint(p.index());
			}
		});
	}

	private void column(String title, int width, java.util.function.Function<SweepTable.Point, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SweepTable.Point) element);
			}
		});
	}

	private void createPlot(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		Composite controls = new Composite(area, SWT.NONE);
		// One row that narrows its choices rather than wrapping: wrapped to three rows in a narrow editor, the
		// controls left the plot a strip a few pixels high.
		GridLayout row = new GridLayout(6, false);
		row.marginWidth = 0;
		row.marginHeight = 0;
		controls.setLayout(row);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(controls, SWT.NONE).setText("Output:");
		output = combo(controls, table.outputs().stream().map(o -> o.column().header()).toList());
		new Label(controls, SWT.NONE).setText("against:");
		List<String> parameters = table.parameters().stream().map(p -> p.column().header()).toList();
		xParameter = combo(controls, parameters);
		new Label(controls, SWT.NONE).setText("heat map over:");
		List<String> second = new ArrayList<>();
		second.add(NONE);
		second.addAll(parameters);
		yParameter = combo(controls, second);
		plot = new SweepPlot(area);
		GridData plotData = new GridData(SWT.FILL, SWT.FILL, true, true);
		plotData.widthHint = 300;
		plotData.heightHint = 200;
		plot.setLayoutData(plotData);
		plot.addPointListener(this::openPoint);
	}

	private Combo combo(Composite parent, List<String> items) {
		Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		c.setItems(items.toArray(String[]::new));
		GridData share = new GridData(SWT.FILL, SWT.CENTER, true, false);
		share.widthHint = 60;
		c.setLayoutData(share);
		if (!items.isEmpty()) {
			c.select(0);
		}
		c.addListener(SWT.Selection, e -> replot());
		return c;
	}

	private void replot() {
		int y = yParameter.getSelectionIndex() - 1;
		plot.show(table, output.getSelectionIndex(), xParameter.getSelectionIndex(),
				y == xParameter.getSelectionIndex() ? -1 : y);
	}

	/** Shows an output against a parameter, over a second one as a heat map when {@code y >= 0} (tests, scripts). */
	public void show(int outputIndex, int x, int y) {
		output.select(outputIndex);
		xParameter.select(x);
		yParameter.select(y + 1);
		replot();
	}

	/** Opens the result of a point in the results editor; says so when the point has none. */
	public IEditorPart openPoint(int index) {
		SweepTable.Point point = table.points().stream().filter(p -> p.index() == index).findFirst().orElse(null);
		Path summary = point == null ? null : directory.resolve(point.folder()).resolve(ResultsFormat.SUMMARY_FILE);
		if (summary == null || !Files.isRegularFile(summary)) {
			MessageDialog.openInformation(getSite().getShell(), "Sweep " + table.sweep(),
					"Point " + index + " has no result yet (" + (point == null ? "no such point" : point.status())
							+ "); run the sweep to compute it.");
			return null;
		}
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(summary.toUri());
			return files.length > 0 && files[0].exists()
					? IDE.openEditor(getSite().getPage(), files[0], ResultsUi.RESULTS_EDITOR_ID, true)
					: IDE.openEditor(getSite().getPage(), summary.toUri(), ResultsUi.RESULTS_EDITOR_ID, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Sweep " + table.sweep(),
					"Cannot open the result of point " + index + ": " + e.getMessage());
			return null;
		}
	}

	/** The table shown, or null if it could not be read. */
	public SweepTable getTable() {
		return table;
	}

	/** The table widget's rows as shown (cell texts), for tests. */
	public List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (var item : viewer.getTable().getItems()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < viewer.getTable().getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The column titles of the table. */
	public List<String> columns() {
		List<String> titles = new ArrayList<>();
		for (var c : viewer.getTable().getColumns()) {
			titles.add(c.getText());
		}
		return titles;
	}

	/** The plot's canvas (clicks on it open points). */
	public Canvas plotCanvas() {
		return plot;
	}

	/** Where a point is drawn on the plot, or null when it is not. */
	public Point pointCentre(int index) {
		return plot.centreOf(index);
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null
				? null
				: event.getDelta().findMember(workspaceFile.getFullPath());
		if (delta == null) {
			return;
		}
		body.getDisplay().asyncExec(() -> {
			if (!body.isDisposed() && Files.isRegularFile(directory.resolve(SweepTable.JSON_FILE))) {
				load();
			}
		});
	}

	@Override
	public void setFocus() {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			viewer.getTable().setFocus();
		} else {
			body.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (workspaceFile != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Sweep tables are written by sweep runs, never edited here.
	}

	@Override
	public void doSaveAs() {
		// Sweep tables are written by sweep runs, never edited here.
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
