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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Orientation;
import org.anodyne.model.impl.CurrentCollectorImpl;
import org.anodyne.model.edit.FlipAnodeCommand;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.ui.diagram.DiagramExport;
import org.anodyne.ui.diagram.internal.DiagramState;
import org.anodyne.ui.diagram.internal.LayerFigure;
import org.anodyne.ui.diagram.internal.Role;
import org.anodyne.ui.wizards.DesignTemplate;
import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The diagram for designs beyond the examples (one from the New Design wizard's templates, a
 * collector type a plug-in brings without a geometry generator) and the side-by-side picture of an
 * inverted and an upright cell that a person must read at a glance.
 */
class CellStackPictureTest {

	@AfterEach
	void close() throws Exception {
		OpenDiagram.closeAll();
	}

	/** Saves a design the way the wizard does (its template, as a file in the project) and opens it. */
	private static OpenDiagram fromWizardTemplate(DesignTemplate template, String name) throws Exception {
		IFile file = OpenDiagram.project().getFile(name);
		DesignResources.save(template.create(2.0), file.getLocation().toFile().toPath());
		file.refreshLocal(0, null);
		return OpenDiagram.open(file);
	}

	@Test
	void aNewDesignFromTheWizardIsDrawnAndAnEmptyOneIsBlank() throws Exception {
		OpenDiagram d = fromWizardTemplate(DesignTemplate.FULL_UPRIGHT, "wizard-full.anodyne");
		Cell cell = d.cell(0);
		Rectangle host = d.layer(cell, cell.getAnode().getCollector()).getFigure().getBounds();
		Rectangle metal = d.layer(cell, cell.getAnode()).getFigure().getBounds();
		assertEquals(host.y, metal.y, 1, "upright: the metal at the separator face");
		OpenDiagram.page().closeAllEditors(false);

		OpenDiagram empty = fromWizardTemplate(DesignTemplate.EMPTY, "wizard-empty.anodyne");
		assertTrue(empty.editor().getDesign().getCells().isEmpty());
		assertEquals(0, empty.view().viewer().getContents().getChildren().size());
	}

	/** A plug-in's collector type (its own EPackage, a subclass of ours) for which no geometry is contributed. */
	private static final class PluginMesh extends CurrentCollectorImpl {
		static final EClass TYPE;

		static {
			EPackage plugin = EcoreFactory.eINSTANCE.createEPackage();
			plugin.setName("mesh");
			plugin.setNsPrefix("mesh");
			plugin.setNsURI("http://example.org/anodyne/test/diagram-mesh");
			TYPE = EcoreFactory.eINSTANCE.createEClass();
			TYPE.setName("WireMesh");
			TYPE.getESuperTypes().add(AnodynePackage.Literals.CURRENT_COLLECTOR);
			plugin.getEClassifiers().add(TYPE);
		}

		@Override
		protected EClass eStaticClass() {
			return TYPE;
		}
	}

	@Test
	void aPluginCollectorWithoutGeometryGetsAGenericFigureThatSaysSo() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-symmetric-inverted.anodyne");
		Cell cell = d.cell(0);
		CurrentCollector collector = new PluginMesh();
		collector.setThickness(120.0);
		collector.setPorosity(0.6);
		collector.setSubstrate("copper");
		d.run(SetCommand.create(d.editor().getEditingDomain(), cell.getAnode(),
				AnodynePackage.Literals.ANODE__COLLECTOR,
				collector));
		LayerFigure host = d.layer(cell, collector).figure();
		assertNull(host.slot().section(), "no generator, no cross-section");
		assertTrue(host.slot().note().contains("no geometry generator for wire mesh"), host.slot().note());
		double scale = ((DiagramState) d.view().viewer().getProperty(DiagramState.KEY)).scale().pixelsPerMicrometre();
		assertEquals(120.0 * scale, host.getBounds().height, 1.0, "the plain figure is still to scale");
		assertTrue(((org.eclipse.draw2d.Label) host.getToolTip()).getText().startsWith("Wire mesh"));
	}

	@Test
	void anInvertedAndAnUprightCellSideBySideShowWhichWayTheMetalFaces() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-lfp-full-inverted.anodyne");
		Cell inverted = d.cell(0);
		Cell upright = EcoreUtil.copy(inverted);
		upright.setId("li-cc-upright-copy");
		upright.setName("Li-CC upright (the same electrode, flipped)");
		d.run(AddCommand.create(d.editor().getEditingDomain(), d.editor().getDesign(),
				AnodynePackage.Literals.CELL_DESIGN__CELLS, upright));
		d.run(FlipAnodeCommand.create(d.editor().getEditingDomain(), java.util.List.of(upright.getAnode())));
		assertEquals(Orientation.UPRIGHT, upright.getAnode().getOrientation());

		for (Cell cell : java.util.List.of(inverted, upright)) {
			Anode anode = cell.getAnode();
			Rectangle host = d.layer(cell, anode.getCollector()).getFigure().getBounds();
			Rectangle metal = d.layer(cell, anode).getFigure().getBounds();
			Rectangle separator = d.layer(cell, Role.SEPARATOR).getFigure().getBounds();
			int gapToSeparator = metal.y - separator.bottom();
			if (anode.getOrientation() == Orientation.INVERTED) {
				assertTrue(gapToSeparator > host.height / 2,
						"inverted: metal far from the separator: " + gapToSeparator);
			} else {
				assertEquals(0, gapToSeparator, 1, "upright: metal against the separator");
			}
		}

		String folder = System.getProperty("anodyne.test.screenshots");
		assertNotNull(folder, "-Danodyne.test.screenshots must name the output folder (set by the test pom)");
		Path figurePng = Path.of(folder, "cell-stack-inverted-vs-upright.png");
		DiagramExport.png(d.view().contentFigure(), "Cell stack, inverted vs upright", figurePng);
		assertTrue(Files.size(figurePng) > 1000);

		// The workbench as a user sees it: the Cell Stack view, maximized.
		OpenDiagram.page().activate(d.view());
		OpenDiagram.page().setPartState(OpenDiagram.page().getReference(d.view()), IWorkbenchPage.STATE_MAXIMIZED);
		OpenDiagram.dispatch();
		OpenDiagram.screenshot("cell-stack-workbench");
	}
}
