/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.anodyne.results.Column;
import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.Series;
import org.anodyne.results.internal.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesTest {

	@TempDir
	Path dir;

	@Test
	void csvHeadersCarryUnitsAndNumbersReadBackExactly() throws Exception {
		Series s = Series.builder(new Column("time", "h"), new Column("voltage", "mV"),
				new Column("current density", "mA/cm2"), Column.dimensionless("cycle"))
				.add(0, 14.5, 0.25, 1)
				.add(1.0 / 3.0, -17.123456789012345, 1e-12, 2)
				.add(8, Double.NaN, Double.POSITIVE_INFINITY, 3)
				.build();
		StringWriter text = new StringWriter();
		Csv.write(s, text);
		String[] lines = text.toString().split("\n");
		assertEquals("time [h],voltage [mV],current density [mA/cm2],cycle [-]", lines[0]);
		assertEquals("0,14.5,0.25,1", lines[1], "integral values are written without a fraction");
		Path file = dir.resolve("s.csv");
		Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
		Series back = Csv.read(file);
		assertEquals(s.columns(), back.columns());
		for (int c = 0; c < 4; c++) {
			assertArrayEquals(s.column(c), back.column(c), 0.0);
		}
	}

	@Test
	void malformedCsvNamesTheFileAndTheLine() throws Exception {
		Path noUnit = dir.resolve("a.csv");
		Files.writeString(noUnit, "time,voltage [mV]\n1,2\n");
		ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> Csv.read(noUnit));
		assertTrue(e.getMessage().contains("a.csv") && e.getMessage().contains("line 1"), e.getMessage());

		Path shortRow = dir.resolve("b.csv");
		Files.writeString(shortRow, "time [h],voltage [mV]\n1,2\n3\n");
		e = assertThrows(ResultsFormatException.class, () -> Csv.read(shortRow));
		assertTrue(e.getMessage().contains("line 3"), e.getMessage());

		Path word = dir.resolve("c.csv");
		Files.writeString(word, "time [h]\n0x1p3f\n");
		e = assertThrows(ResultsFormatException.class, () -> Csv.read(word));
		assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("not a number"), e.getMessage());
	}

	@Test
	void columnsRefuseTextTheHeaderCannotHold() {
		assertThrows(IllegalArgumentException.class, () -> new Column("a,b", "h"));
		assertThrows(IllegalArgumentException.class, () -> new Column("a", "[h]"));
		assertThrows(IllegalArgumentException.class, () -> new Column("a", ""));
		assertThrows(IllegalArgumentException.class, () -> Series.builder(new Column("t", "h"), new Column("t", "s")));
		assertEquals(new Column("current density", "mA/cm2"), Column.parse(" current density [mA/cm2] "));
	}

	@Test
	void downsamplingKeepsEndsAndEveryExtremeWithinTheBudget() {
		int n = 1_000_003;
		Series.Builder b = Series.builder(new Column("time", "h"), new Column("voltage", "mV"),
				new Column("capacity", "mAh/cm2"));
		for (int i = 0; i < n; i++) {
			double v = Math.sin(i * 1e-3) * 10;
			if (i == 123_457) {
				v = 95; // a single-sample spike a display must not lose
			}
			if (i == 777_777) {
				v = -80;
			}
			b.add(i * 0.01, v, i % 1000 == 0 ? Double.NaN : 1.0 - i * 1e-7);
		}
		Series full = b.build();
		Series thin = full.downsample(2000);
		assertTrue(thin.rowCount() <= 2000, "rows: " + thin.rowCount());
		assertTrue(thin.rowCount() > 600, "rows: " + thin.rowCount());
		double[] t = thin.column("time");
		double[] v = thin.column("voltage");
		assertEquals(0.0, t[0]);
		assertEquals((n - 1) * 0.01, t[t.length - 1], 1e-9);
		for (int i = 1; i < t.length; i++) {
			assertTrue(t[i] > t[i - 1], "rows stay in order");
		}
		assertEquals(95.0, max(v));
		assertEquals(-80.0, min(v));
		assertEquals(1.0 - (n - 1) * 1e-7, min(thin.column("capacity")), 1e-12);
		assertSame(full, full.downsample(n), "a series that fits is returned as it is");
		assertThrows(IllegalArgumentException.class, () -> full.downsample(5));
	}

	private static double max(double[] a) {
		return java.util.Arrays.stream(a).filter(Double::isFinite).max().orElseThrow();
	}

	private static double min(double[] a) {
		return java.util.Arrays.stream(a).filter(Double::isFinite).min().orElseThrow();
	}

	@Test
	void wholeColumnsMustHaveOneLength() {
		assertThrows(IllegalArgumentException.class,
				() -> Series.of(List.of(new Column("a", "h"), new Column("b", "h")), new double[2], new double[3]));
	}
}
