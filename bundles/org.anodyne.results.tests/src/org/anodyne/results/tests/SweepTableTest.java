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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.SweepTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep.json and sweep.csv as the results README specifies them. */
class SweepTableTest {

	private static SweepTable table() {
		return new SweepTable("thickness", "plate", "cycleLife", "latinHypercube", 7L, "/d/x.anodyne",
				List.of(new SweepTable.Parameter("host thickness", "cells[c]/anode/collector/thickness", "um")),
				List.of(new SweepTable.Output("hoursToFailure", "h"), new SweepTable.Output("failureMode", "-"),
						new SweepTable.Output("censored", "-")),
				List.of(new SweepTable.Point(0, SweepTable.pointFolder(0), new double[]{250}, SweepTable.OK, "ok",
						"sha256:ab", 1.5,
						Map.of("hoursToFailure", 1100.5, "failureMode", "separator", "censored", false)),
						new SweepTable.Point(1, SweepTable.pointFolder(1), new double[]{350}, SweepTable.FAILED,
								"diverged at t = 3 s", "sha256:cd", 0.5, Map.of()),
						new SweepTable.Point(2, SweepTable.pointFolder(2), new double[]{450}, SweepTable.MISSING, "",
								"",
								Double.NaN, Map.of())),
				12.0, "2026-12-06T20:00:00Z");
	}

	@Test
	void theTableRoundTripsAndItsCsvHasUnitsInTheHeaders(@TempDir Path dir) throws Exception {
		table().write(dir);
		assertEquals("""
				point [-],host thickness [um],hoursToFailure [h],failureMode [-],censored [-]
				0,250,1100.5,NaN,0
				1,350,NaN,NaN,NaN
				2,450,NaN,NaN,NaN
				""", Files.readString(dir.resolve(SweepTable.CSV_FILE)));
		SweepTable read = SweepTable.read(dir);
		assertEquals("points/0001", read.points().get(1).folder());
		assertArrayEquals(new double[]{350}, read.points().get(1).values(), 0.0);
		assertEquals("separator", read.points().get(0).outputs().get("failureMode"));
		assertEquals(1100.5, read.points().get(0).number("hoursToFailure"), 0.0);
		assertEquals(7L, read.seed());
		assertEquals(1, read.count(SweepTable.MISSING));
		assertTrue(Double.isNaN(read.points().get(2).wallSeconds()));
		String json = Files.readString(dir.resolve(SweepTable.JSON_FILE));
		assertTrue(json.contains("\"counts\": {\n    \"ok\": 1,\n    \"failed\": 1,\n    \"missing\": 1"), json);
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left");
		}
	}

	@Test
	void aTableOfANewerFormatOrAMalformedOneIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
		table().write(dir);
		Path json = dir.resolve(SweepTable.JSON_FILE);
		Files.writeString(json, Files.readString(json).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
		ResultsFormatException newer = assertThrows(ResultsFormatException.class, () -> SweepTable.read(dir));
		assertTrue(newer.getMessage().contains("newer Anodyne") && newer.getMessage().contains("sweep.json"),
				newer.getMessage());
		Files.writeString(json, "{\"formatVersion\": 1, \"parameters\": 3}");
		assertTrue(assertThrows(ResultsFormatException.class, () -> SweepTable.read(dir)).getMessage()
				.contains("not a sweep table"));
		Files.delete(json);
		assertTrue(assertThrows(ResultsFormatException.class, () -> SweepTable.read(dir)).getMessage()
				.contains("sweep.json is missing"));
		assertNull(SweepTable.read(writeGrid(dir)).seed());
	}

	private static Path writeGrid(Path dir) throws Exception {
		Path grid = dir.resolve("grid");
		SweepTable t = table();
		new SweepTable(t.sweep(), t.study(), t.kind(), "grid", null, t.modelFile(), t.parameters(), t.outputs(),
				t.points(),
				t.wallSeconds(), t.finishedAt()).write(grid);
		return grid;
	}
}
