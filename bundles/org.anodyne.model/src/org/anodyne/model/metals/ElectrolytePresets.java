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

import org.anodyne.model.extensions.ExtensionPointCache;
import org.anodyne.model.internal.ElectrolytePresetReader;

/**
 * The ready-made electrolytes contributed to the extension point {@value #EXTENSION_POINT} (schema
 * {@code schema/electrolytePresets.exsd}), offered by the design editor (New Electrolyte from Preset)
 * and the New Design wizard. Lithium's two electrolytes of the paper come from the bundle
 * {@code org.anodyne.metal.lithium} this way; a metal bundle brings its own. A broken contribution is
 * logged and skipped; the rest stays usable.
 */
public final class ElectrolytePresets {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.anodyne.electrolytePresets";

	private static final ExtensionPointCache<ElectrolytePresets> PLATFORM = new ExtensionPointCache<>(EXTENSION_POINT,
			elements -> ElectrolytePresetReader.read(elements, MetalRegistry.getDefault(),
					ElectrolytePresetReader::logToPlatform),
			() -> builder().build());

	private final Map<String, ElectrolytePreset> presets;
	private final List<String> problems;

	private ElectrolytePresets(Builder builder) {
		this.presets = Collections.unmodifiableMap(new LinkedHashMap<>(builder.presets));
		this.problems = List.copyOf(builder.problems);
	}

	/** The presets of the running platform; empty outside OSGi. */
	public static ElectrolytePresets getDefault() {
		return PLATFORM.get();
	}

	/** A builder for a registry that does not come from the platform (tests, plain Java tools). */
	public static Builder builder() {
		return new Builder();
	}

	/** All presets, in contribution order. */
	public Collection<ElectrolytePreset> presets() {
		return presets.values();
	}

	/** The preset with this id. */
	public Optional<ElectrolytePreset> preset(String id) {
		return Optional.ofNullable(id == null ? null : presets.get(id));
	}

	/**
	 * The preset with this id.
	 *
	 * @throws IllegalStateException naming the id and the extension point when no bundle contributes it
	 */
	public ElectrolytePreset require(String id) {
		return preset(id).orElseThrow(() -> new IllegalStateException("no electrolyte preset '" + id
				+ "' is installed (contributed to " + EXTENSION_POINT + "); known presets: " + presets.keySet()));
	}

	/** What was skipped while reading contributions, one message per broken contribution. */
	public List<String> problems() {
		return problems;
	}

	/** Collects presets; a second preset with the same id is reported and skipped. */
	public static final class Builder {
		private final Map<String, ElectrolytePreset> presets = new LinkedHashMap<>();
		private final List<String> problems = new ArrayList<>();

		private Builder() {
		}

		public Builder preset(ElectrolytePreset preset) {
			ElectrolytePreset earlier = presets.get(preset.id());
			if (earlier != null) {
				problems.add("electrolyte preset '" + preset.id() + "' from " + preset.contributor()
						+ " is already contributed by " + earlier.contributor() + "; skipped");
			} else {
				presets.put(preset.id(), preset);
			}
			return this;
		}

		/** Records a problem met while reading contributions. */
		public Builder problem(String message) {
			problems.add(message);
			return this;
		}

		public ElectrolytePresets build() {
			return new ElectrolytePresets(this);
		}
	}
}
