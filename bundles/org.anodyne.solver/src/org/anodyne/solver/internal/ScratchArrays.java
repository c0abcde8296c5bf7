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
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Arrays a solve needs only while it runs (the Krylov vectors, the Newton correction and its
 * right-hand sides), lent for one solve and taken back after it. Engines that solve one after
 * another on a grid (a sweep's runs, a study's repeated solves, the benchmark) then work in the
 * same memory instead of each allocating, zeroing and first touching its own: on a 2-million-cell
 * grid that was ≈ 190 MB of fresh heap per engine. Thread-safe (parallel runs each get their own
 * arrays); a returned array is held softly, so the garbage collector may take it back when the heap
 * is needed for something else.
 * <p>
 * A lent array holds whatever its last borrower left: every borrower writes an entry before it
 * reads it, which keeps results independent of what was lent (bit for bit those of fresh arrays).
 */
final class ScratchArrays {

	private static final Map<Integer, Deque<SoftReference<double[]>>> FREE = new ConcurrentHashMap<>();

	private ScratchArrays() {
	}

	/** An array of the given length with undefined contents, until given back. */
	static double[] take(int length) {
		Deque<SoftReference<double[]>> free = FREE.get(length);
		if (free != null) {
			for (SoftReference<double[]> ref = free.pollFirst(); ref != null; ref = free.pollFirst()) {
				double[] array = ref.get();
				if (array != null) {
					return array;
				}
			}
		}
		return new double[length];
	}

	/** Gives arrays back; the caller keeps no reference to them. */
	static void give(double[]... arrays) {
		for (double[] array : arrays) {
			FREE.computeIfAbsent(array.length, l -> new ConcurrentLinkedDeque<>()).addFirst(new SoftReference<>(array));
		}
	}
}
