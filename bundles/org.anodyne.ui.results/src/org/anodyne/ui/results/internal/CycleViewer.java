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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.Plots;
import org.anodyne.ui.results.charts.Trace;

/**
 * Per-cycle quantities and sweeps: capacity, capacity retention, Coulombic efficiency and
 * overpotential against cycle number, and series against anything but time (rate capability:
 * a quantity against current density). A result that carries its retention only as the summary's
 * {@code retention} scalar gets a retention chart from it.
 */
public final class CycleViewer extends SeriesChartViewer {

	@Override
	protected boolean shows(SeriesEntry entry) {
		return !entry.columns().isEmpty() && !Plots.TIME.equals(entry.columns().get(0).name());
	}

	@Override
	public boolean canShow(StudyResult result) {
		return super.canShow(result) || !result.summary().cycleMap(ScalarNames.RETENTION).isEmpty();
	}

	@Override
	protected List<Plot> extraPlots(StudyResult result, List<Plot> fromSeries) {
		TreeMap<Integer, Double> retention = result.summary().cycleMap(ScalarNames.RETENTION);
		boolean charted = fromSeries.stream().flatMap(p -> p.traces().stream()).map(Trace::yColumn)
				.anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains("retention"));
		if (retention.isEmpty() || charted) {
			return List.of();
		}
		TreeMap<Integer, Double> percent = new TreeMap<>();
		retention.forEach((cycle, fraction) -> percent.put(cycle, 100 * fraction));
		List<Plot> extra = new ArrayList<>();
		extra.add(Plots.ofCycleMap("retention", "capacity retention", "%", percent));
		return extra;
	}
}
