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
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.anodyne.headless.internal.HeadlessConfiguration.BundleHeaders;
import org.anodyne.headless.internal.HeadlessConfiguration.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessConfigurationTest {

	@TempDir
	Path dir;

	private static BundleHeaders bundle(String name, String require, String imports, String exports, String host) {
		Map<String, String> headers = new java.util.HashMap<>();
		headers.put("Bundle-SymbolicName", name + ";singleton:=true");
		if (require != null) {
			headers.put("Require-Bundle", require);
		}
		if (imports != null) {
			headers.put("Import-Package", imports);
		}
		if (exports != null) {
			headers.put("Export-Package", exports);
		}
		if (host != null) {
			headers.put("Fragment-Host", host);
		}
		return BundleHeaders.of(headers::get);
	}

	@Test
	void theUserInterfaceAndEverythingThatNeedsItAreLeftOut() {
		List<BundleHeaders> bundles = List.of(
				bundle("org.eclipse.swt", null, null, "org.eclipse.swt.widgets,org.eclipse.swt.graphics", null),
				bundle("org.eclipse.swt.gtk.linux.x86_64", null, null, null,
						"org.eclipse.swt;bundle-version=\"[3.0,4.0)\""),
				bundle("org.eclipse.jface", "org.eclipse.swt;bundle-version=\"[3.0,4.0)\"", null,
						"org.eclipse.jface.viewers", null),
				bundle("org.eclipse.compare", "org.eclipse.core.runtime,org.eclipse.jface", null, null, null),
				bundle("com.example.chart", null, "org.eclipse.swt.graphics;version=\"[3.0,4)\",java.util", null, null),
				bundle("com.example.optional", "org.eclipse.jface;resolution:=optional",
						"org.eclipse.swt.widgets;resolution:=optional", null, null),
				bundle("org.eclipse.core.runtime", "org.eclipse.osgi,system.bundle", "javax.xml.parsers", null, null),
				bundle("org.eclipse.osgi", null, null, "org.osgi.framework", null),
				bundle("com.example.sodium", "org.anodyne.model;bundle-version=\"[1.0.0,2.0.0)\"", null, null, null),
				bundle("org.anodyne.model", "org.eclipse.core.runtime", null, "org.anodyne.model", null),
				bundle("org.anodyne.ui.results", "org.anodyne.model", null, null, null));
		assertEquals(Set.of("org.eclipse.swt", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.jface",
				"org.eclipse.compare",
				"com.example.chart", "org.anodyne.ui.results"), HeadlessConfiguration.leftOut(bundles));
	}

	@Test
	void theHelpSystemAndItsWebServerAreLeftOut() {
		List<BundleHeaders> bundles = List.of(
				bundle("org.eclipse.help", "org.eclipse.core.runtime", null, "org.eclipse.help", null),
				bundle("org.eclipse.help.base", "org.eclipse.help,org.eclipse.core.runtime", "org.apache.lucene.search",
						null, null),
				bundle("org.eclipse.help.webapp", "org.eclipse.help.base,org.eclipse.jdt.core.compiler.batch",
						"javax.servlet", null, null),
				bundle("org.eclipse.jdt.core.compiler.batch", null, null, "org.eclipse.jdt.core.compiler", null),
				bundle("org.eclipse.jetty.servlet-api", null, null, "javax.servlet", null),
				bundle("org.eclipse.jetty.server", null, "javax.servlet", "org.eclipse.jetty.server", null),
				bundle("org.eclipse.equinox.http.jetty", null, "org.eclipse.jetty.server", null, null),
				bundle("org.mortbay.jasper.apache-jsp", null, "javax.servlet", "org.apache.jasper.servlet", null),
				bundle("org.apache.lucene.core", null, null, "org.apache.lucene.search", null),
				bundle("wrapped.org.apache.lucene.lucene-analysis-common", null, "org.apache.lucene.search", null,
						null),
				bundle("slf4j.api", null, null, "org.slf4j", null),
				bundle("org.eclipse.core.runtime", "org.eclipse.osgi,system.bundle", null, null, null),
				bundle("org.eclipse.osgi", null, null, "org.osgi.framework", null),
				bundle("org.anodyne.model", "org.eclipse.core.runtime", null, "org.anodyne.model", null),
				bundle("org.anodyne.headless", "org.anodyne.model", null, null, null));
		assertEquals(Set.of("org.eclipse.help", "org.eclipse.help.base", "org.eclipse.help.webapp",
				"org.eclipse.jdt.core.compiler.batch", "org.eclipse.jetty.servlet-api", "org.eclipse.jetty.server",
				"org.eclipse.equinox.http.jetty", "org.mortbay.jasper.apache-jsp", "org.apache.lucene.core",
				"wrapped.org.apache.lucene.lucene-analysis-common", "slf4j.api"),
				HeadlessConfiguration.leftOut(bundles));
	}

	@Test
	void bundlesTheCommandLineDoesNotNeedAreLeftOutButAThirdPartysMetalStays() {
		BundleHeaders sodium = new BundleHeaders("com.example.sodium", List.of("org.anodyne.model"), List.of(),
				List.of(),
				null, true);
		List<BundleHeaders> bundles = List.of(
				bundle("org.anodyne.headless", "org.eclipse.core.runtime,org.anodyne.model", null, null, null),
				bundle("org.anodyne.model", "org.eclipse.core.runtime", "org.eclipse.emf.ecore", "org.anodyne.model",
						null),
				bundle("org.eclipse.emf.ecore", null, null, "org.eclipse.emf.ecore", null),
				bundle("org.anodyne.model.nl", null, null, null, "org.anodyne.model"),
				bundle("org.eclipse.core.runtime", "org.eclipse.osgi", null, null, null),
				bundle("org.eclipse.osgi", null, null, "org.osgi.framework", null),
				bundle("org.eclipse.equinox.p2.engine", "org.eclipse.core.runtime", null, null, null),
				bundle("org.eclipse.help", "org.eclipse.core.runtime", null, null, null),
				bundle("org.eclipse.swt", null, null, null, null),
				sodium);
		assertEquals(Set.of("org.eclipse.equinox.p2.engine", "org.eclipse.help"),
				HeadlessConfiguration.unused(bundles, Set.of("org.eclipse.swt")));
	}

	@Test
	void manifestClausesSplitOutsideQuotes() {
		List<Clause> clauses = Clause
				.parse("a.b;bundle-version=\"[1.0,2.0)\";resolution:=optional, c;d;version=\"1.2\"");
		assertEquals(List.of("a.b", "c", "d"), clauses.stream().map(Clause::name).toList());
		assertEquals("optional", clauses.get(0).directives().get("resolution"));
	}

	@Test
	void theConfigurationKeepsTheProductsSettingsButRunsTheCommandLine() throws Exception {
		Path product = dir.resolve("product");
		Path plugins = Files.createDirectories(product.resolve("plugins"));
		jar(plugins.resolve("org.eclipse.swt_3.jar"), "org.eclipse.swt", null);
		jar(plugins.resolve("org.eclipse.osgi_3.jar"), "org.eclipse.osgi", null);
		jar(plugins.resolve("org.anodyne.headless_0.1.jar"), "org.anodyne.headless", "org.eclipse.osgi");
		Path configuration = Files
				.createDirectories(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator"))
				.getParent();
		Files.writeString(configuration.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info"), """
				#encoding=UTF-8
				#version=1
				org.anodyne.headless,0.1.0,plugins/org.anodyne.headless_0.1.jar,4,false
				org.eclipse.osgi,3.0.0,plugins/org.eclipse.osgi_3.jar,-1,true
				org.eclipse.swt,3.0.0,plugins/org.eclipse.swt_3.jar,4,false
				""");
		Files.writeString(configuration.resolve("config.ini"), """
				#This configuration file was written by: p2
				eclipse.application=org.eclipse.ui.ide.workbench
				eclipse.p2.data.area=@config.dir/../p2
				eclipse.product=org.anodyne.ui.product
				osgi.bundles=reference\\:file\\:org.eclipse.equinox.simpleconfigurator_1.jar@1\\:start
				osgi.bundles.defaultStartLevel=4
				""");
		Path target = dir.resolve("headless");
		assertEquals(List.of("org.eclipse.swt"), HeadlessConfiguration.write(product, target));
		String info = Files.readString(target.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info"));
		assertTrue(info.startsWith("#encoding=UTF-8\n#version=1\norg.anodyne.headless,"), info);
		assertTrue(!info.contains("org.eclipse.swt"), info);
		String ini = Files.readString(target.resolve("config.ini"));
		assertTrue(
				ini.contains(
						"osgi.bundles=reference\\:file\\:org.eclipse.equinox.simpleconfigurator_1.jar@1\\:start\n"),
				ini);
		assertTrue(ini.endsWith("eclipse.application=org.anodyne.headless.build\n"), ini);
		assertTrue(!ini.contains("ide.workbench") && !ini.contains("eclipse.product") && !ini.contains("p2"), ini);
	}

	private static void jar(Path file, String name, String require) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-SymbolicName", name);
		if (require != null) {
			main.putValue("Require-Bundle", require);
		}
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
			out.flush();
		}
	}
}
