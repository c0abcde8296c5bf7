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
import java.util.Locale;
import java.util.TreeMap;

import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.CycleProfiles;
import org.anodyne.ui.results.charts.Plots;
import org.anodyne.ui.results.charts.Trace;

/**
 * Per-cycle quantities and sweeps: capacity, capacity retention, Coulombic efficiency and
 * overpotential against cycle number, and series against anything but time (rate capability:
 * a quantity against current density). A result that carries its retention only as the summary's
 * {@code retention} scalar gets a retention chart from it. A life run's voltage trace and cycle records
 * give voltage against capacity for a few cycles ({@link CycleProfiles}).
 */
public final class CycleViewer extends SeriesChartViewer {

	/** The life study's series of the voltage trace and of the per-cycle records. */
	private static final String VOLTAGE = "voltage";
	private static final String CYCLES = "cycles";

	@Override
	protected boolean shows(SeriesEntry entry) {
		return !entry.columns().isEmpty() && !Plots.TIME.equals(entry.columns().get(0).name());
	}

	@Override
	public boolean canShow(StudyResult result) {
		return super.canShow(result) || !result.summary().cycleMap(ScalarNames.RETENTION).isEmpty();
	}

	@Override
	protected List<Plot> extraPlots(StudyResult result, List<Plot> fromSeries) throws IOException {
		List<Plot> extra = new ArrayList<>();
		if (has(result, VOLTAGE) && has(result, CYCLES)) {
			CycleProfiles.of(result.series(VOLTAGE), result.series(CYCLES)).ifPresent(extra::add);
		}
		TreeMap<Integer, Double> retention = result.summary().cycleMap(ScalarNames.RETENTION);
		boolean charted = fromSeries.stream().flatMap(p -> p.traces().stream()).map(Trace::yColumn)
				.anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains("retention"));
		if (!retention.isEmpty() && !charted) {
			TreeMap<Integer, Double> percent = new TreeMap<>();
			retention.forEach((cycle, fraction) -> percent.put(cycle, 100 * fraction));
			extra.add(Plots.ofCycleMap("retention", "capacity retention", "%", percent));
		}
		return extra;
	}

	private static boolean has(StudyResult result, String series) {
		return result.summary().series().stream().anyMatch(e -> e.name().equals(series));
	}
}
