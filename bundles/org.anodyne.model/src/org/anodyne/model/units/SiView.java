/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.units;

import java.util.Optional;

import org.anodyne.model.Anode;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.ConductiveFabric;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.Orientation;
import org.anodyne.model.Separator;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;

/**
 * A cell's quantities in SI, for the study layer that feeds the solver: every conversion goes
 * through {@link Units} and the metamodel's unit annotations. Missing parts (no separator, an unknown
 * metal) throw IllegalStateException naming what is missing; validate the design first.
 */
public final class SiView {

	private final Cell cell;
	private final MetalRegistry metals;

	private SiView(Cell cell, MetalRegistry metals) {
		this.cell = cell;
		this.metals = metals;
	}

	/** A view of the cell with metals from the given registry. */
	public static SiView of(Cell cell, MetalRegistry metals) {
		return new SiView(cell, metals);
	}

	/** A view of the cell with the platform's metal registry. */
	public static SiView of(Cell cell) {
		return of(cell, MetalRegistry.getDefault());
	}

	/** Temperature in K. */
	public double temperature() {
		return cell.getTemperature();
	}

	/** Geometric electrode area in m². */
	public double electrodeArea() {
		return Units.toSi(cell.getElectrodeArea(), "cm2");
	}

	/** Electrolyte volume per geometric area in m³ m⁻² (a height in m). */
	public double electrolyteVolumePerArea() {
		return Units.toSi(cell.getElectrolyteVolume(), "uL/cm2");
	}

	/** The working anode. */
	public Anode anode() {
		return require(cell.getAnode(), "anode");
	}

	/** The anode metal's definition from the registry. */
	public MetalDefinition metal() {
		String id = anode().getMetal();
		return metals.metal(id).orElseThrow(() -> new IllegalStateException("cell '" + cell.getName()
				+ "' uses metal '" + id + "', which no installed plug-in contributes"));
	}

	/** Whether the pre-deposited face looks away from the separator. */
	public boolean inverted() {
		return anode().getOrientation() == Orientation.INVERTED;
	}

	/** Host (current collector) of the anode. */
	public CurrentCollector host() {
		return require(anode().getCollector(), "anode current collector");
	}

	/** Host thickness in m. */
	public double hostThickness() {
		return Units.toSi(host().getThickness(), "um");
	}

	/** Host porosity, dimensionless. */
	public double hostPorosity() {
		return host().getPorosity();
	}

	/** Fibre radius in m of a fibrous host, empty for foams and foils. */
	public Optional<Double> fibreRadius() {
		double diameter = switch (host()) {
		case CarbonCloth cloth -> cloth.getFibreDiameter();
		case ConductiveFabric fabric -> fabric.getFibreDiameter() + 2 * fabric.getCoatingThickness();
		default -> Double.NaN;
		};
		return Double.isNaN(diameter) ? Optional.empty() : Optional.of(Units.toSi(diameter, "um") / 2);
	}

	/** Pre-deposited charge in C m⁻². */
	public double preDepositCharge() {
		return Units.toSi(anode().getPreDepositLoading(), "mAh/cm2");
	}

	/** Pre-deposited dense metal volume per geometric area in m³ m⁻², i.e. its dense thickness in m. */
	public double preDepositVolumePerArea() {
		MetalDefinition metal = metal();
		return preDepositCharge() / (metal.chargeNumber() * MetalDefinition.FARADAY) * metal.molarVolume();
	}

	/** Pre-deposition current density in A m⁻². */
	public double preDepositCurrentDensity() {
		return Units.toSi(anode().getPreDepositCurrentDensity(), "mA/cm2");
	}

	/** The electrolyte. */
	public Electrolyte electrolyte() {
		return require(cell.getElectrolyte(), "electrolyte");
	}

	/** Salt concentration in mol m⁻³. */
	public double concentration() {
		return Units.toSi(electrolyte().getConcentration(), "mol/L");
	}

	/** Salt diffusion coefficient in m² s⁻¹. */
	public double diffusionCoefficient() {
		return electrolyte().getDiffusionCoefficient();
	}

	/** Cation transference number, dimensionless. */
	public double transferenceNumber() {
		return electrolyte().getTransferenceNumber();
	}

	/** Ionic conductivity of the free electrolyte in S m⁻¹. */
	public double conductivity() {
		return electrolyte().getConductivity();
	}

	/** Exchange current density in A m⁻². */
	public double exchangeCurrentDensity() {
		return Units.toSi(electrolyte().getExchangeCurrentDensity(), "mA/cm2");
	}

	/** Charge number of the salt's cation. */
	public int chargeNumber() {
		return require(electrolyte().getSalt(), "salt").getCationCharge();
	}

	/** The separator. */
	public Separator separator() {
		return require(cell.getSeparator(), "separator");
	}

	/** Separator thickness in m. */
	public double separatorThickness() {
		return Units.toSi(separator().getThickness(), "um");
	}

	/** Separator tortuosity: the given value, or Bruggeman's ε^-0.5 when unset. */
	public double separatorTortuosity() {
		Separator s = separator();
		return s.isSetTortuosity() ? s.getTortuosity() : Math.pow(s.getPorosity(), -0.5);
	}

	/** Effective conductivity of the electrolyte-filled separator, κ·ε/τ, in S m⁻¹. */
	public double separatorConductivity() {
		return conductivity() * separator().getPorosity() / separatorTortuosity();
	}

	/** Effective diffusion coefficient in the separator, D·ε/τ, in m² s⁻¹. */
	public double separatorDiffusionCoefficient() {
		return diffusionCoefficient() * separator().getPorosity() / separatorTortuosity();
	}

	/** Counter-electrode areal capacity in C m⁻² (full and half cells). */
	public double counterCapacity() {
		CounterElectrode counter = require(cell.getCounterElectrode(), "counter electrode");
		return Units.toSi(counter.getArealCapacity(), "mAh/cm2");
	}

	/** The current density of 1 C in A m⁻²: the counter electrode's capacity passed in one hour. */
	public double oneC() {
		return counterCapacity() / Units.toSi(1, "h");
	}

	/**
	 * Nucleation barrier in V of the anode metal on a substrate: the study's override if it has one,
	 * else the registry's value.
	 */
	public double nucleationBarrier(String substrate, Study study) {
		if (study != null) {
			for (NucleationBarrierOverride o : study.getNucleationBarriers()) {
				if (substrate.equals(o.getSubstrate())) {
					return Units.toSi(o.getBarrier(), "mV");
				}
			}
		}
		String metal = metal().id();
		return metals.nucleationBarrier(metal, substrate).orElseThrow(() -> new IllegalStateException(
				"no nucleation barrier of '" + metal + "' on '" + substrate + "' is known; add one to the study"));
	}

	private <T> T require(T part, String what) {
		if (part == null) {
			throw new IllegalStateException("cell '" + cell.getName() + "' has no " + what);
		}
		return part;
	}
}
