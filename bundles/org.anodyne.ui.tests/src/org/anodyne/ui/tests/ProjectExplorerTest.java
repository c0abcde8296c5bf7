/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.anodyne.model.Cell;
import org.anodyne.model.Study;
import org.anodyne.ui.editor.DesignEditor;
import org.anodyne.ui.navigator.FileProblem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A design's cells and studies appear under its file in the Project Explorer and open in the editor. */
class ProjectExplorerTest {

	private static final String PROJECT = "ProjectExplorerTest";

	private IProject project;
	private CommonNavigator explorer;
	private CommonViewer viewer;

	@BeforeEach
	void showExplorer() throws Exception {
		project = Workbench.freshProject(PROJECT);
		explorer = (CommonNavigator) Workbench.page().showView(ProjectExplorer.VIEW_ID);
		viewer = explorer.getCommonViewer();
	}

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.page().closeAllEditors(false);
		Workbench.joinValidation();
		Workbench.deleteProject(PROJECT);
	}

	private List<TreeItem> itemsUnder(IFile file) {
		viewer.refresh();
		viewer.expandToLevel(file, 1);
		Workbench.dispatch();
		TreeItem fileItem = Arrays.stream(viewer.getTree().getItems()).filter(i -> i.getData() == project)
				.flatMap(i -> Arrays.stream(i.getItems())).filter(i -> file.equals(i.getData())).findFirst()
				.orElseThrow(() -> new AssertionError(file + " is not shown"));
		return Arrays.asList(fileItem.getItems());
	}

	@Test
	void cellsThenStudiesAppearUnderTheirFile() throws Exception {
		IFile file = Workbench.copyExample(project, "li-cc-symmetric-upright.anodyne");
		List<TreeItem> items = itemsUnder(file);
		List<String> labels = items.stream().map(TreeItem::getText).toList();
		assertEquals(5, items.size(), labels.toString());
		assertInstanceOf(Cell.class, items.get(0).getData());
		assertTrue(labels.get(0).startsWith("Li-CC upright"), labels.toString());
		assertTrue(items.subList(1, 5).stream().allMatch(i -> i.getData() instanceof Study), labels.toString());
		assertEquals("Plate 1 mAh/cm2 at 0.25 (upright) · 2D deposition · Li-CC upright", labels.get(1));
	}

	@Test
	void openingACellOpensTheEditorWithTheCellSelected() throws Exception {
		IFile file = Workbench.copyExample(project, "li-cc-lfp-full-inverted.anodyne");
		TreeItem cellItem = itemsUnder(file).get(0);
		viewer.setSelection(new StructuredSelection(cellItem.getData()), true);
		Workbench.waitUntil("the explorer offers Open for the cell", () -> explorer.getViewSite().getActionBars()
				.getGlobalActionHandler(ICommonActionConstants.OPEN) != null);
		Event doubleClick = new Event();
		doubleClick.item = cellItem;
		viewer.getTree().notifyListeners(SWT.DefaultSelection, doubleClick);
		Workbench.dispatch();
		DesignEditor editor = assertInstanceOf(DesignEditor.class, Workbench.page().getActiveEditor());
		Object selected = ((IStructuredSelection) editor.getSelection()).getFirstElement();
		Cell cell = assertInstanceOf(Cell.class, selected);
		assertEquals("Li-CC || LFP inverted", cell.getName());
		assertTrue(editor.getDesign().getCells().contains(cell),
				"the editor's own cell is selected, not the explorer's");
	}

	@Test
	void unreadableFileShowsWhyUnderIt() throws Exception {
		IFile file = Workbench.write(project, "broken.anodyne", "<?xml version=\"1.0\"?>\n<unclosed>\n");
		List<TreeItem> items = itemsUnder(file);
		assertTrue(items.stream().allMatch(i -> i.getData() instanceof FileProblem));
		List<String> labels = items.stream().map(TreeItem::getText).toList();
		assertTrue(labels.get(0).startsWith("line 3: not well-formed XML"), labels.toString());
		List<String> positions = items.stream().map(i -> ((FileProblem) i.getData()).diagnostic())
				.map(d -> d.line() + ":" + d.column()).toList();
		assertEquals(positions.size(), positions.stream().distinct().count(), "one problem per position: " + labels);
	}

	@Test
	void explorerFollowsChangesToTheFile() throws Exception {
		IFile file = Workbench.copyExample(project, "li-cc-symmetric-inverted.anodyne");
		assertEquals(4, itemsUnder(file).stream().filter(i -> i.getData() instanceof Study).count());
		String oneStudyLess = Workbench.read(file).replaceAll("(?s)<studies id=\"life-5-inverted\".*?</studies>", "");
		Workbench.write(project, file.getName(), oneStudyLess);
		Workbench.waitUntil("the explorer shows three studies", () -> itemsUnder(file).stream()
				.filter(i -> i.getData() instanceof Study).count() == 3);
		ILabelProvider labels = (ILabelProvider) viewer.getLabelProvider();
		assertTrue(itemsUnder(file).stream().noneMatch(i -> labels.getText(i.getData()).contains("at 5 mA/cm2")));
	}
}
