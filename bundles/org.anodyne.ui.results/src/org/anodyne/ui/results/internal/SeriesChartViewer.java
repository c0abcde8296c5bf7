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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.anodyne.results.StudyResult;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.ResultViewer;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.Plots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Charts of some of a result's series, one at a time in a large chart, chosen from a list; each
 * series gives a chart per unit (see {@link Plots#of}). Subclasses say which series they show.
 */
abstract class SeriesChartViewer implements ResultViewer {

	private Composite control;
	private Combo chooser;
	private ChartPanel chart;
	private final List<Plot> plots = new ArrayList<>();

	/** Whether a series with this entry belongs in this viewer (by its first column, the abscissa). */
	protected abstract boolean shows(SeriesEntry entry);

	/** Charts made from other parts of the result than its series, or across its series; none by default. */
	protected List<Plot> extraPlots(StudyResult result, List<Plot> fromSeries) throws IOException {
		return List.of();
	}

	@Override
	public boolean canShow(StudyResult result) {
		return result.summary().series().stream().anyMatch(this::shows);
	}

	@Override
	public void createControl(Composite parent, StudyResult result) throws IOException {
		for (SeriesEntry e : result.summary().series()) {
			if (shows(e)) {
				plots.addAll(Plots.of(e.name(), result.series(e.name())));
			}
		}
		plots.addAll(extraPlots(result, List.copyOf(plots)));
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(3, false));
		new Label(control, SWT.NONE).setText("Chart:");
		chooser = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Plot p : plots) {
			chooser.add(p.title() + " — " + p.yAxis().title());
		}
		Label hint = new Label(control, SWT.NONE);
		hint.setText("Zoom: drag across the chart or turn the wheel; double-click shows all");
		hint.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		hint.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		chart = new ChartPanel(control, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		chooser.addListener(SWT.Selection, e -> select(chooser.getSelectionIndex()));
		if (!plots.isEmpty()) {
			chooser.select(0);
			chart.setPlot(plots.get(0));
		}
	}

	/** Shows the chart at this index of {@link #plots()}. */
	public void select(int index) {
		if (index >= 0 && index < plots.size()) {
			chooser.select(index);
			chart.setPlot(plots.get(index));
		}
	}

	/**
	 * Shows the first chart drawn from this series (with this column among its curves, when one is
	 * named); whether there is one.
	 */
	public boolean showSeries(String series, String column) {
		for (int i = 0; i < plots.size(); i++) {
			boolean drawn = plots.get(i).traces().stream().anyMatch(t -> t.group().equals(series)
					&& (column == null || t.yColumn().name().equals(column)));
			if (drawn) {
				select(i);
				return true;
			}
		}
		return false;
	}

	/** Shows the chart of this name; whether there is one. */
	public boolean showPlot(String name) {
		for (int i = 0; i < plots.size(); i++) {
			if (plots.get(i).name().equals(name)) {
				select(i);
				return true;
			}
		}
		return false;
	}

	/** The charts this viewer offers, in chooser order. */
	public List<Plot> plots() {
		return List.copyOf(plots);
	}

	/** The chart widget. */
	public ChartPanel chart() {
		return chart;
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public Optional<ResultFigure> currentFigure() {
		return chart == null || chart.getPlot() == null ? Optional.empty() : Optional.of(chart);
	}
}
