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

import java.util.List;
import java.util.Locale;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.deposition.SeparatorProperties;

/**
 * The cells and protocols of Li et al., "Inverted Anode Structure for Long-Life Lithium Metal
 * Batteries", Adv. Energy Mater. 2022 (SCIENCE.md §1), in the life model's SI records: the reference
 * against which {@link LifeParameters#defaults()} was calibrated and the predictions are tested.
 * Values marked typical are literature values the paper does not give.
 */
public final class ReferenceCells {

	/** 1 mAh cm⁻² [C/m²]. */
	public static final double MAH_PER_CM2 = Units.MAH_PER_CM2;
	/** 1 mA cm⁻² [A/m²]. */
	public static final double MA_PER_CM2 = Units.MA_PER_CM2;

	private ReferenceCells() {
	}

	/** 1 M LiTFSI in DOL/DME 1:1 + 2 wt% LiNO₃: c₀ 1 M, D 2.93·10⁻¹⁰ m²/s (paper), t₊ 0.45, κ 1.1 S/m (typical). */
	public static ElectrolyteProperties etherElectrolyte() {
		return new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.1, 1);
	}

	/** 1 M LiPF₆ in EC/DMC 1:1: c₀ 1 M, D 3.2·10⁻¹⁰ m²/s, t₊ 0.3, κ 1.1 S/m (typical). */
	public static ElectrolyteProperties carbonateElectrolyte() {
		return new ElectrolyteProperties(1000.0, 3.2e-10, 0.30, 1.1, 1);
	}

	/** Celgard 2500: 25 µm, porosity 0.55, Bruggeman tortuosity. */
	public static SeparatorProperties celgard2500() {
		return SeparatorProperties.bruggeman(25e-6, 0.55);
	}

	/** Carbon cloth: 350 µm, porosity 0.75, fibre Ø 9 µm, bare-carbon nucleation barrier 40 mV (typical). */
	private static final double CLOTH_THICKNESS = 350e-6;
	private static final double CLOTH_POROSITY = 0.75;
	private static final double CLOTH_FIBRE = 9e-6;
	private static final double CARBON_BARRIER = 0.040;

	/** Carbon cloth with a Li pre-deposit [C/m²] filling it from the face away from the separator (inverted). */
	public static AnodeDesign invertedCarbonCloth(double preDeposit) {
		return AnodeDesign.metalOnFarFace(CLOTH_THICKNESS, CLOTH_POROSITY, CLOTH_FIBRE, CARBON_BARRIER, preDeposit,
				MetalProperties.lithium().volumeForCharge(1.0));
	}

	/** Carbon cloth with a Li pre-deposit [C/m²] on the face towards the separator (upright). */
	public static AnodeDesign uprightCarbonCloth(double preDeposit) {
		return AnodeDesign.metalOnSeparatorFace(CLOTH_THICKNESS, CLOTH_POROSITY, CLOTH_FIBRE, CARBON_BARRIER,
				preDeposit);
	}

	/** Symmetric Li@CC cell of two such electrodes, ether electrolyte, 40 µL cm⁻². */
	public static LifeCell symmetricCell(AnodeDesign electrode) {
		return LifeCell.symmetric(MetalProperties.lithium(), etherElectrolyte(), 4e-4, celgard2500(), electrode);
	}

	/** Symmetric Li@CC cell, 6 mAh cm⁻² pre-deposit on each electrode, inverted or upright. */
	public static LifeCell symmetricCell(boolean inverted) {
		double q = 6.0 * MAH_PER_CM2;
		return symmetricCell(inverted ? invertedCarbonCloth(q) : uprightCarbonCloth(q));
	}

	/** Li@CC ‖ LiFePO₄ (1.5 mAh cm⁻²), 10 mAh cm⁻² initial anode Li, carbonate electrolyte 40 µL cm⁻². */
	public static LifeCell fullCell(boolean inverted) {
		double q = 10.0 * MAH_PER_CM2;
		return LifeCell.full(MetalProperties.lithium(), carbonateElectrolyte(), 4e-4, celgard2500(),
				inverted ? invertedCarbonCloth(q) : uprightCarbonCloth(q),
				CathodeElectrode.lithiumIronPhosphate(1.5 * MAH_PER_CM2));
	}

	/**
	 * Symmetric cycling with 1 mAh cm⁻² per half-cycle for a given time.
	 *
	 * @param currentDensity [A/m²] (0.25 mA cm⁻² = 2.5 A/m²)
	 * @param hours          protocol length; 1800 h at 0.25 mA cm⁻² is 225 cycles of 8 h
	 */
	public static LifeProtocol symmetricProtocol(double currentDensity, double hours) {
		double capacity = MAH_PER_CM2;
		int cycles = (int) Math.round(hours * Units.HOUR / (2.0 * capacity / currentDensity));
		return LifeProtocol.platingCycles(currentDensity, capacity, Math.max(cycles, 1));
	}

	/** Full-cell cycling at 1 C between 2.5 and 4.0 V. */
	public static LifeProtocol fullCellProtocol(int cycles) {
		return LifeProtocol.fullCellCycles(1.0, 4.0, 2.5, cycles);
	}

	/** A scenario with the analytic coupling. */
	public static LifeScenario scenario(LifeCell cell, LifeProtocol protocol, LifeParameters parameters) {
		return LifeScenario.analytic(String.format(Locale.ROOT, "%s %s, %s", cell.anode().describe(),
				cell.configuration().name().toLowerCase(Locale.ROOT), protocol.name()), cell, protocol, parameters);
	}

	/**
	 * The paper's Li/ether calibration points (SCIENCE.md §1): the upright symmetric cell at 0.25 mA cm⁻²
	 * failing at ≈ 1100 h and the first-cycle overpotentials ≈ 14.5 mV upright and ≈ 17 mV inverted.
	 * Everything else the paper reports is left for testing the calibrated model.
	 */
	public static List<CalibrationTarget> etherTargets(LifeParameters parameters) {
		LifeProtocol symmetric = symmetricProtocol(0.25 * MA_PER_CM2, 4000.0);
		return List.of(
				CalibrationTarget.of("upright symmetric 0.25 mA/cm2: failure at 1100 h",
						scenario(symmetricCell(false), symmetric, parameters), MeasuredQuantity.HOURS_TO_FAILURE, 0,
						1100.0),
				CalibrationTarget.of("upright symmetric 0.25 mA/cm2: first-cycle overpotential 14.5 mV",
						scenario(symmetricCell(false), symmetricProtocol(0.25 * MA_PER_CM2, 16.0), parameters),
						MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL, 1, 0.0145),
				CalibrationTarget.of("inverted symmetric 0.25 mA/cm2: first-cycle overpotential 17 mV",
						scenario(symmetricCell(true), symmetricProtocol(0.25 * MA_PER_CM2, 16.0), parameters),
						MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL, 1, 0.017));
	}

	/** The Li/ether parameters fitted to {@link #etherTargets}: i₀ (overpotentials) and p<sub>iso</sub> (life). */
	public static List<FittedParameter> etherFitted() {
		return List.of(new FittedParameter("exchangeCurrentDensity", 1.0, 100.0),
				new FittedParameter("isolationProbability", 1e-4, 0.5));
	}

	/** The paper's Li/carbonate calibration point: the inverted full cell's 93.7 % retention at cycle 300. */
	public static List<CalibrationTarget> carbonateTargets(LifeParameters parameters) {
		return List.of(CalibrationTarget.of("inverted full cell 1C: retention 93.7 % at cycle 300",
				scenario(fullCell(true), fullCellProtocol(300), parameters), MeasuredQuantity.RETENTION, 300, 0.937));
	}

	/**
	 * The paper's full cell with another capacity loss per cycle of its LiFePO₄ cathode: what the
	 * Li/carbonate target ({@link #carbonateTargets}) calibrates ({@link CathodeElectrode#LFP_CAPACITY_LOSS}).
	 */
	public static LifeCell fullCell(boolean inverted, double cathodeLossPerCycle) {
		LifeCell cell = fullCell(inverted);
		CathodeElectrode c = cell.cathode();
		return new LifeCell(cell.configuration(), cell.metal(), cell.electrolyte(), cell.electrolyteVolume(),
				cell.separator(), cell.anode(),
				new CathodeElectrode(c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(),
						c.upperVoltageLimit(), c.particleRadius(), c.solidDiffusivity(), c.exchangeCurrentDensity(),
						c.maxConcentration(), c.thickness(), c.porosity(), cathodeLossPerCycle),
				cell.temperature());
	}
}
