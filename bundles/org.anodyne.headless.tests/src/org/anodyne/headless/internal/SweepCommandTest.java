/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.anodyne.results.SweepTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anodyne sweep} on a 4-point slice of the example sweep (coarse 2D deposition). */
class SweepCommandTest {

	private static final String SWEEP = "Host thickness and current density";

	@TempDir
	Path dir;

	/**
	 * The example with its deposition sweep cut to 2 × 2 points on a 5 µm grid, and no life sweep, as
	 * {@code dir/sweep.anodyne}.
	 */
	static Path design(Path dir) throws Exception {
		String text = Files.readString(CliRun.examples().resolve("li-cc-host-thickness-sweep.anodyne"));
		text = text.replaceAll("(?s)\\s*<sweeps id=\"life-.*?</sweeps>", "")
				.replace("<solver gridSpacing=\"4.0\" timeStep=\"120.0\"",
						"<solver gridSpacing=\"5.0\" timeStep=\"120.0\"")
				.replace("<values>300.0</values>", "").replace("<values>400.0</values>", "")
				.replace("to=\"1.0\" count=\"3\"", "to=\"1.0\" count=\"2\"");
		Path file = dir.resolve("sweep.anodyne");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void sweepRunsThePointsWritesTheTableAndResumesWithoutRerunning() throws Exception {
		Path file = design(dir);
		Path out = dir.resolve("out");
		CliRun first = CliRun.of("sweep", file.toString(), "--jobs", "2", "--out", out.toString());
		assertEquals(ExitCode.OK, first.exit(), first.toString());
		assertTrue(first.err().contains("4 points: 4 to run, 0 finished before"), first.toString());
		assertTrue(first.err().contains("[4/4] point"), first.toString());
		assertTrue(first.err().contains("host thickness=350 um"), first.toString());
		assertTrue(first.out().contains("4 points: 4 ok, 0 failed, 0 missing"), first.toString());
		Path sweepDir = out.resolve("sweep").resolve("sweep+Host_thickness_and_current_density");
		assertTrue(Files.readString(sweepDir.resolve(SweepTable.CSV_FILE))
				.startsWith("point [-],host thickness [um],current density [mA/cm2],bottomFraction [-]"));
		assertEquals(4, SweepTable.read(sweepDir).count(SweepTable.OK));
		String summary = Files.readString(sweepDir.resolve("points/0002/summary.json"));

		CliRun again = CliRun.of("sweep", file.toString(), "--out", out.toString());
		assertEquals(ExitCode.OK, again.exit(), again.toString());
		assertTrue(again.err().contains("0 to run, 4 finished before"), again.toString());
		assertEquals(summary, Files.readString(sweepDir.resolve("points/0002/summary.json")));

		CliRun one = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--point", "2", "--force");
		assertEquals(ExitCode.OK, one.exit(), one.toString());
		assertTrue(one.out().startsWith("point 0002 ok: host thickness=350 um, current density=0.25 mA/cm2"),
				one.toString());
		CliRun gather = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--gather");
		assertEquals(ExitCode.OK, gather.exit(), gather.toString());
	}

	@Test
	void badArgumentsAndBadSweepsAreReportedBeforeAnyWork() throws Exception {
		Path file = design(dir);
		CliRun unknown = CliRun.of("sweep", file.toString(), "--sweep", "nope");
		assertEquals(ExitCode.USAGE, unknown.exit(), unknown.toString());
		assertTrue(unknown.err().contains("no sweep 'nope'") && unknown.err().contains(SWEEP), unknown.toString());
		CliRun past = CliRun.of("sweep", file.toString(), "--point", "4");
		assertEquals(ExitCode.USAGE, past.exit(), past.toString());
		assertTrue(past.err().contains("past the last point"), past.toString());
		assertEquals(ExitCode.USAGE, CliRun.of("sweep", file.toString(), "--jobs", "0").exit());
		assertEquals(ExitCode.USAGE, CliRun.of("sweep", file.toString(), "--point", "1", "--gather").exit());

		Files.writeString(file,
				Files.readString(file).replace("anode/collector/thickness", "anode/collector/thicknes"));
		CliRun broken = CliRun.of("sweep", file.toString(), "--out", dir.resolve("out").toString());
		assertEquals(ExitCode.FAILURE, broken.exit(), broken.toString());
		assertTrue(broken.out().contains("sweep-path") || broken.out().contains("has no 'thicknes'"),
				broken.toString());
		assertTrue(!Files.exists(dir.resolve("out")), "nothing run");
	}
}
