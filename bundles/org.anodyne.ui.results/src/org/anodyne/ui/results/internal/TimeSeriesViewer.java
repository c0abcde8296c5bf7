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

import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.charts.Plots;

/**
 * Quantities against time: the voltage and overpotential trace of a cycling run (ragged where an
 * upright cell fails), the current and overpotential of a 2D plating step. Traces of thousands of
 * hours are thinned to the chart's pixels and re-read at full resolution on zoom.
 */
public final class TimeSeriesViewer extends SeriesChartViewer {

	@Override
	protected boolean shows(SeriesEntry entry) {
		return !entry.columns().isEmpty() && Plots.TIME.equals(entry.columns().get(0).name());
	}
}
