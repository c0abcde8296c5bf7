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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.Column;
import org.anodyne.results.Series;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.CycleProfiles;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.Trace;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voltage against capacity per cycle, from a life run's voltage trace and cycle records as the life study
 * writes them (samples at the ends of constant-current steps, two at each switch): capacities are the
 * current integrated over each half, checked against the protocol's numbers.
 */
class CycleProfilesTest {

	private static final double CURRENT = 1.5; // mA/cm2
	private static final int CHARGE_STEPS = 10;
	private static final int DISCHARGE_STEPS = 9;
	private static final double STEP_H = 0.1;

	/** Voltage at step k of a half: a full cell's 3.3 → 3.5 V rising on charge, falling on discharge. */
	private static double volts(int cycle, boolean charge, int k) {
		double base = 3.4 + (charge ? 0.01 : -0.01) * cycle;
		return charge ? base + 0.01 * k : base - 0.01 * k;
	}

	/** A run of {@code cycles} cycles: 1 h of charge then 0.9 h of discharge each, at ±1.5 mA/cm2. */
	private static Series[] run(int cycles, double scale) {
		List<double[]> rows = new ArrayList<>();
		Series.Builder records = Series.builder(Column.dimensionless("cycle"), new Column("start", "h"),
				new Column("end", "h"));
		double t = 0;
		rows.add(new double[]{0, 0, scale * 3.3});
		for (int c = 1; c <= cycles; c++) {
			double start = t;
			rows.add(new double[]{t, CURRENT, scale * volts(c, true, 0)});
			for (int k = 1; k <= CHARGE_STEPS; k++) {
				t += STEP_H;
				rows.add(new double[]{t, CURRENT, scale * volts(c, true, k)});
			}
			rows.add(new double[]{t, -CURRENT, scale * volts(c, false, 0)});
			for (int k = 1; k <= DISCHARGE_STEPS; k++) {
				t += STEP_H;
				rows.add(new double[]{t, -CURRENT, scale * volts(c, false, k)});
			}
			records.add(c, start, t);
		}
		Series.Builder trace = Series.builder(new Column("time", "h"), new Column("current density", "mA/cm2"),
				new Column("voltage", "V"));
		rows.forEach(trace::add);
		return new Series[]{trace.build(), records.build()};
	}

	@Test
	void aFullCellShowsChargeAndDischargeOfCycles1_10_50_100AndTheLast() {
		Series[] run = run(120, 1.0);
		Plot plot = CycleProfiles.of(run[0], run[1]).orElseThrow();
		assertEquals("Voltage vs capacity, cycles 1, 10, 50, 100, 120", plot.title());
		assertEquals("Capacity [mAh/cm²]", plot.xAxis().title());
		assertEquals("Voltage [V]", plot.yAxis().title());
		List<String> labels = plot.traces().stream().map(Trace::label).toList();
		assertEquals(List.of("Cycle 1 charge", "Cycle 1 discharge", "Cycle 10 charge", "Cycle 10 discharge",
				"Cycle 50 charge", "Cycle 50 discharge", "Cycle 100 charge", "Cycle 100 discharge", "Cycle 120 charge",
				"Cycle 120 discharge"), labels);
		for (int c = 0; c < 5; c++) {
			Trace charge = plot.traces().get(2 * c);
			Trace discharge = plot.traces().get(2 * c + 1);
			assertEquals(charge.colour(), discharge.colour(), "one colour per cycle");
			assertEquals(Trace.Dash.SOLID, charge.dash());
			assertEquals(Trace.Dash.DASH, discharge.dash());
			Trace.Points p = charge.within(-1, 100);
			assertEquals(CHARGE_STEPS + 1, p.size(), "every sample of the charge, none of the discharge");
			assertEquals(0, p.x()[0], 0);
			assertEquals(CURRENT * CHARGE_STEPS * STEP_H, p.x()[p.size() - 1], 1e-12, "1.5 mA/cm2 for 1 h");
			Trace.Points d = discharge.within(-1, 100);
			assertEquals(DISCHARGE_STEPS + 1, d.size());
			assertEquals(CURRENT * DISCHARGE_STEPS * STEP_H, d.x()[d.size() - 1], 1e-12, "1.5 mA/cm2 for 0.9 h");
		}
		int cycle = 50;
		Trace.Points p = plot.traces().get(4).within(-1, 100);
		for (int k = 0; k <= CHARGE_STEPS; k++) {
			assertEquals(volts(cycle, true, k), p.y()[k], 1e-12);
			assertEquals(k * CURRENT * STEP_H, p.x()[k], 1e-12);
		}
	}

	@Test
	void aSymmetricCellPlatesAndStripsInMillivoltsAndAShortRunShowsWhatItHas() {
		Series[] run = run(7, 0.01);
		Plot plot = CycleProfiles.of(run[0], run[1]).orElseThrow();
		assertEquals("Voltage vs capacity, cycles 1, 7", plot.title());
		assertEquals("Voltage [mV]", plot.yAxis().title());
		assertEquals(List.of("Cycle 1 plating", "Cycle 1 stripping", "Cycle 7 plating", "Cycle 7 stripping"),
				plot.traces().stream().map(Trace::label).toList());
		assertEquals(1000 * 0.01 * volts(1, true, 0), plot.traces().get(0).within(-1, 100).y()[0], 1e-9);
	}

	@Test
	void withoutTheCycleTimesThereIsNoChart() {
		Series[] run = run(3, 1.0);
		Series noTimes = Series.of(List.of(Column.dimensionless("cycle")), new double[]{1, 2, 3});
		assertTrue(CycleProfiles.of(run[0], noTimes).isEmpty());
	}

	@Test
	void exportsLikeEveryOtherChart(@TempDir Path out) throws Exception {
		Series[] run = run(12, 1.0);
		Plot plot = CycleProfiles.of(run[0], run[1]).orElseThrow();
		Shell shell = new Shell(Display.getDefault());
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(800, 500);
			ChartPanel panel = new ChartPanel(shell, SWT.NONE);
			panel.setPlot(plot);
			shell.layout(true, true);
			panel.writePng(out.resolve("v.png"));
			panel.writeSvg(out.resolve("v.svg"));
			panel.writeCsv(out.resolve("v.csv"));
		} finally {
			shell.dispose();
		}
		assertTrue(Files.size(out.resolve("v.png")) > 1000);
		String svg = Files.readString(out.resolve("v.svg"));
		assertTrue(svg.contains("Cycle 12 discharge") && svg.contains("Capacity"), "legend and axis in the SVG");
		List<String> csv = Files.readAllLines(out.resolve("v.csv"));
		assertTrue(csv.get(0).contains("capacity [mAh/cm2]") && csv.get(0).contains("voltage [V]"), csv.get(0));
	}
}
