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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CellDesign;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;
import org.anodyne.model.resource.FibreCsv;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explicit-fibre collector: its CSV table, bounded and checked row by row, and its validation. */
class ExplicitFibresTest {

	@TempDir
	Path folder;

	/** The peer benchmark's 150 fibres, the lowest six rows covered. */
	static String peerTable() {
		StringBuilder csv = new StringBuilder(FibreCsv.HEADER).append('\n');
		for (int k = 0; k < 30; k++) {
			for (int m = 0; m < 5; m++) {
				csv.append(String.format(Locale.ROOT, "%d,%d,4,carbon,%b%n", k % 2 == 0 ? 5 + 20 * m : 15 + 20 * m,
						5 + 10 * k, k < 6));
			}
		}
		return csv.toString();
	}

	private static List<FibreCsv.Row> read(String text) throws IOException {
		return FibreCsv.read(new StringReader(text), "fibres.csv");
	}

	private static FibreCsv.FormatException bad(String text) {
		return assertThrows(FibreCsv.FormatException.class, () -> read(text));
	}

	@Test
	void readsThePeerTable() throws IOException {
		List<FibreCsv.Row> rows = read("\uFEFF" + peerTable().replace("\n", "\r\n"));
		assertEquals(150, rows.size());
		FibreCsv.Row first = rows.get(0);
		assertEquals(List.of(5.0, 5.0, 4.0), List.of(first.x(), first.y(), first.radius()));
		assertEquals("carbon", first.substrate());
		assertTrue(first.covered());
		assertEquals(2, first.line());
		FibreCsv.Row last = rows.get(149);
		assertEquals(List.of(95.0, 295.0), List.of(last.x(), last.y()));
		assertEquals(false, last.covered());
		assertEquals(30, rows.stream().filter(FibreCsv.Row::covered).count());
	}

	@Test
	void everyBadRowIsNamedByLineAndColumn() {
		String head = FibreCsv.HEADER + "\n5,5,4,carbon,false\n";
		FibreCsv.FormatException e = bad("x,y,r\n1,2,3\n");
		assertEquals(1, e.line());
		assertTrue(e.getMessage().contains("header"), e.getMessage());
		e = bad(head + "5,5,4,carbon\n");
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("found 4"), e.getMessage());
		e = bad(head + "abc,5,4,carbon,false\n");
		assertEquals(List.of(3, 1), List.of(e.line(), e.column()));
		assertTrue(e.getMessage().contains("fibres.csv: line 3, column 1 (x_um): 'abc' is not a number"),
				e.getMessage());
		e = bad(head + "5,NaN,4,carbon,false\n");
		assertEquals(List.of(3, 2), List.of(e.line(), e.column()));
		e = bad(head + "\n5,15,-4,carbon,false\n");
		assertEquals(List.of(4, 3), List.of(e.line(), e.column()));
		assertTrue(e.getMessage().contains("radius must be positive, got -4"), e.getMessage());
		e = bad(head + "5,3,4,carbon,false\n");
		assertEquals(List.of(3, 2), List.of(e.line(), e.column()));
		assertTrue(e.getMessage().contains("below the bottom"), e.getMessage());
		e = bad(head + "5,15,4,car bon,false\n");
		assertEquals(List.of(3, 4), List.of(e.line(), e.column()));
		e = bad(head + "5,15,4,carbon,maybe\n");
		assertEquals(List.of(3, 5), List.of(e.line(), e.column()));
		assertTrue(e.getMessage().contains("(covered)"), e.getMessage());
		e = bad(head + "5,15,4,carbon," + "x".repeat(2000) + "\n");
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("longer than"), e.getMessage());
		e = bad("");
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
	}

	@Test
	void atMostOneHundredThousandRows() throws IOException {
		StringBuilder many = new StringBuilder(FibreCsv.HEADER).append('\n');
		many.append("5,15,4,,false\n".repeat(FibreCsv.MAX_ROWS));
		assertEquals(FibreCsv.MAX_ROWS, read(many.toString()).size());
		FibreCsv.FormatException e = bad(many + "5,15,4,,false\n");
		assertEquals(FibreCsv.MAX_ROWS + 2, e.line());
		assertTrue(e.getMessage().contains("more than 100000"), e.getMessage());
	}

	/** The valid design with its deposition cell's collector replaced by explicit fibres from a file. */
	private CellDesign withExplicitFibres(String table) throws IOException {
		Path csv = folder.resolve("fibres.csv");
		Files.writeString(csv, table, StandardCharsets.UTF_8);
		CellDesign design = Designs.valid();
		ExplicitFibres host = AnodyneFactory.eINSTANCE.createExplicitFibres();
		host.setThickness(300);
		host.setPorosity(0.75);
		host.setSubstrate("carbon");
		host.setPeriodicWidth(100);
		host.setFibreFile(csv.toString());
		design.getCells().get(0).getAnode().setCollector(host);
		return design;
	}

	private static List<DesignDiagnostic> findings(CellDesign design, String code) {
		return DesignValidation.validate(design, TestMetals.registry()).stream().filter(d -> d.code().equals(code))
				.toList();
	}

	@Test
	void thePeerLayoutValidatesAndBadFilesAreReportedWithLineAndColumn() throws IOException {
		CellDesign design = withExplicitFibres(peerTable());
		List<DesignDiagnostic> all = DesignValidation.validate(design, TestMetals.registry());
		assertEquals(List.of(), all.stream().filter(d -> d.severity() == Severity.ERROR).toList());
		// 150 fibres of 4 µm in 100 µm × 300 µm leave a porosity of 0.749.
		assertEquals(List.of(), findings(design, "explicit-fibres-porosity"));

		List<DesignDiagnostic> broken = findings(withExplicitFibres(peerTable().replace("35,15,4", "35,15,zero")),
				"fibre-file");
		assertEquals(1, broken.size(), broken.toString());
		assertTrue(broken.get(0).message().contains("line 8, column 3 (r_um): 'zero' is not a number"),
				broken.get(0).message());
		assertEquals("/cells[Li-CC inverted]/anode/collector", broken.get(0).elementPath());

		List<DesignDiagnostic> above = findings(withExplicitFibres(peerTable().replace("15,295,4", "15,298,4")),
				"fibre-outside-host");
		assertEquals(1, above.size(), above.toString());
		assertTrue(above.get(0).message().contains("line 147"), above.get(0).message());
	}

	@Test
	void listedFibresAreCheckedAndTheStudyMustUseTheirWidth() throws IOException {
		CellDesign design = withExplicitFibres(peerTable());
		ExplicitFibres host = (ExplicitFibres) design.getCells().get(0).getAnode().getCollector();
		ExplicitFibre low = AnodyneFactory.eINSTANCE.createExplicitFibre();
		low.setX(50);
		low.setY(2);
		low.setRadius(4);
		host.getFibres().add(low);
		ExplicitFibre odd = AnodyneFactory.eINSTANCE.createExplicitFibre();
		odd.setX(50);
		odd.setY(150);
		odd.setRadius(4);
		odd.setSubstrate("graphene");
		host.getFibres().add(odd);
		host.setPeriodicWidth(80);
		List<DesignDiagnostic> all = DesignValidation.validate(design, TestMetals.registry());
		assertTrue(all.stream().anyMatch(d -> d.code().equals("fibre-outside-host") && d.message().contains("below")),
				all.toString());
		assertTrue(all.stream().anyMatch(d -> d.code().equals("unknown-substrate") && d.message().contains("graphene")),
				all.toString());
		assertTrue(
				all.stream().anyMatch(d -> d.code().equals("explicit-fibres-width") && d.message().contains("80 µm")),
				all.toString());
		assertTrue(all.stream().anyMatch(d -> d.code().equals("explicit-fibres-porosity")), all.toString());
	}

	@Test
	void importTurnsRowsIntoListedFibres() throws IOException {
		List<ExplicitFibre> fibres = FibreCsv.toModel(read(peerTable()));
		assertEquals(150, fibres.size());
		assertEquals(List.of(15.0, 15.0, 4.0),
				List.of(fibres.get(5).getX(), fibres.get(5).getY(), fibres.get(5).getRadius()));
		assertTrue(fibres.get(5).isCovered());
		assertEquals("carbon", fibres.get(5).getSubstrate());
	}
}
