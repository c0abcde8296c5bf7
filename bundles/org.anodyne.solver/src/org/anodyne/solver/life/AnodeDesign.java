/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import java.util.Locale;

/**
 * The metal electrode as the life model's analytic coupling estimate sees it: a porous host (or a
 * planar foil when the thickness is zero) with a dense pre-deposit, described by geometry only. All
 * values SI.
 * <p>
 * Where the pre-deposit sits is given by the empty host between its metal front and the separator,
 * {@code bufferHeight}: 0 when the metal faces the separator (the empty host behind a dense
 * pre-deposit has no ionic path to the counter electrode), H − d₀/ε<sub>h</sub> when it sits on the far
 * face (d₀ its dense thickness). The geometry generators of the study layer compute it; the life model
 * never learns how the electrode was assembled.
 *
 * @param hostThickness    H [m]; 0 for a planar foil
 * @param hostPorosity     ε<sub>h</sub> in (0, 1) for a host; ignored for a foil
 * @param fibreDiameter    d<sub>f</sub> [m] of the host fibres (or ligaments); ignored for a foil
 * @param substrateBarrier Δη<sub>nuc</sub> [V] of the bare collector surface (carbon ≈ 0.04 V,
 *                         copper ≈ 0.035 V), paid wherever metal plates on bare host
 * @param bufferHeight     empty host height [m] between the metal front and the separator, in
 *                         [0, H]
 * @param initialMetal     pre-deposited metal [C/m²] (6 mAh cm⁻² = 216 000 C/m²), ≥ 0
 */
public record AnodeDesign(double hostThickness, double hostPorosity, double fibreDiameter, double substrateBarrier,
		double bufferHeight, double initialMetal) {

	public AnodeDesign {
		if (!(hostThickness >= 0.0) || Double.isInfinite(hostThickness)) {
			throw new IllegalArgumentException("anode: host thickness must be >= 0 m, got " + hostThickness);
		}
		if (hostThickness > 0.0) {
			if (!(hostPorosity > 0.0 && hostPorosity < 1.0)) {
				throw new IllegalArgumentException("anode: host porosity must lie in (0, 1), got " + hostPorosity);
			}
			if (!(fibreDiameter > 0.0) || Double.isInfinite(fibreDiameter)) {
				throw new IllegalArgumentException("anode: fibre diameter must be positive for a porous host, got "
						+ fibreDiameter + " m");
			}
		}
		if (!(substrateBarrier >= 0.0) || Double.isInfinite(substrateBarrier)) {
			throw new IllegalArgumentException(
					"anode: substrate nucleation barrier must be >= 0 V, got " + substrateBarrier);
		}
		if (!(bufferHeight >= 0.0 && bufferHeight <= hostThickness * (1.0 + 1e-12))) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"anode: empty host above the metal must lie in [0, %.4g] m (the host thickness), got %s",
					hostThickness, bufferHeight));
		}
		if (!(initialMetal >= 0.0) || Double.isInfinite(initialMetal)) {
			throw new IllegalArgumentException("anode: pre-deposited metal must be >= 0 C/m2, got " + initialMetal);
		}
	}

	/** A planar foil collector (e.g. Cu) carrying the given metal on its separator side. */
	public static AnodeDesign foil(double substrateBarrier, double initialMetal) {
		return new AnodeDesign(0.0, 1.0, 0.0, substrateBarrier, 0.0, initialMetal);
	}

	/**
	 * A host whose pre-deposit [C/m²] of a metal with dense volume {@code volumePerCharge} [m³/C] fills
	 * it from the face away from the separator: the empty host H − d₀/ε above it is the buffer.
	 */
	public static AnodeDesign metalOnFarFace(double hostThickness, double hostPorosity, double fibreDiameter,
			double substrateBarrier, double initialMetal, double volumePerCharge) {
		double filled = Math.min(initialMetal * volumePerCharge / hostPorosity, hostThickness);
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier, hostThickness - filled,
				initialMetal);
	}

	/** A host whose pre-deposit fills it from the face towards the separator: no buffer in front. */
	public static AnodeDesign metalOnSeparatorFace(double hostThickness, double hostPorosity, double fibreDiameter,
			double substrateBarrier, double initialMetal) {
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier, 0.0, initialMetal);
	}

	/**
	 * Surface of the host's solids per volume of host, a<sub>h</sub> = 4(1 − ε<sub>h</sub>)/d<sub>f</sub> [1/m]
	 * (cylinders of the generator's solid diameter at its solid fraction); 0 for a foil.
	 */
	public double hostSurface() {
		return isFoil() ? 0.0 : 4.0 * (1.0 - hostPorosity) / fibreDiameter;
	}

	/** True for a planar foil (no porous host). */
	public boolean isFoil() {
		return hostThickness == 0.0;
	}

	/** The same electrode with another pre-deposit [C/m²], the buffer kept. */
	public AnodeDesign withInitialMetal(double metal) {
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier, bufferHeight, metal);
	}

	/** The same electrode with its metal front moved so that {@code height} [m] of empty host is left in front of it. */
	public AnodeDesign withBufferHeight(double height) {
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier, height, initialMetal);
	}

	/** A short label, e.g. "host 350 µm ε 0.75, buffer 310 µm, 6 mAh/cm2". */
	public String describe() {
		if (isFoil()) {
			return String.format(Locale.ROOT, "foil, %.3g mAh/cm2", initialMetal / Units.MAH_PER_CM2);
		}
		return String.format(Locale.ROOT, "host %.0f µm ε %.2f, buffer %.0f µm, %.3g mAh/cm2",
				hostThickness / Units.MICROMETRE, hostPorosity, bufferHeight / Units.MICROMETRE,
				initialMetal / Units.MAH_PER_CM2);
	}
}
