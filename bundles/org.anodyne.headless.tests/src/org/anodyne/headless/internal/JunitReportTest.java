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
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportTest {

	@TempDir
	Path dir;

	@Test
	void markupControlCharactersAndSurrogatesSurviveAsWellFormedXml() throws Exception {
		String hostile = "a < b && \"c\" > 'd' ]]> \u0001\u001b[31m \ud83d\udd0b \ud800 µm";
		JunitReport report = new JunitReport("designs <1>");
		report.add(new JunitReport.Case("cell & co", hostile, 0.25, hostile, "details\n" + hostile, "out " + hostile));
		report.add(new JunitReport.Case("cell", "passes", 1.5, null, null, null));
		Path file = dir.resolve("report.xml");
		report.write(file);

		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document xml = f.newDocumentBuilder().parse(file.toFile());
		Element suite = xml.getDocumentElement();
		assertEquals("designs <1>", suite.getAttribute("name"));
		assertEquals("2", suite.getAttribute("tests"));
		assertEquals("1", suite.getAttribute("failures"));
		assertEquals("1.750", suite.getAttribute("time"));
		Element failing = (Element) xml.getElementsByTagName("testcase").item(0);
		String kept = "a < b && \"c\" > 'd' ]]> \ufffd\ufffd[31m \ud83d\udd0b \ufffd µm";
		assertEquals(kept, failing.getAttribute("name"), "markup kept, illegal characters replaced, the emoji kept");
		assertEquals("cell & co", failing.getAttribute("classname"));
		Element failure = (Element) failing.getElementsByTagName("failure").item(0);
		assertEquals(kept, failure.getAttribute("message"));
		assertEquals("details\n" + kept, failure.getTextContent());
		assertEquals("out " + kept, failing.getElementsByTagName("system-out").item(0).getTextContent());
		Element passing = (Element) xml.getElementsByTagName("testcase").item(1);
		assertEquals(0, passing.getChildNodes().getLength(), "a passing case is an empty element");
		assertTrue(Files.readString(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
		assertEquals(List.of("report.xml"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
	}
}
