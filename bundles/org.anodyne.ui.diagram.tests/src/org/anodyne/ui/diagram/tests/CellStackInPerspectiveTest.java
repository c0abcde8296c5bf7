/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.ui.diagram.CellStackView;
import org.anodyne.ui.diagram.internal.PaletteVisibility;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Cell Stack view in the Anodyne perspective: behind the Outline and not created until a design
 * editor is active (not at start-up), then brought forward with a palette
 * whose buttons are not clipped at the right-hand column's default width; under an editor that is not
 * a design it says so. Layout and widget properties, not timings.
 */
class CellStackInPerspectiveTest {

	private static final String PERSPECTIVE = "org.anodyne.ui.perspective";

	@BeforeEach
	void freshPerspective() throws Exception {
		PaletteVisibility.store(null);
		IWorkbenchPage page = OpenDiagram.page();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
		PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, page.getWorkbenchWindow());
		page.closeAllEditors(false);
		IViewReference old = page.findViewReference(CellStackView.ID);
		if (old != null) {
			page.hideView(old);
		}
		page.resetPerspective();
		OpenDiagram.dispatch();
	}

	@AfterEach
	void close() throws Exception {
		OpenDiagram.closeAll();
		PaletteVisibility.store(null);
	}

	@Test
	void theViewWaitsBehindTheOutlineUntilADesignIsEdited() throws Exception {
		IWorkbenchPage page = OpenDiagram.page();
		IViewReference ref = page.findViewReference(CellStackView.ID);
		assertNotNull(ref, "the Cell Stack view is in the perspective after a reset");
		assertNull(ref.getPart(false), "the Cell Stack view is not created before a design is edited");
		IViewPart outline = page.findView(IPageLayout.ID_OUTLINE);
		assertNotNull(outline, "the Outline is created");
		assertTrue(page.isPartVisible(outline), "the Outline is in front");

		OpenDiagram d = OpenDiagram.open(copy("li-cc-symmetric-upright.anodyne"));
		OpenDiagram.dispatch();
		CellStackView view = (CellStackView) ref.getPart(false);
		assertNotNull(view, "a design editor brings the Cell Stack view forward");
		assertTrue(page.isPartVisible(view));
		assertTrue(view.viewer().getContents() != null, "it draws the design");
		assertFalse(view.paletteShown(), "the column is too narrow for the palette and a legible diagram");
		OpenDiagram.screenshot("cell-stack-in-its-column");
		IContributionItem item = view.getViewSite().getActionBars().getMenuManager().getItems()[0];
		IAction showPalette = ((ActionContributionItem) item).getAction();
		assertEquals("Show Palette", showPalette.getText());
		showPalette.setChecked(true);
		showPalette.run();
		OpenDiagram.dispatch();
		assertTrue(view.paletteShown(), "the user asked for the palette");
		assertPaletteFits(view);
		OpenDiagram.screenshot("cell-stack-in-its-column-with-palette");
		assertEquals(d.editor().getTitle(), view.getContentDescription());

		page.hideView(view);
		OpenDiagram.dispatch();
		CellStackView reopened = (CellStackView) page.showView(CellStackView.ID);
		OpenDiagram.dispatch();
		assertTrue(reopened.paletteShown(), "the choice outlives the view (kept in the dialog settings)");
		assertEquals(Boolean.TRUE, PaletteVisibility.load());
	}

	/**
	 * In the perspective's right-hand column (a tab behind the Outline) the diagram fits the view's width:
	 * one cell drawn smaller (but legibly: the palette folds away), two cells one above the other, never a
	 * horizontal scroll bar.
	 */
	@Test
	void inItsNarrowColumnTheDiagramFitsTheViewsWidth() throws Exception {
		OpenDiagram d = OpenDiagram.open(copy("li-cc-symmetric-upright.anodyne"));
		assertFitsWidth(d.view(), "one cell");
		double oneCell = d.view().zoomManager().getZoom();
		assertTrue(oneCell < 1.0, "the column is narrower than a cell drawn at full size; zoom " + oneCell);
		assertTrue(oneCell >= 0.5, "with the palette folded away the cell is drawn legibly; zoom " + oneCell);

		EditingDomain domain = d.editor().getEditingDomain();
		Cell second = EcoreUtil.copy(d.cell(0));
		second.setName("Second cell");
		domain.getCommandStack().execute(AddCommand.create(domain, d.editor().getDesign(),
				AnodynePackage.Literals.CELL_DESIGN__CELLS, second));
		OpenDiagram.dispatch();
		assertFitsWidth(d.view(), "two cells");
		Rectangle first = d.cellPart(d.cell(0)).getFigure().getBounds();
		Rectangle below = d.cellPart(d.cell(1)).getFigure().getBounds();
		assertTrue(below.y >= first.bottom(), "the second cell is below the first: " + first + ", " + below);
		// A vertical scroll bar may now take its width: the same zoom within that.
		assertEquals(oneCell, d.view().zoomManager().getZoom(), 0.03, "one above the other, as wide as one cell");
		OpenDiagram.screenshot("cell-stack-fits-its-column");

		OpenDiagram.page().setPartState(OpenDiagram.page().getReference(d.view()), IWorkbenchPage.STATE_MAXIMIZED);
		OpenDiagram.dispatch();
		assertFitsWidth(d.view(), "maximized");
		assertEquals(1.0, d.view().zoomManager().getZoom(), "maximized, the cells are drawn at their own size");
		assertEquals(first.y, d.cellPart(d.cell(1)).getFigure().getBounds().y, "and side by side");
	}

	private static void assertFitsWidth(CellStackView view, String what) {
		FigureCanvas canvas = (FigureCanvas) view.viewer().getControl();
		int drawn = (int) Math.ceil(view.contentFigure().getBounds().right() * view.zoomManager().getZoom());
		assertTrue(drawn <= canvas.getClientArea().width,
				what + ": the diagram is " + drawn + " px wide in a view of " + canvas.getClientArea().width);
		assertFalse(canvas.getHorizontalBar() != null && canvas.getHorizontalBar().isVisible(),
				what + ": no horizontal scroll bar");
	}

	@Test
	void underAResultItSaysThatIsNotADesign() throws Exception {
		IWorkbenchPage page = OpenDiagram.page();
		IFolder folder = OpenDiagram.project().getFolder("results");
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		IFile summary = folder.getFile("summary.json");
		if (!summary.exists()) {
			summary.create(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), true, null);
		}
		IEditorPart result = IDE.openEditor(page, summary);
		CellStackView view = (CellStackView) page.showView(CellStackView.ID);
		page.activate(result);
		OpenDiagram.dispatch();
		assertTrue(view.getContentDescription().startsWith(result.getTitle() + " is not a design"),
				view.getContentDescription());
		assertFalse(view.getContentDescription().startsWith("Open a design"));
	}

	/**
	 * Every palette button is at least as wide as its text needs, and the palette takes no more than it
	 * needs: at most half the view, the diagram about the other half (less the sash).
	 */
	private static void assertPaletteFits(CellStackView view) {
		Control canvas = view.viewer().getControl();
		List<Button> buttons = new ArrayList<>();
		collect(canvas.getParent(), buttons);
		assertFalse(buttons.isEmpty(), "the palette has buttons");
		for (Button b : buttons) {
			Point wanted = b.computeSize(SWT.DEFAULT, SWT.DEFAULT);
			assertTrue(b.getSize().x >= wanted.x,
					"palette button '" + b.getText() + "' is " + b.getSize().x + " px wide, needs " + wanted.x);
		}
		int total = canvas.getParent().getSize().x;
		assertTrue(canvas.getSize().x >= 0.45 * total,
				"the diagram has " + canvas.getSize().x + " of the view's " + total + " px");
	}

	private static void collect(Composite parent, List<Button> into) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b) {
				into.add(b);
			} else if (c instanceof Composite composite) {
				collect(composite, into);
			}
		}
	}

	private static IFile copy(String example) throws Exception {
		IFile file = OpenDiagram.project().getFile(example);
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(Files.newInputStream(Path.of(System.getProperty("anodyne.test.examples"), example)), true, null);
		return file;
	}
}
