/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Nucleation overpotential Δη<sub>nuc</sub> [V] per substrate id: the extra cathodic overpotential
 * metal must pay to nucleate on a surface that carries no metal yet (bare carbon ≈ 20–60 mV,
 * copper ≈ 30–40 mV, lithiophilic CuO/Ag/Au ≲ 10 mV; metal on itself ≈ 0). The caller supplies
 * the numbers; there are no built-in values.
 */
public final class NucleationBarriers {

	private final Map<String, Double> barriers;

	private NucleationBarriers(Map<String, Double> barriers) {
		this.barriers = Collections.unmodifiableMap(new LinkedHashMap<>(barriers));
	}

	/** A table from a map substrate id → barrier [V]. */
	public static NucleationBarriers of(Map<String, Double> barriers) {
		Builder b = new Builder();
		barriers.forEach(b::barrier);
		return b.build();
	}

	/** An empty table (for geometries whose electrodes are all metal). */
	public static NucleationBarriers none() {
		return new NucleationBarriers(Map.of());
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @param substrate substrate id
	 * @return the barrier [V]
	 * @throws IllegalArgumentException if the table has no entry for the substrate
	 */
	public double barrier(String substrate) {
		Double value = barriers.get(substrate);
		if (value == null) {
			throw new IllegalArgumentException("no nucleation barrier given for substrate '" + substrate + "' (known: "
					+ barriers.keySet() + ")");
		}
		return value;
	}

	/** True if the table has an entry for the substrate. */
	public boolean contains(String substrate) {
		return barriers.containsKey(substrate);
	}

	/** Substrate ids with an entry. */
	public Set<String> substrates() {
		return barriers.keySet();
	}

	/** Builds a {@link NucleationBarriers} table. */
	public static final class Builder {
		private final Map<String, Double> map = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * @param substrate substrate id
		 * @param volts     barrier Δη<sub>nuc</sub> [V], ≥ 0
		 */
		public Builder barrier(String substrate, double volts) {
			if (substrate == null || substrate.isBlank()) {
				throw new IllegalArgumentException("substrate id must not be empty");
			}
			if (!(volts >= 0.0) || Double.isInfinite(volts)) {
				throw new IllegalArgumentException(
						"nucleation barrier of '" + substrate + "' must be >= 0 V, got " + volts);
			}
			map.put(substrate, volts);
			return this;
		}

		public NucleationBarriers build() {
			return new NucleationBarriers(map);
		}
	}
}
