/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Orientation;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignValidation;
import org.junit.jupiter.api.Test;

/** The example designs the product's example workspace shows load and validate clean. */
class ExamplesTest {

	static final List<String> EXAMPLES = List.of("li-cc-symmetric-inverted.anodyne", "li-cc-symmetric-upright.anodyne",
			"li-cc-lfp-full-inverted.anodyne", "li-cc-lfp-full-upright.anodyne", "li-cc-lfp-rate-inverted.anodyne",
			"li-cu-foil-lfp-full.anodyne", "li-cufoam-symmetric-inverted.anodyne",
			"li-cufoam-symmetric-upright.anodyne",
			"li-fabric-lfp-full-inverted.anodyne", "li-fabric-lfp-full-upright.anodyne");

	private static CellDesign load(String name) {
		Path file = Designs.examples().resolve(name);
		assertTrue(Files.isRegularFile(file), file.toAbsolutePath() + " exists");
		LoadResult result = DesignResources.load(file);
		assertTrue(result.ok(), result.diagnostics().toString());
		return result.design();
	}

	/** Every design shipped in the examples folder, not only the listed ones: a new example is checked too. */
	@Test
	void everyExampleLoadsAndValidatesWithoutAnyFinding() throws IOException {
		List<String> shipped;
		try (Stream<Path> files = Files.list(Designs.examples())) {
			shipped = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".anodyne")).sorted().toList();
		}
		assertTrue(shipped.containsAll(EXAMPLES), shipped + " holds every listed example");
		assertTrue(shipped.size() > EXAMPLES.size(), shipped + " also holds the host-thickness sweep");
		for (String name : shipped) {
			CellDesign design = load(name);
			assertEquals(List.of(), DesignValidation.validate(design, TestMetals.registry()), name);
		}
	}

	@Test
	void fileNamesSayTheOrientationOfTheirCells() {
		for (String name : EXAMPLES) {
			Orientation expected = name.contains("inverted") ? Orientation.INVERTED : Orientation.UPRIGHT;
			for (Cell cell : load(name).getCells()) {
				assertEquals(expected, cell.getAnode().getOrientation(), name);
				if (cell.getCounterAnode() != null) {
					assertEquals(expected, cell.getCounterAnode().getOrientation(), name);
				}
			}
		}
	}

	@Test
	void symmetricExamplesCarryThePapersProtocolsAndStudies() {
		CellDesign design = load("li-cc-symmetric-upright.anodyne");
		Cell cell = design.getCells().get(0);
		assertEquals(350, cell.getAnode().getCollector().getThickness(), 0);
		assertEquals(0.75, cell.getAnode().getCollector().getPorosity(), 0);
		assertEquals(6, cell.getAnode().getPreDepositLoading(), 0);
		assertEquals(List.of("Plate at 0.25 mA/cm2 for 1 mAh/cm2",
				"Repeat 1000 times:\n  Plate at 0.25 mA/cm2 for 1 mAh/cm2\n  Strip at 0.25 mA/cm2 for 1 mAh/cm2",
				"Repeat 2000 times:\n  Plate at 1 mA/cm2 for 1 mAh/cm2\n  Strip at 1 mA/cm2 for 1 mAh/cm2",
				"Repeat 8000 times:\n  Plate at 5 mA/cm2 for 1 mAh/cm2\n  Strip at 5 mA/cm2 for 1 mAh/cm2"),
				design.getProtocols().stream().map(ProtocolText::print).toList());
		// 1000 cycles of 2 × 4 h at 0.25 mA cm⁻² (8000 h) run both orientations to failure; the paper stopped at 1800 h.
		assertEquals(8000, 1000 * 2 * (1.0 / 0.25), 1e-9);
		Study deposition = design.getStudies().get(0);
		assertEquals(StudyKind.DEPOSITION_2D, deposition.getKind());
		assertEquals(2.0, deposition.getSolver().getGridSpacing(), 0, "coarse enough to run in seconds");
		assertFalse(design.getStudies().get(1).getMeasuredPoints().isEmpty(), "calibration data of the upright cell");
	}

	@Test
	void fullCellExamplesCycleAgainstLfpAtOneC() {
		CellDesign design = load("li-cc-lfp-full-inverted.anodyne");
		Cell cell = design.getCells().get(0);
		assertEquals(1.5, cell.getCounterElectrode().getArealCapacity(), 0);
		assertEquals(10, cell.getAnode().getPreDepositLoading(), 0);
		assertEquals(40, cell.getElectrolyteVolume(), 0);
		assertEquals("Repeat 750 times:\n  Charge at 1C until 3.8 V\n  Discharge at 1C until 2.5 V",
				ProtocolText.print(design.getProtocols().get(0)));
		assertEquals(List.of(0.937, 0.823), design.getStudies().get(0).getMeasuredPoints().stream()
				.map(p -> p.getValue()).toList());
	}
}
