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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.anodyne.model.internal.MetalRegistryReader.BrokenContribution;
import org.anodyne.model.metals.ElectrolytePreset;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

/**
 * Reads contributions to {@code org.anodyne.electrolytePresets}. Each {@code electrolyte} element is
 * checked on its own — numbers present, finite and in their physical range, the metal known to the
 * metal registry, the charge number the metal's, pair values naming a {@code MetalElectrolytePair}
 * attribute — and a broken one is logged with its contributing bundle and skipped.
 */
public final class ElectrolytePresetReader {

	private ElectrolytePresetReader() {
	}

	/** Builds the presets from configuration elements, reporting every skipped element to the log. */
	public static ElectrolytePresets read(IConfigurationElement[] elements, MetalRegistry metals,
			Consumer<String> log) {
		ElectrolytePresets.Builder builder = ElectrolytePresets.builder();
		for (IConfigurationElement element : elements) {
			try {
				if (!"electrolyte".equals(element.getName())) {
					throw new BrokenContribution("unknown element <" + element.getName() + ">");
				}
				builder.preset(preset(element, metals));
			} catch (BrokenContribution | InvalidRegistryObjectException e) {
				builder.problem(describe(element) + ": " + e.getMessage() + "; skipped");
			}
		}
		ElectrolytePresets presets = builder.build();
		presets.problems().forEach(log);
		return presets;
	}

	/** Sends a problem to the platform log, or to the JDK logger outside OSGi. */
	public static void logToPlatform(String message) {
		ModelLog.warning("Contribution to " + ElectrolytePresets.EXTENSION_POINT + " " + message);
	}

	private static ElectrolytePreset preset(IConfigurationElement e, MetalRegistry metals) throws BrokenContribution {
		String id = MetalRegistryReader.required(e, "id");
		String metalId = MetalRegistryReader.required(e, "metal");
		MetalDefinition metal = metals.metal(metalId).orElseThrow(() -> new BrokenContribution(
				"unknown metal '" + metalId + "'; known metals: "
						+ metals.metals().stream().map(MetalDefinition::id).toList()));
		double transference = MetalRegistryReader.positive(e, "transferenceNumber");
		if (transference >= 1.0) {
			throw new BrokenContribution("transferenceNumber " + transference + " must lie in (0, 1)");
		}
		List<String> solvents = new ArrayList<>();
		Map<String, Double> additives = new LinkedHashMap<>();
		Map<String, Double> pairValues = new LinkedHashMap<>();
		for (IConfigurationElement child : e.getChildren()) {
			switch (child.getName()) {
			case "solvent" -> solvents.add(MetalRegistryReader.required(child, "name"));
			case "additive" -> additives.put(MetalRegistryReader.required(child, "name"),
					MetalRegistryReader.positive(child, "massFraction"));
			case "pairValue" -> {
				String name = MetalRegistryReader.required(child, "name");
				if (ElectrolytePreset.pairAttribute(name) == null) {
					throw new BrokenContribution("pairValue '" + name + "' is not a MetalElectrolytePair attribute");
				}
				pairValues.put(name, MetalRegistryReader.number(child, "value"));
			}
			default -> throw new BrokenContribution("unknown element <" + child.getName() + ">");
			}
		}
		if (solvents.isEmpty()) {
			throw new BrokenContribution("no <solvent>");
		}
		String name = e.getAttribute("name") == null ? id : e.getAttribute("name");
		String description = e.getAttribute("description") == null ? "" : e.getAttribute("description");
		String source = e.getAttribute("source") == null ? "" : e.getAttribute("source");
		return new ElectrolytePreset(id, name, description, metalId, metal.chargeNumber(),
				MetalRegistryReader.required(e, "salt"), MetalRegistryReader.required(e, "anion"),
				MetalRegistryReader.positive(e, "concentration"), solvents, additives,
				MetalRegistryReader.positive(e, "diffusionCoefficient"), transference,
				MetalRegistryReader.positive(e, "conductivity"),
				MetalRegistryReader.positive(e, "exchangeCurrentDensity"),
				pairValues, source, MetalRegistryReader.contributor(e));
	}

	private static String describe(IConfigurationElement element) {
		String id = element.getAttribute("id");
		return "<" + element.getName() + (id == null ? "" : " id=\"" + id + "\"") + "> from "
				+ MetalRegistryReader.contributor(element);
	}
}
