/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.NamedElements;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.OcvPoint;
import org.anodyne.model.Salt;
import org.anodyne.model.Separator;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.units.Units;
import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.deposition.SeparatorProperties;
import org.anodyne.solver.life.CathodeElectrode;
import org.anodyne.solver.life.CellConfiguration;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.solver.life.OcvCurve;
import org.anodyne.study.StudyException;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Reads a study's cell from the model into {@link SolverInputs}: every quantity in SI through the
 * model's one {@link Units} class, metal data and nucleation barriers from the {@link MetalRegistry}
 * (with the study's overrides), the collector's {@link CollectorGeometryGenerator}, the life-model
 * parameters ({@link LifeParameterMapping}) and the counter electrode. The one place the study layer
 * reads the cell from the model.
 */
public final class CellTranslation {

	private CellTranslation() {
	}

	/** The inputs of a study with the platform's metal registry and geometry generators. */
	public static SolverInputs translate(Study study) throws StudyException {
		return translate(study, MetalRegistry.getDefault(), CollectorGeometries.getDefault());
	}

	/**
	 * The inputs of a study.
	 *
	 * @throws StudyException naming the study, the element and the value when the cell cannot be
	 *                        translated (missing element, unknown metal, a salt that is not z:z,
	 *                        a value out of range ...)
	 */
	public static SolverInputs translate(Study study, MetalRegistry metals, CollectorGeometries geometries)
			throws StudyException {
		Objects.requireNonNull(study, "study");
		String where = "study '" + NamedElements.displayName(study) + "'";
		Cell cell = study.getCell();
		if (cell == null) {
			throw new StudyException(where + " has no cell");
		}
		where += ", cell '" + NamedElements.displayName(cell) + "'";
		Anode anode = cell.getAnode();
		if (anode == null) {
			throw new StudyException(where + " has no anode");
		}
		CurrentCollector collector = anode.getCollector();
		if (collector == null) {
			throw new StudyException(where + ": the anode has no current collector");
		}
		try {
			MetalDefinition definition = metals.metal(anode.getMetal()).orElseThrow(() -> new IllegalArgumentException(
					"the anode's metal '" + anode.getMetal() + "' is not in the metal registry (known: "
							+ metals.metals().stream().map(MetalDefinition::id).toList() + ")"));
			MetalProperties metal = new MetalProperties(definition.id(), definition.chargeNumber(),
					Units.toSi(definition.molarMass(), "g/mol"), Units.toSi(definition.density(), "g/cm3"),
					definition.standardPotential());
			ElectrolyteProperties electrolyte = electrolyte(cell.getElectrolyte(), metal);
			SeparatorProperties separator = separator(cell.getSeparator());
			Map<String, Double> barriers = new LinkedHashMap<>(metals.nucleationBarriers(definition.id()));
			for (NucleationBarrierOverride override : study.getNucleationBarriers()) {
				if (override.getSubstrate() == null || override.getSubstrate().isBlank()) {
					throw new IllegalArgumentException("a nucleation-barrier override has no substrate");
				}
				barriers.put(override.getSubstrate(), Units.si(override,
						AnodynePackage.Literals.NUCLEATION_BARRIER_OVERRIDE__BARRIER));
			}
			SolverSettings settings = study.getSolver() != null
					? study.getSolver()
					: AnodyneFactory.eINSTANCE.createSolverSettings();
			double width = Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__DOMAIN_WIDTH);
			double spacing = Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__GRID_SPACING);
			if (!(width > 0.0) || !(spacing > 0.0)) {
				throw new IllegalArgumentException("solver settings: domain width and grid spacing must be positive");
			}
			double temperature = Units.si(cell, AnodynePackage.Literals.CELL__TEMPERATURE);
			double preDeposit = Units.si(anode, AnodynePackage.Literals.ANODE__PRE_DEPOSIT_LOADING);
			if (!(preDeposit >= 0.0)) {
				throw new IllegalArgumentException("the anode's pre-deposit loading must be >= 0");
			}
			AnodeOrientation orientation = AnodeOrientation.of(anode.getOrientation());
			String layer = anode.getSurfaceLayer() == null ? null : anode.getSurfaceLayer().getSubstrate();
			CollectorGeometryGenerator generator = geometries.generatorFor(collector);
			DegradationPair pair = LifeParameterMapping.pair(cell.getElectrolyte(), definition.id());
			LifeParameters life = LifeParameterMapping.parameters(study.getLifeModel(), pair, cell.getElectrolyte());
			return new SolverInputs(metal, electrolyte, separator, barriers, temperature, width, spacing, preDeposit,
					orientation, layer, context -> generator.generate(collector, context), life, pair, lifeCell(cell));
		} catch (IllegalArgumentException e) {
			throw new StudyException(where + ": " + e.getMessage(), e);
		}
	}

	private static ElectrolyteProperties electrolyte(Electrolyte e, MetalProperties metal) {
		if (e == null) {
			throw new IllegalArgumentException("the cell has no electrolyte");
		}
		Salt salt = e.getSalt();
		String name = "electrolyte '" + NamedElements.displayName(e) + "'";
		if (salt == null) {
			throw new IllegalArgumentException(name + " has no salt");
		}
		if (salt.getCationCharge() != salt.getAnionCharge()) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%s: salt %s is %d:%d, not z:z; the binary electrolyte model needs equal charge numbers", name,
					salt.getName(), salt.getCationCharge(), salt.getAnionCharge()));
		}
		if (salt.getCation() != null && !salt.getCation().equals(metal.id())) {
			throw new IllegalArgumentException(name + ": the salt's cation '" + salt.getCation()
					+ "' is not the anode's metal '" + metal.id() + "'");
		}
		try {
			return new ElectrolyteProperties(Units.si(e, AnodynePackage.Literals.ELECTROLYTE__CONCENTRATION),
					Units.si(e, AnodynePackage.Literals.ELECTROLYTE__DIFFUSION_COEFFICIENT),
					Units.si(e, AnodynePackage.Literals.ELECTROLYTE__TRANSFERENCE_NUMBER),
					Units.si(e, AnodynePackage.Literals.ELECTROLYTE__CONDUCTIVITY), salt.getCationCharge());
		} catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
		}
	}

	private static SeparatorProperties separator(Separator s) {
		if (s == null) {
			throw new IllegalArgumentException("the cell has no separator");
		}
		double thickness = Units.si(s, AnodynePackage.Literals.SEPARATOR__THICKNESS);
		double porosity = Units.si(s, AnodynePackage.Literals.SEPARATOR__POROSITY);
		try {
			return s.isSetTortuosity()
					? new SeparatorProperties(thickness, porosity,
							Units.si(s, AnodynePackage.Literals.SEPARATOR__TORTUOSITY))
					: SeparatorProperties.bruggeman(thickness, porosity);
		} catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("separator '" + NamedElements.displayName(s) + "': " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * What the life model needs of the cell besides the anode. A full cell's cathode that cannot be
	 * read is kept as its message: only a cycle-life study needs it.
	 */
	private static SolverInputs.LifeCellInputs lifeCell(Cell cell) {
		double volume = Units.si(cell, AnodynePackage.Literals.CELL__ELECTROLYTE_VOLUME);
		String volumeText = Units.format(cell.getElectrolyteVolume(), "uL/cm2");
		CellConfiguration configuration = switch (cell.getConfiguration()) {
		case SYMMETRIC -> CellConfiguration.SYMMETRIC;
		case FULL -> CellConfiguration.FULL;
		case HALF -> CellConfiguration.HALF;
		};
		if (configuration != CellConfiguration.FULL) {
			return new SolverInputs.LifeCellInputs(configuration, volume, volumeText, null, null);
		}
		try {
			return new SolverInputs.LifeCellInputs(configuration, volume, volumeText,
					cathode(cell.getCounterElectrode()),
					null);
		} catch (IllegalArgumentException e) {
			return new SolverInputs.LifeCellInputs(configuration, volume, volumeText, null, e.getMessage());
		}
	}

	private static CathodeElectrode cathode(CounterElectrode counter) {
		if (counter == null) {
			throw new IllegalArgumentException("a full cell needs a counter electrode (cathode)");
		}
		String name = NamedElements.displayName(counter);
		if (counter.getMaterial() == CounterMaterial.METAL) {
			throw new IllegalArgumentException("counter electrode '" + name
					+ "' is a metal; a full cell needs a cathode (use a half cell for metal||host)");
		}
		double capacity = Units.si(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__AREAL_CAPACITY);
		OcvCurve ocv;
		if (counter.getOcv().isEmpty()) {
			if (counter.getMaterial() != CounterMaterial.LFP) {
				throw new IllegalArgumentException("counter electrode '" + name + "' (" + counter.getMaterial()
						+ ") has no open-circuit-voltage table");
			}
			ocv = OcvCurve.lithiumIronPhosphate();
		} else {
			List<OcvPoint> points = new ArrayList<>(counter.getOcv());
			double[] soc = new double[points.size()];
			double[] volts = new double[points.size()];
			for (int i = 0; i < soc.length; i++) {
				soc[i] = Units.si(points.get(i), AnodynePackage.Literals.OCV_POINT__STATE_OF_CHARGE);
				volts[i] = Units.si(points.get(i), AnodynePackage.Literals.OCV_POINT__VOLTAGE);
			}
			try {
				ocv = new OcvCurve(soc, volts);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("counter electrode '" + name + "': " + e.getMessage(), e);
			}
		}
		double lower = counter.getLowerVoltageLimit() > 0.0
				? Units.si(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT)
				: ocv.minimum();
		double upper = counter.getUpperVoltageLimit() > 0.0
				? Units.si(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT)
				: ocv.maximum();
		CathodeElectrode lfp = CathodeElectrode.lithiumIronPhosphate(name, capacity, ocv, lower, upper);
		try {
			return new CathodeElectrode(name, capacity, ocv, lower, upper,
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__PARTICLE_RADIUS, lfp.particleRadius()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY,
							lfp.solidDiffusivity()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY,
							lfp.exchangeCurrentDensity()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION,
							lfp.maxConcentration()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__COATING_THICKNESS, lfp.thickness()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__COATING_POROSITY, lfp.porosity()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE,
							lfp.fadePerCycle()));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("counter electrode '" + name + "': " + e.getMessage(), e);
		}
	}

	/** A cathode attribute in SI when set in the file, else the LiFePO4 library value (documented in the metamodel). */
	private static double particle(CounterElectrode counter, EAttribute attribute, double library) {
		return counter.eIsSet(attribute) ? Units.si(counter, attribute) : library;
	}
}
