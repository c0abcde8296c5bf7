/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.metals.SubstrateDefinition;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

/**
 * Reads contributions to {@code org.anodyne.metals}. Each {@code metal}, {@code substrate} and
 * {@code nucleationBarrier} element is checked on its own: a missing or malformed attribute, a
 * duplicate id or a barrier that names an unknown metal or substrate is logged with the contributing
 * bundle and skipped, and the rest of the contribution is still read.
 */
public final class MetalRegistryReader {

	private MetalRegistryReader() {
	}

	/** Builds a registry from configuration elements, reporting every skipped element to the log. */
	public static MetalRegistry read(IConfigurationElement[] elements, Consumer<String> log) {
		MetalRegistry.Builder builder = MetalRegistry.builder();
		List<IConfigurationElement> barriers = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			try {
				switch (element.getName()) {
				case "metal" -> builder.metal(metal(element));
				case "substrate" -> builder.substrate(substrate(element));
				case "nucleationBarrier" -> barriers.add(element);
				default -> throw new BrokenContribution("unknown element <" + element.getName() + ">");
				}
			} catch (BrokenContribution | InvalidRegistryObjectException e) {
				builder.problem(describe(element) + ": " + e.getMessage() + "; skipped");
			}
		}
		// Barriers are read last so that they may name metals and substrates from any bundle.
		for (IConfigurationElement element : barriers) {
			try {
				String metal = required(element, "metal");
				String substrate = required(element, "substrate");
				double millivolts = number(element, "barrier");
				if (!builder.hasMetal(metal)) {
					throw new BrokenContribution("unknown metal '" + metal + "'");
				}
				if (!builder.hasSubstrate(substrate)) {
					throw new BrokenContribution("unknown substrate '" + substrate + "'");
				}
				if (millivolts < 0) {
					throw new BrokenContribution("barrier " + millivolts + " mV is negative");
				}
				builder.nucleationBarrier(metal, substrate, millivolts * 1e-3);
			} catch (BrokenContribution | InvalidRegistryObjectException e) {
				builder.problem(describe(element) + ": " + e.getMessage() + "; skipped");
			}
		}
		MetalRegistry registry = builder.build();
		registry.problems().forEach(log);
		return registry;
	}

	/** Sends a problem to the platform log, or to the JDK logger outside OSGi. */
	public static void logToPlatform(String message) {
		ModelLog.warning("Contribution to " + MetalRegistry.EXTENSION_POINT + " " + message);
	}

	private static MetalDefinition metal(IConfigurationElement element) throws BrokenContribution {
		String id = required(element, "id");
		int z = (int) number(element, "chargeNumber");
		if (z < 1 || z != number(element, "chargeNumber")) {
			throw new BrokenContribution("chargeNumber '" + element.getAttribute("chargeNumber")
					+ "' must be a positive integer");
		}
		double molarMass = positive(element, "molarMass");
		double density = positive(element, "density");
		double potential = number(element, "standardPotential");
		String name = element.getAttribute("name") == null ? id : element.getAttribute("name");
		return new MetalDefinition(id, name, z, molarMass, density, potential, contributor(element));
	}

	private static SubstrateDefinition substrate(IConfigurationElement element) throws BrokenContribution {
		String id = required(element, "id");
		String name = element.getAttribute("name") == null ? id : element.getAttribute("name");
		String description = element.getAttribute("description") == null ? "" : element.getAttribute("description");
		return new SubstrateDefinition(id, name, description, contributor(element));
	}

	static String required(IConfigurationElement element, String attribute) throws BrokenContribution {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new BrokenContribution("attribute '" + attribute + "' is missing");
		}
		return value.strip();
	}

	static double number(IConfigurationElement element, String attribute) throws BrokenContribution {
		String text = required(element, attribute);
		try {
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new BrokenContribution(attribute + " '" + text + "' is not a number");
		}
	}

	static double positive(IConfigurationElement element, String attribute) throws BrokenContribution {
		double value = number(element, attribute);
		if (value <= 0) {
			throw new BrokenContribution(attribute + " " + value + " must be > 0");
		}
		return value;
	}

	static String contributor(IConfigurationElement element) {
		try {
			return element.getContributor() == null ? "?" : element.getContributor().getName();
		} catch (InvalidRegistryObjectException e) {
			return "?";
		}
	}

	private static String describe(IConfigurationElement element) {
		String id = element.getAttribute("id");
		StringBuilder b = new StringBuilder("<").append(element.getName());
		if (id != null) {
			b.append(" id=\"").append(id).append('"');
		} else if (element.getAttribute("metal") != null) {
			b.append(" metal=\"").append(element.getAttribute("metal")).append("\" substrate=\"")
					.append(element.getAttribute("substrate")).append('"');
		}
		return b.append("> from ").append(contributor(element)).toString();
	}

	static final class BrokenContribution extends Exception {
		private static final long serialVersionUID = 1L;

		BrokenContribution(String message) {
			super(message);
		}
	}
}
