/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.model.internal.MetalRegistryReader;
import org.anodyne.model.metals.MetalRegistry;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.RegistryFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The metal registry for tests. Inside OSGi (tycho-surefire) it is the real one, read from the
 * extension registry. In plain Java (a quick javac + JUnit console run) it reads the same plugin.xml
 * files through {@link MetalRegistryReader}, so both runs test the same contributions.
 */
public final class TestMetals {

	private static MetalRegistry plain;

	private TestMetals() {
	}

	/** Whether the tests run inside OSGi with an extension registry. */
	public static boolean inOsgi() {
		return RegistryFactory.getRegistry() != null;
	}

	/** Lithium and the model's substrates, as contributed by our own bundles. */
	public static synchronized MetalRegistry registry() {
		if (inOsgi()) {
			return MetalRegistry.getDefault();
		}
		if (plain == null) {
			List<IConfigurationElement> elements = new ArrayList<>();
			elements.addAll(contributions(bundle("org.anodyne.model")));
			elements.addAll(contributions(bundle("org.anodyne.metal.lithium")));
			plain = MetalRegistryReader.read(elements.toArray(IConfigurationElement[]::new), m -> {
			});
		}
		return plain;
	}

	/** A sibling bundle folder, from the tests bundle's folder (the working directory of test runs). */
	public static Path bundle(String name) {
		return Path.of("..", name);
	}

	/** The contributions to org.anodyne.metals in a bundle's plugin.xml, as configuration elements. */
	public static List<IConfigurationElement> contributions(Path bundle) {
		try {
			Properties properties = new Properties();
			Path propertiesFile = bundle.resolve("plugin.properties");
			if (Files.exists(propertiesFile)) {
				try (InputStream in = Files.newInputStream(propertiesFile)) {
					properties.load(in);
				}
			}
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Element root = factory.newDocumentBuilder().parse(bundle.resolve("plugin.xml").toFile())
					.getDocumentElement();
			List<IConfigurationElement> result = new ArrayList<>();
			String contributor = bundle.getFileName().toString();
			for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element extension && "extension".equals(extension.getTagName())
						&& MetalRegistry.EXTENSION_POINT.equals(extension.getAttribute("point"))) {
					for (Node c = extension.getFirstChild(); c != null; c = c.getNextSibling()) {
						if (c instanceof Element e) {
							result.add(element(e, contributor, properties));
						}
					}
				}
			}
			return result;
		} catch (IOException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
			throw new IllegalStateException("cannot read " + bundle.resolve("plugin.xml"), e);
		}
	}

	/** A configuration element over a DOM element; only what the registry reader calls is answered. */
	public static IConfigurationElement element(Element e, String contributor, Properties properties) {
		IContributor who = (IContributor) Proxy.newProxyInstance(TestMetals.class.getClassLoader(),
				new Class<?>[]{IContributor.class}, (p, m, a) -> "getName".equals(m.getName()) ? contributor : null);
		return (IConfigurationElement) Proxy.newProxyInstance(TestMetals.class.getClassLoader(),
				new Class<?>[]{IConfigurationElement.class}, (p, m, a) -> switch (m.getName()) {
				case "getName" -> e.getTagName();
				case "getAttribute" -> {
					String name = (String) a[0];
					if (!e.hasAttribute(name)) {
						yield null;
					}
					String value = e.getAttribute(name);
					yield value.startsWith("%") ? properties.getProperty(value.substring(1), value) : value;
				}
				case "getContributor" -> who;
				case "toString" -> "<" + e.getTagName() + ">";
				case "hashCode" -> System.identityHashCode(p);
				case "equals" -> p == a[0];
				default -> throw new UnsupportedOperationException(m.getName());
				});
	}
}
