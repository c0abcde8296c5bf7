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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ValidateCommandTest {

	private static final String EXAMPLE = "li-cc-symmetric-inverted.anodyne";

	@TempDir
	Path dir;

	private Path copyOfExample(String name, String from, String to) throws Exception {
		String text = Files.readString(CliRun.examples().resolve(EXAMPLE));
		assertTrue(text.contains(from), from);
		Path file = dir.resolve(name);
		Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
		return file;
	}

	private static int lineOf(Path file, String text) throws Exception {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	@Test
	void theExampleDesignsAreValid() {
		CliRun run = CliRun.of("validate", CliRun.examples().toString());
		assertEquals(ExitCode.OK, run.exit(), run.toString());
		assertFalse(run.out().contains(": error: "), run.toString());
		assertTrue(run.err().matches("anodyne validate: [1-9]\\d* files, 0 errors, \\d+ warnings?\\n"), run.toString());
	}

	@Test
	void aDesignErrorIsOneLineWithFileLineElementPathAndExitCode1() throws Exception {
		Path file = copyOfExample("porous.anodyne", "thickness=\"350.0\" porosity=\"0.75\"",
				"thickness=\"350.0\" porosity=\"1.5\"");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
		int line = lineOf(file, "porosity=\"1.5\"");
		String expected = file + ":" + line + ": /cells[Li-CC inverted]/anode/collector: error: ";
		assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(expected) && l.contains("1.5")),
				"expected a line starting with " + expected + "\n" + run);
	}

	@Test
	void aMalformedFileIsExitCode2AndTheHighestCodeWins() throws Exception {
		Path good = CliRun.examples().resolve(EXAMPLE);
		Path invalid = copyOfExample("porous.anodyne", "porosity=\"0.75\"", "porosity=\"1.5\"");
		String text = Files.readString(good);
		Path truncated = dir.resolve("truncated.anodyne");
		Files.writeString(truncated, text.substring(0, text.length() / 3));
		CliRun run = CliRun.of("validate", good.toString(), invalid.toString(), truncated.toString());
		assertEquals(ExitCode.USAGE, run.exit(), run.toString());
		assertTrue(run.outLines().stream().anyMatch(l -> l.matches(Pattern.quote(truncated.toString())
				+ ":\\d+: /: error: not well-formed XML: .*")), run.toString());
		assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(invalid + ":")),
				"the other files are still checked");
		assertEquals(ExitCode.FAILURE, CliRun.of("validate", good.toString(), invalid.toString()).exit());
	}

	@Test
	void anExternalEntityNeverLeaksTheFileItNames() throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOKEN-3f9a1c-do-not-leak");
		String text = Files.readString(CliRun.examples().resolve(EXAMPLE));
		String hostile = text
				.replaceFirst("\\?>", "?>\n<!DOCTYPE d [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>")
				.replaceFirst("name=\"Symmetric Li-CC cells, inverted\"", "name=\"&leak;\"");
		Path file = dir.resolve("hostile.anodyne");
		Files.writeString(file, hostile);
		for (String format : List.of("text", "json")) {
			CliRun run = CliRun.of("validate", "--format", format, file.toString());
			assertEquals(ExitCode.USAGE, run.exit(), run.toString());
			assertFalse(run.out().contains("TOKEN-3f9a1c") || run.err().contains("TOKEN-3f9a1c"), run.toString());
			assertTrue(run.out().contains("DOCTYPE"), "the finding says why: " + run);
		}
	}

	@Test
	void jsonOutputIsOneDocumentWithEveryFileAndFinding() throws Exception {
		Path invalid = copyOfExample("porous.anodyne", "porosity=\"0.75\"", "porosity=\"1.5\"");
		Path good = CliRun.examples().resolve(EXAMPLE);
		CliRun run = CliRun.of("validate", "--format", "json", good.toString(), invalid.toString());
		assertEquals(ExitCode.FAILURE, run.exit());
		Map<?, ?> root = (Map<?, ?>) Json.parse(run.out());
		List<?> files = (List<?>) root.get("files");
		assertEquals(2, files.size());
		Map<?, ?> second = (Map<?, ?>) files.get(1);
		assertEquals(invalid.toString(), second.get("path"));
		assertEquals("invalid", second.get("status"));
		Map<?, ?> finding = (Map<?, ?>) ((List<?>) second.get("diagnostics")).stream()
				.filter(d -> "error".equals(((Map<?, ?>) d).get("severity"))).findFirst().orElseThrow();
		assertEquals("/cells[Li-CC inverted]/anode/collector", finding.get("element"));
		assertEquals((long) lineOf(invalid, "porosity=\"1.5\""), finding.get("line"));
		assertEquals("porosity-range", finding.get("code"));
		assertEquals(1L, root.get("exitCode"));
		assertEquals("valid", ((Map<?, ?>) files.get(0)).get("status"));
	}

	@Test
	void theJunitReportHasOneCasePerFileAndAFailureForEachBadOne() throws Exception {
		Path invalid = copyOfExample("porous.anodyne", "porosity=\"0.75\"", "porosity=\"1.5\"");
		Path broken = dir.resolve("broken.anodyne");
		Files.writeString(broken, "<anodyne:CellDesign \u0001");
		Path report = dir.resolve("validate.xml");
		CliRun run = CliRun.of("validate", "--junit", report.toString(), CliRun.examples().toString(),
				invalid.toString(),
				broken.toString());
		assertEquals(ExitCode.USAGE, run.exit());
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
		Element suite = xml.getDocumentElement();
		assertEquals("testsuite", suite.getTagName());
		int examples = (int) Files.list(CliRun.examples()).filter(p -> p.toString().endsWith(".anodyne")).count();
		assertEquals(Integer.toString(examples + 2), suite.getAttribute("tests"));
		assertEquals("2", suite.getAttribute("failures"));
		assertEquals(2, xml.getElementsByTagName("failure").getLength());
		try (var siblings = Files.list(dir)) {
			assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
					"the report is written atomically");
		}
	}
}
