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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The headless commands through the product's own launch script, as a CI job runs them: no display,
 * no workspace, real exit codes, no SWT, results written atomically.
 */
class HeadlessCommandsTest {

	private static final Duration LAUNCH = Duration.ofMinutes(3);
	private static final String EXAMPLE = "li-cc-symmetric-inverted.anodyne";
	private static final String DEPOSITION = "Plate 1 mAh/cm2 at 0.25 (inverted)";
	private static final String DEPOSITION_DIR = "Plate_1_mAh%2Fcm2_at_0.25_%28inverted%29";

	/** A copy of the example with only its 2D deposition study, edited by {@code from → to}. */
	private static Path design(Path folder, String name, String from, String to) throws Exception {
		String text = Files.readString(Anodyne.examples().resolve(EXAMPLE), StandardCharsets.UTF_8)
				.replaceAll("(?s)\\s*<studies id=\"life-.*?</studies>", "");
		assertTrue(text.contains(from), from);
		Path file = folder.resolve(name + ".anodyne");
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void validateRunsWithoutADisplayAndNeverLoadsSwtJfaceOrTheWorkbench() throws Exception {
		Path work = Anodyne.scratch("headless-classes");
		Path classes = work.resolve("classes.log");
		// With the build's display present, to show that the command line stays away from it anyway.
		Map<String, String> env = Map.of("ANODYNE_VM_ARGS", "-Xlog:class+load=info:file=" + classes,
				"DISPLAY", System.getenv().getOrDefault("DISPLAY", ":0"));
		Anodyne.Result run = Anodyne.run(LAUNCH, env, "validate", Anodyne.examples().toString()).noStackTrace();
		assertEquals(0, run.exit(), run.toString());
		assertTrue(run.err().matches("(?s).*anodyne validate: [1-9]\\d* files, 0 errors, \\d+ warnings?\\n"),
				run.toString());
		List<String> loaded = Files.readAllLines(classes);
		assertTrue(loaded.stream().anyMatch(l -> l.contains("org.anodyne.headless.internal.ValidateCommand ")),
				"the class log shows the command ran");
		List<String> ui = loaded.stream().filter(l -> l.matches(
				".*\\] (org\\.eclipse\\.swt|org\\.eclipse\\.jface|org\\.eclipse\\.ui|org\\.eclipse\\.e4\\.ui|org\\.anodyne\\.ui)\\..*"))
				.toList();
		assertEquals(List.of(), ui, "the headless application loaded user-interface classes");

		Anodyne.Result noDisplay = Anodyne.run(LAUNCH, "validate", Anodyne.examples().toString()).noStackTrace();
		assertEquals(0, noDisplay.exit(), noDisplay.toString());
	}

	@Test
	void exitCodesAreZeroOneOrTwoAndTheHighestWins() throws Exception {
		Path work = Anodyne.scratch("headless-exit");
		Path good = Anodyne.examples().resolve(EXAMPLE);
		Path invalid = design(work, "porous", "porosity=\"0.75\"", "porosity=\"1.5\"");
		Path malformed = work.resolve("malformed.anodyne");
		Files.writeString(malformed, "<anodyne:CellDesign xmlns:anodyne=\"http://anodyne.org/model/1.0\"><cells");

		Anodyne.Result help = Anodyne.run(LAUNCH, "validate", "--help").noStackTrace();
		assertEquals(0, help.exit());
		assertTrue(help.out().startsWith("Usage: anodyne validate"), help.toString());

		Anodyne.Result usage = Anodyne.run(LAUNCH, "validate", "--frobnicate", good.toString()).noStackTrace();
		assertEquals(2, usage.exit(), usage.toString());
		assertEquals("anodyne validate: unknown option '--frobnicate'\nRun 'anodyne validate --help' for usage.\n",
				usage.err());

		Anodyne.Result modelError = Anodyne.run(LAUNCH, "validate", good.toString(), invalid.toString()).noStackTrace();
		assertEquals(1, modelError.exit(), modelError.toString());
		assertTrue(modelError.outLines().stream().anyMatch(l -> l.matches(
				Pattern.quote(invalid.toString())
						+ ":\\d+: /cells\\[Li-CC inverted\\]/anode/collector: error: .*1\\.5.*")),
				modelError.toString());

		Anodyne.Result all = Anodyne.run(LAUNCH, "validate", good.toString(), invalid.toString(), malformed.toString())
				.noStackTrace();
		assertEquals(2, all.exit(), all.toString());
		assertEquals(2, Anodyne.run(LAUNCH, "solve", "--study").exit());
		assertEquals(2, Anodyne.run(LAUNCH, "unknown-command").exit());
	}

	@Test
	void ciFormatsJsonAndJunitComeFromTheRealApplication() throws Exception {
		Path work = Anodyne.scratch("headless-ci");
		Path invalid = design(work, "porous", "porosity=\"0.75\"", "porosity=\"1.5\"");
		Path report = work.resolve("validate.xml");
		Anodyne.Result json = Anodyne.run(LAUNCH, "validate", "--format", "json", "--junit", report.toString(),
				Anodyne.examples().toString(), invalid.toString()).noStackTrace();
		assertEquals(1, json.exit(), json.toString());
		assertTrue(json.out().startsWith("{\n  \"files\": ["), json.out());
		assertTrue(json.out().contains("\"status\": \"invalid\"") && json.out().contains("\"code\": \"porosity-range\"")
				&& json.out().contains("\"exitCode\": 1"), json.out());
		String xml = Files.readString(report);
		assertTrue(xml.contains("<testsuite name=\"anodyne validate\"") && xml.contains("failures=\"1\""), xml);
	}

	@Test
	void twoRunsAtOnceDoNotFightOverALock() throws Exception {
		Process a = Anodyne.start(Map.of(), "validate", Anodyne.examples().toString()).process();
		Process b = Anodyne.start(Map.of(), "validate", Anodyne.examples().toString()).process();
		try {
			assertTrue(
					a.waitFor(LAUNCH.toSeconds(), TimeUnit.SECONDS) && b.waitFor(LAUNCH.toSeconds(), TimeUnit.SECONDS),
					"watchdog: concurrent runs did not finish");
			assertEquals(0, a.exitValue());
			assertEquals(0, b.exitValue());
		} finally {
			a.destroyForcibly();
			b.destroyForcibly();
		}
	}

	@Test
	void solveWritesTheResultFormatAndADivergingStudyFailsWithTheSolversMessage() throws Exception {
		Path work = Anodyne.scratch("headless-solve");
		Path file = design(work, "li-cc", "<studies", "<studies");
		Anodyne.Result solve = Anodyne.run(LAUNCH, "solve", file.toString()).noStackTrace();
		assertEquals(0, solve.exit(), solve.toString());
		Path result = work.resolve("results/li-cc").resolve(DEPOSITION_DIR);
		String summary = Files.readString(result.resolve("summary.json"));
		for (String member : List.of("\"formatVersion\": 1", "\"status\": \"ok\"", "\"kind\": \"deposition2D\"",
				"\"bottomFraction\"", "\"separatorGapUm\"", "\"inputHash\": \"sha256:",
				"\"study\": \"" + DEPOSITION + "\"")) {
			assertTrue(summary.contains(member), member + " in\n" + summary);
		}
		try (Stream<Path> files = Files.list(result)) {
			List<String> names = files.map(p -> p.getFileName().toString()).toList();
			assertTrue(
					names.stream().anyMatch(n -> n.endsWith(".csv")) && names.stream().anyMatch(n -> n.endsWith(".png"))
							&& names.contains("fields"),
					names.toString());
		}
		try (Stream<Path> csv = Files.list(result)) {
			Path series = csv.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
			assertTrue(Files.readAllLines(series).get(0).matches("time \\[h\\],.*\\[mV\\].*"), "unit-bearing headers");
		}

		Path diverging = design(work, "diverging", "tolerance=\"1.0E-6\" domainWidth=\"100.0\" maxCycles=\"1\"",
				"tolerance=\"1.0E-300\" domainWidth=\"100.0\" maxCycles=\"1\"");
		Anodyne.Result failed = Anodyne.run(LAUNCH, "solve", diverging.toString()).noStackTrace();
		assertEquals(1, failed.exit(), failed.toString());
		String failedSummary = Files
				.readString(work.resolve("results/diverging").resolve(DEPOSITION_DIR).resolve("summary.json"));
		assertTrue(failedSummary.contains("\"status\": \"failed\"") && failedSummary.contains("did not converge"),
				failedSummary);
		assertTrue(failed.out().contains("did not converge"), "the solver's message is printed: " + failed);
	}

	@Test
	void buildSkipsUnchangedStudiesAndEndsWithASummaryTable() throws Exception {
		Path work = Anodyne.scratch("headless-build");
		Path designs = Files.createDirectories(work.resolve("designs"));
		design(designs, "a", "<studies", "<studies");
		design(designs, "b", "porosity=\"0.75\"", "porosity=\"0.7\"");
		Path out = work.resolve("out");
		Anodyne.Result first = Anodyne.run(LAUNCH, "build", "--out", out.toString(), designs.toString()).noStackTrace();
		assertEquals(0, first.exit(), first.toString());
		assertTrue(first.out().contains("DESIGN") && first.out().contains("2 studies: 2 run, 0 unchanged, 0 failed"),
				first.toString());
		Anodyne.Result second = Anodyne.run(LAUNCH, "build", "--out", out.toString(), designs.toString())
				.noStackTrace();
		assertEquals(0, second.exit(), second.toString());
		assertTrue(second.out().contains("2 studies: 0 run, 2 unchanged, 0 failed"), second.toString());
	}

	@Test
	void anInterruptedSolveLeavesThePreviousCompleteResult() throws Exception {
		Path work = Anodyne.scratch("headless-interrupt");
		// The same study on a finer grid and for longer, so that it is still running when interrupted.
		Path file = design(work, "slow",
				"gridSpacing=\"2.0\" timeStep=\"60.0\" tolerance=\"1.0E-6\" domainWidth=\"100.0\" maxCycles=\"1\"",
				"gridSpacing=\"0.5\" timeStep=\"60.0\" tolerance=\"1.0E-6\" domainWidth=\"100.0\" maxCycles=\"1\"");
		Path result = work.resolve("results/slow").resolve(DEPOSITION_DIR);
		Files.createDirectories(result);
		String previous = "{\"formatVersion\": 1, \"study\": \"previous\"}\n";
		Files.writeString(result.resolve("summary.json"), previous);

		for (boolean graceful : new boolean[]{true, false}) {
			Anodyne.Started started = Anodyne.start(Map.of("ANODYNE_VM_ARGS", "-Danodyne.progressInterval=1"), "solve",
					file.toString());
			Process p = started.process();
			Path err = started.err();
			try {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
				// Progress, with the time left, shows the study is computing.
				while (!Anodyne.read(err).contains(" left") && p.isAlive() && System.nanoTime() < deadline) {
					Thread.sleep(200);
				}
				assertTrue(p.isAlive(), "the study ended before it could be interrupted:\n" + Anodyne.read(err));
				assertTrue(Anodyne.read(err).matches("(?s).*slow / " + Pattern.quote(DEPOSITION)
						+ ": +\\d+% \\d+:\\d\\d elapsed, about \\d+:\\d\\d left.*"), Anodyne.read(err));
				if (graceful) {
					p.destroy();
				} else {
					p.destroyForcibly();
				}
				assertTrue(p.waitFor(60, TimeUnit.SECONDS), "watchdog: the interrupted solve did not stop");
			} finally {
				p.destroyForcibly();
			}
			assertEquals(previous, Files.readString(result.resolve("summary.json")),
					"the previous result is kept whole (" + (graceful ? "Ctrl-C/kill" : "kill -9") + ")");
			try (Stream<Path> siblings = Files.list(result.getParent())) {
				List<Path> left = siblings.filter(s -> !s.equals(result)).toList();
				if (graceful) {
					assertEquals(List.of(), left, "a cancelled run cleans up its partial result");
				} else {
					assertTrue(left.stream().allMatch(s -> s.getFileName().toString().startsWith(".")),
							"a killed run leaves at most a hidden partial directory, never a visible one: " + left);
				}
			}
		}
		assertFalse(Files.readString(result.resolve("summary.json")).contains("\"status\""));
	}

	/**
	 * A product folder copied (or moved) after its archives were made still runs its commands there: the
	 * headless archive remembered the old folder and every command of the copy ended with exit 13.
	 */
	@Test
	void aCopiedProductRunsItsCommandsAndMakesItsOwnArchive() throws Exception {
		Path example = Anodyne.examples().resolve(EXAMPLE);
		assertEquals(0, Anodyne.run(LAUNCH, "validate", example.toString()).noStackTrace().exit());
		Path copy = Anodyne.scratch("copied-product").resolve("anodyne");
		Process cp = new ProcessBuilder("cp", "-a", Anodyne.product().toString(), copy.toString()).inheritIO().start();
		assertEquals(0, cp.waitFor());
		Path err = copy.getParent().resolve("validate.err");
		ProcessBuilder validate = new ProcessBuilder(copy.resolve("anodyne").toString(), "validate", example.toString())
				.redirectErrorStream(true).redirectOutput(err.toFile());
		validate.environment().remove("DISPLAY");
		validate.environment().put("ANODYNE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (int run = 1; run <= 2; run++) {
			Process p = validate.start();
			assertTrue(p.waitFor(LAUNCH.toMillis(), TimeUnit.MILLISECONDS), "validate in the copy finished");
			String output = Files.readString(err, StandardCharsets.UTF_8);
			assertEquals(0, p.exitValue(), "run " + run + " in the copy: " + output);
			assertTrue(output.contains("anodyne validate: 1 file, 0 errors"), output);
		}
		assertTrue(Files.readString(copy.resolve("configuration/headless/headless.stamp"), StandardCharsets.UTF_8)
				.startsWith(copy + " "), "the copy's archive is stamped with the copy's folder");
	}
}
