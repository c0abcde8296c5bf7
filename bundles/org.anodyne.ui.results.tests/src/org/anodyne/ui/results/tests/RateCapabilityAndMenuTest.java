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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.StudyResult;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.Trace;
import org.anodyne.ui.results.internal.CompareResultsView;
import org.anodyne.ui.results.internal.RateCapability;
import org.anodyne.ui.testing.Ui;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rate capability of cycle-life runs at several current densities, and where the study commands sit in the menus. */
class RateCapabilityAndMenuTest {

	@AfterEach
	void tearDown() {
		IWorkbenchPage page = Ui.page();
		IViewReference ref = page.findViewReference(ResultsUi.COMPARE_VIEW_ID);
		if (ref != null) {
			page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
			page.hideView(ref);
		}
	}

	@Test
	void cycleLifeRunsAtThreeCurrentDensitiesGiveARateCapabilityChart(@TempDir Path dir) throws Exception {
		// The faster the cycling, the shorter the life: 120, 60 and 30 cycles at 0.25, 1 and 5 mA/cm2, written unsorted.
		List<StudyResult> results = new ArrayList<>();
		results.add(
				StudyResult.read(ResultFixtures.cycleLife(dir.resolve("inv/life-1"), "life 1", "inv", 60, 0.999, 1.0)));
		results.add(
				StudyResult.read(ResultFixtures.cycleLife(dir.resolve("inv/life-5"), "life 5", "inv", 30, 0.999, 5.0)));
		results.add(StudyResult
				.read(ResultFixtures.cycleLife(dir.resolve("inv/life-0.25"), "life 0.25", "inv", 120, 0.999, 0.25)));
		CompareResultsView view = (CompareResultsView) Ui.page().showView(ResultsUi.COMPARE_VIEW_ID);
		view.setResults(results);
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED);
		view.showTab("rate capability");
		Ui.settle(300);
		ChartPanel chart = view.rateChart();
		assertNotNull(chart, "cycle-life runs of one cell at three rates make a rate-capability chart");
		List<Trace> traces = chart.getPlot().traces();
		assertEquals(1, traces.size(), "one cell, one line");
		assertEquals("Current density [mA/cm²]", chart.getChart().getAxisSet().getXAxis(0).getTitle().getText());
		Trace.Points p = traces.get(0).within(0, 10);
		assertArrayEquals(new double[]{0.25, 1, 5}, p.x(), 1e-12,
				"current densities read from the voltage traces, sorted");
		assertArrayEquals(new double[]{120, 60, 30}, p.y(), 1e-12, "cycles to failure of each run");

		view.showRate(RateCapability.Figure.HOURS);
		Trace.Points hours = view.rateChart().getPlot().traces().get(0).within(0, 10);
		assertArrayEquals(new double[]{120 * ResultFixtures.HOURS_PER_CYCLE, 60 * ResultFixtures.HOURS_PER_CYCLE,
				30 * ResultFixtures.HOURS_PER_CYCLE}, hours.y(), 1e-9);
		Path shot = Ui.screenshot("compare-rate-capability");
		assertTrue(Files.size(shot) > 10_000);
	}

	@Test
	void runsAtOneCurrentDensityHaveNoRateCapability(@TempDir Path dir) throws Exception {
		List<StudyResult> results = List.of(
				StudyResult.read(ResultFixtures.cycleLife(dir.resolve("a/life"), "life", "a", 60, 0.999, 1.0)),
				StudyResult.read(ResultFixtures.cycleLife(dir.resolve("b/life"), "life", "b", 30, 0.999, 1.0)));
		CompareResultsView view = (CompareResultsView) Ui.page().showView(ResultsUi.COMPARE_VIEW_ID);
		view.setResults(results);
		assertNull(view.rateChart(), "inverted against upright at one rate is no rate capability");
	}

	@Test
	void studyCommandsAreInTheDesignMenu() {
		WorkbenchWindow window = (WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MenuManager bar = window.getMenuManager();
		bar.updateAll(true);
		IContributionItem design = bar.find("org.anodyne.ui.menus.design");
		assertTrue(design instanceof MenuManager,
				"a Design menu in " + List.of(bar.getItems()).stream().map(IContributionItem::getId).toList());
		MenuManager menu = (MenuManager) design;
		menu.updateAll(true);
		List<String> ids = List.of(menu.getItems()).stream().map(IContributionItem::getId).toList();
		assertTrue(
				ids.containsAll(List.of(ResultsUi.RUN_STUDY_COMMAND, ResultsUi.COMPARE_COMMAND,
						"org.anodyne.ui.results.openResults")),
				"the study commands in the Design menu: " + ids);
		assertNull(bar.find("org.anodyne.ui.results.menu"), "no Study menu of its own");
	}
}
