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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anodyne.results.ScalarNames;
import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The help web application, started as Help Contents and F1 start it, answers over HTTP with
 * Anodyne's user guide, its F1 contexts, the table of contents, search and the Help Contents page.
 */
class HelpServerTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static String base;

	/** Asks the workbench for a topic's address, which starts the help server as Help Contents does. */
	@BeforeAll
	static void startHelpServer() {
		String url = PlatformUI.getWorkbench().getHelpSystem().resolve("/org.anodyne.help/guide/index.html", false)
				.toString();
		assertTrue(url.startsWith("http://"), url);
		base = url.substring(0, url.indexOf("/help/") + "/help".length());
	}

	private static String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertEquals(200, response.statusCode(),
				"GET " + path + " answered " + response.statusCode() + ": " + response.body());
		return response.body();
	}

	/**
	 * The product starts neither SPI-Fly nor SLF4J's provider (start-up time); they start with the
	 * help server, early enough for Jetty's messages to reach the provider rather than SLF4J's
	 * no-operation fallback.
	 */
	@Test
	void theHelpServerLogsThroughTheSimpleProvider() throws Exception {
		Bundle api = Platform.getBundle("slf4j.api");
		assertNotNull(api, "no SLF4J API in the product");
		Object factory = api.loadClass("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
		assertEquals("org.slf4j.simple.SimpleLoggerFactory", factory.getClass().getName());
		assertEquals(Bundle.ACTIVE, Platform.getBundle("org.apache.aries.spifly.dynamic.bundle").getState());
	}

	@Test
	void servesTheUserGuide() throws Exception {
		String page = get("/topic/org.anodyne.help/guide/index.html");
		assertTrue(page.contains("<h1>Anodyne User Guide</h1>"), page);
	}

	@Test
	void servesTheTopicOfTheDesignEditorsF1Context() throws Exception {
		IContext context = HelpSystem.getContext("org.anodyne.help.design_editor");
		assertNotNull(context, "no context org.anodyne.help.design_editor");
		assertTrue(context.getText().contains("design editor"), context.getText());

		String xml = get("/context?id=org.anodyne.help.design_editor");
		Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(xml);
		assertTrue(href.find(), xml);
		String topic = get("/topic" + href.group(1).replace("../topic", "").replaceFirst("^/help/topic", ""));
		assertTrue(topic.contains("<h1>The design editor</h1>"), topic);
	}

	@Test
	void listsTheGuideInTheTableOfContents() throws Exception {
		String toc = get("/toc");
		assertTrue(toc.contains("Anodyne User Guide"), toc);
		assertTrue(toc.contains("Result quantities"), toc);
	}

	@Test
	void findsTheNucleationBarrierBySearch() throws Exception {
		String hits = get("/search?phrase=" + URLEncoder.encode("nucleation barrier", StandardCharsets.UTF_8));
		assertTrue(hits.contains("org.anodyne.help/guide/concepts/nucleation.html"), hits);
	}

	/**
	 * Every number a study reports has its reference page, with its name in summary.json on it, at
	 * the href the result viewers' tooltips link to.
	 */
	@Test
	void servesAReferencePageForEveryResultQuantity() throws Exception {
		List<String> names = new ArrayList<>();
		for (Field field : ScalarNames.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				names.add((String) field.get(null));
			}
		}
		assertTrue(names.size() > 15, names.toString());
		String index = get("/topic/org.anodyne.help/guide/reference/quantities/index.html");
		for (String name : names) {
			String href = ResultsUi.helpHref(name).orElseThrow(() -> new AssertionError(name + " has no help href"));
			String page = get("/topic" + href);
			assertTrue(page.contains("<code>" + name + "</code>"), name + ": " + page);
			assertTrue(index.contains("href=\"" + name + ".html\""), "the index lacks " + name);
		}
	}

	@Test
	void servesTheHelpContentsPage() throws Exception {
		String page = get("/index.jsp");
		assertTrue(page.toLowerCase().contains("<frameset") || page.toLowerCase().contains("<iframe"), page);
	}
}
