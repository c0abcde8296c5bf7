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
 * How the working electrode is driven. The working electrode's solid (collector plus metal) is one
 * equipotential at φ<sub>s</sub>; the counter electrode's solid is the reference, φ<sub>s,CE</sub> = 0.
 */
public sealed interface Control permits Control.Galvanostatic, Control.PrescribedOverpotential {

	/**
	 * Total current fixed: ∫ j dA = J·W over the working electrode; φ<sub>s</sub> is the global unknown.
	 *
	 * @param currentDensity J [A/m² of geometric area], positive for plating onto the working electrode
	 */
	record Galvanostatic(double currentDensity) implements Control {
		public Galvanostatic {
			if (!Double.isFinite(currentDensity)) {
				throw new IllegalArgumentException("current density must be finite, got " + currentDensity);
			}
		}
	}

	/**
	 * Cell overpotential fixed: φ<sub>s,CE</sub> − φ<sub>s</sub> = value.
	 *
	 * @param overpotential [V], positive for plating onto the working electrode
	 */
	record PrescribedOverpotential(double overpotential) implements Control {
		public PrescribedOverpotential {
			if (!Double.isFinite(overpotential)) {
				throw new IllegalArgumentException("overpotential must be finite, got " + overpotential);
			}
		}
	}

	/** Galvanostatic control at J [A/m²], positive plating. */
	static Control galvanostatic(double currentDensity) {
		return new Galvanostatic(currentDensity);
	}

	/** Potential control at a cell overpotential [V], positive plating. */
	static Control prescribedOverpotential(double overpotential) {
		return new PrescribedOverpotential(overpotential);
	}
}
