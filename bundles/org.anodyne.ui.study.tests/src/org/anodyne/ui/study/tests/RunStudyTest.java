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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.internal.FieldMapViewer;
import org.anodyne.ui.results.internal.OverviewViewer;
import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.results.internal.TimeSeriesViewer;
import org.anodyne.ui.study.internal.RunStudyJob;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run Study from the IDE on the paper's example cells, made short (coarse grid, few cycles): the job
 * writes the same folders as the command line, refreshes the workspace and opens the results.
 */
class RunStudyTest {

	private static final long RUN_TIMEOUT_MS = 10 * 60_000;

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Ui.project("run");
		Ui.page().closeAllEditors(false);
	}

	@AfterEach
	void tearDown() {
		Ui.page().closeAllEditors(false);
	}

	private static Path examples() {
		String dir = System.getProperty("anodyne.test.examples");
		return dir != null ? Path.of(dir) : Path.of("..", "..", "examples");
	}

	/** An example design with only one of its studies, tweaked, saved into the project. */
	private IFile design(String example, String name, String studyId, Consumer<Study> tweak) throws Exception {
		LoadResult loaded = DesignResources.load(examples().resolve(example));
		assertTrue(loaded.ok(), "example " + example + " does not load: " + loaded.diagnostics());
		CellDesign design = loaded.design();
		List<Study> others = new ArrayList<>(
				design.getStudies().stream().filter(s -> !s.getId().equals(studyId)).toList());
		design.getStudies().removeAll(others);
		assertEquals(1, design.getStudies().size(), "no study " + studyId + " in " + example);
		tweak.accept(design.getStudies().get(0));
		Path file = Ui.location(project).resolve(name);
		DesignResources.save(design, file);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project.getFile(name);
	}

	/**
	 * Starts a run, waits for it and the refresh after it, and returns the results editor it opened;
	 * fails with the run's status if it did not finish well.
	 */
	private static ResultsEditor runAndOpen(Runnable start) {
		List<IStatus> done = new ArrayList<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob() instanceof RunStudyJob) {
					synchronized (done) {
						done.add(event.getResult());
					}
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			start.run();
			Ui.waitUntil("the study run", RUN_TIMEOUT_MS, () -> {
				synchronized (done) {
					return !done.isEmpty() && Job.getJobManager().find(RunStudyJob.FAMILY).length == 0;
				}
			});
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		IStatus status = done.get(0);
		assertEquals(IStatus.OK, status.getSeverity(), "the run failed: " + status.getMessage());
		Ui.waitUntil("the results editor", 30_000, () -> Ui.page().getActiveEditor() instanceof ResultsEditor);
		Ui.settle(300);
		return (ResultsEditor) Ui.page().getActiveEditor();
	}

	@Test
	void runStudyOnTwoSelectedDesignsRunsBoth() throws Exception {
		IFile inverted = design("li-cc-symmetric-inverted.anodyne", "inverted.anodyne", "life-5-inverted", s -> {
			s.getSolver().setMaxCycles(10);
			s.getSolver().setGridSpacing(4);
		});
		IFile upright = design("li-cc-symmetric-upright.anodyne", "upright.anodyne", "life-5-upright", s -> {
			s.getSolver().setMaxCycles(10);
			s.getSolver().setGridSpacing(4);
		});
		ProjectExplorer explorer = (ProjectExplorer) Ui.page().showView(ProjectExplorer.VIEW_ID);
		explorer.selectReveal(new StructuredSelection(List.of(inverted, upright)));
		Ui.settle(200);
		List<IStatus> done = new ArrayList<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob() instanceof RunStudyJob) {
					synchronized (done) {
						done.add(event.getResult());
					}
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			explorer.getSite().getService(IHandlerService.class).executeCommand(ResultsUi.RUN_STUDY_COMMAND, null);
			Ui.waitUntil("both study runs", RUN_TIMEOUT_MS, () -> {
				synchronized (done) {
					return done.size() >= 2 && Job.getJobManager().find(RunStudyJob.FAMILY).length == 0;
				}
			});
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		assertEquals(2, done.size(), "one run per selected design");
		for (IStatus status : done) {
			assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
		}
		assertTrue(project.getFile("results/inverted/Cycle_life_at_5_mA%2Fcm2_%28inverted%29/summary.json").exists());
		assertTrue(project.getFile("results/upright/Cycle_life_at_5_mA%2Fcm2_%28upright%29/summary.json").exists(),
				"the second design ran too: " + Arrays.toString(project.getFolder("results").members()));
	}

	@Test
	void runStudyOnADesignInTheProjectExplorerWritesResultsBesideItAndOpensThem() throws Exception {
		IFile file = design("li-cc-symmetric-inverted.anodyne", "inverted.anodyne", "life-5-inverted", s -> {
			s.getSolver().setMaxCycles(20);
			s.getSolver().setGridSpacing(4);
		});
		ProjectExplorer explorer = (ProjectExplorer) Ui.page().showView(ProjectExplorer.VIEW_ID);
		explorer.selectReveal(new StructuredSelection(file));
		Ui.settle(200);
		IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
		ResultsEditor editor = runAndOpen(() -> {
			try {
				handlers.executeCommand(ResultsUi.RUN_STUDY_COMMAND, null);
			} catch (Exception e) {
				throw new AssertionError("Run Study cannot be executed on the selected design: " + e, e);
			}
		});

		IFile summary = project.getFile("results/inverted/Cycle_life_at_5_mA%2Fcm2_%28inverted%29/summary.json");
		assertTrue(summary.exists(), "the workspace shows the result the run wrote");
		StudyResult result = editor.getResult();
		assertEquals(Ui.location(summary).getParent(), result.directory());
		assertEquals(StudyStatus.OK, result.summary().status(), result.summary().message());
		assertEquals("Overview", editor.getTabTitles().get(0), "the run opens on its overview");
		assertTrue(((OverviewViewer) editor.getViewers().get(0)).statusText().startsWith("Finished"));

		TimeSeriesViewer trace = (TimeSeriesViewer) editor.showViewer("org.anodyne.ui.results.timeSeries")
				.orElseThrow();
		Ui.settle(300);
		ChartPanel chart = trace.chart();
		assertEquals("Time [h]", chart.getChart().getAxisSet().getXAxis(0).getTitle().getText());
		assertEquals("Voltage, polarisation [mV]", chart.getChart().getAxisSet().getYAxis(0).getTitle().getText(),
				"the voltage trace comes first, a symmetric cell's in mV");
		int rows = result.series("voltage").rowCount();
		int width = Math.max(100, chart.getChart().getPlotArea().getSize().x);
		Series v = result.series("voltage");
		int expected = Series.of(List.of(v.columns().get(0), v.columns().get(2)), v.column(0), v.column(2))
				.downsample(4 * width).rowCount();
		assertEquals(expected, chart.displayedPoints(0), rows + " rows in the trace");
		Ui.screenshot("run-study-time-series");
	}

	@Test
	void aDepositionRunShowsWhereMetalPlated() throws Exception {
		IFile file = design("li-cc-symmetric-inverted.anodyne", "plate.anodyne", "deposition-inverted", s -> {
			s.getSolver().setGridSpacing(5);
			s.getSolver().setTimeStep(600);
			s.getSolver().setDomainWidth(50);
		});
		ResultsEditor editor = runAndOpen(() -> new RunStudyJob(file, List.of(), true).schedule());
		assertEquals(List.of("Overview", "Field maps", "Time series"), editor.getTabTitles());
		FieldMapViewer maps = (FieldMapViewer) editor.showViewer("org.anodyne.ui.results.fieldMaps").orElseThrow();
		Ui.settle(300);
		FieldMapPanel map = maps.map();
		assertEquals("newMetal", map.getArray().name());
		assertTrue(maps.frameCount() >= 2, maps.frameCount() + " frames");
		assertEquals(10, map.getFrame().nx(), "50 µm wide at 5 µm");
		Ui.screenshot("run-study-deposit-map");
	}

	@Test
	void aFailedStudyEndsWithTheStudyLayersMessageAndNoStackTrace() throws Exception {
		IFile file = design("li-cc-symmetric-inverted.anodyne", "broken.anodyne", "deposition-inverted",
				s -> s.getCell().setTemperature(0));
		RunStudyJob job = new RunStudyJob(file, List.of(), false);
		job.schedule();
		Ui.waitUntil("the failing run", RUN_TIMEOUT_MS, () -> Job.getJobManager().find(RunStudyJob.FAMILY).length == 0);
		IStatus status = job.getResult();
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("cannot run"), status.getMessage());
		assertTrue(status.getMessage().toLowerCase().contains("temperature"), status.getMessage());
		assertNull(status.getException(), "no stack trace for the user");
		Path written = job.writtenResults().get(0);
		assertEquals(StudyStatus.FAILED, StudyResult.read(written).summary().status(), "the failure is recorded too");
	}

	@Test
	void cancellingARunKeepsThePreviousResult() throws Exception {
		IFile file = design("li-cc-symmetric-inverted.anodyne", "long.anodyne", "deposition-inverted", s -> {
			s.getSolver().setGridSpacing(1);
			s.getSolver().setTimeStep(5);
		});
		Path previous = Ui.location(project).resolve("results/long/Plate_1_mAh%2Fcm2_at_0.25_%28inverted%29");
		try (StudyResultWriter out = StudyResultWriter.create(previous)) {
			out.commit(StudySummary.builder("Plate 1 mAh/cm2 at 0.25 (inverted)", ResultsFormat.KIND_DEPOSITION_2D)
					.provenance(new Provenance("0.1.0.test", "long.anodyne", "sha256:00", null, "Li-CC", "li",
							"CarbonCloth",
							Map.of()))
					.message("the previous run").build());
		}
		String before = Files.readString(previous.resolve("summary.json"));
		RunStudyJob job = new RunStudyJob(file, List.of(), false);
		job.schedule();
		Ui.waitUntil("the run to start", 60_000, () -> job.getState() == Job.RUNNING);
		Ui.settle(3000);
		job.cancel();
		Ui.waitUntil("the run to stop", 120_000, () -> job.getState() == Job.NONE);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
		assertEquals(before, Files.readString(previous.resolve("summary.json")), "the previous result stays as it was");
		try (Stream<Path> left = Files.list(previous.getParent())) {
			assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".")),
					"no staging folder left behind");
		}
	}
}
