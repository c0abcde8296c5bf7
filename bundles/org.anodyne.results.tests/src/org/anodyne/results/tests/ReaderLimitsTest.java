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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.internal.Csv;
import org.anodyne.results.internal.ResultFiles;
import org.anodyne.results.internal.VtkLegacy;
import org.anodyne.results.picture.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results reader against hostile result folders: huge headers, links out of the folder or to
 * devices, oversized files, impossible counts (each read, hung, ran out of memory or echoed another
 * file's content before).
 */
class ReaderLimitsTest {

	@TempDir
	Path dir;

	private static String header(int columns) {
		StringJoiner h = new StringJoiner(",");
		for (int i = 0; i < columns; i++) {
			h.add("c" + i + " [mV]");
		}
		return h.toString();
	}

	@Test
	void aHundredThousandColumnsReadAndAMillionAreRefusedAtTheHeader() throws Exception {
		Path wide = dir.resolve("wide.csv");
		Files.writeString(wide, header(100_000) + "\n" + "1,".repeat(99_999) + "1\n");
		Series s = Csv.read(wide);
		assertEquals(100_000, s.columns().size());
		assertEquals(1, s.rowCount());

		Path wider = dir.resolve("wider.csv");
		Files.writeString(wider, header(ResultFiles.MAX_COLUMNS + 1) + "\n");
		ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> Csv.read(wider));
		assertTrue(e.getMessage().contains("line 1: 100001 columns, more than the 100000 a series may have"),
				e.getMessage());

		Path twice = dir.resolve("twice.csv");
		Files.writeString(twice, header(50_000) + "," + header(1) + "\n");
		e = assertThrows(ResultsFormatException.class, () -> Csv.read(twice));
		assertTrue(e.getMessage().contains("columns 1 and 50001 have the same name"), e.getMessage());
	}

	@Test
	void aLinkOutOfTheFolderIsNotFollowedAndNothingOfItIsEchoed() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET-42,line\n1,2\n");
		Path folder = Files.createDirectories(dir.resolve("result"));
		Path link = Files.createSymbolicLink(folder.resolve("voltage.csv"), secret);
		ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> Csv.read(link));
		assertTrue(e.getMessage().contains("outside its result folder; not followed"), e.getMessage());
		assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());

		// Inside the folder a bad header is described by position, not quoted.
		Path inside = Files.writeString(folder.resolve("bad.csv"), "TOPSECRET-42,line\n1,2\n");
		e = assertThrows(ResultsFormatException.class, () -> Csv.read(inside));
		assertTrue(e.getMessage().contains("line 1, column 1: not a column header"), e.getMessage());
		assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
		Path numbers = Files.writeString(folder.resolve("numbers.csv"), "a [mV]\nTOPSECRET\n");
		e = assertThrows(ResultsFormatException.class, () -> Csv.read(numbers));
		assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
		Path field = Files.writeString(folder.resolve("field.vtk"),
				"# vtk DataFile Version 3.0\nAnodyne field v1 time_s=TOPSECRET label=x\n");
		e = assertThrows(ResultsFormatException.class, () -> VtkLegacy.read(field));
		assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
	}

	@Test
	void devicesAndOversizedFilesAreRefusedBeforeReading() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("result"));
		Path zero = folder.resolve("zero.csv");
		if (Files.exists(Path.of("/dev/zero"))) {
			Files.createSymbolicLink(zero, Path.of("/dev/zero"));
			assertThrows(ResultsFormatException.class, () -> Csv.read(zero));
		}
		Path big = folder.resolve("big.vtk");
		try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
			f.setLength(ResultFiles.MAX_FIELD_BYTES + 1); // sparse: no disk used
		}
		ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> VtkLegacy.read(big));
		assertTrue(
				e.getMessage()
						.contains("more than the " + ResultFiles.MAX_FIELD_BYTES + " bytes a field file may have"),
				e.getMessage());
	}

	@Test
	void impossibleCountsInTheSummaryAreRefused() throws Exception {
		Path result = dir.resolve("r");
		try (StudyResultWriter out = StudyResultWriter.create(result)) {
			// 72 pt at 300 dpi: 300 pixels wide.
			out.writePicture("p", new Scene(72, 36, ""), "");
			out.commit(StudyResultTest.depositionSummary(0.8));
		}
		Path summary = result.resolve("summary.json");
		String text = Files.readString(summary);
		assertTrue(text.contains("\"width\": 300"), text);
		for (String bad : new String[]{"\"width\": \"Infinity\"", "\"width\": -3", "\"width\": 2.5",
				"\"width\": 1e12"}) {
			Files.writeString(summary, text.replace("\"width\": 300", bad));
			ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> StudyResult.read(result), bad);
			assertTrue(e.getMessage().contains("'width' must be a whole number from 1 to 100000"), e.getMessage());
		}
	}
}
