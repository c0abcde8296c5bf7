/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.internal;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small, bounded, thread-safe cache of values that are expensive to build and may be shared:
 * the least recently used entries go first, and the garbage collector may clear any value under
 * memory pressure (soft references). A value is built outside the lock, so two threads asking
 * for the same missing key at once may both build it; one of the equal results is kept.
 *
 * @param <K> key, compared by value
 * @param <V> immutable value
 */
public final class SoftCache<K, V> {

	private final Map<K, SoftReference<V>> map;
	private long builds;

	/** A cache holding at most capacity entries. */
	public SoftCache(int capacity) {
		this.map = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, SoftReference<V>> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The cached value for the key, built (and counted) if missing or cleared. */
	public V get(K key, Function<K, V> build) {
		synchronized (this) {
			SoftReference<V> ref = map.get(key);
			V value = ref == null ? null : ref.get();
			if (value != null) {
				return value;
			}
		}
		V value = build.apply(key);
		synchronized (this) {
			builds++;
			map.put(key, new SoftReference<>(value));
		}
		return value;
	}

	/** How many values were built since the cache was made. */
	public synchronized long builds() {
		return builds;
	}
}
