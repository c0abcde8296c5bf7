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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.anodyne.results.Column;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.results.picture.FieldPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyResultTest {

	@TempDir
	Path root;

	static Provenance provenance() {
		return new Provenance("0.1.0.test", "examples/li-cc.anodyne", "sha256:abc", "sha256:def", "Li||Li inverted",
				"li", "CarbonCloth", Map.of("gridSpacingUm", 2.0, "timeStepS", 10.0));
	}

	static StudySummary depositionSummary(double bottomFraction) {
		return StudySummary.builder("plate 1 mAh/cm2 at 0.25", ResultsFormat.KIND_DEPOSITION_2D)
				.message("plated 1 mAh/cm2").wallSeconds(2.5).provenance(provenance())
				.scalar(ScalarNames.BOTTOM_FRACTION, bottomFraction)
				.scalar(ScalarNames.BOTTOM_CURRENT_FRACTION, 0.91)
				.scalar(ScalarNames.MAX_DEPOSIT_HEIGHT_UM, 61.0)
				.scalar(ScalarNames.SEPARATOR_GAP_UM, 239.0)
				.scalar(ScalarNames.FINAL_OVERPOTENTIAL_MV, 17.2)
				.scalar(ScalarNames.CHARGE_ERROR, 3e-9)
				.scalar(ScalarNames.PI, Double.POSITIVE_INFINITY)
				.scalar(ScalarNames.J_OVER_JLIM, 0.012)
				.scalar(ScalarNames.T_OVER_TAU_SAND, 0.4)
				.build();
	}

	/** A deposition result at root/d/s: its series and a summary of bottom fraction 0.8. */
	private Path depositionResult() throws IOException {
		Path dir = root.resolve("d/s");
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeSeries("deposition", depositionSeries());
			out.commit(depositionSummary(0.8));
		}
		return dir;
	}

	private static Series depositionSeries() {
		return Series.builder(new Column("time", "h"), new Column("cell overpotential", "mV"),
				Column.dimensionless("bottom fraction")).add(0, 16.9, 0.93).add(2, 17.1, 0.9).add(4, 17.2, 0.88)
				.build();
	}

	@Test
	void aCommittedResultReadsBackWhole() throws Exception {
		Path dir = root.resolve("li-cc/plate_1_mAh_cm2_at_0.25");
		FieldFrame frame = FieldFileTest.sample();
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeSeries("deposition", depositionSeries());
			try (StudyResultWriter.SeriesAppender trace = out.openSeries("voltage",
					List.of(new Column("time", "h"), new Column("voltage", "mV")))) {
				for (int i = 0; i < 1000; i++) {
					trace.append(i * 0.01, 17 + Math.sin(i));
				}
			}
			out.writeField("t0001", frame);
			out.writePicture("deposit", FieldPicture.of(frame, "concentration").render(), "salt after plating");
			out.commit(depositionSummary(0.87));
		}
		StudyResult result = StudyResult.read(dir);
		StudySummary s = result.summary();
		assertEquals(ResultsFormat.FORMAT_VERSION, s.formatVersion());
		assertEquals("plate 1 mAh/cm2 at 0.25", s.study());
		assertEquals("deposition2D", s.kind());
		assertEquals(StudyStatus.OK, s.status());
		assertEquals(2.5, s.wallSeconds());
		assertEquals(provenance(), s.provenance());
		assertEquals(0.87, s.number(ScalarNames.BOTTOM_FRACTION).orElseThrow());
		assertEquals(Double.POSITIVE_INFINITY, s.number(ScalarNames.PI).orElseThrow());
		assertEquals(List.of("deposition", "voltage"), s.series().stream().map(e -> e.name()).toList());
		assertEquals(1000, s.series().get(1).rows());
		assertArrayEquals(depositionSeries().column("bottom fraction"),
				result.series("deposition").column("bottom fraction"));
		assertEquals(1000, result.series("voltage").rowCount());
		FieldFrame back = result.field("t0001");
		assertEquals(List.of("electrolyte", "separator", "substrate"), back.mask("kind").orElseThrow().legend(),
				"the reader attaches the legend from the summary");
		assertEquals(3600.5, result.lastField().orElseThrow().timeSeconds());
		assertTrue(Files.size(result.picture("deposit")) > 100);
		assertEquals(List.of(dir), StudyResult.find(root));
		try (Stream<Path> siblings = Files.list(dir.getParent())) {
			assertEquals(List.of(dir), siblings.toList(), "no staging directory is left behind");
		}
	}

	/**
	 * Viewers of one result that draw the same series (a life result's voltage trace: against time and,
	 * per cycle, against capacity) share one read of its file.
	 */
	@Test
	void aSeriesIsReadOnceAndShared() throws Exception {
		Path dir = depositionResult();
		StudyResult result = StudyResult.read(dir);
		Series first = result.series("deposition");
		Files.delete(dir.resolve(result.summary().series().get(0).file()));
		assertSame(first, result.series("deposition"), "the second call reads no file");
		assertThrows(IOException.class, () -> StudyResult.read(dir).series("deposition"),
				"another reading of the result reads the file again");
	}

	@Test
	void cycleLifeScalarsKeepTheirTypes() throws Exception {
		Path dir = root.resolve("li-lfp/life");
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.commit(StudySummary.builder("life at 1C", ResultsFormat.KIND_CYCLE_LIFE).provenance(provenance())
					.scalar(ScalarNames.CYCLES_TO_FAILURE, 400L)
					.scalar(ScalarNames.HOURS_TO_FAILURE, 812.5)
					.scalar(ScalarNames.FAILURE_MODE, "capacity")
					.scalar(ScalarNames.CENSORED, false)
					.cycleMap(ScalarNames.RETENTION, Map.of(750, 0.823, 300, 0.937, 1, 1.0))
					.scalar(ScalarNames.COULOMBIC_EFFICIENCY, 0.9876)
					.scalar(ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV, 17.0)
					.build());
		}
		StudySummary s = StudyResult.read(dir).summary();
		assertEquals(400.0, s.number(ScalarNames.CYCLES_TO_FAILURE).orElseThrow());
		assertEquals(400L, s.scalars().get(ScalarNames.CYCLES_TO_FAILURE));
		assertEquals("capacity", s.text(ScalarNames.FAILURE_MODE).orElseThrow());
		assertEquals(false, s.flag(ScalarNames.CENSORED).orElseThrow());
		assertEquals(List.of(1, 300, 750), List.copyOf(s.cycleMap(ScalarNames.RETENTION).keySet()));
		assertEquals(0.937, s.cycleMap(ScalarNames.RETENTION).get(300));
		String json = Files.readString(dir.resolve("summary.json"));
		assertTrue(json.contains("\"retention\": {\n      \"1\": 1.0,\n      \"300\": 0.937,"), json);
	}

	@Test
	void anAbandonedWriteLeavesThePreviousResultUntouched() throws Exception {
		Path dir = depositionResult();
		String before = Files.readString(dir.resolve("summary.json"));
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeSeries("deposition", Series.builder(new Column("time", "h")).add(99).build());
			// no commit: cancelled, or the solver threw
		}
		assertEquals(before, Files.readString(dir.resolve("summary.json")));
		assertEquals(3, StudyResult.read(dir).series("deposition").rowCount());
		try (Stream<Path> siblings = Files.list(dir.getParent())) {
			assertEquals(List.of(dir), siblings.toList());
		}

		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.commit(depositionSummary(0.9));
		}
		assertEquals(0.9, StudyResult.read(dir).summary().number(ScalarNames.BOTTOM_FRACTION).orElseThrow());
		assertTrue(StudyResult.read(dir).summary().series().isEmpty(), "a new result replaces the old one whole");
	}

	@Test
	void leftoversOfAKilledWriterAreCleanedUpOrRestored() throws Exception {
		Path dir = root.resolve("d/s");
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.commit(depositionSummary(0.8));
		}
		long deadPid = findDeadPid();
		Path staging = dir.resolveSibling(".s~writing-" + deadPid + "-1");
		Files.createDirectories(staging.resolve("fields"));
		Files.writeString(staging.resolve("deposition.csv"), "time [h]\n1\n");
		// A commit killed between its two renames: the old result set aside, nothing in its place.
		Path setAside = dir.resolveSibling(".s~old-" + deadPid + "-2");
		Files.move(dir, setAside);
		StudyResultWriter.create(dir).close();
		assertTrue(Files.exists(dir.resolve("summary.json")), "the set-aside result is put back");
		assertFalse(Files.exists(staging), "a dead writer's staging directory is removed");
		assertEquals(0.8, StudyResult.read(dir).summary().number(ScalarNames.BOTTOM_FRACTION).orElseThrow());
	}

	private static long findDeadPid() {
		for (long pid = 4_000_000;; pid++) {
			if (ProcessHandle.of(pid).isEmpty()) {
				return pid;
			}
		}
	}

	@Test
	void summariesThatAreDamagedHostileOrNewerAreRefusedByName() throws Exception {
		Path dir = depositionResult();
		Path summary = dir.resolve("summary.json");
		String good = Files.readString(summary);
		Map<String, String> edits = Map.of(
				"\"formatVersion\": 1", "\"formatVersion\": 2",
				"\"status\": \"ok\"", "\"status\": \"fine\"",
				"\"file\": \"deposition.csv\"", "\"file\": \"../../../etc/passwd\"",
				"\"wallSeconds\": 2.5", "\"wallSeconds\": \"slow\"",
				"\"provenance\": {", "\"provenance\": [], \"x\": {");
		for (Map.Entry<String, String> e : edits.entrySet()) {
			assertTrue(good.contains(e.getKey()), e.getKey());
			Files.writeString(summary, good.replace(e.getKey(), e.getValue()));
			ResultsFormatException ex = assertThrows(ResultsFormatException.class, () -> StudyResult.read(dir),
					e.getValue());
			assertTrue(ex.getMessage().startsWith(summary.toString()), ex.getMessage());
		}
		Files.writeString(summary, good.substring(0, good.length() / 2));
		assertThrows(ResultsFormatException.class, () -> StudyResult.read(dir));
		Files.delete(summary);
		ResultsFormatException missing = assertThrows(ResultsFormatException.class, () -> StudyResult.read(dir));
		assertTrue(missing.getMessage().contains("summary.json is missing"), missing.getMessage());
	}

	@Test
	void anInputHashRecordedLaterKeepsEverythingElse() throws Exception {
		Path dir = depositionResult();
		StudySummary before = StudyResult.read(dir).summary();
		StudyResultWriter.recordInputHash(dir, "sha256:0123");
		StudySummary after = StudyResult.read(dir).summary();
		assertEquals("sha256:0123", after.provenance().inputHash());
		assertEquals(before.provenance().withInputHash("sha256:0123"), after.provenance());
		assertEquals(before.scalars(), after.scalars());
		assertEquals(before.series(), after.series());
		assertEquals(before.finishedAt(), after.finishedAt());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("deposition.csv", "summary.json"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aFailedStudyIsAResultWithItsMessage() throws Exception {
		Path dir = root.resolve("d/diverged");
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.commit(StudySummary.builder("diverged", ResultsFormat.KIND_DEPOSITION_2D).status(StudyStatus.FAILED)
					.message("Newton iteration for the electrolyte potential diverged at step 12")
					.provenance(provenance())
					.build());
		}
		StudySummary s = StudyResult.read(dir).summary();
		assertEquals(StudyStatus.FAILED, s.status());
		assertEquals("Newton iteration for the electrolyte potential diverged at step 12", s.message());
	}

	@Test
	void namesThatWouldEscapeTheDirectoryOrRepeatAreRefused() throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(root.resolve("d/s"))) {
			for (String bad : List.of("../x", "a/b", ".hidden", "", "summary json", "é")) {
				assertThrows(IllegalArgumentException.class, () -> out.writeSeries(bad, depositionSeries()), bad);
			}
			out.writeSeries("deposition", depositionSeries());
			assertThrows(IllegalArgumentException.class, () -> out.writeSeries("deposition", depositionSeries()));
			// A series and its picture may share a name: deposition.csv and deposition.png.
			out.writePicture("deposition", new org.anodyne.results.picture.Scene(40, 40, ""), "");
		}
	}
}
