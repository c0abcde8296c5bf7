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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.anodyne.results.FieldFrame;
import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.internal.VtkLegacy;
import org.junit.jupiter.api.Test;

class FieldFileTest {

	private static final Path NAME = Path.of("t0001.vtk");

	static FieldFrame sample() {
		int nx = 5;
		int ny = 4;
		double[] c = new double[nx * ny];
		float[] phi = new float[nx * ny];
		byte[] kind = new byte[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				c[k] = 1.0 + 0.01 * i - 0.1 * j;
				phi[k] = j == 0 ? Float.NaN : -0.5f * j;
				kind[k] = (byte) (j == 0 ? 2 : i == 4 ? 200 : 0);
			}
		}
		return FieldFrame.builder(nx, ny, 2.0).time(3600.5).label("after 0.25 mAh/cm2")
				.array("concentration", "mol/L", c)
				.array("potential", "mV", phi)
				.mask("kind", kind, List.of("electrolyte", "separator", "substrate"))
				.build();
	}

	private static byte[] bytes(FieldFrame frame) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		VtkLegacy.write(frame, out);
		return out.toByteArray();
	}

	@Test
	void aFrameReadsBackWithValuesTimeLabelAndMasks() throws Exception {
		FieldFrame frame = sample();
		FieldFrame back = VtkLegacy.read(NAME, bytes(frame));
		assertEquals(5, back.nx());
		assertEquals(4, back.ny());
		assertEquals(2.0, back.spacingUm());
		assertEquals(3600.5, back.timeSeconds());
		assertEquals("after 0.25 mAh/cm2", back.label());
		assertEquals("mol/L", back.array("concentration").orElseThrow().unit());
		assertArrayEquals(frame.array("concentration").orElseThrow().values(),
				back.array("concentration").orElseThrow().values());
		float[] phi = back.array("potential").orElseThrow().values();
		assertTrue(Float.isNaN(phi[0]), "NaN marks cells without electrolyte and must survive");
		assertEquals(-1.5f, phi[3 * 5 + 2]);
		byte[] kind = back.mask("kind").orElseThrow().codes();
		assertEquals(200, kind[5 + 4] & 0xff, "mask codes are unsigned");
		assertEquals(List.of(), back.mask("kind").orElseThrow().legend(), "legends live in the summary");
	}

	@Test
	void theFileIsPlainVtkLegacyBinaryThatOtherToolsOpen() throws Exception {
		byte[] file = bytes(sample());
		String head = new String(file, 0, 300, StandardCharsets.ISO_8859_1);
		String[] lines = head.split("\n");
		assertEquals("# vtk DataFile Version 3.0", lines[0]);
		assertEquals("Anodyne field v1 time_s=3600.5 label=after 0.25 mAh/cm2", lines[1]);
		assertEquals("BINARY", lines[2]);
		assertEquals("DATASET STRUCTURED_POINTS", lines[3]);
		assertEquals("DIMENSIONS 6 5 1", lines[4], "points, one more than cells each way");
		assertEquals("ORIGIN 0 0 0", lines[5]);
		assertEquals("SPACING 2.0 2.0 2.0", lines[6]);
		assertEquals("CELL_DATA 20", lines[7]);
		assertEquals("SCALARS concentration[mol/L] float 1", lines[8]);
		assertEquals("LOOKUP_TABLE default", lines[9]);
		int data = head.indexOf("LOOKUP_TABLE default\n") + "LOOKUP_TABLE default\n".length();
		// VTK legacy binary is big-endian IEEE float: cell (0,0) holds c = 1.0.
		assertEquals(1.0f, ByteBuffer.wrap(file, data, 4).getFloat());
		assertEquals(file.length, data + 20 * 4 + 1 + "SCALARS potential[mV] float 1\nLOOKUP_TABLE default\n".length()
				+ 20 * 4 + 1 + "SCALARS kind unsigned_char 1\nLOOKUP_TABLE default\n".length() + 20 + 1);
	}

	@Test
	void damagedFilesAreRejectedWithTheFileAndOffset() throws Exception {
		byte[] file = bytes(sample());
		for (int cut : new int[]{0, 10, 40, 150, file.length / 2, file.length - 3}) {
			byte[] truncated = Arrays.copyOf(file, cut);
			ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> VtkLegacy.read(NAME, truncated),
					"truncated at " + cut);
			assertTrue(e.getMessage().startsWith("t0001.vtk: at byte "), e.getMessage());
		}
		String text = new String(file, StandardCharsets.ISO_8859_1);
		for (String[] edit : new String[][]{{"CELL_DATA 20", "CELL_DATA 21"}, {"DIMENSIONS 6 5 1", "DIMENSIONS 6 5 2"},
				{"Anodyne field v1", "Anodyne field v9"}, {"float 1", "double 1"}, {"SPACING 2.0", "SPACING -2.0"},
				{"DIMENSIONS 6 5 1", "DIMENSIONS 99999999 99999999 1"}}) {
			byte[] bad = text.replaceFirst(java.util.regex.Pattern.quote(edit[0]), edit[1])
					.getBytes(StandardCharsets.ISO_8859_1);
			ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> VtkLegacy.read(NAME, bad),
					edit[1]);
			assertTrue(e.getMessage().contains("t0001.vtk"), e.getMessage());
		}
	}

	@Test
	void framesRefuseArraysOfTheWrongSizeOrWithUnwritableNames() {
		FieldFrame.Builder b = FieldFrame.builder(3, 2, 1.0);
		assertThrows(IllegalArgumentException.class, () -> b.array("c", "mol/L", new double[5]));
		assertThrows(IllegalArgumentException.class, () -> b.array("salt concentration", "mol/L", new double[6]));
		assertThrows(IllegalArgumentException.class, () -> b.array("c", "mol / L", new double[6]));
		b.array("c", "mol/L", new double[6]);
		assertThrows(IllegalArgumentException.class, () -> b.mask("c", new byte[6], List.of()));
		assertThrows(IllegalArgumentException.class, () -> FieldFrame.builder(0, 2, 1.0));
		assertThrows(IllegalArgumentException.class, () -> FieldFrame.builder(2, 2, Double.NaN));
	}
}
