/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plug-in writer's guide's extension-point reference is written by hand (no .exsd-to-HTML converter
 * resolves from Maven Central); this keeps every page equal to its schema: one page per .exsd of our
 * bundles, naming the point, every element and every attribute with whether it is required.
 */
class ExtensionPointReferenceTest {

	private static final Path BUNDLES = Path.of("..");
	private static final Path REFERENCE = BUNDLES.resolve("org.anodyne.help/guide/extending/reference");

	@Test
	void everySchemaHasAPageListingItsElementsAndAttributes() throws Exception {
		List<Path> schemas = schemas();
		assertTrue(schemas.size() >= 4, "schemas found: " + schemas);
		String index = Files.readString(REFERENCE.resolve("index.html"));
		String toc = Files.readString(BUNDLES.resolve("org.anodyne.help/toc-extending.xml"));
		for (Path schema : schemas) {
			String name = schema.getFileName().toString().replace(".exsd", "");
			Path page = REFERENCE.resolve(name + ".html");
			assertTrue(Files.isRegularFile(page), "no reference page for " + schema);
			String html = Files.readString(page);
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(schema.toFile());
			Element meta = (Element) document.getElementsByTagName("meta.schema").item(0);
			String id = meta.getAttribute("id").startsWith("org.")
					? meta.getAttribute("id")
					: meta.getAttribute("plugin") + "." + meta.getAttribute("id");
			assertTrue(html.contains("<h1>Extension point <code>" + id + "</code></h1>"), page + " names " + id);
			assertTrue(index.contains("href=\"" + name + ".html\"") && index.contains(id), "index lists " + id);
			assertTrue(toc.contains("reference/" + name + ".html"), "toc-extending.xml lists " + id);
			NodeList elements = document.getDocumentElement().getChildNodes();
			for (int e = 0; e < elements.getLength(); e++) {
				if (!(elements.item(e) instanceof Element element) || !element.getTagName().equals("element")
						|| element.getAttribute("name").equals("extension")) {
					continue;
				}
				assertTrue(html.contains("<h2>Element <code>&lt;" + element.getAttribute("name") + "&gt;</code></h2>"),
						page + " documents <" + element.getAttribute("name") + ">");
				NodeList attributes = element.getElementsByTagName("attribute");
				for (int a = 0; a < attributes.getLength(); a++) {
					Element attribute = (Element) attributes.item(a);
					String use = "required".equals(attribute.getAttribute("use")) ? "required" : "optional";
					assertTrue(
							html.contains("<tr><td><code>" + attribute.getAttribute("name") + "</code></td><td>" + use
									+ "</td>"),
							page + ": <" + element.getAttribute("name") + "> " + attribute.getAttribute("name") + " ("
									+ use + ")");
				}
			}
		}
		assertEquals(schemas.size(), count(REFERENCE) - 1, "one page per schema, plus the index");
	}

	/**
	 * The tutorial's snippets for our extension points (the sodium and nanowire walk-throughs) use only
	 * elements and attributes their schemas define.
	 */
	@Test
	void tutorialSnippetsFollowTheSchemas() throws Exception {
		String tutorial = Files.readString(BUNDLES.resolve("org.anodyne.help/guide/extending/tutorial.html"))
				.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
		Map<String, Map<String, Set<String>>> points = new HashMap<>();
		for (Path schema : schemas()) {
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(schema.toFile());
			Element meta = (Element) document.getElementsByTagName("meta.schema").item(0);
			String id = meta.getAttribute("id").startsWith("org.")
					? meta.getAttribute("id")
					: meta.getAttribute("plugin") + "." + meta.getAttribute("id");
			Map<String, Set<String>> elements = new HashMap<>();
			NodeList all = document.getElementsByTagName("element");
			for (int e = 0; e < all.getLength(); e++) {
				Element element = (Element) all.item(e);
				Set<String> attributes = new HashSet<>();
				NodeList list = element.getElementsByTagName("attribute");
				for (int a = 0; a < list.getLength(); a++) {
					attributes.add(((Element) list.item(a)).getAttribute("name"));
				}
				elements.put(element.getAttribute("name"), attributes);
			}
			points.put(id, elements);
		}
		Matcher extension = Pattern.compile("<extension point=\"([^\"]+)\">(.*?)</extension>", Pattern.DOTALL)
				.matcher(tutorial);
		Set<String> checked = new HashSet<>();
		while (extension.find()) {
			Map<String, Set<String>> schema = points.get(extension.group(1));
			if (schema == null) {
				continue;
			}
			checked.add(extension.group(1));
			Matcher tag = Pattern.compile("<([\\w.]+)((?:\\s+[\\w.]+=\"[^\"]*\")*)\\s*/?>").matcher(extension.group(2));
			while (tag.find()) {
				Set<String> attributes = schema.get(tag.group(1));
				assertTrue(attributes != null, extension.group(1) + " has no element <" + tag.group(1) + ">");
				Matcher attribute = Pattern.compile("([\\w.]+)=\"").matcher(tag.group(2));
				while (attribute.find()) {
					assertTrue(attributes.contains(attribute.group(1)),
							extension.group(1) + ": <" + tag.group(1) + "> has no attribute " + attribute.group(1));
				}
			}
		}
		assertTrue(checked.containsAll(List.of("org.anodyne.metals", "org.anodyne.electrolytePresets",
				"org.anodyne.study.collectorGeometries")), "snippets checked: " + checked);
	}

	private static List<Path> schemas() throws IOException {
		List<Path> schemas = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(BUNDLES)) {
			for (Path bundle : bundles.sorted().toList()) {
				Path folder = bundle.resolve("schema");
				if (Files.isDirectory(folder)) {
					try (Stream<Path> files = Files.list(folder)) {
						files.filter(f -> f.toString().endsWith(".exsd")).sorted().forEach(schemas::add);
					}
				}
			}
		}
		return schemas;
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".html")).count();
		}
	}
}
