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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.anodyne.model.Cell;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudySummary;
import org.anodyne.ui.diagram.internal.LayerFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A deposition result beside the design is overlaid on its cell's host, frame by frame. */
class DepositOverlayTest {

	private static final int NX = 50;
	private static final int NY = 200;
	private static final double SPACING_UM = 2.0;

	@AfterEach
	void close() throws Exception {
		OpenDiagram.closeAll();
	}

	/** A frame whose new metal fills the rows from..to (exclusive) across the whole width. */
	private static FieldFrame frame(double hours, int from, int to) {
		double[] metal = new double[NX * NY];
		for (int j = from; j < to; j++) {
			for (int i = 0; i < NX; i++) {
				metal[j * NX + i] = 1.0;
			}
		}
		return FieldFrame.builder(NX, NY, SPACING_UM).time(hours * 3600.0).label(hours + " h")
				.array("newMetal", "1", metal).build();
	}

	@Test
	void theNewestDepositOfTheCellsStudyLiesOnItsHostWithATimeSlider() throws Exception {
		OpenDiagram d = OpenDiagram.example("li-cc-symmetric-inverted.anodyne");
		Cell cell = d.cell(0);
		Study deposition = d.editor().getDesign().getStudies().stream()
				.filter(s -> s.getKind() == StudyKind.DEPOSITION_2D && s.getCell() == cell).findFirst().orElseThrow();
		Path design = d.file().getLocation().toFile().toPath();
		Path folder = ResultsLayout.studyDirectories(ResultsLayout.defaultRoot(design), design,
				List.of(deposition.getName())).get(deposition.getName());
		try (StudyResultWriter out = StudyResultWriter.create(folder)) {
			out.writeField("frame-00", frame(0.0, 0, 0));
			out.writeField("frame-01", frame(4.0, 20, 30));
			out.commit(StudySummary.builder(deposition.getName(), "deposition2D")
					.provenance(new Provenance("test", design.toString(), "sha256:0", null, cell.getName(), "li",
							"CarbonCloth", Map.of("gridSpacingUm", SPACING_UM)))
					.build());
		}

		d.view().showDeposit(true);
		LayerFigure host = d.layer(cell, cell.getAnode().getCollector()).figure();
		assertTrue(host.hasOverlay(), "the last frame lies on the host");
		assertFalse(d.layer(cell, cell.getCounterAnode().getCollector()).figure().hasOverlay(),
				"the result is of the working anode's host only");
		assertEquals(175, host.overlay().rows(), "the 350 µm host is 175 rows of 2 µm");
		assertEquals(1.0f, host.overlay().at(0, 25), "row 25 (50 µm above the bottom face) is new metal at 4 h");
		d.view().showFrame(0);
		assertEquals(0.0f, d.layer(cell, cell.getAnode().getCollector()).figure().overlay().at(0, 25));
		d.view().showDeposit(false);
		assertFalse(d.layer(cell, cell.getAnode().getCollector()).figure().hasOverlay());
	}
}
