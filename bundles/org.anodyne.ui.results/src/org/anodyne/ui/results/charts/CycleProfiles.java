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
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.anodyne.results.Column;
import org.anodyne.results.Series;
import org.anodyne.ui.results.charts.Trace.Dash;

/**
 * Voltage against capacity for a few cycles of a life run (1, 10, 50, 100, … and the last), the chart a
 * battery researcher reads a cell's ageing from: against time, a hundred cycles are a dense comb. Read
 * from the result's voltage trace (time, current density, voltage) and its per-cycle records (start and
 * end of each cycle): within a cycle the capacity of each half (current of one sign) is the current
 * density integrated over time from the start of that half, so the curves of all cycles start at 0.
 */
public final class CycleProfiles {

	/** Name of the chart (and of its exported files). */
	public static final String NAME = "voltage-capacity";

	/** The cycles shown when the run has them; the last cycle is always added. */
	static final List<Integer> CYCLES = List.of(1, 10, 50, 100, 200, 500, 1000);

	private static final Column CAPACITY = new Column("capacity", "mAh/cm2");

	private CycleProfiles() {
	}

	/**
	 * The chart, or empty when the result lacks the voltage trace or the cycle records, or has fewer
	 * than one whole cycle.
	 *
	 * @param voltage trace with columns "time" [h], "current density" [mA/cm2] and "voltage" [V]
	 * @param cycles  per-cycle records with columns "cycle", "start" [h] and "end" [h]
	 */
	public static Optional<Plot> of(Series voltage, Series cycles) {
		int time = voltage.indexOf(Plots.TIME);
		int current = voltage.indexOf("current density");
		int volts = voltage.indexOf("voltage");
		if (time < 0 || current < 0 || volts < 0 || cycles.indexOf(Plots.CYCLE) < 0 || cycles.indexOf("start") < 0
				|| cycles.indexOf("end") < 0 || cycles.rowCount() == 0 || !"h".equals(unit(voltage, time))
				|| !"mA/cm2".equals(unit(voltage, current))) {
			return Optional.empty();
		}
		// The one millivolt rule of every chart: a symmetric cell's ±70 mV in mV, a full cell's 3.4 V in V.
		Series shown = Series.of(List.of(voltage.columns().get(time), voltage.columns().get(volts)),
				voltage.column(time), voltage.column(volts)).smallVoltsInMillivolts();
		double[] t = shown.column(0);
		double[] v = shown.column(1);
		double[] j = voltage.column(current);
		Column vColumn = shown.columns().get(1);
		// A full cell's volts stay volts: its halves are charge and discharge; a symmetric cell's, in mV,
		// are plating and stripping on the working electrode.
		boolean full = "V".equals(vColumn.unit());

		double[] number = cycles.column(Plots.CYCLE);
		double[] start = cycles.column("start");
		double[] end = cycles.column("end");
		List<Trace> traces = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int k = 0;
		for (int row : chosenRows(number)) {
			int cycle = (int) Math.round(number[row]);
			List<Trace> halves = halves(t, j, v, start[row], end[row], cycle, vColumn, ChartColours.colour(k),
					full);
			if (!halves.isEmpty()) {
				traces.addAll(halves);
				names.add(Integer.toString(cycle));
				k++;
			}
		}
		if (traces.isEmpty()) {
			return Optional.empty();
		}
		String title = "Voltage vs capacity, cycles " + String.join(", ", names);
		return Optional.of(new Plot(NAME, title, new PlotAxis(CAPACITY.name(), CAPACITY.unit()),
				new PlotAxis(vColumn.name(), vColumn.unit()), traces));
	}

	private static String unit(Series s, int column) {
		return s.columns().get(column).unit();
	}

	/** Rows of the cycles shown: those of {@link #CYCLES} the run reached, and its last. */
	static List<Integer> chosenRows(double[] number) {
		TreeSet<Integer> rows = new TreeSet<>();
		for (int r = 0; r < number.length; r++) {
			if (CYCLES.contains((int) Math.round(number[r]))) {
				rows.add(r);
			}
		}
		rows.add(number.length - 1);
		return new ArrayList<>(rows);
	}

	/**
	 * The two halves of one cycle as traces (the second dashed): from the cycle's first sample with a
	 * current, the run of samples whose current has one sign, then the run of the other sign (rest
	 * between them skipped). Samples sit at the ends of constant-current steps, so a step's current is the
	 * one recorded at its end; two samples share the time of a switch, the earlier one ending the step
	 * before it.
	 */
	static List<Trace> halves(double[] t, double[] j, double[] v, double from, double to, int cycle, Column vColumn,
			int colour, boolean full) {
		List<Trace> out = new ArrayList<>();
		int i = 0;
		while (i < t.length && (t[i] < from || j[i] == 0 || i + 1 < t.length && t[i + 1] == t[i])) {
			i++;
		}
		if (i == t.length || t[i] > to) {
			return out;
		}
		double sign = Math.signum(j[i]);
		for (int half = 0; half < 2; half++, sign = -sign) {
			while (i < t.length && t[i] <= to && j[i] == 0) {
				i++;
			}
			List<double[]> points = new ArrayList<>();
			double q = 0;
			for (; i < t.length && t[i] <= to && Math.signum(j[i]) == sign; i++) {
				if (!points.isEmpty()) {
					q += Math.abs(j[i]) * (t[i] - t[i - 1]);
				}
				points.add(new double[]{q, v[i]});
			}
			if (points.size() > 1) {
				double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
				double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
				String what = full ? (sign > 0 ? "charge" : "discharge") : (sign > 0 ? "plating" : "stripping");
				String label = "Cycle " + cycle + " " + what;
				out.add(new Trace(label, NAME + " " + label, CAPACITY, xs, vColumn, ys, colour,
						half == 0 ? Dash.SOLID : Dash.DASH, false));
			}
		}
		return out;
	}
}
