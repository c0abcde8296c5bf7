/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.anodyne.solver.deposition.CellGeometry;
import org.junit.jupiter.api.Test;

/**
 * No code of the life model reads the orientation: the inverted and upright anodes may differ only
 * through the geometry their coupling reports. The test reads every class file of the package
 * {@code org.anodyne.solver.life} — listed from the solver's own classes, so a new class (nested,
 * anonymous or synthetic ones included) is scanned without being named here — and fails if any
 * refers to the deposition solver's Orientation type.
 */
class OrientationIndependenceTest {

	private static final String ORIENTATION = "org/anodyne/solver/deposition/Orientation";

	/**
	 * The class files [name → bytes] of the anchor's package as they lie where the anchor was loaded
	 * from: a directory or a jar. Both the OSGi runtime (Equinox gives each class path entry of a
	 * bundle a code source of its file) and a plain class path say where that is; the test fragment's
	 * own classes, which share the package, lie elsewhere and are not listed.
	 */
	static Map<String, byte[]> classFiles(Class<?> anchor) throws IOException, URISyntaxException {
		CodeSource source = anchor.getProtectionDomain().getCodeSource();
		assertNotNull(source, "no code source for " + anchor.getName() + ": cannot list its package");
		Path location = Path.of(source.getLocation().toURI());
		String folder = anchor.getPackageName().replace('.', '/') + "/";
		Map<String, byte[]> files = new TreeMap<>();
		if (Files.isDirectory(location)) {
			try (Stream<Path> listed = Files.list(location.resolve(folder))) {
				for (Path file : (Iterable<Path>) listed::iterator) {
					String name = file.getFileName().toString();
					if (name.endsWith(".class")) {
						files.put(name, Files.readAllBytes(file));
					}
				}
			}
		} else {
			try (JarFile jar = new JarFile(location.toFile())) {
				for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					String name = entry.getName();
					if (name.startsWith(folder) && name.endsWith(".class")
							&& name.indexOf('/', folder.length()) < 0) {
						try (InputStream in = jar.getInputStream(entry)) {
							files.put(name.substring(folder.length()), in.readAllBytes());
						}
					}
				}
			}
		}
		return files;
	}

	static boolean refersTo(byte[] classFile, String internalName) {
		return new String(classFile, StandardCharsets.ISO_8859_1).contains(internalName);
	}

	@Test
	void noLifeModelClassRefersToTheOrientation() throws IOException, URISyntaxException {
		Map<String, byte[]> files = classFiles(LifeSimulator.class);
		// 39 top-level types and their nested and anonymous classes: an empty or shallow listing cannot pass.
		assertTrue(files.size() >= 55, "every class of the package is scanned: " + files.keySet());
		for (String name : new String[]{"LifeSimulator.class", "LifeSimulator$Run.class",
				"LifeSimulator$Run$StateFunction.class", "StopCondition$AtVoltage.class", "CellModel.class"}) {
			assertTrue(files.containsKey(name), name + " is listed: " + files.keySet());
		}
		assertFalse(files.keySet().stream().anyMatch(n -> n.endsWith("Test.class")),
				"only the solver's classes, not this fragment's tests: " + files.keySet());
		files.forEach((name, bytes) -> assertFalse(refersTo(bytes, ORIENTATION), name + " reads the orientation"));
	}

	@Test
	void theCheckSeesAReferenceWhereThereIsOne() throws IOException, URISyntaxException {
		Map<String, byte[]> deposition = classFiles(CellGeometry.class);
		assertTrue(refersTo(deposition.get("CellGeometry.class"), ORIENTATION),
				"the deposition geometry does use the orientation, so the listing and the scan can see it");
	}
}
