/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.product.smoketest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The fuzz's oversized inputs, through the real product: deep nesting, a huge attribute, thousands of
 * ids, a file beyond the size limit, a study too large to run, a FIFO operand and a name the locale
 * cannot decode. Each must end quickly with a message naming the file and the limit, never a hang, an
 * out-of-memory trace or an "internal error". Sizes are the smallest that exceed each limit.
 */
class OversizedInputsTest {

	private static final String SOLVER = "<solver gridSpacing=\"2.0\" timeStep=\"60.0\" tolerance=\"1.0E-6\""
			+ " domainWidth=\"100.0\" maxCycles=\"1\"/>";

	private static String example() throws Exception {
		return Files.readString(Anodyne.examples().resolve("li-cc-symmetric-inverted.anodyne"), StandardCharsets.UTF_8)
				.replaceAll("(?s)\\s*<studies id=\"life-.*?</studies>", "");
	}

	@Test
	void oversizedDesignsAreRefusedByNameInOneQuickLaunch() throws Exception {
		Path dir = Files.createDirectories(Anodyne.scratch("oversized").resolve("designs"));
		String base = example();
		String open = "<steps xsi:type=\"anodyne:RepeatStep\" count=\"2\">";
		Files.writeString(dir.resolve("deep.anodyne"), base.replaceFirst("(<protocols id=\"plate-1-at-0.25\"[^>]*>)",
				"$1" + open.repeat(20_000) + "</steps>".repeat(20_000)));
		Files.writeString(dir.resolve("huge-attribute.anodyne"),
				base.replaceFirst("description=\"", "description=\"" + "x".repeat(2 << 20)));
		StringBuilder studies = new StringBuilder();
		String study = base.substring(base.indexOf("<studies "), base.indexOf("</studies>") + "</studies>".length());
		for (int i = 0; i < 5000; i++) {
			studies.append(study.replace("id=\"deposition-inverted\"", "id=\"s" + (i == 4999 ? 17 : i) + "\"")
					.replace("name=\"Plate 1 mAh/cm2 at 0.25 (inverted)\"", "name=\"study " + i + "\"")).append('\n');
		}
		Files.writeString(dir.resolve("many-ids.anodyne"), base.replace(study, studies));
		Files.writeString(dir.resolve("fine-grid.anodyne"), base.replace(SOLVER, SOLVER.replace("gridSpacing=\"2.0\"",
				"gridSpacing=\"0.001\"")));
		try (RandomAccessFile f = new RandomAccessFile(dir.resolve("oversized.anodyne").toFile(), "rw")) {
			f.setLength((64L << 20) + 1); // sparse: the size is what counts, no disk is used
		}

		Anodyne.Result run = Anodyne.run(Duration.ofMinutes(2), "validate", dir.toString()).noStackTrace();
		assertEquals(2, run.exit(), run.toString());
		String out = run.out();
		assertTrue(out.contains("deep.anodyne:") && out.contains("elements are nested more than 64 deep"),
				run.toString());
		assertTrue(out.contains("huge-attribute.anodyne:") && out.contains("attribute 'description' of <"),
				run.toString());
		assertTrue(run.outLines().stream().anyMatch(l -> l.contains("many-ids.anodyne:") && l.contains("'s17'")),
				run.toString());
		assertTrue(out.contains("fine-grid.anodyne:") && out.contains("above the cap of 2 000 000 cells"),
				run.toString());
		assertTrue(
				out.contains("oversized.anodyne: /: error: the file is 67108865 bytes, more than the 67108864 bytes"),
				run.toString());
		assertFalse(out.contains("OutOfMemoryError") || run.err().contains("internal error"), run.toString());

		Anodyne.Result solve = Anodyne.run(Duration.ofMinutes(1), "solve", dir.resolve("fine-grid.anodyne").toString())
				.noStackTrace();
		assertEquals(1, solve.exit(), solve.toString());
		assertTrue(solve.out().contains("above the cap of 2 000 000 cells"), solve.toString());
	}

	@Test
	void aFifoOperandAndAnUndecodableNameGetTheirOwnReasons() throws Exception {
		Path dir = Anodyne.scratch("odd-operands");
		Path fifo = dir.resolve("pipe.anodyne");
		if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
			Anodyne.Result run = Anodyne.run(Duration.ofMinutes(1), "validate", fifo.toString()).noStackTrace();
			assertEquals(2, run.exit(), run.toString());
			assertTrue(run.out().contains("not a regular file"), run.toString());
		}
		Path named;
		try {
			named = dir.resolve("caf\u00e9.anodyne");
		} catch (InvalidPathException e) {
			return; // this test's own JVM runs in a locale that cannot name the file either
		}
		Files.writeString(named, example());
		Anodyne.Result run = Anodyne.run(Duration.ofMinutes(1), Map.of("LC_ALL", "C", "LANG", "C"), "validate",
				named.toString()).noStackTrace();
		assertFalse(run.err().contains("internal error") || run.err().contains("InvalidPathException"), run.toString());
		assertTrue(run.exit() == 0 || run.err().contains("LC_ALL=C.UTF-8"), run.toString());
	}
}
