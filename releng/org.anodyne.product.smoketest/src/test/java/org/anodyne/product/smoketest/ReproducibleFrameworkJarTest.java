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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's unsigned framework jars are reproducible: unsigning the p2 repository's signed originals
 * again, now (well after the product was built, and in another time zone), gives the same bytes as the
 * product's jars. The build's time must not leak into them.
 */
class ReproducibleFrameworkJarTest {

	private static final List<String> UNSIGNED = List.of("org.eclipse.equinox.launcher", "org.eclipse.osgi",
			"org.eclipse.osgi.compatibility.state");

	@Test
	void unsigningTheSignedOriginalsAgainGivesTheProductsBytes(@TempDir Path dir) throws Exception {
		Path repository = Paths.get(System.getProperty("anodyne.repository.dir"), "plugins");
		for (String name : UNSIGNED) {
			Path original = jarOf(repository, name);
			Files.copy(original, dir.resolve(original.getFileName()));
		}
		Path script = Paths.get(System.getProperty("anodyne.unsign.script"));
		List<String> command = Stream.concat(
				Stream.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), script.toString(),
						dir.toString()),
				UNSIGNED.stream()).toList();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("TZ", "Pacific/Auckland");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "UnsignJar did not finish");
		assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);

		Path plugins = Anodyne.product().resolve("plugins");
		for (String name : UNSIGNED) {
			Path again = jarOf(dir, name);
			Path shipped = plugins.resolve(again.getFileName());
			assertEquals(-1L, Files.mismatch(shipped, again),
					shipped + " differs from " + again + ", the same original unsigned again");
		}
	}

	/** The one NAME_*.jar in a folder. */
	private static Path jarOf(Path folder, String name) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> jars = files.filter(f -> f.getFileName().toString().matches(
					Pattern.quote(name) + "_[^_]*\\.jar")).toList();
			assertEquals(1, jars.size(), name + "_*.jar in " + folder + ": " + jars);
			return jars.get(0);
		}
	}
}
