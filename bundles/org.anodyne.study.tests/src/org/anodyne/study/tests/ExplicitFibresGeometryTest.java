/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;
import org.anodyne.model.Study;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.bench.AccuracyBenchmark;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionSolver;
import org.anodyne.solver.deposition.Fibre;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.StudyException;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.HostStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An explicit-fibre collector reaches the solver exactly as listed, covered fibres included. */
class ExplicitFibresGeometryTest {

	@TempDir
	Path folder;

	private static String peerTable() {
		StringBuilder csv = new StringBuilder("x_um,y_um,r_um,substrate,covered\n");
		for (int k = 0; k < 30; k++) {
			for (int m = 0; m < 5; m++) {
				csv.append(
						String.format(Locale.ROOT, "%d,%d,4,,%b%n", k % 2 == 0 ? 5 + 20 * m : 15 + 20 * m, 5 + 10 * k,
								k < 6));
			}
		}
		return csv.toString();
	}

	/** The inverted example's study with its collector replaced by explicit fibres from a CSV file. */
	private Study study(String table) throws IOException {
		Path csv = folder.resolve("peer.csv");
		Files.writeString(csv, table, StandardCharsets.UTF_8);
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
		study.getSolver().setGridSpacing(1.0);
		study.getSolver().setDomainWidth(100.0);
		ExplicitFibres host = AnodyneFactory.eINSTANCE.createExplicitFibres();
		host.setThickness(300);
		host.setPorosity(0.75);
		host.setSubstrate("carbon");
		host.setPeriodicWidth(100);
		host.setFibreFile(csv.toString());
		study.getCell().getAnode().setCollector(host);
		study.getCell().getAnode().setPreDepositLoading(0.0);
		return study;
	}

	private static SolverInputs inputs(Study study) throws StudyException {
		return CellTranslation.translate(study, Examples.runner().metals(), Examples.runner().geometries());
	}

	@Test
	void thePeerFibresReachTheSolverExactly() throws Exception {
		HostStructure host = inputs(study(peerTable())).host(0.0);
		List<Fibre> expected = AccuracyBenchmark.peerFibres(true);
		assertEquals(expected.size(), host.fibres().size());
		for (int f = 0; f < expected.size(); f++) {
			Fibre e = expected.get(f);
			CircleSolid a = host.fibres().get(f);
			assertEquals(e.x(), a.x(), 1e-15);
			assertEquals(e.y(), a.y(), 1e-15);
			assertEquals(e.radius(), a.radius(), 1e-15);
			assertEquals(e.covered(), a.covered(), "fibre " + f);
			assertEquals("carbon", a.substrate());
		}
		assertEquals(300e-6, host.hostThickness(), 1e-15);
		assertEquals(10e-6, host.supportLength(), 1e-15);
	}

	@Test
	void coveredBottomRowsTakeTheCurrentInTheStudysCell() throws Exception {
		SolverInputs in = inputs(study(peerTable()));
		CellGeometry geometry = in.geometry(in.host(0.0));
		double bottom = new DepositionSolver(in.depositionProblem(geometry, Control.galvanostatic(2.5)))
				.steadySplit(ProgressMonitor.NULL).scalars().initialCurrentFractionLowerHalf();
		assertTrue(bottom > 0.99, "current into the lower half " + bottom);
	}

	@Test
	void listedFibresJoinTheFileAndBadOnesAreNamed() throws Exception {
		Study study = study(peerTable());
		ExplicitFibres host = (ExplicitFibres) study.getCell().getAnode().getCollector();
		ExplicitFibre extra = AnodyneFactory.eINSTANCE.createExplicitFibre();
		extra.setX(50);
		extra.setY(150);
		extra.setRadius(2);
		host.getFibres().add(extra);
		assertEquals(151, inputs(study).host(0.0).fibres().size());
		extra.setY(299);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inputs(study).host(0.0));
		assertTrue(e.getMessage().contains("listed fibre 1") && e.getMessage().contains("inside the host"),
				e.getMessage());
	}

	@Test
	void aBadRowOrAnotherWidthIsReportedBeforeSolving() throws Exception {
		IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
				() -> inputs(study(peerTable().replace("45,5,4,,true", "45,5,4,,yes"))).host(0.0));
		assertTrue(row.getMessage().contains("line 4, column 5 (covered)"), row.getMessage());
		Study other = study(peerTable());
		other.getSolver().setDomainWidth(80.0);
		IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> inputs(other).host(0.0));
		assertTrue(width.getMessage().contains("periodic width of 100 µm"), width.getMessage());
	}
}
