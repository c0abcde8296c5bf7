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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.anodyne.results.Column;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.ui.results.charts.ChartColours;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.PlotAxis;
import org.anodyne.ui.results.charts.Trace;

/**
 * Rate capability of cycle-life runs: a figure of merit against the current density each run was
 * cycled at, a line per cell. summary.json does not carry the current density (neither among the
 * scalars nor in the provenance's solver settings), so it is read from the run's voltage trace,
 * whose "current density" column is the protocol's current as applied: the largest magnitude in it
 * (for a protocol of several rates, its highest).
 */
public final class RateCapability {

	/** A figure of merit a rate-capability chart can show. */
	public enum Figure {
		CYCLES("Cycles to failure", ScalarNames.CYCLES_TO_FAILURE, "cycles to failure", "-"), HOURS("Hours to failure",
				ScalarNames.HOURS_TO_FAILURE, "hours to failure", "h"), OVERPOTENTIAL("First-cycle overpotential",
						ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV, "first-cycle overpotential", "mV");

		final String label;
		final String scalar;
		final String quantity;
		final String unit;

		Figure(String label, String scalar, String quantity, String unit) {
			this.label = label;
			this.scalar = scalar;
			this.quantity = quantity;
			this.unit = unit;
		}

		public String label() {
			return label;
		}
	}

	/** One run: its cell, the current density it was cycled at [mA/cm²], and its result. */
	public record Point(String cell, double currentDensity, StudyResult result) {
	}

	private final List<Point> points;

	private RateCapability(List<Point> points) {
		this.points = List.copyOf(points);
	}

	/**
	 * The rate capability of these runs, if there is one to show: all are cycle-life runs with a
	 * voltage trace, and one cell at least was run at two or more current densities.
	 */
	public static Optional<RateCapability> of(List<StudyResult> results) throws IOException {
		List<Point> points = new ArrayList<>();
		for (StudyResult r : results) {
			if (!ResultsFormat.KIND_CYCLE_LIFE.equals(r.summary().kind())) {
				return Optional.empty();
			}
			OptionalDouble i = currentDensity(r);
			if (i.isEmpty()) {
				return Optional.empty();
			}
			String cell = r.summary().provenance() == null || r.summary().provenance().cell() == null
					|| r.summary().provenance().cell().isBlank() ? "cell" : r.summary().provenance().cell();
			points.add(new Point(cell, i.getAsDouble(), r));
		}
		Map<String, List<Point>> byCell = byCell(points);
		boolean anyRate = byCell.values().stream()
				.anyMatch(ps -> ps.stream().mapToDouble(Point::currentDensity).distinct().count() >= 2);
		return anyRate ? Optional.of(new RateCapability(points)) : Optional.empty();
	}

	/**
	 * The largest current density magnitude [mA/cm²] of a run's trace (the first series with a
	 * "current density" column in mA/cm², the voltage trace in a cycle-life result), if it has one.
	 */
	static OptionalDouble currentDensity(StudyResult r) throws IOException {
		Optional<String> traced = r.summary().series().stream().filter(e -> e.columns().stream()
				.anyMatch(c -> c.name().equals("current density") && c.unit().equals("mA/cm2"))).map(e -> e.name())
				.findFirst();
		if (traced.isEmpty()) {
			return OptionalDouble.empty();
		}
		double max = 0;
		for (double i : r.series(traced.get()).column("current density")) {
			if (Double.isFinite(i)) {
				max = Math.max(max, Math.abs(i));
			}
		}
		return max > 0 ? OptionalDouble.of(max) : OptionalDouble.empty();
	}

	private static Map<String, List<Point>> byCell(List<Point> points) {
		Map<String, List<Point>> byCell = new LinkedHashMap<>();
		for (Point p : points) {
			byCell.computeIfAbsent(p.cell(), c -> new ArrayList<>()).add(p);
		}
		return byCell;
	}

	/** The runs, in the order compared. */
	public List<Point> points() {
		return points;
	}

	/** The chart of a figure of merit against current density, a line with markers per cell. */
	public Plot plot(Figure figure) {
		List<Trace> traces = new ArrayList<>();
		int k = 0;
		for (Map.Entry<String, List<Point>> e : byCell(points).entrySet()) {
			List<Point> ps = new ArrayList<>(e.getValue());
			ps.sort(Comparator.comparingDouble(Point::currentDensity));
			double[] x = new double[ps.size()];
			double[] y = new double[ps.size()];
			for (int n = 0; n < ps.size(); n++) {
				x[n] = ps.get(n).currentDensity();
				y[n] = ps.get(n).result().summary().number(figure.scalar).orElse(Double.NaN);
			}
			traces.add(new Trace(e.getKey(), e.getKey(), new Column("current density", "mA/cm2"), x,
					new Column(figure.quantity, figure.unit), y, ChartColours.colour(k++), Trace.Dash.SOLID, true));
		}
		return new Plot("rate-capability-" + figure.name().toLowerCase(Locale.ROOT),
				"Rate capability — " + figure.label, new PlotAxis("current density", "mA/cm2"),
				new PlotAxis(figure.quantity, figure.unit), traces);
	}
}
