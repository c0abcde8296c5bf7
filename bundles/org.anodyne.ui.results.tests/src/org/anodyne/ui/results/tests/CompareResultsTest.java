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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.ChartColours;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.charts.Trace;
import org.anodyne.ui.results.internal.CompareResultsView;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inverted against upright: Compare Results from the Project Explorer, on the same scales. */
class CompareResultsTest {

	private IProject project;
	private IFolder inverted;
	private IFolder upright;

	@BeforeEach
	void setUp() throws Exception {
		project = Ui.project("compare");
		Path root = Ui.location(project).resolve("results");
		ResultFixtures.cycleLife(root.resolve("li-cc-inverted/life"), "life", "li-cc-inverted", 60, 0.9998);
		ResultFixtures.cycleLife(root.resolve("li-cc-upright/life"), "life", "li-cc-upright", 30, 0.995);
		ResultFixtures.deposition(root.resolve("li-cc-inverted/plate"), "plate", "li-cc-inverted", true);
		ResultFixtures.deposition(root.resolve("li-cc-upright/plate"), "plate", "li-cc-upright", false);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		inverted = project.getFolder("results/li-cc-inverted/life");
		upright = project.getFolder("results/li-cc-upright/life");
	}

	@AfterEach
	void tearDown() {
		IWorkbenchPage page = Ui.page();
		IViewReference ref = page.findViewReference(ResultsUi.COMPARE_VIEW_ID);
		if (ref != null) {
			page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
			page.hideView(ref);
		}
	}

	/** Selects folders in the Project Explorer and runs Compare Results as its context menu does. */
	private CompareResultsView compare(IFolder... folders) throws Exception {
		ProjectExplorer explorer = (ProjectExplorer) Ui.page().showView(ProjectExplorer.VIEW_ID);
		explorer.selectReveal(new StructuredSelection(folders));
		Ui.settle(200);
		IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
		handlers.executeCommand(ResultsUi.COMPARE_COMMAND, null);
		CompareResultsView view = (CompareResultsView) Ui.page().findView(ResultsUi.COMPARE_VIEW_ID);
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.settle(400);
		return view;
	}

	@Test
	void runsAreOverlaidInTheirOwnColoursOnOneScale() throws Exception {
		CompareResultsView view = compare(inverted, upright);
		assertEquals(List.of("li-cc-inverted", "li-cc-upright"), view.runLabels(),
				"same study name in both designs: the runs go by their designs' names");
		assertEquals("Voltage trace — Voltage, overpotential [mV]", view.chartLabels().get(0));
		assertEquals("Cycles — Coulombic efficiency", view.shownChartLabel(),
				"it opens where the runs differ most: 99.98 % against 99.5 % per cycle, the rest alike or following from it");
		assertTrue(view.messageText().contains("'Cycles — Coulombic efficiency', the chart where the runs differ most"),
				view.messageText());
		view.selectChart(0);
		ChartPanel overlay = view.overlayChart();
		List<Trace> traces = overlay.getPlot().traces();
		assertEquals(List.of("li-cc-inverted — Voltage", "li-cc-inverted — Overpotential", "li-cc-upright — Voltage",
				"li-cc-upright — Overpotential"), traces.stream().map(Trace::label).toList());
		assertEquals(ChartColours.colour(0), traces.get(0).colour());
		assertEquals(ChartColours.colour(1), traces.get(2).colour());
		assertEquals(Trace.Dash.DASH, traces.get(1).dash(), "quantities of one run differ by dash");
		assertEquals("Time [h]", overlay.getChart().getAxisSet().getXAxis(0).getTitle().getText());
		assertEquals(0, overlay.visibleX()[0], 1e-9);
		assertEquals(60 * ResultFixtures.HOURS_PER_CYCLE - ResultFixtures.time(1), overlay.visibleX()[1], 1e-9,
				"the axis runs to the end of the longer life");
	}

	@Test
	void sideBySideChartsShareTheirScalesAndZoomTogether() throws Exception {
		CompareResultsView view = compare(inverted, upright);
		view.showTab("side by side");
		view.selectChart(view.chartLabels().indexOf("Cycles — Discharge capacity [mAh/cm²]"));
		Ui.settle(300);
		List<ChartPanel> charts = view.sideBySideCharts();
		assertEquals(2, charts.size());
		assertArrayEquals(charts.get(0).visibleX(), charts.get(1).visibleX(), 1e-12);
		assertArrayEquals(charts.get(0).visibleY(), charts.get(1).visibleY(), 1e-12);
		assertEquals("li-cc-upright — Cycles", charts.get(1).getChart().getTitle().getText());
		assertEquals(30, charts.get(1).displayedPoints(0));
		charts.get(0).zoomX(5, 20);
		Ui.settle(100);
		assertArrayEquals(new double[]{5, 20}, charts.get(1).visibleX(), 1e-12, "zoom is linked");
	}

	@Test
	void mapsSideBySideHaveOneColourScaleAndOneTimeSlider() throws Exception {
		CompareResultsView view = compare(project.getFolder("results/li-cc-inverted/plate"),
				project.getFolder("results/li-cc-upright/plate"));
		view.showTab("maps");
		Ui.settle(300);
		List<FieldMapPanel> maps = view.maps();
		assertEquals(2, maps.size());
		assertEquals(maps.get(0).getScale(), maps.get(1).getScale());
		assertEquals(maps.get(0).getFrame().timeSeconds(), maps.get(1).getFrame().timeSeconds(), 0);
		assertTrue(maps.get(0).getTitle().startsWith("li-cc-inverted — New metal"), maps.get(0).getTitle());
		Path shot = Ui.screenshot("compare-maps");
		assertTrue(Files.size(shot) > 10_000);
	}

	@Test
	void keyFiguresAreTabulatedRunByRun() throws Exception {
		CompareResultsView view = compare(inverted, upright);
		view.showTab("figures");
		TableItem[] rows = view.figuresTable().getItems();
		assertEquals("Status", rows[0].getText(0));
		assertEquals("Cycles to failure", rows[1].getText(0));
		assertEquals("60 cycles", rows[1].getText(1));
		assertEquals("30 cycles", rows[1].getText(2));
	}

	@Test
	void comparisonExportsAndIsPhotographed(@TempDir Path out) throws Exception {
		CompareResultsView view = compare(inverted, upright);
		view.showTab("overlay");
		view.selectChart(0);
		view.overlayChart().zoomX(230, 250);
		Ui.settle(300);
		Path shot = Ui.screenshot("compare-overlay");
		assertTrue(Files.size(shot) > 10_000);
		ResultFigure overlay = view.activeFigure().orElseThrow();
		overlay.writeCsv(out.resolve("overlay.csv"));
		List<String> csv = Files.readAllLines(out.resolve("overlay.csv"));
		assertEquals("li-cc-inverted: time [h],li-cc-inverted: voltage [mV],li-cc-inverted: overpotential [mV],"
				+ "li-cc-upright: time [h],li-cc-upright: voltage [mV],li-cc-upright: overpotential [mV]", csv.get(0));
		assertEquals(1 + 20 * ResultFixtures.ROWS_PER_CYCLE / 8 + 1, csv.size(),
				"the inverted run's rows from 230 h to 250 h; the upright run ended at 240 h");

		view.showTab("side by side");
		Ui.settle(300);
		ResultFigure row = view.activeFigure().orElseThrow();
		row.writePng(out.resolve("row.png"));
		row.writeSvg(out.resolve("row.svg"));
		ImageData png = new ImageData(out.resolve("row.png").toString());
		assertTrue(png.width > 400 && png.height > 200, png.width + " × " + png.height);
		var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("row.svg").toFile());
		assertEquals(1, svg.getElementsByTagName("svg").getLength(), "one drawing");
		int panels = 0;
		var groups = svg.getElementsByTagName("g");
		for (int k = 0; k < groups.getLength(); k++) {
			if (((org.w3c.dom.Element) groups.item(k)).getAttribute("transform").startsWith("translate(")) {
				panels++;
			}
		}
		assertEquals(2, panels, "one panel per run, placed side by side");
		assertEquals(2, svg.getElementsByTagName("clipPath").getLength(), "each run's traces clipped to its plot area");
		Ui.screenshot("compare-side-by-side");
	}
}
