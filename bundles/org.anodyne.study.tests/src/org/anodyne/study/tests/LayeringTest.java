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

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering rules of CONTRIBUTING.md, checked on every build from the bundles' manifests and
 * sources in the repository (found by walking up from the working directory) and, for the study
 * API, by reflection: a change that breaks one fails here with the bundle, file or method named.
 */
class LayeringTest {

	/** The study layer's exported API packages: everything a bundle outside may call. */
	private static final List<String> STUDY_API_PACKAGES = List.of("org.anodyne.study", "org.anodyne.study.geometry",
			"org.anodyne.study.section", "org.anodyne.study.sweep");

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

	@Test
	void theSolverRequiresNothingOfOursNorEmfNorSwt() throws IOException {
		assertEquals(Set.of(), ours(requiredBundles("org.anodyne.solver")), "org.anodyne.solver Require-Bundle");
		List<String> bad = imports("org.anodyne.solver",
				i -> (i.startsWith("org.anodyne.") && !i.startsWith("org.anodyne.solver"))
						|| i.startsWith("org.eclipse."));
		assertEquals(List.of(), bad, "org.anodyne.solver imports");
	}

	@Test
	void modelEditAndResultsKeepTheirPlaceBelowTheUserInterface() throws IOException {
		// org.anodyne.io (the atomic file writer) sits below everything that writes files and needs nothing.
		assertEquals(Set.of(), ours(requiredBundles("org.anodyne.io")), "org.anodyne.io Require-Bundle");
		assertEquals(Set.of("org.anodyne.io"), ours(requiredBundles("org.anodyne.model")),
				"org.anodyne.model Require-Bundle");
		assertEquals(Set.of("org.anodyne.model"), ours(requiredBundles("org.anodyne.model.edit")),
				"org.anodyne.model.edit Require-Bundle");
		assertEquals(Set.of("org.anodyne.io"), ours(requiredBundles("org.anodyne.results")),
				"org.anodyne.results Require-Bundle");
		assertEquals(Set.of("org.anodyne.model", "org.anodyne.solver", "org.anodyne.results"),
				ours(requiredBundles("org.anodyne.study")), "org.anodyne.study Require-Bundle");
	}

	/**
	 * The result viewers read results only. Run Study and Run Sweep live in {@code org.anodyne.ui.study},
	 * which brings in the model and the study layer and opens results through the viewers' API; neither
	 * touches the solver.
	 */
	@Test
	void theResultViewersReadResultsOnly() throws IOException {
		assertEquals(Set.of("org.anodyne.results"), ours(requiredBundles("org.anodyne.ui.results")),
				"org.anodyne.ui.results Require-Bundle");
		assertEquals(List.of(), imports("org.anodyne.ui.results", i -> i.startsWith("org.anodyne.model")
				|| i.startsWith("org.anodyne.study") || i.startsWith("org.anodyne.solver")),
				"org.anodyne.ui.results imports of the model, the study layer or the solver");
		assertEquals(new TreeSet<>(Set.of("org.anodyne.ui.results", "org.anodyne.model", "org.anodyne.study")),
				ours(requiredBundles("org.anodyne.ui.study")), "org.anodyne.ui.study Require-Bundle");
		assertEquals(List.of(), imports("org.anodyne.ui.study", i -> i.startsWith("org.anodyne.solver")
				|| i.startsWith("org.anodyne.ui.results.") && !i.startsWith("org.anodyne.ui.results.ResultsUi")),
				"org.anodyne.ui.study imports of the solver or of the viewers' internals");
	}

	/**
	 * The design editor asks the study layer's API whether a study's pair is calibrated
	 * ({@code CalibrationStatus}), so it requires the study bundle, but it never reaches the solver or
	 * the study layer's internals.
	 */
	@Test
	void theEditorUsesTheStudyApiOnly() throws IOException {
		assertTrue(ours(requiredBundles("org.anodyne.ui")).contains("org.anodyne.study"),
				"org.anodyne.ui Require-Bundle");
		assertEquals(List.of(), imports("org.anodyne.ui", i -> i.startsWith("org.anodyne.solver")
				|| i.startsWith("org.anodyne.study.internal")),
				"org.anodyne.ui imports of the solver or the study layer's internals");
	}

	@Test
	void theCommandLineTouchesNoUserInterfaceAndTheSolverOnlyInItsBenchmark() throws IOException {
		Set<String> required = requiredBundles("org.anodyne.headless");
		assertEquals(List.of(), required.stream().filter(LayeringTest::isUserInterface).toList(),
				"org.anodyne.headless Require-Bundle");
		assertEquals(List.of(), imports("org.anodyne.headless", LayeringTest::isUserInterface),
				"org.anodyne.headless imports");
		List<String> solver = new ArrayList<>();
		for (Path file : sources("org.anodyne.headless")) {
			if (!file.getFileName().toString().equals("BenchCommand.java")) {
				importsOf(file).stream().filter(i -> i.startsWith("org.anodyne.solver"))
						.forEach(i -> solver.add(file.getFileName() + ": " + i));
			}
		}
		assertEquals(List.of(), solver, "org.anodyne.headless uses solver types outside its bench command");
	}

	/** Every package the study bundle exports is API or marked internal, so the check below sees all of the API. */
	@Test
	void theStudyBundleExportsItsApiPackagesAndMarksTheRestInternal() throws IOException {
		Manifest manifest;
		try (InputStream in = Files
				.newInputStream(bundleDirectory("org.anodyne.study").resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		List<String> api = new ArrayList<>();
		for (String clause : manifest.getMainAttributes().getValue("Export-Package")
				.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
			if (!clause.contains("x-internal:=true")) {
				api.add(clause.split(";")[0].trim());
			}
		}
		assertEquals(STUDY_API_PACKAGES, api, "org.anodyne.study exported API packages");
	}

	@Test
	void theStudyApiHasNoSolverTypeInItsPublicSignatures() throws IOException, ClassNotFoundException {
		List<String> leaks = new ArrayList<>();
		List<String> classes = apiClasses();
		assertTrue(classes.contains("org.anodyne.study.StudyRunner"), "the API classes were found: " + classes);
		for (String name : classes) {
			Class<?> type = Class.forName(name);
			if (!Modifier.isPublic(type.getModifiers())) {
				continue;
			}
			List<Type> types = new ArrayList<>();
			types.add(type.getGenericSuperclass());
			types.addAll(List.of(type.getGenericInterfaces()));
			if (type.isRecord()) {
				for (RecordComponent c : type.getRecordComponents()) {
					types.add(c.getGenericType());
				}
			}
			for (Field f : type.getFields()) {
				types.add(f.getGenericType());
			}
			List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
			for (Method m : type.getMethods()) {
				if (!m.getDeclaringClass().equals(Object.class)) {
					members.add(m);
				}
			}
			for (Executable e : members) {
				if (!Modifier.isPublic(e.getModifiers())) {
					continue;
				}
				types.addAll(List.of(e.getGenericParameterTypes()));
				types.addAll(List.of(e.getGenericExceptionTypes()));
				if (e instanceof Method m) {
					types.add(m.getGenericReturnType());
				}
			}
			for (Type t : types) {
				if (t != null && t.getTypeName().contains("org.anodyne.solver.")) {
					leaks.add(name + ": " + t.getTypeName());
				}
			}
		}
		assertTrue(leaks.isEmpty(), "solver types in the study API: " + leaks);
	}

	/** The classes of the API packages, nested ones included, from the bundle's sources. */
	private static List<String> apiClasses() throws IOException, ClassNotFoundException {
		List<String> names = new ArrayList<>();
		Path src = bundleDirectory("org.anodyne.study").resolve("src");
		for (String pkg : STUDY_API_PACKAGES) {
			Path dir = src.resolve(pkg.replace('.', '/'));
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					String simple = file.getFileName().toString().replace(".java", "");
					if (!simple.equals("package-info")) {
						addWithNested(Class.forName(pkg + "." + simple), names);
					}
				}
			}
		}
		return names;
	}

	private static void addWithNested(Class<?> type, List<String> names) {
		names.add(type.getName());
		for (Class<?> nested : type.getDeclaredClasses()) {
			addWithNested(nested, names);
		}
	}

	private static boolean isUserInterface(String name) {
		return name.startsWith("org.eclipse.swt") || name.startsWith("org.eclipse.jface")
				|| name.startsWith("org.eclipse.ui")
				|| name.startsWith("org.anodyne.ui") || name.startsWith("org.eclipse.swtchart")
				|| name.startsWith("org.eclipse.gef")
				|| name.startsWith("org.eclipse.draw2d");
	}

	private static Set<String> ours(Set<String> bundles) {
		return new TreeSet<>(bundles.stream().filter(b -> b.startsWith("org.anodyne.")).toList());
	}

	/** The symbolic names in a bundle's Require-Bundle header. */
	private static Set<String> requiredBundles(String bundle) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(bundleDirectory(bundle).resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		String header = manifest.getMainAttributes().getValue("Require-Bundle");
		Set<String> names = new TreeSet<>();
		if (header != null) {
			// Clauses are separated by commas outside quotes (version ranges hold commas).
			for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				names.add(clause.split(";")[0].trim());
			}
		}
		return names;
	}

	private static List<String> imports(String bundle, java.util.function.Predicate<String> bad) throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : sources(bundle)) {
			importsOf(file).stream().filter(bad).forEach(i -> found.add(file.getFileName() + ": " + i));
		}
		return found;
	}

	private static List<String> importsOf(Path file) throws IOException {
		List<String> names = new ArrayList<>();
		Matcher m = IMPORT.matcher(Files.readString(file));
		while (m.find()) {
			names.add(m.group(2));
		}
		return names;
	}

	private static List<Path> sources(String bundle) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("src", "src-gen")) {
			Path dir = bundleDirectory(bundle).resolve(folder);
			if (Files.isDirectory(dir)) {
				try (Stream<Path> walk = Files.walk(dir)) {
					walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
				}
			}
		}
		assertTrue(!files.isEmpty() || bundle.equals("org.anodyne.results"), "no sources found for " + bundle);
		return files;
	}

	private static Path bundleDirectory(String bundle) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("bundles").resolve(bundle);
			if (Files.isRegularFile(candidate.resolve("META-INF/MANIFEST.MF"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("no bundles/" + bundle + " above " + Path.of("").toAbsolutePath());
	}
}
