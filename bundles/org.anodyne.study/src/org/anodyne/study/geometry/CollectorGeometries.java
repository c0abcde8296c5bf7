/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.geometry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.anodyne.model.CurrentCollector;
import org.anodyne.study.internal.CollectorGeometryReader;
import org.anodyne.model.extensions.ExtensionPointCache;
import org.eclipse.emf.ecore.EClass;

/**
 * Which {@link CollectorGeometryGenerator} lays out which collector EClass, as contributed to the
 * extension point {@value #EXTENSION_POINT} (schema {@code schema/collectorGeometries.exsd}).
 * <p>
 * A contribution names its EClass as {@code nsURI#ClassName}. Looking up a collector walks its
 * EClass and then its supertypes, nearest first, so a plug-in's subclass of {@code CarbonCloth} is
 * laid out by the carbon-cloth generator unless the plug-in contributes its own. A broken
 * contribution (missing or malformed attribute, unknown EPackage or EClass, a class that cannot be
 * created or does not implement the interface) is logged, listed in {@link #problems()} and skipped;
 * the lookup then falls through to the supertypes.
 * <p>
 * Generators are created lazily, on the first lookup that needs them, so a contributing bundle is
 * only activated when one of its collectors is simulated.
 */
public final class CollectorGeometries {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.anodyne.study.collectorGeometries";

	private static final ExtensionPointCache<CollectorGeometries> PLATFORM = new ExtensionPointCache<>(
			EXTENSION_POINT,
			elements -> CollectorGeometryReader.read(elements, CollectorGeometryReader::logToPlatform),
			() -> builder().build());

	private final Map<String, Entry> entries;
	private final List<String> problems;
	private final Consumer<String> log;

	private CollectorGeometries(Builder builder) {
		Map<String, Entry> own = new LinkedHashMap<>();
		builder.factories.forEach((key, factory) -> own.put(key, new Entry(builder.descriptions.get(key), factory)));
		this.entries = Collections.unmodifiableMap(own);
		this.problems = Collections.synchronizedList(new ArrayList<>(builder.problems));
		this.log = builder.log;
	}

	/**
	 * The generators of the running platform. Outside OSGi, where there is no extension registry, it
	 * is empty; build one with {@link #builder()} there.
	 */
	public static CollectorGeometries getDefault() {
		return PLATFORM.get();
	}

	/** A builder for a registry that does not come from the platform (plain Java tools and tests). */
	public static Builder builder() {
		return new Builder();
	}

	/** The key a contribution uses for an EClass: {@code nsURI#ClassName}. */
	public static String key(EClass eClass) {
		String nsUri = eClass.getEPackage() == null ? "" : eClass.getEPackage().getNsURI();
		return nsUri + "#" + eClass.getName();
	}

	/**
	 * The generator for an EClass: its own, else the nearest supertype's (breadth first over
	 * {@link EClass#getESuperTypes()}).
	 */
	public Optional<CollectorGeometryGenerator> generatorFor(EClass eClass) {
		Deque<EClass> queue = new ArrayDeque<>();
		Set<EClass> seen = new HashSet<>();
		queue.add(eClass);
		while (!queue.isEmpty()) {
			EClass next = queue.poll();
			if (!seen.add(next)) {
				continue;
			}
			Entry entry = entries.get(key(next));
			if (entry != null) {
				CollectorGeometryGenerator generator = entry.get();
				if (generator != null) {
					return Optional.of(generator);
				}
			}
			queue.addAll(next.getESuperTypes());
		}
		return Optional.empty();
	}

	/**
	 * The generator for a collector.
	 *
	 * @throws IllegalArgumentException naming the collector's EClass when no generator handles it
	 */
	public CollectorGeometryGenerator generatorFor(CurrentCollector collector) {
		return generatorFor(collector.eClass()).orElseThrow(() -> new IllegalArgumentException(
				"no 2D geometry generator for collector type " + key(collector.eClass())
						+ "; contribute one to the extension point " + EXTENSION_POINT));
	}

	/** The EClass keys that have a contribution, in contribution order. */
	public List<String> contributedKeys() {
		return List.copyOf(entries.keySet());
	}

	/** Messages about skipped contributions, read or creation time, in the order they were met. */
	public List<String> problems() {
		synchronized (problems) {
			return List.copyOf(problems);
		}
	}

	private void problem(String message) {
		problems.add(message);
		log.accept(message);
	}

	/** A contributed generator, created on first use; a failed creation is reported once. */
	private final class Entry {
		private final String description;
		private final Supplier<CollectorGeometryGenerator> factory;
		private CollectorGeometryGenerator generator;
		private boolean failed;

		Entry(String description, Supplier<CollectorGeometryGenerator> factory) {
			this.description = description;
			this.factory = factory;
		}

		synchronized CollectorGeometryGenerator get() {
			if (generator == null && !failed) {
				try {
					generator = factory.get();
				} catch (RuntimeException e) {
					failed = true;
					problem(description + ": " + e.getMessage() + "; skipped");
				}
			}
			return generator;
		}
	}

	/** Collects generators by EClass key; the first contribution for a key wins, later ones are problems. */
	public static final class Builder {
		private final Map<String, Supplier<CollectorGeometryGenerator>> factories = new LinkedHashMap<>();
		private final Map<String, String> descriptions = new LinkedHashMap<>();
		private final List<String> problems = new ArrayList<>();
		private Consumer<String> log = message -> {
		};

		private Builder() {
		}

		/** Registers a generator instance for an EClass. */
		public Builder generator(EClass eClass, CollectorGeometryGenerator generator) {
			return generator(key(eClass), "generator " + generator.getClass().getName(), () -> generator);
		}

		/**
		 * Registers a generator created on first use.
		 *
		 * @param eClassKey   {@code nsURI#ClassName}
		 * @param description who contributes it, for messages
		 * @param factory     creates the generator; a {@link RuntimeException} from it is reported as a
		 *                    problem and the entry is skipped
		 */
		public Builder generator(String eClassKey, String description, Supplier<CollectorGeometryGenerator> factory) {
			if (factories.containsKey(eClassKey)) {
				problem(description + ": EClass " + eClassKey + " already has a generator from "
						+ descriptions.get(eClassKey) + "; skipped");
			} else {
				factories.put(eClassKey, factory);
				descriptions.put(eClassKey, description);
			}
			return this;
		}

		/** Records a problem met while reading contributions and reports it to the log. */
		public Builder problem(String message) {
			problems.add(message);
			log.accept(message);
			return this;
		}

		/** Where problems are reported, now and later (when a generator cannot be created); set it first. */
		public Builder log(Consumer<String> problemLog) {
			this.log = problemLog;
			return this;
		}

		public CollectorGeometries build() {
			return new CollectorGeometries(this);
		}
	}
}
