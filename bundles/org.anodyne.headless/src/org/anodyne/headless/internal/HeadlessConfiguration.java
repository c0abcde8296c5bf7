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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Writes the OSGi configuration the command line runs with: the product's bundles without the user
 * interface. In the product's own configuration every lazily activated bundle is started, so
 * Declarative Services would instantiate the workbench's components even in a headless run, loading
 * JFace and workbench classes; leaving those bundles out makes "no SWT, no JFace, no workbench" hold
 * by construction, and start-up faster.
 * <p>
 * Left out are the bundles named like the user interface (SWT, JFace, the workbench, e4 UI,
 * Anodyne's UI and help) or the help system (its web application, Jetty, Jasper, Lucene) and,
 * repeatedly, every bundle that then cannot resolve: one that requires, imports from or is a
 * fragment of a bundle left out. So a third party's UI plug-in drops out by itself,
 * while its metal or collector plug-in stays. Then every bundle the command line does not need is
 * left out too ({@link #unused}): a third of the product's bundles is all a headless run loads.
 * A plain Java main, run by the launch script before OSGi starts: {@code java -cp org.anodyne.headless.jar ...HeadlessConfiguration PRODUCT DIR}.
 */
public final class HeadlessConfiguration {

	/** Symbolic-name prefixes of the bundles that make up the user interface. */
	static final List<String> USER_INTERFACE = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui", "org.anodyne.ui", "org.anodyne.help");

	/**
	 * Symbolic-name prefixes of the help system: its web application, the web server and JSP engine it
	 * runs on with its logging and Configuration Admin API, and its search engine. Nothing headless needs
	 * them, and most would resolve without the user interface, so they are named rather than found.
	 */
	static final List<String> HELP_SYSTEM = List.of("org.eclipse.help", "org.eclipse.equinox.http",
			"org.eclipse.equinox.jsp", "org.eclipse.jetty", "org.mortbay.jasper", "org.eclipse.jdt.core.compiler.batch",
			"org.apache.lucene", "wrapped.org.apache.lucene", "org.osgi.service.http", "org.osgi.service.cm",
			"slf4j.api",
			"slf4j.simple");

	static final String APPLICATION = "org.anodyne.headless.build";

	/**
	 * Where the bundles a headless run needs are found from: the command line's bundle, the framework
	 * and its configurator, and the Declarative Services runtime (content types are a component).
	 */
	static final Set<String> ROOTS = Set.of("org.anodyne.headless", "org.eclipse.osgi",
			"org.eclipse.equinox.simpleconfigurator", "org.apache.felix.scr");
	private static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";

	private HeadlessConfiguration() {
	}

	/** {@code PRODUCT DIR}: writes DIR/config.ini and DIR/org.eclipse.equinox.simpleconfigurator/bundles.info. */
	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: HeadlessConfiguration PRODUCT-FOLDER CONFIGURATION-FOLDER");
			System.exit(2);
		}
		try {
			List<String> left = write(Path.of(args[0]), Path.of(args[1]));
			if (Boolean.getBoolean("anodyne.verbose")) {
				System.err.println("anodyne: headless configuration leaves out " + left);
			}
		} catch (IOException | RuntimeException e) {
			System.err.println(
					"anodyne: cannot prepare the headless configuration in " + args[1] + ": " + e.getMessage());
			System.exit(2);
		}
	}

	/**
	 * Writes the headless configuration of a product.
	 *
	 * @return the symbolic names left out
	 */
	static List<String> write(Path product, Path target) throws IOException {
		Path configuration = product.resolve("configuration");
		List<String> lines = Files.readAllLines(configuration.resolve(BUNDLES_INFO), StandardCharsets.UTF_8);
		Map<String, BundleHeaders> bundles = new LinkedHashMap<>();
		for (String line : lines) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] parts = line.split(",");
			if (parts.length < 3) {
				continue;
			}
			bundles.put(line, BundleHeaders.read(product.resolve(parts[2])));
		}
		Set<String> out = leftOut(bundles.values());
		out.addAll(unused(bundles.values(), out));
		List<String> kept = new ArrayList<>();
		for (String line : lines) {
			BundleHeaders b = bundles.get(line);
			if (b == null || !out.contains(b.name())) {
				kept.add(line);
			}
		}
		StringBuilder ini = new StringBuilder(
				"# Written by Anodyne's launch script for the headless commands: the product's\n"
						+ "# configuration without the user interface (see HeadlessConfiguration).\n");
		for (String line : Files.readAllLines(configuration.resolve("config.ini"), StandardCharsets.UTF_8)) {
			// The IDE's application and product, and p2 (which a headless run never uses), stay behind.
			if (!line.startsWith("#") && !line.startsWith("eclipse.application=")
					&& !line.startsWith("eclipse.product=")
					&& !line.startsWith("eclipse.p2.")) {
				ini.append(line).append('\n');
			}
		}
		ini.append("eclipse.application=").append(APPLICATION).append('\n');
		writeAtomically(target.resolve(BUNDLES_INFO), String.join("\n", kept) + "\n");
		writeAtomically(target.resolve("config.ini"), ini.toString());
		return out.stream().sorted().toList();
	}

	/** The names of the user-interface bundles and of every bundle that cannot resolve without them. */
	static Set<String> leftOut(java.util.Collection<BundleHeaders> bundles) {
		Set<String> out = new HashSet<>();
		for (BundleHeaders b : bundles) {
			if (Stream.concat(USER_INTERFACE.stream(), HELP_SYSTEM.stream())
					.anyMatch(
							p -> b.name().equals(p) || b.name().startsWith(p + ".") || b.name().startsWith(p + "-"))) {
				out.add(b.name());
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			// The framework itself answers to this alias as well as to its own name.
			Set<String> keptNames = new HashSet<>(Set.of("system.bundle"));
			Map<String, Integer> exporters = new HashMap<>();
			Set<String> lostPackages = new HashSet<>();
			for (BundleHeaders b : bundles) {
				if (out.contains(b.name())) {
					lostPackages.addAll(b.exports());
				} else {
					keptNames.add(b.name());
					b.exports().forEach(p -> exporters.merge(p, 1, Integer::sum));
				}
			}
			for (BundleHeaders b : bundles) {
				if (out.contains(b.name())) {
					continue;
				}
				boolean broken = b.requiredBundles().stream().anyMatch(r -> !keptNames.contains(r))
						|| b.importedPackages().stream()
								.anyMatch(p -> lostPackages.contains(p) && !exporters.containsKey(p))
						|| (b.host() != null && !keptNames.contains(b.host()));
				if (broken) {
					out.add(b.name());
					changed = true;
				}
			}
		}
		return out;
	}

	/**
	 * Bundles nothing of the command line needs, though they would resolve: what the headless
	 * application, the framework's configurator, the Declarative Services runtime (core bundles
	 * declare components) and every bundle that contributes to an Anodyne extension point (a
	 * third party's metal or collector) do not require, directly or through others. Each bundle
	 * fewer is one the framework no longer reads, resolves and wires at every start (p2, help,
	 * team, text, e4 DI … in the product).
	 *
	 * @param out the bundles already left out
	 */
	static Set<String> unused(Collection<BundleHeaders> bundles, Set<String> out) {
		Map<String, BundleHeaders> byName = new HashMap<>();
		Map<String, String> exporters = new HashMap<>();
		for (BundleHeaders b : bundles) {
			if (!out.contains(b.name())) {
				byName.putIfAbsent(b.name(), b);
				b.exports().forEach(p -> exporters.putIfAbsent(p, b.name()));
			}
		}
		ArrayDeque<String> todo = new ArrayDeque<>();
		for (BundleHeaders b : byName.values()) {
			if (ROOTS.contains(b.name()) || b.extendsAnodyne()) {
				todo.add(b.name());
			}
		}
		Set<String> needed = new HashSet<>();
		while (!todo.isEmpty()) {
			BundleHeaders b = byName.get(todo.poll());
			if (b == null || !needed.add(b.name())) {
				continue;
			}
			todo.addAll(b.requiredBundles());
			b.importedPackages().stream().map(exporters::get).filter(e -> e != null).forEach(todo::add);
			if (b.host() != null) {
				todo.add(b.host());
			}
			// Fragments of a needed bundle (translations, natives) belong to it.
			for (BundleHeaders f : byName.values()) {
				if (b.name().equals(f.host())) {
					todo.add(f.name());
				}
			}
		}
		Set<String> unused = new HashSet<>(byName.keySet());
		unused.removeAll(needed);
		return unused;
	}

	/**
	 * Not {@code AtomicFiles}: this class runs from the launch script before OSGi, with only its own
	 * bundle's jar on the class path, so it cannot reach {@code org.anodyne.io}.
	 */
	private static void writeAtomically(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * What resolution needs from a bundle's manifest: its name, the bundles it requires and the
	 * packages it imports (optional ones left out, since they never stop resolution), the packages
	 * it exports and its fragment host.
	 */
	record BundleHeaders(String name, List<String> requiredBundles, List<String> importedPackages,
			List<String> exports, String host, boolean extendsAnodyne) {

		static BundleHeaders read(Path location) throws IOException {
			Manifest manifest;
			String pluginXml = "";
			if (Files.isDirectory(location)) {
				try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
					manifest = new Manifest(in);
				}
				Path xml = location.resolve("plugin.xml");
				if (Files.isRegularFile(xml)) {
					pluginXml = Files.readString(xml, StandardCharsets.UTF_8);
				}
			} else {
				try (JarFile jar = new JarFile(location.toFile())) {
					manifest = jar.getManifest();
					ZipEntry xml = jar.getEntry("plugin.xml");
					if (xml != null) {
						try (InputStream in = jar.getInputStream(xml)) {
							pluginXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
						}
					}
				}
			}
			if (manifest == null) {
				throw new IOException(location + " has no manifest");
			}
			boolean extendsAnodyne = EXTENDS_ANODYNE.matcher(pluginXml).find();
			BundleHeaders b = of(name -> manifest.getMainAttributes().getValue(name));
			return new BundleHeaders(b.name(), b.requiredBundles(), b.importedPackages(), b.exports(), b.host(),
					extendsAnodyne);
		}

		/** A contribution to one of Anodyne's extension points in a plugin.xml. */
		private static final Pattern EXTENDS_ANODYNE = Pattern
				.compile("point\\s*=\\s*\"org\\.anodyne\\.");

		static BundleHeaders of(java.util.function.Function<String, String> header) {
			List<Clause> name = Clause.parse(header.apply("Bundle-SymbolicName"));
			List<Clause> host = Clause.parse(header.apply("Fragment-Host"));
			return new BundleHeaders(name.isEmpty() ? "" : name.get(0).name(),
					mandatory(Clause.parse(header.apply("Require-Bundle")), "resolution"),
					mandatory(Clause.parse(header.apply("Import-Package")), "resolution"),
					Clause.parse(header.apply("Export-Package")).stream().map(Clause::name).toList(),
					host.isEmpty() ? null : host.get(0).name(), false);
		}

		private static List<String> mandatory(List<Clause> clauses, String directive) {
			return clauses.stream().filter(c -> !"optional".equals(c.directives().get(directive))).map(Clause::name)
					.toList();
		}
	}

	/**
	 * One clause of an OSGi manifest header: {@code name;attr=value;directive:=value}. A clause with
	 * several names ({@code a;b;version=1}) becomes one clause per name.
	 */
	record Clause(String name, Map<String, String> directives) {

		static List<Clause> parse(String header) {
			List<Clause> result = new ArrayList<>();
			if (header == null) {
				return result;
			}
			for (String clause : split(header, ',')) {
				List<String> names = new ArrayList<>();
				Map<String, String> directives = new HashMap<>();
				for (String part : split(clause, ';')) {
					String p = part.strip();
					int directive = p.indexOf(":=");
					if (directive > 0) {
						directives.put(p.substring(0, directive).strip(), unquote(p.substring(directive + 2)));
					} else if (p.indexOf('=') < 0 && !p.isEmpty()) {
						names.add(p);
					}
				}
				for (String n : names) {
					result.add(new Clause(n, directives));
				}
			}
			return result;
		}

		private static String unquote(String s) {
			String t = s.strip();
			return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
		}

		/** Splits at a separator outside double quotes (version ranges contain commas). */
		private static List<String> split(String text, char separator) {
			List<String> parts = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				if (c == separator && !quoted) {
					parts.add(current.toString());
					current.setLength(0);
				} else {
					current.append(c);
				}
			}
			parts.add(current.toString());
			return parts;
		}
	}
}
