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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Starts the materialized product through its own launch script on the build's virtual display,
 * waits for the workbench to report that its window is open and the example designs are imported
 * (no sleeping), takes a screenshot,
 * asks the workbench to close normally and fails on any ERROR entry in the product's log.
 */
class ProductSmokeTest {

	private static final long START_TIMEOUT_SECONDS = 180;
	private static final long EXIT_TIMEOUT_SECONDS = 60;
	/** An Eclipse log entry header: "!ENTRY bundle severity code date"; severity 4 is ERROR. */
	private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY \\S+ 4 ", Pattern.MULTILINE);

	@Test
	void productStartsIntoTheAnodynePerspectiveAndClosesCleanly() throws Exception {
		Path product = Paths.get(System.getProperty("anodyne.product.dir"));
		Path out = Paths.get(System.getProperty("anodyne.smoke.out"));
		Path script = product.resolve("anodyne");
		assertTrue(Files.isExecutable(script), "The materialized product has no executable launch script: " + script);
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(),
				"No DISPLAY: run the build through ./build, which provides a virtual display");

		Path workspace = out.resolve("smoke-workspace");
		deleteRecursively(workspace);
		Path readyFile = out.resolve("smoke-ready.properties");
		Path quitFile = out.resolve("smoke-ready.properties.quit");
		Files.deleteIfExists(readyFile);
		Files.deleteIfExists(quitFile);
		Path console = out.resolve("smoke-product-console.txt");

		ProcessBuilder builder = new ProcessBuilder(script.toString(), "-data", workspace.toString());
		builder.environment().put("ANODYNE_JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().put("ANODYNE_VM_ARGS", "-Danodyne.readyFile=" + readyFile);
		builder.redirectErrorStream(true).redirectOutput(console.toFile());
		Process process = builder.start();
		try {
			awaitReady(process, readyFile, console);
			Properties ready = new Properties();
			try (var reader = Files.newBufferedReader(readyFile, StandardCharsets.UTF_8)) {
				ready.load(reader);
			}
			assertEquals("org.anodyne.ui.perspective", ready.getProperty("perspective"),
					"The product must open in the Anodyne perspective");
			assertTrue(ready.getProperty("windowTitle", "").contains("Anodyne"),
					"Window title should name Anodyne, was: " + ready.getProperty("windowTitle"));
			assertTrue(ready.getProperty("projects", "").contains("Anodyne Examples"),
					"The example designs were not imported into the new workspace; projects: "
							+ ready.getProperty("projects"));
			try (Stream<Path> designs = Files.list(workspace.resolve("Anodyne Examples"))) {
				assertTrue(designs.anyMatch(p -> p.toString().endsWith(".anodyne")),
						"No .anodyne design in the imported example project");
			}

			Path screenshot = out.resolve("product-screenshot.png");
			Process shot = new ProcessBuilder("import", "-window", "root", screenshot.toString())
					.redirectErrorStream(true).start();
			assertTrue(shot.waitFor(60, TimeUnit.SECONDS) && shot.exitValue() == 0,
					"ImageMagick's import could not take a screenshot: "
							+ new String(shot.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			assertTrue(Files.size(screenshot) > 0, "Empty screenshot " + screenshot);

			Files.writeString(quitFile, "quit\n");
			assertTrue(process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS),
					"The workbench did not close within " + EXIT_TIMEOUT_SECONDS + " s of the quit request");
			assertEquals(0, process.exitValue(), "The product exited abnormally; console: " + read(console));
		} finally {
			if (process.isAlive()) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}

		Path log = workspace.resolve(".metadata/.log");
		if (Files.exists(log)) {
			String text = read(log);
			if (ERROR_ENTRY.matcher(text).find()) {
				fail("The product logged errors in " + log + ":\n" + text);
			}
		}
	}

	private static void awaitReady(Process process, Path readyFile, Path console) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
		while (!Files.exists(readyFile)) {
			if (!process.isAlive()) {
				fail("The product exited with code " + process.exitValue() + " before its workbench was up; console:\n"
						+ read(console));
			}
			if (System.nanoTime() > deadline) {
				fail("The workbench did not report ready within " + START_TIMEOUT_SECONDS + " s; console:\n"
						+ read(console));
			}
			process.waitFor(250, TimeUnit.MILLISECONDS);
		}
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no " + file + ")";
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			List<Path> paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
			for (Path p : paths) {
				Files.delete(p);
			}
		}
	}
}
