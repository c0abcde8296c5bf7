/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.Column;
import org.anodyne.results.Series;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.Plots;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The chart widget on its own: changing what it shows. */
class ChartPanelTest {

	/** A chart of {@code traces} quantities of one unit against cycle, as an overlay of runs makes one. */
	private static Plot plot(int traces) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.dimensionless("cycle"));
		double[][] values = new double[traces + 1][50];
		for (int r = 0; r < 50; r++) {
			values[0][r] = r + 1;
		}
		for (int k = 1; k <= traces; k++) {
			columns.add(new Column("capacity " + k, "mAh/cm2"));
			for (int r = 0; r < 50; r++) {
				values[k][r] = 1 - 0.001 * k * r;
			}
		}
		return Plots.of("cycles", Series.of(columns, values)).get(0);
	}

	/**
	 * Eight series (a full-cell retention overlay) need a taller legend than two: the legend's new
	 * layout resizes the plot area while the series are being made, which used to refresh the new
	 * plot against the series made so far and throw ArrayIndexOutOfBoundsException.
	 */
	@Test
	void aChartWithMoreSeriesThanBeforeIsShownWithoutAnError() {
		List<IStatus> errors = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				errors.add(status);
			}
		};
		Platform.addLogListener(listener);
		Shell shell = new Shell(Ui.display(), SWT.SHELL_TRIM);
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(520, 360);
			ChartPanel chart = new ChartPanel(shell, SWT.NONE);
			shell.open();
			chart.setPlot(plot(2));
			Ui.settle(200);
			chart.setPlot(plot(8));
			Ui.settle(200);
			assertEquals(8, chart.getChart().getSeriesSet().getSeries().length);
			for (int k = 0; k < 8; k++) {
				assertEquals(50, chart.displayedPoints(k), "series " + k);
			}
			chart.setPlot(plot(1));
			Ui.settle(200);
			assertEquals(1, chart.getChart().getSeriesSet().getSeries().length);
		} finally {
			shell.dispose();
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), errors);
	}
}
