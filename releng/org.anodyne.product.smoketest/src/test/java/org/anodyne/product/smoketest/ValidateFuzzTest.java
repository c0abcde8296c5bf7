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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Feeds the real {@code anodyne validate} over a thousand damaged and hostile variants of the shipped
 * examples (see {@link Mutants}): one launch over the whole directory, then a few dozen launches of
 * single files for their exit codes. Every mutant must come out either valid or with a diagnostic that
 * names it; no stack trace may reach the user, no launch may hang, and the content of a file named by
 * an external entity must never appear.
 */
class ValidateFuzzTest {

	private static final int MUTANTS = 1200;
	private static final int SINGLE_LAUNCHES = 36;
	private static final String SECRET = "SECRET-7d1e0b-must-never-be-printed";
	/** A fully qualified exception class name, as in "org.xml.sax.SAXParseException". */
	private static final Pattern JAVA_CLASS = Pattern
			.compile("\\b(?:[a-z]\\w*\\.){2,}[A-Z]\\w*Exception\\b");

	@Test
	void validateSurvivesAThousandMutantsOfTheExamples() throws Exception {
		Path work = Anodyne.scratch("fuzz");
		Path secret = work.resolve("secret.txt");
		Files.writeString(secret, SECRET + "\n");
		List<String> bases = new ArrayList<>();
		try (Stream<Path> examples = Files.list(Anodyne.examples())) {
			for (Path p : examples.filter(p -> p.toString().endsWith(".anodyne")).sorted().toList()) {
				bases.add(Files.readString(p, StandardCharsets.UTF_8));
			}
		}
		assertFalse(bases.isEmpty(), "the product ships no examples in " + Anodyne.examples());
		Path mutantsDir = Files.createDirectories(work.resolve("mutants"));
		List<Mutants.Mutant> mutants = new Mutants(20261125L, bases, secret.toUri().toString()).generate(MUTANTS);
		Map<String, String> operatorsOf = new HashMap<>();
		for (int i = 0; i < mutants.size(); i++) {
			Path file = mutantsDir.resolve(String.format("m%04d.anodyne", i));
			Files.write(file, mutants.get(i).bytes());
			operatorsOf.put(file.toString(), mutants.get(i).operators());
		}

		Path report = work.resolve("validate.xml");
		Anodyne.Result all = Anodyne.run(Duration.ofMinutes(3), "validate", "--junit", report.toString(),
				mutantsDir.toString()).noStackTrace();
		assertFalse(
				all.out().contains(SECRET) || all.err().contains(SECRET) || Files.readString(report).contains(SECRET),
				"an external entity leaked a local file's content");
		assertTrue(all.exit() == 2, "malformed mutants make the exit code 2:\n" + all);
		assertFalse(JAVA_CLASS.matcher(all.out()).find(), "findings speak the user's language, not Java's:\n"
				+ all.outLines().stream().filter(l -> JAVA_CLASS.matcher(l).find()).limit(5).toList());

		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
		NodeList cases = xml.getElementsByTagName("testcase");
		assertEquals(MUTANTS, cases.getLength(), "one test case per mutant in the JUnit report");
		Map<String, Integer> expectedExit = new HashMap<>();
		int valid = 0;
		int invalid = 0;
		int unreadable = 0;
		for (int i = 0; i < cases.getLength(); i++) {
			Element c = (Element) cases.item(i);
			String path = c.getAttribute("name");
			NodeList failures = c.getElementsByTagName("failure");
			String prefix = path + ":";
			List<String> lines = all.outLines().stream().filter(l -> l.startsWith(prefix)).toList();
			if (failures.getLength() == 0) {
				valid++;
				expectedExit.put(path, 0);
				assertTrue(lines.stream().noneMatch(l -> l.contains(": error: ")), "valid yet with errors: " + path);
				continue;
			}
			String message = ((Element) failures.item(0)).getAttribute("message");
			boolean isUnreadable = message.startsWith("unreadable: ");
			if (isUnreadable) {
				unreadable++;
			} else {
				invalid++;
			}
			expectedExit.put(path, isUnreadable ? 2 : 1);
			assertTrue(lines.stream().anyMatch(l -> l.matches(Pattern.quote(path) + "(:\\d+)?: \\S.*: error: .+")),
					"mutant " + path + " (" + operatorsOf.get(path) + ") failed without a diagnostic line naming it");
		}
		System.out.printf("fuzz: %d mutants, %d valid, %d invalid, %d unreadable; one launch took %.1f s%n", MUTANTS,
				valid, invalid, unreadable, all.seconds());
		assertEquals(MUTANTS, expectedExit.size());
		assertTrue(invalid > 50 && unreadable > 100, "the mutants exercise both kinds of error");

		// Single-file launches, two at a time: the exit code of each kind of mutant.
		List<String> picks = new ArrayList<>();
		for (int kind = 0; kind <= 2; kind++) {
			final int k = kind;
			expectedExit.entrySet().stream().filter(e -> e.getValue() == k).map(Map.Entry::getKey).sorted()
					.limit(SINGLE_LAUNCHES / 3).forEach(picks::add);
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Anodyne.Result>> runs = new ArrayList<>();
			for (String path : picks) {
				runs.add(pool.submit(() -> Anodyne.run(Duration.ofSeconds(90), "validate", path)));
			}
			for (int i = 0; i < picks.size(); i++) {
				String path = picks.get(i);
				Anodyne.Result one = runs.get(i).get().noStackTrace();
				assertEquals(expectedExit.get(path), one.exit(), operatorsOf.get(path) + ":\n" + one);
				assertFalse(one.out().contains(SECRET) || one.err().contains(SECRET));
				for (String line : one.outLines()) {
					assertTrue(line.startsWith(path + ":"), "every finding names the file: " + line);
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
