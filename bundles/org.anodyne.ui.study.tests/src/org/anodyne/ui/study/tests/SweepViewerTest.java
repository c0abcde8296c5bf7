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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.anodyne.results.ScalarNames;
import org.anodyne.results.SweepTable;
import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.results.internal.SweepEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.anodyne.ui.study.internal.RunSweepJob;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run Sweep as a job on a 2 × 2 slice of the example sweep (coarse 2D deposition), and the sweep
 * viewer it opens: the table's rows, the heat map, and a click on a point opening that point's result.
 */
class SweepViewerTest {

	private static final long RUN_TIMEOUT_MS = 10 * 60_000;
	private static final String SWEEP = "Host thickness and current density";

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Ui.project("sweep");
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

	/** The example with its deposition sweep cut to 2 × 2 points on a 5 µm grid, and no life sweep. */
	private IFile design() throws Exception {
		String text = Files.readString(examples().resolve("li-cc-host-thickness-sweep.anodyne"));
		text = text.replaceAll("(?s)\\s*<sweeps id=\"life-.*?</sweeps>", "")
				.replace("<solver gridSpacing=\"4.0\" timeStep=\"120.0\"",
						"<solver gridSpacing=\"5.0\" timeStep=\"120.0\"")
				.replace("<values>300.0</values>", "").replace("<values>400.0</values>", "")
				.replace("to=\"1.0\" count=\"3\"", "to=\"1.0\" count=\"2\"");
		Files.writeString(Ui.location(project).resolve("sweep.anodyne"), text);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project.getFile("sweep.anodyne");
	}

	@Test
	void runSweepFillsTheViewerWhoseHeatMapOpensAPointsResult() throws Exception {
		RunSweepJob job = new RunSweepJob(design(), SWEEP, true, 2);
		job.schedule();
		Ui.waitUntil("the sweep run", RUN_TIMEOUT_MS,
				() -> job.getResult() != null && Job.getJobManager().find(RunSweepJob.FAMILY).length == 0);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		Ui.waitUntil("the sweep viewer", 30_000, () -> Ui.page().getActiveEditor() instanceof SweepEditor);
		Ui.settle(300);
		SweepEditor editor = (SweepEditor) Ui.page().getActiveEditor();
		assertTrue(Files.isRegularFile(Ui.location(project)
				.resolve("results/sweep/sweep+Host_thickness_and_current_density/sweep.csv")));

		assertEquals(List.of("point", "status", "host thickness [um]", "current density [mA/cm2]", "bottomFraction [-]",
				"maxDepositHeightUm [um]", "separatorGapUm [um]", "finalOverpotentialMv [mV]", "message"),
				editor.columns());
		List<List<String>> rows = editor.rows();
		assertEquals(4, rows.size());
		assertEquals(List.of("0000", "ok", "250", "0.25"), rows.get(0).subList(0, 4));
		assertEquals(List.of("0003", "ok", "350", "1"), rows.get(3).subList(0, 4));
		SweepTable table = job.table();
		double bottom = table.points().get(3).number(ScalarNames.BOTTOM_FRACTION);
		assertEquals(bottom, Double.parseDouble(rows.get(3).get(4)), Math.abs(bottom) * 1e-5);

		assertOutlineListsTheSweep(editor);

		editor.show(0, 0, 1);
		Ui.settle(300);
		Canvas plot = editor.plotCanvas();
		Point centre = editor.pointCentre(3);
		assertNotNull(centre, "point 3 is drawn as a cell of the heat map");
		Ui.screenshot("sweep-viewer-heat-map");
		Event click = new Event();
		click.x = centre.x;
		click.y = centre.y;
		click.button = 1;
		plot.notifyListeners(SWT.MouseUp, click);
		Ui.waitUntil("the point's result", 30_000, () -> Ui.page().getActiveEditor() instanceof ResultsEditor);
		ResultsEditor result = (ResultsEditor) Ui.page().getActiveEditor();
		assertTrue(result.getDirectory().endsWith(Path.of("points", "0003")), result.getDirectory().toString());
		assertEquals(bottom, result.getResult().summary().number(ScalarNames.BOTTOM_FRACTION).orElseThrow(), 0.0);
	}

	/** The Outline under the sweep viewer lists its parameters, outputs and points; selecting one shows it. */
	private static void assertOutlineListsTheSweep(SweepEditor editor) throws Exception {
		ContentOutline view = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.settle(300);
		assertTrue(view.getCurrentPage() instanceof ContentOutlinePage,
				"the sweep's outline page, not " + view.getCurrentPage());
		ContentOutlinePage page = (ContentOutlinePage) view.getCurrentPage();
		Tree tree = (Tree) page.getControl();
		assertEquals(List.of("Parameters (2)", "Outputs (4)", "Points (4 ok, 0 failed, 0 missing)"),
				Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
		assertEquals("host thickness [um]: 250 – 350 (2 values)", tree.getItem(0).getItem(0).getText());
		assertTrue(tree.getItem(1).getItem(0).getText().startsWith("bottomFraction [-]: "),
				tree.getItem(1).getItem(0).getText());
		TreeItem point = tree.getItem(2).getItem(3);
		assertTrue(point.getText().startsWith("0003 ok — "), point.getText());
		page.setSelection(new StructuredSelection(point.getData()));
		assertEquals(3, editor.selectedPoint(), "selecting a point selects its row");
		page.setSelection(new StructuredSelection(tree.getItem(1).getItem(2).getData()));
		assertEquals(2, editor.plotted()[0], "selecting an output plots it");
		Ui.page().activate(editor);
	}
}
