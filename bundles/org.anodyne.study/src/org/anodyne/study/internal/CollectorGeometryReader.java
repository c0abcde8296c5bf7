/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.util.function.Consumer;

import org.anodyne.model.AnodynePackage;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * Reads contributions to {@value CollectorGeometries#EXTENSION_POINT}. Each {@code generator} element
 * is checked on its own; a broken one is reported with its contributing bundle and skipped, the others
 * are still read. The class is only created when a study first needs it.
 */
public final class CollectorGeometryReader {

	private static final String ELEMENT = "generator";
	private static final String ECLASS = "eClass";
	private static final String CLASS = "class";

	private CollectorGeometryReader() {
	}

	/**
	 * Builds a registry from configuration elements.
	 *
	 * @param elements the extension point's configuration elements
	 * @param log      receives one message per skipped contribution, now or when its class fails to load
	 */
	public static CollectorGeometries read(IConfigurationElement[] elements, Consumer<String> log) {
		CollectorGeometries.Builder builder = CollectorGeometries.builder().log(log);
		for (IConfigurationElement element : elements) {
			String where = describe(element);
			try {
				if (!ELEMENT.equals(element.getName())) {
					throw new BrokenContribution("unknown element <" + element.getName() + ">");
				}
				String key = required(element, ECLASS);
				String className = required(element, CLASS);
				checkEClass(key);
				String description = where + " (class " + className + ")";
				builder.generator(key, description, () -> create(element, className));
			} catch (BrokenContribution | InvalidRegistryObjectException e) {
				builder.problem(where + ": " + e.getMessage() + "; skipped");
			}
		}
		return builder.build();
	}

	/** Reports a skipped contribution through the platform log. */
	public static void logToPlatform(String message) {
		StudyLog.warning("Contribution to " + CollectorGeometries.EXTENSION_POINT + " " + message);
	}

	private static void checkEClass(String key) throws BrokenContribution {
		int hash = key.lastIndexOf('#');
		if (hash <= 0 || hash == key.length() - 1) {
			throw new BrokenContribution("eClass '" + key + "' is not of the form nsURI#ClassName");
		}
		String nsUri = key.substring(0, hash);
		String name = key.substring(hash + 1);
		EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
		if (ePackage == null) {
			throw new BrokenContribution("eClass '" + key + "' names the EPackage " + nsUri
					+ ", which is not registered");
		}
		EClassifier classifier = ePackage.getEClassifier(name);
		if (!(classifier instanceof EClass eClass)) {
			throw new BrokenContribution("EPackage " + nsUri + " has no EClass '" + name + "'");
		}
		if (!AnodynePackage.Literals.CURRENT_COLLECTOR.isSuperTypeOf(eClass)) {
			throw new BrokenContribution("EClass " + key + " is not a CurrentCollector");
		}
	}

	private static CollectorGeometryGenerator create(IConfigurationElement element, String className) {
		Object created;
		try {
			created = element.createExecutableExtension(CLASS);
		} catch (CoreException e) {
			throw new IllegalStateException("cannot create " + className + ": " + e.getStatus().getMessage(), e);
		}
		if (!(created instanceof CollectorGeometryGenerator generator)) {
			throw new IllegalStateException(
					className + " does not implement " + CollectorGeometryGenerator.class.getName());
		}
		return generator;
	}

	private static String required(IConfigurationElement element, String attribute) throws BrokenContribution {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new BrokenContribution("attribute '" + attribute + "' is missing");
		}
		return value.strip();
	}

	private static String describe(IConfigurationElement element) {
		try {
			return "<" + element.getName() + "> from " + element.getContributor().getName();
		} catch (InvalidRegistryObjectException e) {
			return "<" + ELEMENT + "> from a plug-in that was removed";
		}
	}

	private static final class BrokenContribution extends Exception {
		private static final long serialVersionUID = 1L;

		BrokenContribution(String message) {
			super(message);
		}
	}
}
