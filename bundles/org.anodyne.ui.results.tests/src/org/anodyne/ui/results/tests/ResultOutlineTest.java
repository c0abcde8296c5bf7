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

import java.util.Arrays;
import java.util.List;

import org.anodyne.ui.results.internal.CycleViewer;
import org.anodyne.ui.results.internal.FieldMapViewer;
import org.anodyne.ui.results.internal.OverviewViewer;
import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.results.internal.TimeSeriesViewer;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Outline under a results editor lists what the result holds — key figures, per-cycle
 * quantities, series and their columns, field frames — and selecting an entry shows it in the editor.
 */
class ResultOutlineTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Ui.project("outline");
		Ui.page().closeAllEditors(false);
	}

	@AfterEach
	void tearDown() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	void aLifeResultListsItsFiguresCyclesAndSeriesAndRevealsThem() throws Exception {
		ResultFixtures.cycleLife(Ui.location(project).resolve("results/life"), "life", "li-cc-upright", 20, 0.99);
		ResultsEditor editor = open(project.getFolder("results/life"));
		Tree tree = outlineTree();
		assertEquals(List.of("Key figures (7)", "Cycles (2)", "Series (1)"), texts(tree.getItems()));

		TreeItem figures = tree.getItem(0);
		assertEquals("Cycles to failure: 20 cycles", figures.getItem(0).getText());
		TreeItem cycles = tree.getItem(1);
		assertEquals(List.of("Capacity retention per cycle: cycles 1–20 (20 values)", "Cycles — 20 rows against cycle"),
				texts(cycles.getItems()));
		assertEquals(List.of("Discharge capacity [mAh/cm²]", "Coulombic efficiency", "Mean overpotential [mV]"),
				texts(expand(cycles.getItem(1))));
		TreeItem voltage = tree.getItem(2).getItem(0);
		assertEquals("Voltage trace — 32000 rows against time", voltage.getText());
		assertEquals("Current density [mA/cm²]", expand(voltage)[2].getText());

		select(voltage.getItem(2));
		TimeSeriesViewer time = (TimeSeriesViewer) editor.activeViewer().orElseThrow();
		assertTrue(time.chart().getPlot().traces().stream()
				.anyMatch(t -> t.yColumn().name().equals("current density")), "the chart of the current density");

		select(cycles.getItem(1).getItem(1));
		CycleViewer perCycle = (CycleViewer) editor.activeViewer().orElseThrow();
		assertTrue(perCycle.chart().getPlot().traces().stream()
				.anyMatch(t -> t.group().equals("cycles") && t.yColumn().name().equals("coulombic efficiency")));

		select(figures.getItem(6));
		OverviewViewer overview = (OverviewViewer) editor.activeViewer().orElseThrow();
		assertEquals(6, overview.scalarsTable().getSelectionIndex(), "the key figure's row is selected");
		assertEquals("Capacity retention", overview.scalarsTable().getSelection()[0].getText(0));
	}

	@Test
	void aDepositionResultListsItsFramesInTimeAndShowsTheOneSelected() throws Exception {
		ResultFixtures.deposition(Ui.location(project).resolve("results/plate"), "plate", "li-cc-inverted", true);
		ResultsEditor editor = open(project.getFolder("results/plate"));
		Tree tree = outlineTree();
		assertEquals(List.of("Key figures (2)", "Series (1)", "Fields (3)"), texts(tree.getItems()));
		assertEquals(List.of("after 0.00 mAh/cm2 (0.00 s)", "after 0.50 mAh/cm2 (2.00 h)",
				"after 1.00 mAh/cm2 (4.00 h)"),
				texts(tree.getItem(2).getItems()));
		FieldMapViewer maps = (FieldMapViewer) editor.getViewers().stream().filter(FieldMapViewer.class::isInstance)
				.findFirst().orElseThrow();
		assertEquals(2, maps.frameIndex(), "the map opens on the last frame");
		select(tree.getItem(2).getItem(0));
		assertEquals(maps, editor.activeViewer().orElseThrow());
		assertEquals(0, maps.frameIndex(), "the first frame is shown");
	}

	private ResultsEditor open(IFolder dir) throws Exception {
		dir.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(Ui.page(), dir.getFile("summary.json"));
		Ui.settle(200);
		return editor;
	}

	/** The Outline's tree: a page of the editor's, not the platform's "An outline is not available". */
	private static Tree outlineTree() throws Exception {
		ContentOutline view = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.settle(200);
		assertTrue(view.getCurrentPage() instanceof ContentOutlinePage, "the editor's outline page, not "
				+ view.getCurrentPage());
		return (Tree) view.getCurrentPage().getControl();
	}

	/** Selects an entry as a click in the Outline does. */
	private static void select(TreeItem item) {
		ContentOutline view = (ContentOutline) Ui.page().findView(IPageLayout.ID_OUTLINE);
		((ContentOutlinePage) view.getCurrentPage()).setSelection(new StructuredSelection(item.getData()));
		Ui.settle(100);
	}

	/** Opens an entry as a click on its arrow does (the viewer makes its children then). */
	private static TreeItem[] expand(TreeItem item) {
		Event event = new Event();
		event.item = item;
		item.getParent().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
		return item.getItems();
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}
}
