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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.results.Column;
import org.anodyne.results.Series;
import org.anodyne.results.picture.Axis;
import org.anodyne.ui.results.charts.Divergence;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.PlotCsv;
import org.anodyne.ui.results.charts.Plots;
import org.anodyne.results.picture.SvgExporter;
import org.anodyne.ui.results.charts.ChartPanel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.anodyne.ui.results.charts.Trace.Points;
import org.anodyne.ui.results.charts.Trace;
import org.anodyne.ui.results.charts.UnitText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The toolkit-free parts of the charts: units, scales, thinning, CSV and SVG. */
class ChartsTest {

	@Test
	void unitsReadAsPeopleWriteThem() {
		assertEquals("mA/cm²", UnitText.pretty("mA/cm2"));
		assertEquals("mAh/cm²", UnitText.pretty("mAh/cm2"));
		assertEquals("µm", UnitText.pretty("um"));
		assertEquals("mol/m³", UnitText.pretty("mol/m3"));
		assertEquals("mV", UnitText.pretty("mV"));
		assertEquals("", UnitText.pretty("-"));
		assertEquals("Voltage [mV]", UnitText.axisTitle("voltage", "mV"));
		assertEquals("Coulombic efficiency", UnitText.axisTitle("coulombic efficiency", "-"));
		assertEquals("Voltage trace", UnitText.words("voltage-trace"));
		assertEquals("Max deposit height [µm]", UnitText.scalarLabel("maxDepositHeightUm"));
		assertEquals("First cycle overpotential [mV]", UnitText.scalarLabel("firstCycleOverpotentialMv"));
		assertEquals("Cycles to failure", UnitText.scalarLabel("cyclesToFailure"));
	}

	/**
	 * A symmetric cell's voltage, ±70 mV for 2000 rows then a spike to −5 V as it fails: shown in
	 * mV beside the polarisation, on a scale that the ±70 mV fill and that leaves the spike off, as
	 * its title says; a full cell's 3.4 V stays in volts.
	 */
	@Test
	void aSmallVoltageIsInMillivoltsAndAnEndSpikeStaysOffTheScale() {
		int n = 2000;
		double[] t = new double[n + 3];
		double[] v = new double[n + 3];
		double[] eta = new double[n + 3];
		for (int k = 0; k < t.length; k++) {
			t[k] = k * 0.01;
			v[k] = k >= n ? -5.0 : (k / 100 % 2 == 0 ? 0.07 : -0.07);
			eta[k] = Math.abs(v[k]) * 1000;
		}
		Series symmetric = Series.of(List.of(new Column("time", "h"), new Column("voltage", "V"),
				new Column("polarisation", "mV")), t, v, eta);
		Plot plot = Plots.of("voltage", symmetric).get(0);
		assertEquals("Voltage, polarisation [mV]", plot.yAxis().title());
		assertEquals(-5000, plot.yExtent(0, 100)[0], 1e-9, "the spike is still in the data");
		double[] typical = plot.typicalYExtent(0, 100);
		assertTrue(typical[0] > -300 && typical[0] < -70, "scale down to " + typical[0] + " mV");
		assertTrue(typical[1] >= 70, "scale up to " + typical[1] + " mV");

		double[] full = new double[n];
		Arrays.fill(full, 3.4);
		Series fullCell = Series.of(List.of(new Column("time", "h"), new Column("voltage", "V")),
				Arrays.copyOf(t, n), full);
		assertEquals("Voltage [V]", Plots.of("voltage", fullCell).get(0).yAxis().title());
	}

	/** Retention, efficiency and capacity are charts of their own: dimensionless quantities do not share an axis. */
	@Test
	void dimensionlessQuantitiesEachGetTheirOwnChart() {
		Series cycles = Series.of(List.of(Column.dimensionless("cycle"), new Column("discharge capacity", "mAh/cm2"),
				Column.dimensionless("coulombic efficiency"), Column.dimensionless("retention")),
				new double[]{1, 2}, new double[]{1, 0.99}, new double[]{0.999, 0.998}, new double[]{1, 0.99});
		List<String> titles = Plots.of("cycles", cycles).stream().map(p -> p.yAxis().title()).toList();
		assertEquals(List.of("Retention", "Discharge capacity [mAh/cm²]", "Coulombic efficiency"), titles);
	}

	@Test
	void divergenceRanksChartsByTheirNormalisedDifference() {
		Series a = Series.of(
				List.of(new Column("time", "h"), new Column("charge", "mAh/cm2"), new Column("height", "um")),
				new double[]{0, 1, 2}, new double[]{0, 0.5, 1}, new double[]{0, 10, 20});
		Series b = Series.of(
				List.of(new Column("time", "h"), new Column("charge", "mAh/cm2"), new Column("height", "um")),
				new double[]{0, 1, 2}, new double[]{0, 0.5, 1}, new double[]{0, 5, 10});
		List<Plot> pa = Plots.of("deposition", a);
		List<Plot> pb = Plots.of("deposition", b);
		assertEquals(0, Divergence.of(List.of(pa.get(0), pb.get(0))), 1e-12, "the same charge passed");
		double height = Divergence.of(List.of(pa.get(1), pb.get(1)));
		assertTrue(height > 0.2 && height < 0.5, "heights differ by up to half their range: " + height);
		assertTrue(Double.isNaN(Divergence.of(Arrays.asList(pa.get(1), null))),
				"one run alone has nothing to differ from");
	}

	@Test
	void scaleTicksAreOneTwoOrFiveTimesAPowerOfTen() {
		Axis s = Axis.of(0, 1800, 6, false);
		assertEquals(500, s.step(), 1e-12);
		assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0), s.ticks());
		Axis small = Axis.of(14.2, 15.1, 4, false);
		assertEquals(0.2, small.step(), 1e-12);
		assertEquals("14.4", small.label(14.4));
		assertEquals("2e-5", Axis.of(0, 1e-4, 5, false).label(2e-5));
	}

	@Test
	void seriesGiveAChartPerUnitWithUnitBearingAxes() {
		List<Plot> plots = Plots.of("voltage-trace", ResultFixtures.voltageTrace(2));
		assertEquals(2, plots.size(), "mV and mA/cm2 do not share an axis");
		assertEquals("Time [h]", plots.get(0).xAxis().title());
		assertEquals("Voltage, overpotential [mV]", plots.get(0).yAxis().title());
		assertEquals(List.of("Voltage", "Overpotential"), plots.get(0).traces().stream().map(Trace::label).toList());
		assertEquals("Current density [mA/cm²]", plots.get(1).yAxis().title());
	}

	@Test
	void thinningKeepsEveryPeakAndStaysWithinBudget() {
		Series trace = ResultFixtures.voltageTrace(50);
		Trace t = Plots.of("voltage-trace", trace).get(0).traces().get(0);
		double[] v = trace.column(1);
		double max = Double.NEGATIVE_INFINITY;
		double min = Double.POSITIVE_INFINITY;
		for (double d : v) {
			max = Math.max(max, d);
			min = Math.min(min, d);
		}
		Points shown = t.display(0, 400, 1000);
		assertTrue(shown.size() <= 1000, "thinned to " + shown.size() + " points");
		assertEquals(max, java.util.Arrays.stream(shown.y()).max().getAsDouble(), 0, "the highest voltage survives");
		assertEquals(min, java.util.Arrays.stream(shown.y()).min().getAsDouble(), 0, "the lowest voltage survives");
		Series voltage = Series.of(List.of(trace.columns().get(0), trace.columns().get(1)), trace.column(0), v);
		assertEquals(voltage.downsample(1000).rowCount(), shown.size(),
				"the results format's down-sampler does the thinning");
	}

	@Test
	void zoomingInShowsEveryRowOfTheSpan() {
		Trace t = Plots.of("voltage-trace", ResultFixtures.voltageTrace(10)).get(0).traces().get(0);
		// 0.5 h at one row per 18 s: rows 2000..2100 (in cycle 2), and a neighbour on each side.
		Points shown = t.display(10.0, 10.5, 1000);
		assertEquals(101 + 2, shown.size());
		assertEquals(ResultFixtures.voltage(2000), shown.y()[1], 0);
	}

	@Test
	void csvHoldsTheRangeShownAtFullResolutionWithUnits(@TempDir Path dir) throws IOException {
		Plot p = Plots.of("voltage-trace", ResultFixtures.voltageTrace(3)).get(0);
		Path file = dir.resolve("v.csv");
		PlotCsv.write(p, 8, 16, file);
		List<String> lines = Files.readAllLines(file);
		assertEquals("time [h],voltage [mV],overpotential [mV]", lines.get(0));
		assertEquals(1 + ResultFixtures.ROWS_PER_CYCLE + 1, lines.size(), "8 h to 16 h inclusive, one row per 18 s");
		assertEquals("8," + ResultFixtures.voltage(ResultFixtures.ROWS_PER_CYCLE) + ","
				+ Math.abs(ResultFixtures.voltage(ResultFixtures.ROWS_PER_CYCLE)), lines.get(1));
	}

	@Test
	void overlayCsvGivesEachRunItsColumns(@TempDir Path dir) throws IOException {
		Plot a = Plots.of("cycles", ResultFixtures.cycles(5, 0.99)).get(1);
		Plot b = Plots.of("cycles", ResultFixtures.cycles(3, 0.98)).get(1);
		Plot o = Plots.overlay(List.of("inverted", "upright"), List.of(a, b));
		Path file = dir.resolve("o.csv");
		PlotCsv.write(o, 0, 10, file);
		List<String> lines = Files.readAllLines(file);
		assertEquals(
				"inverted: cycle [-],inverted: coulombic efficiency [-],upright: cycle [-],upright: coulombic efficiency [-]",
				lines.get(0));
		assertEquals(6, lines.size());
		assertEquals("5,0.99,,", lines.get(5));
	}

	@Test
	void svgIsWellFormedWithTitlesLegendAndALinePerTrace() throws Exception {
		Plot p = Plots.of("voltage-trace", ResultFixtures.voltageTrace(2)).get(0);
		Shell shell = new Shell(Display.getDefault());
		String svg;
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(800, 500);
			ChartPanel panel = new ChartPanel(shell, SWT.NONE);
			panel.setPlot(p);
			shell.layout(true, true);
			svg = SvgExporter.toSvg(panel.toScene());
		} finally {
			shell.dispose();
		}
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		NodeList lines = doc.getElementsByTagName("polyline");
		assertEquals(4, lines.getLength(), "a line per trace and one per legend entry");
		assertEquals(1, doc.getElementsByTagName("clipPath").getLength(), "the traces clipped to the plot area");
		String text = doc.getDocumentElement().getTextContent();
		for (String s : new String[]{"Voltage trace", "Time [h]", "Voltage, overpotential [mV]", "Voltage",
				"Overpotential"}) {
			assertTrue(text.contains(s), "SVG lacks '" + s + "'");
		}
	}

	@Test
	void columnsWithoutAnyValueAreLeftOut() {
		Series s = Series.of(List.of(Column.dimensionless("cycle"), new Column("capacity", "mAh/cm2"),
				new Column("cathode capacity", "mAh/cm2")), new double[]{1, 2}, new double[]{1, 0.9},
				new double[]{Double.NaN, Double.NaN});
		List<Plot> plots = Plots.of("cycles", s);
		assertEquals(1, plots.size());
		assertEquals(1, plots.get(0).traces().size());
		assertTrue(plots.get(0).traces().get(0).markers(), "per-cycle values get a marker each");
	}
}
