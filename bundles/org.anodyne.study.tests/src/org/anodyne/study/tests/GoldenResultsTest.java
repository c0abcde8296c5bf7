/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.results.Column;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden results: every study of every example design in {@code examples/}, run on a coarse grid
 * ({@value #GRID_UM} µm) and, for cycle-life studies, capped at {@value #MAX_CYCLES} cycles, gives the
 * summary scalars and the last row of its cycle or deposition series that are committed in
 * {@code goldens/<design>.properties} of this bundle. Refactorings must keep these numbers; a change in
 * the physics regenerates them and says why in its commit.
 * <p>
 * Regenerate (one line, from the repository root):
 * <pre>
 * ./build verify -o -Dtest=GoldenResultsTest -Dsurefire.failIfNoSpecifiedTests=false -Danodyne.goldens.update=true
 * </pre>
 * (the parent pom passes {@code anodyne.goldens.update} to the test runtime), then review and commit
 * the changed {@code goldens/*.properties}.
 */
class GoldenResultsTest {

	/**
	 * Allowed relative difference between a computed number and its golden value. A refactoring that
	 * keeps the order of the arithmetic reproduces the goldens bit for bit (the test prints how many
	 * were not); one that reorders sums may move the last digits. 1e-9 is far above rounding noise of
	 * reordered sums (≈1e-15 × the number of terms) and far below any change of the physics.
	 */
	static final double RELATIVE_TOLERANCE = 1e-9;

	/** Grid spacing of every golden run [µm], coarse enough to keep the whole test short. */
	static final double GRID_UM = 5.0;

	/** Cycles of every golden cycle-life run. */
	static final int MAX_CYCLES = 6;

	private static final String UPDATE = "anodyne.goldens.update";

	@Test
	void everyExampleStudyReproducesItsGoldenNumbers(@TempDir Path tmp) throws IOException {
		Path goldens = goldenDirectory();
		boolean update = Boolean.getBoolean(UPDATE);
		List<String> differences = new ArrayList<>();
		int compared = 0;
		int inexact = 0;
		List<Path> designs = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(Examples.directory(), "*.anodyne")) {
			files.forEach(designs::add);
		}
		designs.sort(null);
		assertTrue(designs.size() >= 10, "examples found: " + designs);
		StudyRunner runner = Examples.runner();
		for (Path design : designs) {
			String stem = design.getFileName().toString().replaceFirst("\\.anodyne$", "");
			Map<String, String> computed = compute(runner, design, tmp.resolve(stem));
			Path file = goldens.resolve(stem + ".properties");
			if (update) {
				write(file, design.getFileName().toString(), computed);
				continue;
			}
			if (!Files.isRegularFile(file)) {
				differences.add(stem + ": no golden file " + file + " (regenerate with -D" + UPDATE + "=true)");
				continue;
			}
			Map<String, String> golden = read(file);
			if (!golden.keySet().equals(computed.keySet())) {
				differences.add(stem + ": keys differ; golden only " + minus(golden, computed) + ", computed only "
						+ minus(computed, golden));
			}
			for (Map.Entry<String, String> e : golden.entrySet()) {
				String now = computed.get(e.getKey());
				if (now == null) {
					continue;
				}
				compared++;
				if (now.equals(e.getValue())) {
					continue;
				}
				inexact++;
				if (!close(e.getValue(), now)) {
					differences.add(stem + ": " + e.getKey() + " = " + now + ", golden " + e.getValue());
				}
			}
		}
		if (update) {
			System.out.println("GoldenResultsTest: goldens written to " + goldens);
			return;
		}
		System.out.println("GoldenResultsTest: " + compared + " numbers compared, " + inexact
				+ " not bit for bit (within " + RELATIVE_TOLERANCE + " relative)");
		if (!differences.isEmpty()) {
			fail(differences.size() + " golden differences:\n  " + String.join("\n  ", differences));
		}
	}

	/** The key figures of every study of a design, as text that reads back to the same double. */
	private static Map<String, String> compute(StudyRunner runner, Path file, Path out) throws IOException {
		LoadResult loaded = DesignResources.load(file);
		assertTrue(loaded.ok(), file + " does not load: " + loaded.diagnostics());
		CellDesign design = loaded.design();
		Map<String, String> values = new TreeMap<>();
		for (Study study : design.getStudies()) {
			coarsen(study);
			Path dir = out.resolve(study.getId());
			StudyOutcome outcome = runner.run(study, dir, null);
			assertEquals(StudyOutcome.Status.OK, outcome.status(), file.getFileName() + " / " + study.getId() + ": "
					+ outcome.message());
			StudyResult result = StudyResult.read(dir);
			assertEquals(StudyStatus.OK, result.summary().status());
			String prefix = study.getId() + ".";
			result.summary().scalars().forEach((name, value) -> put(values, prefix + name, value));
			String series = study.getKind() == StudyKind.CYCLE_LIFE ? "cycles" : "deposition";
			Series rows = result.series(series);
			int last = rows.rowCount() - 1;
			values.put(prefix + series + ".rows", Integer.toString(rows.rowCount()));
			List<Column> columns = rows.columns();
			for (int c = 0; c < columns.size(); c++) {
				values.put(prefix + series + ".last." + columns.get(c).name().replace(' ', '_'),
						Double.toString(rows.value(last, c)));
			}
		}
		return values;
	}

	private static void coarsen(Study study) {
		if (study.getSolver() == null) {
			study.setSolver(org.anodyne.model.AnodyneFactory.eINSTANCE.createSolverSettings());
		}
		study.getSolver().setGridSpacing(Math.max(study.getSolver().getGridSpacing(), GRID_UM));
		if (study.getKind() == StudyKind.CYCLE_LIFE) {
			study.getSolver().setMaxCycles(Math.min(study.getSolver().getMaxCycles(), MAX_CYCLES));
		}
	}

	private static void put(Map<String, String> values, String key, Object value) {
		switch (value) {
		case Double d -> values.put(key, Double.toString(d));
		case Number n -> values.put(key, n.toString());
		case Map<?, ?> m -> m.forEach((k, v) -> put(values, key + "." + k, v));
		default -> values.put(key, String.valueOf(value));
		}
	}

	private static boolean close(String golden, String now) {
		try {
			double g = Double.parseDouble(golden);
			double n = Double.parseDouble(now);
			if (Double.isNaN(g) || Double.isNaN(n) || Double.isInfinite(g) || Double.isInfinite(n)) {
				return Double.compare(g, n) == 0;
			}
			return Math.abs(g - n) <= RELATIVE_TOLERANCE * Math.max(Math.abs(g), Math.abs(n));
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static List<String> minus(Map<String, String> a, Map<String, String> b) {
		return a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
	}

	private static Map<String, String> read(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		Map<String, String> map = new TreeMap<>();
		p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
		return map;
	}

	/** Sorted, one number a line, no date: a regeneration shows in a diff as exactly what changed. */
	private static void write(Path file, String design, Map<String, String> values) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(
					"# Golden results of examples/" + design + " (GoldenResultsTest: grid " + GRID_UM + " um, at most "
							+ MAX_CYCLES + " cycles).\n# Regenerate with -D" + UPDATE + "=true; never edit by hand.\n");
			for (Map.Entry<String, String> e : values.entrySet()) {
				out.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
			}
		}
	}

	private static String escape(String text) {
		StringBuilder b = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '=' || c == ':' || c == '#' || c == '!' || c == '\\' || c == ' ') {
				b.append('\\');
			}
			if (c > 126) {
				b.append(String.format("\\u%04x", (int) c));
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/**
	 * {@code goldens/} of this bundle in the source tree (Tycho runs tests with the bundle folder as
	 * working directory; the system property {@code anodyne.goldens} overrides).
	 */
	private static Path goldenDirectory() {
		String property = System.getProperty("anodyne.goldens");
		if (property != null) {
			return Path.of(property);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("bundles/org.anodyne.study.tests"))) {
				return dir.resolve("bundles/org.anodyne.study.tests/goldens");
			}
			if (dir.getFileName() != null && dir.getFileName().toString().equals("org.anodyne.study.tests")) {
				return dir.resolve("goldens");
			}
		}
		throw new IllegalStateException("no bundles/org.anodyne.study.tests above " + Path.of("").toAbsolutePath());
	}
}
