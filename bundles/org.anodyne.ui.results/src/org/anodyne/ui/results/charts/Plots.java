/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.anodyne.results.Column;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.Series;
import org.anodyne.ui.results.charts.Trace.Dash;

/** Builds charts from result series: one chart per unit, so that no two scales share an axis. */
public final class Plots {

	/** Name of the abscissa of per-cycle series. */
	public static final String CYCLE = "cycle";

	/** Name of the abscissa of time series. */
	public static final String TIME = "time";

	/** Per-cycle series up to this many rows get a marker per cycle; longer ones would be a smear. */
	private static final int MAX_MARKED_ROWS = 400;

	/** An axis title names up to this many quantities; more would not fit along the axis. */
	static final int MAX_NAMED_COLUMNS = 4;

	private Plots() {
	}

	/** Against time, the voltage and then the overpotential come first: what a designer looks at first in a run. */
	private static final List<String> TIME_FIRST = List.of("voltage", "overpotential|polarisation|polarization");

	/** Per cycle, the paper's quantities come first: retention, capacity, Coulombic efficiency, overpotential. */
	private static final List<String> CYCLE_FIRST = List.of("retention", "capacity", "efficiency", "overpotential");

	/** A group's place in the chooser: the best rank of its columns' names; the rest keep their column order. */
	private static int rank(Series series, List<Integer> columns) {
		List<String> first = TIME.equals(series.columns().get(0).name()) ? TIME_FIRST : CYCLE_FIRST;
		int best = first.size();
		for (int c : columns) {
			String name = series.columns().get(c).name().toLowerCase(Locale.ROOT);
			for (int r = 0; r < best; r++) {
				for (String word : first.get(r).split("\\|")) {
					if (name.contains(word)) {
						best = r;
					}
				}
			}
		}
		return best;
	}

	/**
	 * Which chart a column goes on: its unit, so quantities of one unit share an axis; but a
	 * dimensionless column gets a chart of its own, since a retention, an efficiency and a Π are
	 * different quantities that merely share the absence of a unit.
	 */
	public static String groupOf(Column column) {
		String unit = column.unit();
		return unit == null || unit.isBlank() || Column.DIMENSIONLESS.equals(unit.strip())
				? Column.DIMENSIONLESS + ":" + column.name()
				: unit;
	}

	/**
	 * The charts of a series: its first column is the abscissa; the other columns are grouped by
	 * unit, one chart per unit (voltage and overpotential [mV] together, current density [mA/cm2] on
	 * its own) and one per dimensionless quantity ({@link #groupOf}), the quantities people look at
	 * first at the top. Columns with no finite value are left out.
	 */
	public static List<Plot> of(String seriesName, Series asWritten) {
		Series series = asWritten.smallVoltsInMillivolts();
		Column x = series.columns().get(0);
		double[] xs = series.column(0);
		Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
		for (int c = 1; c < series.columns().size(); c++) {
			if (hasFinite(series.column(c))) {
				byUnit.computeIfAbsent(groupOf(series.columns().get(c)), u -> new ArrayList<>()).add(c);
			}
		}
		List<Map.Entry<String, List<Integer>>> groups = new ArrayList<>(byUnit.entrySet());
		groups.sort(Comparator.comparingInt(g -> rank(series, g.getValue())));
		boolean markers = CYCLE.equals(x.name()) && series.rowCount() <= MAX_MARKED_ROWS;
		String title = UnitText.words(seriesName);
		List<Plot> plots = new ArrayList<>();
		for (Map.Entry<String, List<Integer>> group : groups) {
			List<Trace> traces = new ArrayList<>();
			List<String> names = new ArrayList<>();
			int k = 0;
			for (int c : group.getValue()) {
				Column y = series.columns().get(c);
				names.add(y.name());
				traces.add(new Trace(UnitText.capitalise(y.name()), seriesName, x, xs, y, series.column(c),
						ChartColours.colour(k++), Dash.SOLID, markers));
			}
			String quantity = names.size() <= MAX_NAMED_COLUMNS ? String.join(", ", names) : "value";
			String name = byUnit.size() == 1 ? seriesName : seriesName + "." + fileSafe(names.get(0));
			plots.add(new Plot(name, title, new PlotAxis(x.name(), x.unit()),
					new PlotAxis(quantity, series.columns().get(group.getValue().get(0)).unit()), traces));
		}
		return plots;
	}

	/**
	 * A chart of a per-cycle scalar of summary.json (such as the capacity retention), for results
	 * that carry it only there.
	 */
	public static Plot ofCycleMap(String name, String quantity, String unit, SortedMap<Integer, Double> values) {
		double[] cycles = new double[values.size()];
		double[] v = new double[values.size()];
		int k = 0;
		for (Map.Entry<Integer, Double> e : values.entrySet()) {
			cycles[k] = e.getKey();
			v[k++] = e.getValue();
		}
		Column x = Column.dimensionless(CYCLE);
		Column y = new Column(quantity, unit);
		Trace t = new Trace(UnitText.capitalise(quantity), name, x, cycles, y, v, ChartColours.colour(0), Dash.SOLID,
				values.size() <= MAX_MARKED_ROWS);
		return new Plot(name, UnitText.words(name), new PlotAxis(CYCLE, Column.DIMENSIONLESS),
				new PlotAxis(quantity, unit), List.of(t));
	}

	/**
	 * Several runs' versions of one chart on the same axes: a colour per run, a dash per quantity.
	 *
	 * @param runs  a label per run ("inverted", "upright")
	 * @param plots the chart of each run, in the same order; null where a run has no such chart
	 */
	public static Plot overlay(List<String> runs, List<Plot> plots) {
		if (runs.size() != plots.size()) {
			throw new IllegalArgumentException(runs.size() + " runs but " + plots.size() + " plots");
		}
		Plot first = plots.stream().filter(p -> p != null).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no run has this chart"));
		List<Trace> traces = new ArrayList<>();
		for (int r = 0; r < runs.size(); r++) {
			Plot p = plots.get(r);
			if (p == null) {
				continue;
			}
			for (int j = 0; j < p.traces().size(); j++) {
				Trace t = p.traces().get(j);
				String label = p.traces().size() > 1 ? runs.get(r) + " — " + t.label() : runs.get(r);
				traces.add(t.restyled(label, runs.get(r), ChartColours.colour(r),
						Dash.values()[j % Dash.values().length]));
			}
		}
		return new Plot(first.name(), first.title(), first.xAxis(), first.yAxis(), traces);
	}

	/** A name as a file-name part: letters, digits, '.', '_' and '-' kept, the rest '_'. */
	public static String fileSafe(String name) {
		String s = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "");
		return s.isEmpty() || !ResultsFormat.isValidName(s) ? "figure" : s;
	}

	private static boolean hasFinite(double[] v) {
		for (double d : v) {
			if (Double.isFinite(d)) {
				return true;
			}
		}
		return false;
	}
}
