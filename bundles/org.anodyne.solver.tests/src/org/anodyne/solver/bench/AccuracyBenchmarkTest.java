/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time-to-accuracy benchmark prints its table and writes one per-fibre CSV per case and grid. */
class AccuracyBenchmarkTest {

	@TempDir
	Path folder;

	@Test
	void printsTheTableAndWritesPerFibreCurrents() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AccuracyBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), new double[]{4e-6, 2e-6, 1e-6},
				folder);
		String out = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(out.contains("inverted J = 2.5 A/m2") && out.contains("upright J = 50 A/m2"), out);
		assertTrue(out.contains("Richardson with order 2") && out.contains("cut cells: observed order of phi_s")
				&& out.contains("staircase: observed order of phi_s") && out.contains("per million cells"), out);
		assertTrue(out.contains("cut cells: per 2x unknowns from h = 2 to 1 µm: CPU ") && out.contains("work count"),
				out);
		assertTrue(out.contains("the faster of the two;")
				&& out.contains("staircase: per 2x unknowns over h = 4 to 1 µm: CPU "), out);
		// The conditions of the run: its heap (the test's JVM does not pre-touch one), faults and load.
		assertTrue(out.contains("Heap: ") && out.contains("faults [k]") && out.contains("Machine: ")
				&& out.contains("load average"), out);
		try (var files = Files.list(folder)) {
			assertEquals(12, files.count());
		}
		List<String> lines = Files.readAllLines(folder.resolve("fibres-inverted-J2.5-h1.csv"));
		assertEquals("x_um,y_um,r_um,substrate,covered,current_A_per_m,fraction", lines.get(0));
		assertEquals(151, lines.size());
		double fractions = 0.0;
		double coveredFraction = 0.0;
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			double fraction = Double.parseDouble(f[6]);
			fractions += fraction;
			if (Boolean.parseBoolean(f[4])) {
				coveredFraction += fraction;
				assertTrue(Double.parseDouble(f[1]) < 60.0, line);
			}
		}
		assertEquals(1.0, fractions, 1e-9);
		assertTrue(coveredFraction > 0.99, "the covered bottom rows take the current: " + coveredFraction);
	}

	@Test
	void theUnknownsAreThoseOfThePotential() throws SolverException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DepositionBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), new double[]{4e-6}, false);
		String row = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.strip().startsWith("4.000"))
				.findFirst()
				.orElseThrow();
		String[] columns = row.strip().split("\\s+");
		int cells = Integer.parseInt(columns[1]);
		int unknowns = Integer.parseInt(columns[2]);
		assertTrue(unknowns < cells, "phi per electrolyte cell plus phi_s, not c as well: " + row);
	}
}
