package org.anodyne.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
		String url = PlatformUI.getWorkbench().getHelpSystem().resolve("/org.anodyne.help/guide/index.html", false).toString();
		assertTrue(url.startsWith("http://"), url);
		base = url.substring(0, url.indexOf("/help/") + "/help".length());
	}

	private static String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertEquals(200, response.statusCode(), "GET " + path + " answered " + response.statusCode() + ": " + response.body());
		return response.body();
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

	@Test
	void servesTheHelpContentsPage() throws Exception {
		String page = get("/index.jsp");
		assertTrue(page.toLowerCase().contains("<frameset") || page.toLowerCase().contains("<iframe"), page);
	}
}
