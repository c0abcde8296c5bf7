/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.metals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.anodyne.model.extensions.ExtensionPointCache;
import org.anodyne.model.internal.MetalRegistryReader;

/**
 * The metals Anodyne knows, the substrates they can nucleate on and the table of nucleation
 * overpotentials keyed by (metal, substrate), read from the extension point
 * {@value #EXTENSION_POINT} (schema: {@code schema/metals.exsd}). Lithium is contributed through that
 * same extension point by the bundle {@code org.anodyne.metal.lithium}, exactly as a third party adds a
 * metal. A broken contribution is logged and skipped; the rest of the registry stays usable.
 * <p>
 * Units: molar mass g mol⁻¹, density g cm⁻³, E° V vs SHE; {@link #nucleationBarrier} answers in
 * <b>volts</b> (the extension declares millivolts). A metal on itself has a barrier of 0 V unless a
 * contribution says otherwise.
 * <p>
 * Instances are immutable snapshots; {@link #getDefault()} rebuilds its snapshot when plug-ins
 * contributing metals come or go.
 */
public final class MetalRegistry {

	/** Id of the extension point metals, substrates and nucleation barriers are contributed to. */
	public static final String EXTENSION_POINT = "org.anodyne.metals";

	private static final ExtensionPointCache<MetalRegistry> PLATFORM = new ExtensionPointCache<>(EXTENSION_POINT,
			elements -> MetalRegistryReader.read(elements, MetalRegistryReader::logToPlatform),
			() -> builder().build());

	private final Map<String, MetalDefinition> metals;
	private final Map<String, SubstrateDefinition> substrates;
	private final Map<String, Double> barriers;
	private final List<String> problems;

	private MetalRegistry(Builder builder) {
		this.metals = Collections.unmodifiableMap(new LinkedHashMap<>(builder.metals));
		Map<String, SubstrateDefinition> allSubstrates = new LinkedHashMap<>(builder.substrates);
		for (MetalDefinition metal : builder.metals.values()) {
			allSubstrates.putIfAbsent(metal.id(), new SubstrateDefinition(metal.id(), metal.name(),
					metal.name() + " metal (deposit)", metal.contributor()));
		}
		this.substrates = Collections.unmodifiableMap(allSubstrates);
		this.barriers = Map.copyOf(builder.barriers);
		this.problems = List.copyOf(builder.problems);
	}

	/**
	 * The registry of the running platform: every contribution to {@value #EXTENSION_POINT}. Outside
	 * OSGi (plain Java), where there is no extension registry, it is empty; build one with
	 * {@link #builder()} there.
	 */
	public static MetalRegistry getDefault() {
		return PLATFORM.get();
	}

	/** A builder for a registry that does not come from the platform (tests, plain Java tools). */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The metal with this id, matched regardless of case when no id matches exactly: a design may name
	 * lithium "li" or "Li", as its chemical symbol is written.
	 */
	public Optional<MetalDefinition> metal(String id) {
		if (id == null) {
			return Optional.empty();
		}
		MetalDefinition exact = metals.get(id);
		return exact != null
				? Optional.of(exact)
				: metals.values().stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
	}

	/** All metals, in contribution order. */
	public Collection<MetalDefinition> metals() {
		return metals.values();
	}

	/** The substrate with this id; every metal id is also a substrate. */
	public Optional<SubstrateDefinition> substrate(String id) {
		return Optional.ofNullable(id == null ? null : substrates.get(id));
	}

	/** All substrates, including one per metal. */
	public Collection<SubstrateDefinition> substrates() {
		return substrates.values();
	}

	/**
	 * The nucleation overpotential in volts of the metal on the substrate: the extra cathodic
	 * overpotential plating must pay on a surface not yet covered by metal. A metal on itself is 0 V
	 * unless contributed; empty when neither is known.
	 */
	public OptionalDouble nucleationBarrier(String metalId, String substrateId) {
		Double value = barriers.get(key(metalId, substrateId));
		if (value != null) {
			return OptionalDouble.of(value);
		}
		if (metalId != null && metalId.equals(substrateId) && metals.containsKey(metalId)) {
			return OptionalDouble.of(0.0);
		}
		return OptionalDouble.empty();
	}

	/** The substrates for which a barrier of this metal is known, with the barrier in volts. */
	public Map<String, Double> nucleationBarriers(String metalId) {
		Map<String, Double> result = new LinkedHashMap<>();
		for (String substrate : substrates.keySet()) {
			nucleationBarrier(metalId, substrate).ifPresent(v -> result.put(substrate, v));
		}
		return result;
	}

	/** What was skipped while reading contributions, one message per broken contribution. */
	public List<String> problems() {
		return problems;
	}

	private static String key(String metalId, String substrateId) {
		return metalId + "\u0000" + substrateId;
	}

	/** Collects metals, substrates and barriers; later duplicates of an id are rejected as problems. */
	public static final class Builder {
		private final Map<String, MetalDefinition> metals = new LinkedHashMap<>();
		private final Map<String, SubstrateDefinition> substrates = new LinkedHashMap<>();
		private final Map<String, Double> barriers = new LinkedHashMap<>();
		private final List<String> problems = new ArrayList<>();

		private Builder() {
		}

		/** Adds a metal; a second metal with the same id is reported and skipped. */
		public Builder metal(MetalDefinition metal) {
			if (metals.containsKey(metal.id())) {
				problems.add("metal '" + metal.id() + "' from " + metal.contributor() + " is already contributed by "
						+ metals.get(metal.id()).contributor() + "; skipped");
			} else {
				metals.put(metal.id(), metal);
			}
			return this;
		}

		/** Adds a substrate; a second substrate with the same id is reported and skipped. */
		public Builder substrate(SubstrateDefinition substrate) {
			if (substrates.containsKey(substrate.id())) {
				problems.add("substrate '" + substrate.id() + "' from " + substrate.contributor()
						+ " is already contributed by " + substrates.get(substrate.id()).contributor() + "; skipped");
			} else {
				substrates.put(substrate.id(), substrate);
			}
			return this;
		}

		/** Sets the nucleation barrier of a metal on a substrate, in volts. */
		public Builder nucleationBarrier(String metalId, String substrateId, double volts) {
			barriers.put(key(metalId, substrateId), volts);
			return this;
		}

		/** Records a problem met while reading contributions. */
		public Builder problem(String message) {
			problems.add(message);
			return this;
		}

		/** Whether a metal with this id has been added. */
		public boolean hasMetal(String id) {
			return metals.containsKey(id);
		}

		/** Whether a substrate (or metal, which is also a substrate) with this id has been added. */
		public boolean hasSubstrate(String id) {
			return substrates.containsKey(id) || metals.containsKey(id);
		}

		public MetalRegistry build() {
			return new MetalRegistry(this);
		}
	}
}
