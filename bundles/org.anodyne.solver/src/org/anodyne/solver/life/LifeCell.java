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

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.deposition.SeparatorProperties;

/**
 * A cell for the life model. All values SI.
 *
 * @param configuration     symmetric, full or half cell
 * @param metal             the plated metal (charge number, molar volume)
 * @param electrolyte       the electrolyte (κ for the separator and inactive layers, t₊ for
 *                          concentration polarisation)
 * @param electrolyteVolume electrolyte volume per geometric area [m³/m²] (40 µL cm⁻² = 4·10⁻⁴ m³/m²);
 *                          SEI growth consumes it
 * @param separator         the separator between the electrodes
 * @param anode             the working metal electrode (and, in a symmetric cell, its twin)
 * @param cathode           the cathode of a full cell; null for symmetric and half cells
 * @param temperature       [K]
 */
public record LifeCell(CellConfiguration configuration, MetalProperties metal, ElectrolyteProperties electrolyte,
		double electrolyteVolume, SeparatorProperties separator, AnodeDesign anode, CathodeElectrode cathode,
		double temperature) {

	public LifeCell {
		if (configuration == null || metal == null || electrolyte == null || separator == null || anode == null) {
			throw new IllegalArgumentException(
					"cell: configuration, metal, electrolyte, separator and anode are all required");
		}
		electrolyte.requireCompatible(metal);
		if (configuration == CellConfiguration.FULL && cathode == null) {
			throw new IllegalArgumentException("cell: a full cell needs a cathode");
		}
		if (configuration != CellConfiguration.FULL && cathode != null) {
			throw new IllegalArgumentException("cell: a " + configuration.name().toLowerCase(java.util.Locale.ROOT)
					+ " cell has no cathode, but " + cathode.name() + " was given");
		}
		if (!(electrolyteVolume > 0.0) || Double.isInfinite(electrolyteVolume)) {
			throw new IllegalArgumentException(
					"cell: electrolyte volume must be positive, got " + electrolyteVolume + " m3/m2");
		}
		PhysicalConstants.thermalVoltage(temperature);
	}

	/** A symmetric cell of two identical electrodes at 25 °C. */
	public static LifeCell symmetric(MetalProperties metal, ElectrolyteProperties electrolyte, double electrolyteVolume,
			SeparatorProperties separator, AnodeDesign anode) {
		return new LifeCell(CellConfiguration.SYMMETRIC, metal, electrolyte, electrolyteVolume, separator, anode, null,
				PhysicalConstants.DEFAULT_TEMPERATURE);
	}

	/** A full cell at 25 °C. */
	public static LifeCell full(MetalProperties metal, ElectrolyteProperties electrolyte, double electrolyteVolume,
			SeparatorProperties separator, AnodeDesign anode, CathodeElectrode cathode) {
		return new LifeCell(CellConfiguration.FULL, metal, electrolyte, electrolyteVolume, separator, anode, cathode,
				PhysicalConstants.DEFAULT_TEMPERATURE);
	}

	/** A half cell (working electrode against a metal foil) at 25 °C. */
	public static LifeCell half(MetalProperties metal, ElectrolyteProperties electrolyte, double electrolyteVolume,
			SeparatorProperties separator, AnodeDesign workingElectrode) {
		return new LifeCell(CellConfiguration.HALF, metal, electrolyte, electrolyteVolume, separator, workingElectrode,
				null, PhysicalConstants.DEFAULT_TEMPERATURE);
	}

	/** The same cell with another working electrode (e.g. flipped). */
	public LifeCell withAnode(AnodeDesign newAnode) {
		return new LifeCell(configuration, metal, electrolyte, electrolyteVolume, separator, newAnode, cathode,
				temperature);
	}

	/** The same cell with another cathode. */
	public LifeCell withCathode(CathodeElectrode newCathode) {
		return new LifeCell(configuration, metal, electrolyte, electrolyteVolume, separator, anode, newCathode,
				temperature);
	}

	/** The nominal capacity that defines 1 C [C/m²]: the cathode's for a full cell, NaN otherwise. */
	public double nominalCapacity() {
		return cathode != null ? cathode.capacity() : Double.NaN;
	}

	/** Area-specific ionic resistance of the separator, L·τ/(κ·ε) [Ω m²]. */
	public double separatorResistance() {
		return separator.thickness() / (electrolyte.conductivity() * separator.transportFactor());
	}
}
