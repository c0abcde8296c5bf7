/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.ui.results.ResultViewer;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.CycleProfiles;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.charts.FieldScale;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.Trace;
import org.anodyne.ui.results.internal.CompareResultsView;
import org.anodyne.ui.results.internal.CycleViewer;
import org.anodyne.ui.results.internal.OverviewViewer;
import org.anodyne.ui.results.internal.RateCapability;
import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.results.internal.TimeSeriesViewer;
import org.anodyne.ui.study.internal.RunStudyJob;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inverted against upright from real runs: the 2D deposition studies of the shipped symmetric
 * examples, made coarse (4 µm grid), solved in the IDE and compared. The inverted host must plate
 * at its bottom and the upright at its top, and the maps must show it.
 */
class RealRunsTest {

	private static final long RUN_TIMEOUT_MS = 10 * 60_000;

	@AfterEach
	void tearDown() {
		IWorkbenchPage page = Ui.page();
		IViewReference ref = page.findViewReference(ResultsUi.COMPARE_VIEW_ID);
		if (ref != null) {
			page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
			page.hideView(ref);
		}
	}

	private static Path examples() {
		String dir = System.getProperty("anodyne.test.examples");
		return dir != null ? Path.of(dir) : Path.of("..", "..", "examples");
	}

	/** Solves an example's studies whose ids start with a prefix, on a 4 µm grid, into the project; returns their result folders. */
	private static List<Path> solve(IProject project, String example, String name, String studyPrefix)
			throws Exception {
		return solve(project, example, name, studyPrefix, s -> {
		});
	}

	/** As {@link #solve(IProject, String, String, String)}, with each study changed first. */
	private static List<Path> solve(IProject project, String example, String name, String studyPrefix,
			Consumer<Study> tweak) throws Exception {
		LoadResult loaded = DesignResources.load(examples().resolve(example));
		assertTrue(loaded.ok(), "example " + example + " does not load: " + loaded.diagnostics());
		CellDesign design = loaded.design();
		List<Study> others = new ArrayList<>(
				design.getStudies().stream().filter(s -> !s.getId().startsWith(studyPrefix)).toList());
		design.getStudies().removeAll(others);
		assertFalse(design.getStudies().isEmpty(), "no study " + studyPrefix + "… in " + example);
		design.getStudies().forEach(s -> s.getSolver().setGridSpacing(4));
		design.getStudies().forEach(tweak);
		Path file = Ui.location(project).resolve(name + ".anodyne");
		DesignResources.save(design, file);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		RunStudyJob job = new RunStudyJob(project.getFile(name + ".anodyne"), List.of(), false);
		job.schedule();
		Ui.waitUntil("the runs of " + name, RUN_TIMEOUT_MS,
				() -> job.getState() == Job.NONE && Job.getJobManager().find(RunStudyJob.FAMILY).length == 0);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		for (Path written : job.writtenResults()) {
			assertEquals(StudyStatus.OK, StudyResult.read(written).summary().status(), written.toString());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return job.writtenResults();
	}

	/** Solves an example's deposition study and returns its result folder in the workspace. */
	private static IFolder solveDeposition(IProject project, String example, String name) throws Exception {
		Path written = solve(project, example, name, "deposition").get(0);
		return project.getFolder(Ui.location(project).relativize(written).toString());
	}

	@Test
	void invertedPlatesAtTheBottomAndUprightAtTheTopOnOneColourScale() throws Exception {
		IProject project = Ui.project("real");
		IFolder inverted = solveDeposition(project, "li-cc-symmetric-inverted.anodyne", "li-cc-inverted");
		IFolder upright = solveDeposition(project, "li-cc-symmetric-upright.anodyne", "li-cc-upright");

		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		ProjectExplorer explorer = (ProjectExplorer) Ui.page().showView(ProjectExplorer.VIEW_ID);
		explorer.selectReveal(new StructuredSelection(new Object[]{inverted, upright}));
		Ui.settle(200);
		explorer.getSite().getService(IHandlerService.class).executeCommand(ResultsUi.COMPARE_COMMAND, null);
		CompareResultsView view = (CompareResultsView) Ui.page().findView(ResultsUi.COMPARE_VIEW_ID);
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.settle(400);

		view.showTab("figures");
		int row = -1;
		TableItem[] rows = view.figuresTable().getItems();
		for (int k = 0; k < rows.length; k++) {
			if (rows[k].getText(0).equals(ScalarNames.describe(ScalarNames.BOTTOM_FRACTION).orElseThrow().label())) {
				row = k;
			}
		}
		assertTrue(row >= 0, "a bottom-fraction row among " + Arrays.stream(rows).map(r -> r.getText(0)).toList());
		double invertedBottom = Double.parseDouble(rows[row].getText(1));
		double uprightBottom = Double.parseDouble(rows[row].getText(2));
		assertDefaultChartIsWhereTheRunsDifferMost(view);
		assertTrue(invertedBottom > 0.8, "inverted bottom fraction " + invertedBottom);
		assertTrue(uprightBottom < 0.2, "upright bottom fraction " + uprightBottom);

		view.showTab("maps");
		Ui.settle(400);
		List<FieldMapPanel> maps = view.maps();
		assertEquals(2, maps.size());
		assertEquals("newMetal", maps.get(0).getArray().name(), "the maps open on the new metal");
		assertEquals(maps.get(0).getScale(), maps.get(1).getScale(), "one colour scale for both runs");
		assertEquals(FieldScale.Palette.OCCUPANCY, maps.get(0).getScale().palette());
		assertTrue(maps.get(0).showsProfile());
		assertEquals(maps.get(0).profileScale().max(), maps.get(1).profileScale().max(), 1e-12,
				"the profiles beside the maps share their scale");
		double[] down = maps.get(0).rowProfile();
		double[] up = maps.get(1).rowProfile();
		assertTrue(lowerHalf(down) > 0.5 && lowerHalf(down) > lowerHalf(up) + 0.3, "the inverted map's new metal lies "
				+ "low, the upright's high: " + lowerHalf(down) + " vs " + lowerHalf(up)
				+ " of the row means in the lower half");
		int mapHeight = maps.get(0).getSize().y;
		assertTrue(mapHeight > 600, "the maps use the height of the maximised view: " + mapHeight + " px");
		Path shot = Ui.screenshot("compare-inverted-vs-upright");
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_RESTORED);
		openEveryViewer(inverted, "results-deposition-inverted");
		openEveryViewer(upright, "results-deposition-upright");
		Ui.page().closeAllEditors(false);
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED);
		view.showTab("maps");
		Ui.settle(300);
		assertTrue(Files.size(shot) > 10_000);

		double height = maps.get(0).viewUm()[3];
		assertTrue(maps.get(0).zoomToNewMetal() && maps.get(1).zoomToNewMetal());
		Ui.settle(300);
		double[] low = maps.get(0).viewUm();
		double[] high = maps.get(1).viewUm();
		assertTrue(low[3] < height / 2, "the inverted map zooms onto its lower half: " + Arrays.toString(low));
		assertTrue(high[2] > height / 2, "the upright map zooms onto its upper half: " + Arrays.toString(high));
		assertEquals(0, low[0], 1e-9, "the whole width stays in view");
		Ui.screenshot("compare-inverted-vs-upright-zoomed");
	}

	@Test
	void rateCapabilityOfTheInvertedCellFromItsThreeCycleLifeStudies() throws Exception {
		IProject project = Ui.project("rate");
		List<StudyResult> results = new ArrayList<>();
		for (Path p : solve(project, "li-cc-symmetric-inverted.anodyne", "li-cc-inverted", "life-")) {
			results.add(StudyResult.read(p));
		}
		assertEquals(3, results.size(), "the 0.25, 1 and 5 mA/cm2 cycle-life studies");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		CompareResultsView view = (CompareResultsView) Ui.page().showView(ResultsUi.COMPARE_VIEW_ID);
		view.setResults(results);
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED);
		view.showTab("rate capability");
		Ui.settle(300);
		assertNotNull(view.rateChart(), "three rates of one cell make a rate-capability chart");
		List<Trace> traces = view.rateChart().getPlot().traces();
		assertEquals(1, traces.size(), "one cell");
		Trace.Points p = traces.get(0).within(0, 10);
		assertArrayEquals(new double[]{0.25, 1, 5}, p.x(), 1e-9,
				"the protocols' current densities, from the voltage traces");
		List<StudyResult> byRate = new ArrayList<>(results);
		byRate.sort(Comparator.comparing(
				r -> r.summary().study().contains("0.25") ? 0 : r.summary().study().contains(" 1 ") ? 1 : 2));
		for (int k = 0; k < 3; k++) {
			assertEquals(byRate.get(k).summary().number(ScalarNames.CYCLES_TO_FAILURE).orElseThrow(), p.y()[k], 1e-9,
					byRate.get(k).summary().study());
		}
		Ui.screenshot("compare-rate-capability-real");
		view.showRate(RateCapability.Figure.HOURS);
		Ui.settle(200);
		Ui.screenshot("compare-rate-capability-real-hours");
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_RESTORED);
		for (StudyResult r : byRate) {
			openEveryViewer(project.getFolder(Ui.location(project).relativize(r.directory()).toString()),
					"results-symmetric-life-" + r.directory().getFileName());
		}
		Ui.page().closeAllEditors(false);
	}

	/**
	 * The life results of the other shipped examples than the inverted Cu-cloth cells: symmetric
	 * upright cloth and Cu foam cells (cut short, so a censored run too), the Cu-foil full cell, both
	 * fabric full cells and a rate-capability run.
	 */
	@Test
	void everyViewerOpensOnTheOtherExamplesLivesWithoutAnError() throws Exception {
		IProject project = Ui.project("lives");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		record Example(String file, String studyPrefix, int maxCycles) {
		}
		for (Example e : List.of(new Example("li-cc-symmetric-upright.anodyne", "life-1-upright", 60),
				new Example("li-cufoam-symmetric-inverted.anodyne", "life-", 40),
				new Example("li-cufoam-symmetric-upright.anodyne", "life-", 40),
				new Example("li-cu-foil-lfp-full.anodyne", "life-", 40),
				new Example("li-fabric-lfp-full-inverted.anodyne", "life-", 40),
				new Example("li-fabric-lfp-full-upright.anodyne", "life-", 40),
				new Example("li-cc-lfp-rate-inverted.anodyne", "rate-0.2c", 5))) {
			String name = e.file().replace(".anodyne", "");
			List<Path> written = solve(project, e.file(), name, e.studyPrefix(),
					s -> s.getSolver().setMaxCycles(e.maxCycles()));
			for (Path p : written) {
				openEveryViewer(project.getFolder(Ui.location(project).relativize(p).toString()),
						"results-life-" + name);
			}
		}
		Ui.page().closeAllEditors(false);
	}

	@Test
	void everyViewerOpensOnAFullCellLifeWithoutAnError() throws Exception {
		IProject project = Ui.project("full");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		for (String cell : List.of("inverted", "upright")) {
			List<Path> written = solve(project, "li-cc-lfp-full-" + cell + ".anodyne", "full-" + cell, "life-",
					s -> s.getSolver().setMaxCycles(120));
			IFolder result = project.getFolder(Ui.location(project).relativize(written.get(0)).toString());
			openEveryViewer(result, "results-full-cell-life-" + cell);
			assertVoltageAgainstCapacityPerCycle(result, StudyResult.read(written.get(0)).series("cycles"),
					"results-full-cell-life-" + cell + "-voltage-capacity");
		}
		Ui.page().closeAllEditors(false);
	}

	/**
	 * The Cycles viewer offers voltage against capacity for cycles 1, 10, 50, 100 and the last, a charge
	 * and a discharge curve each, whose capacities are the study's own per-cycle records; photographed.
	 */
	private static void assertVoltageAgainstCapacityPerCycle(IFolder result, Series records, String screenshot)
			throws Exception {
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(Ui.page(), result.getFile("summary.json"));
		CycleViewer viewer = (CycleViewer) editor.showViewer("org.anodyne.ui.results.cycles").orElseThrow();
		List<Plot> plots = viewer.plots();
		int k = plots.stream().map(Plot::name).toList().indexOf(CycleProfiles.NAME);
		assertTrue(k >= 0, "no voltage-capacity chart among " + plots.stream().map(Plot::title).toList());
		viewer.select(k);
		Ui.settle(150);
		Plot plot = plots.get(k);
		int last = (int) records.column("cycle")[records.rowCount() - 1];
		String expected = "Voltage vs capacity, cycles "
				+ String.join(", ", List.of(1, 10, 50, 100).stream().filter(c -> c < last).map(String::valueOf)
						.toList())
				+ ", " + last;
		assertEquals(expected, plot.title());
		for (int row : new int[]{0, records.rowCount() - 1}) {
			int cycle = (int) records.column("cycle")[row];
			for (String half : List.of("charge", "discharge")) {
				double recorded = records.column(half + " capacity")[row];
				Trace trace = plot.traces().stream().filter(t -> t.label().equals("Cycle " + cycle + " " + half))
						.findFirst().orElse(null);
				if (recorded == 0) {
					// A cell that failed while charging has no discharge in its last cycle, and no curve of it.
					assertNull(trace, half + " curve of cycle " + cycle + ", whose record has none");
					continue;
				}
				assertNotNull(trace, "no " + half + " curve of cycle " + cycle);
				double[] q = trace.within(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).x();
				assertEquals(recorded, q[q.length - 1], 1e-3 * recorded,
						half + " capacity of cycle " + cycle + " against the study's record");
			}
		}
		Ui.screenshot(screenshot);
	}

	/** Viewer contributions of the results editor, in the order a user would look at them. */
	private static final List<String> VIEWERS = List.of("org.anodyne.ui.results.timeSeries",
			"org.anodyne.ui.results.cycles", "org.anodyne.ui.results.fieldMaps", "org.anodyne.ui.results.otherSeries",
			"org.anodyne.ui.results.overview");

	/**
	 * Opens a result, brings every viewer to front and shows every chart each offers, and fails on
	 * any ERROR logged meanwhile; photographs the overview and the first chart viewer.
	 */
	private static void openEveryViewer(IFolder result, String screenshot) throws Exception {
		List<String> errors = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				synchronized (errors) {
					errors.add(
							status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
				}
			}
		};
		Platform.addLogListener(listener);
		try {
			result.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
			ResultsEditor editor = (ResultsEditor) IDE.openEditor(Ui.page(), result.getFile("summary.json"));
			Ui.settle(200);
			boolean photographed = false;
			for (String id : VIEWERS) {
				ResultViewer viewer = editor.showViewer(id).orElse(null);
				Ui.settle(150);
				List<Plot> plots = viewer instanceof TimeSeriesViewer t
						? t.plots()
						: viewer instanceof CycleViewer c ? c.plots() : List.of();
				for (int k = plots.size() - 1; k >= 0; k--) {
					if (viewer instanceof TimeSeriesViewer t) {
						t.select(k);
					} else {
						((CycleViewer) viewer).select(k);
					}
					Ui.settle(60);
				}
				if (viewer != null && !photographed && !(viewer instanceof OverviewViewer)) {
					Ui.screenshot(screenshot + "-charts");
					photographed = true;
				}
			}
			Ui.screenshot(screenshot);
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), errors, "errors logged while showing " + result);
	}

	/**
	 * Compare opens on the chart where the two runs differ most, and says so: on the shipped
	 * inverted and upright cells that is not the charge passed, which both pass alike.
	 */
	private static void assertDefaultChartIsWhereTheRunsDifferMost(CompareResultsView view) throws Exception {
		List<String> labels = view.chartLabels();
		int shown = labels.indexOf(view.shownChartLabel());
		assertTrue(shown >= 0, view.shownChartLabel() + " among " + labels);
		double opening = view.openingDivergence();
		for (int k = 0; k < labels.size(); k++) {
			double d = view.divergence(k);
			assertTrue(Double.isNaN(d) || d <= opening,
					labels.get(k) + " differs more (" + d + ") than the chart opened on, "
							+ labels.get(shown) + " (" + opening + ")");
		}
		assertFalse(labels.get(shown).startsWith("Deposition — Charge"), "opened on " + labels.get(shown));
		assertTrue(opening > 0.05, "the runs differ on " + labels.get(shown) + ": " + opening);
		assertTrue(view.messageText().contains("differ most"), view.messageText());
		Ui.screenshot("compare-opens-where-runs-differ");
	}

	/** The share of a row profile's total in its lower half of rows. */
	private static double lowerHalf(double[] profile) {
		double lower = 0;
		double all = 0;
		for (int j = 0; j < profile.length; j++) {
			all += profile[j];
			if (j < profile.length / 2) {
				lower += profile[j];
			}
		}
		return all > 0 ? lower / all : Double.NaN;
	}
}
