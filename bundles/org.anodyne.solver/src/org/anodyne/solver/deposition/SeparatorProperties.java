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

/**
 * A homogenised porous separator between the host and the counter electrode: the electrolyte in it
 * conducts with κ<sub>eff</sub> = κ·ε/τ and diffuses with D<sub>eff</sub> = D·ε/τ.
 *
 * @param thickness  [m]; zero means no separator (the counter electrode faces the host directly)
 * @param porosity   ε in (0, 1]
 * @param tortuosity τ ≥ 1
 */
public record SeparatorProperties(double thickness, double porosity, double tortuosity) {

	public SeparatorProperties {
		if (!(thickness >= 0.0) || Double.isInfinite(thickness)) {
			throw new IllegalArgumentException("separator thickness must be >= 0 m, got " + thickness);
		}
		if (!(porosity > 0.0 && porosity <= 1.0)) {
			throw new IllegalArgumentException("separator porosity must lie in (0, 1], got " + porosity);
		}
		if (!(tortuosity >= 1.0) || Double.isInfinite(tortuosity)) {
			throw new IllegalArgumentException("separator tortuosity must be >= 1, got " + tortuosity);
		}
	}

	/** A separator with the Bruggeman tortuosity τ = ε<sup>−1/2</sup>, i.e. κ<sub>eff</sub> = κ·ε<sup>1.5</sup>. */
	public static SeparatorProperties bruggeman(double thickness, double porosity) {
		return new SeparatorProperties(thickness, porosity, 1.0 / Math.sqrt(porosity));
	}

	/** No separator. */
	public static SeparatorProperties none() {
		return new SeparatorProperties(0.0, 1.0, 1.0);
	}

	/** ε/τ, the factor applied to κ and D. */
	public double transportFactor() {
		return porosity / tortuosity;
	}
}
