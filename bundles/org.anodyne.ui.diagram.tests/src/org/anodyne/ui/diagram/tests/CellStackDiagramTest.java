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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.Orientation;
import org.anodyne.results.picture.PngExporter;
import org.anodyne.ui.diagram.DiagramExport;
import org.anodyne.ui.diagram.internal.DiagramPalette;
import org.anodyne.ui.diagram.internal.LayerFigure;
import org.anodyne.ui.diagram.internal.LayerPart;
import org.anodyne.ui.diagram.internal.PaletteChoice;
import org.anodyne.ui.diagram.internal.Role;
import org.anodyne.ui.diagram.internal.StackScale;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The cell-stack diagram on the shipped examples: the stack drawn in order and to scale, Flip from
 * the toolbar, the F key and by dragging the metal, thickness by dragging a handle, all on the
 * design editor's command stack; selection both ways; validation outlines; PNG and SVG export.
 */
class CellStackDiagramTest {

	@AfterEach
	void close() throws Exception {
		OpenDiagram.closeAll();
	}

	private static Rectangle bounds(LayerPart part) {
		return part.getFigure().getBounds();
	}

	/** Whether the metal lies on the face of its host away from the separator (the anode is below it). */
	private static void assertMetalAt(OpenDiagram d, Cell cell, Orientation orientation) {
		Rectangle host = bounds(d.layer(cell, cell.getAnode().getCollector()));
		Rectangle metal = bounds(d.layer(cell, cell.getAnode()));
		if (orientation == Orientation.INVERTED) {
			assertEquals(host.bottom(), metal.bottom(), 1, "inverted: the metal fills the host from its bottom face");
			assertTrue(metal.y > host.y + host.height / 2, "inverted metal should stay in the lower half: " + metal);
		} else {
			assertEquals(host.y, metal.y, 1, "upright: the metal fills the host from the face at the separator");
			assertTrue(metal.bottom() < host.y + host.height / 2,
					"upright metal should stay in the upper half: " + metal);
		}
	}

	@Test
	void drawsEveryExampleAsAStackWithTheMetalOnItsFace() throws Exception {
		for (String example : OpenDiagram.EXAMPLES) {
			OpenDiagram d = OpenDiagram.example(example);
			Cell cell = d.cell(0);
			Rectangle separator = bounds(d.layer(cell, cell.getSeparator()));
			Rectangle host = bounds(d.layer(cell, cell.getAnode().getCollector()));
			assertEquals(separator.bottom(), host.y, 1, example + ": the anode's host lies under the separator");
			if (cell.getCounterAnode() != null) {
				Rectangle counter = bounds(d.layer(cell, cell.getCounterAnode().getCollector()));
				assertEquals(separator.y, counter.bottom(), 1, example + ": the counter anode lies on the separator");
			} else {
				assertTrue(bounds(d.layer(cell, Role.COUNTER_ELECTRODE)).bottom() <= separator.y + 1,
						example + ": the counter electrode lies on the separator");
			}
			assertMetalAt(d, cell, cell.getAnode().getOrientation());
			assertTrue(d.layer(cell, Role.HOST).figure().slot().section().circles().size() > 10,
					example + ": the host shows the carbon cloth's fibres");
			OpenDiagram.page().closeAllEditors(false);
		}
	}

	@Test
	void onTheLinearScaleHeightsAreProportionalAndFollowAThicknessChange() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-lfp-full-inverted.anodyne");
		Cell cell = d.cell(0);
		StackScale scale = ((org.anodyne.ui.diagram.internal.DiagramState) d.view().viewer()
				.getProperty(org.anodyne.ui.diagram.internal.DiagramState.KEY)).scale();
		double s = scale.pixelsPerMicrometre();
		assertEquals(cell.getSeparator().getThickness() * s, bounds(d.layer(cell, cell.getSeparator())).height, 1.0);
		assertEquals(cell.getAnode().getCollector().getThickness() * s,
				bounds(d.layer(cell, cell.getAnode().getCollector())).height, 1.0);

		// What the Properties view executes when a thickness is typed: a set command on the editor's stack.
		d.run(SetCommand.create(d.editor().getEditingDomain(), cell.getAnode().getCollector(),
				AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS, 200.0));
		assertEquals(200.0 * s, bounds(d.layer(cell, cell.getAnode().getCollector())).height, 1.0);
		assertMetalAt(d, cell, Orientation.INVERTED);

		d.view().setCompressed(true);
		OpenDiagram.dispatch();
		assertEquals(62.0 * Math.log10(1.0 + 200.0), bounds(d.layer(cell, cell.getAnode().getCollector())).height, 1.0);
		assertEquals(62.0 * Math.log10(1.0 + cell.getSeparator().getThickness()),
				bounds(d.layer(cell, cell.getSeparator())).height, 1.0);
	}

	@Test
	void flipFromTheToolbarAndTheKeyMovesTheMetalAndUndoRestoresModelAndFigure() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-symmetric-inverted.anodyne");
		Cell cell = d.cell(0);
		Anode anode = cell.getAnode();
		EditPartViewer viewer = d.view().viewer();
		viewer.select(d.layer(cell, anode));
		d.view().flip();
		OpenDiagram.dispatch();
		assertEquals(Orientation.UPRIGHT, anode.getOrientation());
		assertEquals(Orientation.INVERTED, cell.getCounterAnode().getOrientation(), "only the selected anode flips");
		assertMetalAt(d, cell, Orientation.UPRIGHT);
		assertTrue(d.editor().isDirty(), "the diagram's edit makes the editor dirty");

		OpenDiagram.page().activate(d.view());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		OpenDiagram.dispatch();
		assertEquals(Orientation.INVERTED, anode.getOrientation());
		assertMetalAt(d, cell, Orientation.INVERTED);
		assertFalse(d.editor().isDirty(), "undo on the diagram is the editor's undo");

		Event key = new Event();
		key.widget = viewer.getControl();
		key.character = 'f';
		key.keyCode = 'f';
		viewer.select(d.layer(cell, anode.getCollector()));
		assertTrue(viewer.getKeyHandler().keyPressed(new KeyEvent(key)), "F should flip");
		OpenDiagram.dispatch();
		assertEquals(Orientation.UPRIGHT, anode.getOrientation());
		assertMetalAt(d, cell, Orientation.UPRIGHT);
	}

	private static MouseEvent mouse(EditPartViewer viewer, int x, int y, int stateMask) {
		Event e = new Event();
		e.widget = viewer.getControl();
		e.x = x;
		e.y = y;
		e.button = 1;
		e.stateMask = stateMask;
		return new MouseEvent(e);
	}

	/**
	 * Makes a layer fully visible on a maximized diagram and gives its bounds in the canvas's
	 * coordinates, where mouse events are delivered.
	 */
	private static Rectangle onScreen(OpenDiagram d, LayerPart part) {
		OpenDiagram.page().setPartState(OpenDiagram.page().getReference(d.view()), IWorkbenchPage.STATE_MAXIMIZED);
		OpenDiagram.dispatch();
		d.view().viewer().reveal(part);
		OpenDiagram.dispatch();
		Rectangle r = part.getFigure().getBounds().getCopy();
		part.getFigure().translateToAbsolute(r);
		return r;
	}

	/** Presses the left button at one point of the diagram, drags in steps and releases it at another. */
	private static void drag(EditPartViewer viewer, int x, int y, int toX, int toY) {
		viewer.getEditDomain().mouseMove(mouse(viewer, x, y, 0), viewer);
		viewer.getEditDomain().mouseDown(mouse(viewer, x, y, 0), viewer);
		for (int k = 1; k <= 10; k++) {
			viewer.getEditDomain().mouseDrag(mouse(viewer, x + (toX - x) * k / 10, y + (toY - y) * k / 10, SWT.BUTTON1),
					viewer);
		}
		viewer.getEditDomain().mouseUp(mouse(viewer, toX, toY, SWT.BUTTON1), viewer);
		OpenDiagram.dispatch();
	}

	@Test
	void draggingTheMetalToTheOtherFaceFlipsInOneUndoableStep() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-lfp-full-inverted.anodyne");
		Cell cell = d.cell(0);
		Anode anode = cell.getAnode();
		Rectangle host = onScreen(d, d.layer(cell, anode.getCollector()));
		Rectangle metal = onScreen(d, d.layer(cell, anode));
		drag(d.view().viewer(), metal.x + metal.width / 2, metal.y + metal.height / 2, metal.x + metal.width / 2,
				host.y + 10);
		assertEquals(Orientation.UPRIGHT, anode.getOrientation(),
				"the metal dragged to the separator face flips the anode");
		assertMetalAt(d, cell, Orientation.UPRIGHT);
		CommandStack stack = d.editor().getEditingDomain().getCommandStack();
		stack.undo();
		OpenDiagram.dispatch();
		assertEquals(Orientation.INVERTED, anode.getOrientation());
		assertMetalAt(d, cell, Orientation.INVERTED);
		assertFalse(stack.canUndo(), "the drag was one step");

		Rectangle back = onScreen(d, d.layer(cell, anode));
		drag(d.view().viewer(), back.x + back.width / 2, back.y + back.height / 2, back.x + back.width / 2,
				back.y + back.height / 2 - 8);
		assertEquals(Orientation.INVERTED, anode.getOrientation(),
				"a drag that stays on the same face changes nothing");
	}

	@Test
	void draggingTheHostsHandleChangesItsThicknessThroughTheStackAndUndoReverts() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-lfp-full-upright.anodyne");
		Cell cell = d.cell(0);
		LayerPart hostPart = d.layer(cell, cell.getAnode().getCollector());
		EditPartViewer viewer = d.view().viewer();
		viewer.select(hostPart);
		Rectangle host = onScreen(d, hostPart);
		StackScale scale = ((org.anodyne.ui.diagram.internal.DiagramState) viewer
				.getProperty(org.anodyne.ui.diagram.internal.DiagramState.KEY)).scale();
		// The south handle sits on the middle of the bottom edge.
		drag(viewer, host.x + host.width / 2, host.bottom() - 1, host.x + host.width / 2, host.bottom() + 59);
		double expected = scale.snap(scale.thickness(host.height + 60), scale.thickness(host.height));
		double thickness = cell.getAnode().getCollector().getThickness();
		assertEquals(expected, thickness, 1e-9);
		assertEquals(350.0 + 60.0 / scale.pixelsPerMicrometre(), thickness, 5.0,
				"dragged 60 px down on the linear scale: " + thickness + " µm");
		assertEquals(thickness * scale.pixelsPerMicrometre(), bounds(hostPart).height, 1.0, "the figure follows");
		d.editor().getEditingDomain().getCommandStack().undo();
		OpenDiagram.dispatch();
		assertEquals(350.0, cell.getAnode().getCollector().getThickness(), 0.0);
		assertEquals(host.height, bounds(d.layer(cell, cell.getAnode().getCollector())).height, 1);
	}

	/** Clicks once with the palette tool of a choice at the middle of a layer. */
	private static void clickWith(OpenDiagram d, PaletteChoice choice, LayerPart on) {
		EditPartViewer viewer = d.view().viewer();
		Rectangle r = onScreen(d, on);
		viewer.getEditDomain().setActiveTool(DiagramPalette.tool(choice));
		viewer.getEditDomain().mouseMove(mouse(viewer, r.x + r.width / 2, r.y + r.height / 2, 0), viewer);
		viewer.getEditDomain().mouseDown(mouse(viewer, r.x + r.width / 2, r.y + r.height / 2, 0), viewer);
		viewer.getEditDomain().mouseUp(mouse(viewer, r.x + r.width / 2, r.y + r.height / 2, SWT.BUTTON1), viewer);
		OpenDiagram.dispatch();
	}

	@Test
	void thePaletteChangesCollectorTypeAndMetalAndAddsAndRemovesALayer() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-lfp-full-inverted.anodyne");
		Cell cell = d.cell(0);
		Anode anode = cell.getAnode();
		List<String> groups = DiagramPalette.groups().stream().map(DiagramPalette.Group::title).toList();
		assertEquals(List.of("Collector type", "Metal", "Lithiophilic layer"), groups);
		assertTrue(DiagramPalette.groups().get(1).entries().stream().anyMatch(e -> e.label().equals("Lithium")),
				"the metals come from the registry");

		clickWith(d, new PaletteChoice.CollectorType(AnodynePackage.Literals.METAL_FOAM),
				d.layer(cell, anode.getCollector()));
		assertEquals(AnodynePackage.Literals.METAL_FOAM, anode.getCollector().eClass());
		assertEquals(350.0, anode.getCollector().getThickness(), 0.0, "the thickness carries over");
		assertTrue(d.layer(cell, anode.getCollector()).figure().slot() != null);

		clickWith(d, new PaletteChoice.AddLayer("cuo"), d.layer(cell, anode.getCollector()));
		assertEquals("cuo", anode.getSurfaceLayer().getSubstrate());
		Rectangle layer = bounds(d.layer(cell, anode.getSurfaceLayer()));
		assertEquals(bounds(d.layer(cell, anode.getCollector())).bottom(), layer.bottom(), 1,
				"inverted: the layer is on the bottom face, under the metal");

		clickWith(d, new PaletteChoice.RemoveLayer(), d.layer(cell, anode.getCollector()));
		assertEquals(null, anode.getSurfaceLayer());
		CommandStack stack = d.editor().getEditingDomain().getCommandStack();
		stack.undo();
		stack.undo();
		stack.undo();
		OpenDiagram.dispatch();
		assertEquals(AnodynePackage.Literals.CARBON_CLOTH, anode.getCollector().eClass(), "three clicks, three undos");
		assertFalse(stack.canUndo());
	}

	@Test
	void selectionFollowsBothWays() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-lfp-full-inverted.anodyne");
		Cell cell = d.cell(0);
		d.editor().setSelectionToViewer(List.of(cell.getSeparator()));
		OpenDiagram.dispatch();
		List<?> selected = ((IStructuredSelection) d.view().viewer().getSelection()).toList();
		assertEquals(List.of(d.layer(cell, cell.getSeparator())), selected, "tree → diagram");

		d.view().viewer().setSelection(new StructuredSelection(d.layer(cell, cell.getAnode().getCollector())));
		OpenDiagram.dispatch();
		assertEquals(List.of(cell.getAnode().getCollector()),
				((IStructuredSelection) d.editor().getSelection()).toList(), "diagram → tree");
		assertEquals(List.of(cell.getAnode().getCollector()),
				((IStructuredSelection) d.view().getSite().getSelectionProvider().getSelection()).toList(),
				"the diagram offers the model element to Properties");
	}

	@Test
	void anInvalidValueOutlinesTheFigureWithTheValidatorsMessage() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-symmetric-upright.anodyne");
		Cell cell = d.cell(0);
		LayerFigure host = d.layer(cell, cell.getAnode().getCollector()).figure();
		assertTrue(host.errors().isEmpty(), host.errors().toString());
		d.run(SetCommand.create(d.editor().getEditingDomain(), cell.getAnode().getCollector(),
				AnodynePackage.Literals.CURRENT_COLLECTOR__POROSITY, 1.5));
		host = d.layer(cell, cell.getAnode().getCollector()).figure();
		assertFalse(host.errors().isEmpty(), "porosity 1.5 is an error on the host");
		String tooltip = ((Label) host.getToolTip()).getText();
		assertTrue(tooltip.contains("porosity 1.5"), tooltip);
		assertTrue(tooltip.startsWith("Carbon cloth"), "the tooltip names the element: " + tooltip);
		String separator = ((Label) d.layer(cell, cell.getSeparator()).figure().getToolTip()).getText();
		assertTrue(separator.contains("25 µm"), "every figure's tooltip gives its values with units: " + separator);
	}

	@Test
	void pngHasTheFiguresPixelSizeAndTheSvgParsesWithTheFigures() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-symmetric-inverted.anodyne");
		IFigure figure = d.view().contentFigure();
		Path folder = Files.createTempDirectory("cell-stack");
		Path png = folder.resolve("stack.png");
		DiagramExport.png(figure, "stack", png);
		java.awt.image.BufferedImage image = ImageIO.read(png.toFile());
		// One figure pixel is one point of the page, drawn at the pictures' resolution.
		double scale = PngExporter.standard().dpi() / 72.0;
		assertEquals(Math.ceil(figure.getBounds().width * scale), image.getWidth(), 1.0);
		assertEquals(Math.ceil(figure.getBounds().height * scale), image.getHeight(), 1.0);

		Path svg = folder.resolve("stack.svg");
		DiagramExport.svg(figure, "stack", svg);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertEquals(String.format(java.util.Locale.ROOT, "%.2fpt", (double) figure.getBounds().width),
				document.getDocumentElement().getAttribute("width"));
		NodeList groups = document.getElementsByTagName("g");
		int hosts = 0;
		int metals = 0;
		int separators = 0;
		for (int k = 0; k < groups.getLength(); k++) {
			String id = ((Element) groups.item(k)).getAttribute("id");
			hosts += id.startsWith("host-") ? 1 : 0;
			metals += id.startsWith("metal-") ? 1 : 0;
			separators += id.startsWith("separator-") ? 1 : 0;
		}
		assertEquals(2, hosts, "a symmetric cell has two hosts");
		assertEquals(2, metals);
		assertEquals(1, separators);
		int fibres = document.getElementsByTagName("circle").getLength()
				+ document.getElementsByTagName("ellipse").getLength();
		assertTrue(fibres > 50, "the fibres are in the SVG: " + fibres);
		assertTrue(document.getElementsByTagName("clipPath").getLength() >= 2,
				"each host's fibres are clipped at its sides, so fibres cut by the periodic edge show as arcs");
		assertTrue(Files.readString(svg).contains("INVERTED: metal away from the separator"));
	}
}
