/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Additive;
import org.anodyne.model.Anode;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.CellConfiguration;
import org.anodyne.model.CellCurrentStep;
import org.anodyne.model.CellDesign;
import org.anodyne.model.ChargeStep;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.ConductiveFabric;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.DischargeStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;
import org.anodyne.model.Foil;
import org.anodyne.model.GalvanostaticStep;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MeasuredQuantity;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.MetalFoam;
import org.anodyne.model.NamedElement;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.OcvPoint;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.RestStep;
import org.anodyne.model.Salt;
import org.anodyne.model.Separator;
import org.anodyne.model.SolventComponent;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.StaggeredLattice;
import org.anodyne.model.StrippingStep;
import org.anodyne.model.Step;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.WovenTows;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.model.resource.AnodyneResource;
import org.anodyne.model.resource.FibreCsv;
import org.anodyne.model.units.Units;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The constraints a battery engineer expects of a design, for one element at a time. Every message
 * names the element (its kind, its name and the named element it belongs to) and the offending value
 * with its unit; {@link DesignValidation} adds the element path and the source line.
 * <p>
 * Constraint ids (the {@code code} of a {@link DesignDiagnostic}) are stable and listed in
 * {@code VALIDATION.md} of this bundle.
 */
final class DesignConstraints {

	private static final AnodynePackage P = AnodynePackage.eINSTANCE;

	/**
	 * The most negative standard potential (V vs SHE) of a metal electroplated from water in practice
	 * (manganese, −1.18 V, plates only with a large hydrogen overpotential); below it water is reduced instead.
	 */
	static final double MOST_NEGATIVE_AQUEOUS_PLATING = -1.2;

	/** Diffusion coefficients of liquid electrolytes lie well inside this band (m² s⁻¹). */
	private static final double MIN_PLAUSIBLE_DIFFUSIVITY = 1e-12;
	private static final double MAX_PLAUSIBLE_DIFFUSIVITY = 1e-8;

	/** Listed fibres may leave a porosity this far from the collector's before we warn (overlaps, clipping). */
	private static final double EXPLICIT_POROSITY_TOLERANCE = 0.02;

	/** A cathode's areal capacity and loading × specific capacity may differ this much before we warn. */
	private static final double CAPACITY_CONSISTENCY = 0.1;

	private final EObject object;
	private final DiagnosticChain diagnostics;
	private final MetalRegistry metals;
	private boolean ok = true;

	DesignConstraints(EObject object, DiagnosticChain diagnostics, MetalRegistry metals) {
		this.object = object;
		this.diagnostics = diagnostics;
		this.metals = metals;
	}

	boolean check() {
		if (object instanceof CellDesign o) {
			design(o);
		}
		if (object instanceof Cell o) {
			cell(o);
		}
		if (object instanceof Anode o) {
			anode(o);
		}
		if (object instanceof SurfaceLayer o) {
			surfaceLayer(o);
		}
		if (object instanceof CurrentCollector o) {
			collector(o);
		}
		if (object instanceof CarbonCloth o) {
			carbonCloth(o);
		}
		if (object instanceof WovenTows o) {
			positive(o, P.getWovenTows_TowPitch());
			if (o.getFibresPerTow() < 1) {
				error("fibres-per-tow", "fibres per tow " + o.getFibresPerTow() + " must be at least 1");
			}
		}
		if (object instanceof StaggeredLattice o) {
			positive(o, P.getStaggeredLattice_XPitch());
			positive(o, P.getStaggeredLattice_RowPitch());
		}
		if (object instanceof ExplicitFibres o) {
			explicitFibres(o);
		}
		if (object instanceof ExplicitFibre o) {
			explicitFibre(o);
		}
		if (object instanceof MetalFoam o) {
			positive(o, P.getMetalFoam_PoreSize());
			positive(o, P.getMetalFoam_LigamentDiameter());
		}
		if (object instanceof ConductiveFabric o) {
			positive(o, P.getConductiveFabric_FibreDiameter());
			positive(o, P.getConductiveFabric_CoatingThickness());
			knownSubstrate("coating metal", o.getCoatingMetal(), "unknown-substrate");
		}
		if (object instanceof Electrolyte o) {
			electrolyte(o);
		}
		if (object instanceof MetalElectrolytePair o) {
			metalPair(o);
		}
		if (object instanceof Salt o) {
			salt(o);
		}
		if (object instanceof SolventComponent o) {
			positive(o, P.getSolventComponent_VolumeParts());
		}
		if (object instanceof Additive o) {
			if (o.getMassFraction() < 0 || o.getMassFraction() >= 100) {
				error("additive-range", "mass fraction " + value(o, P.getAdditive_MassFraction()) + " of additive '"
						+ o.getName() + "' must lie in [0, 100) wt%");
			}
		}
		if (object instanceof Separator o) {
			separator(o);
		}
		if (object instanceof CounterElectrode o) {
			counterElectrode(o);
		}
		if (object instanceof OcvPoint o) {
			if (o.getStateOfCharge() < 0 || o.getStateOfCharge() > 1) {
				error("soc-range",
						"state of charge " + Units.formatNumber(o.getStateOfCharge()) + " must lie in [0, 1]");
			}
		}
		if (object instanceof Protocol o) {
			if (o.getSteps().isEmpty()) {
				warning("empty-protocol", "the protocol has no steps");
			}
		}
		if (object instanceof Step o) {
			step(o);
		}
		if (object instanceof DurationStop o) {
			positive(o, P.getDurationStop_Duration());
		}
		if (object instanceof CapacityStop o) {
			positive(o, P.getCapacityStop_Capacity());
		}
		if (object instanceof VoltageStop o) {
			if (!Double.isFinite(o.getVoltage())) {
				error("not-finite", "stop voltage " + o.getVoltage() + " is not a number");
			}
		}
		if (object instanceof Study o) {
			study(o);
		}
		if (object instanceof SolverSettings o) {
			solver(o);
		}
		if (object instanceof LifeModelParameters o) {
			lifeModel(o);
		}
		if (object instanceof ParameterValue o) {
			if (o.getName() == null || o.getName().isBlank()) {
				error("parameter-name", "a parameter override has no name");
			}
			if (!Double.isFinite(o.getValue())) {
				error("not-finite", "parameter '" + o.getName() + "' has the value " + o.getValue());
			}
			if (o.getUnit() != null && !o.getUnit().isBlank() && Units.unit(o.getUnit()).isEmpty()) {
				warning("unknown-unit", "parameter '" + o.getName() + "' has the unknown unit '" + o.getUnit() + "'");
			}
		}
		if (object instanceof NucleationBarrierOverride o) {
			knownSubstrate("substrate", o.getSubstrate(), "unknown-substrate");
			if (o.getBarrier() < 0) {
				error("negative", "nucleation barrier " + value(o, P.getNucleationBarrierOverride_Barrier())
						+ " on '" + o.getSubstrate() + "' must be >= 0 mV");
			}
		}
		if (object instanceof MeasuredPoint o) {
			measuredPoint(o);
		}
		if (object instanceof Sweep || object instanceof SweepParameter) {
			new SweepConstraints(this::error, this::warning).check(object);
		}
		return ok;
	}

	private void design(CellDesign design) {
		duplicateNames("cell", design.getCells());
		duplicateNames("protocol", design.getProtocols());
		duplicateNames("study", design.getStudies());
		duplicateNames("sweep", design.getSweeps());
	}

	private void duplicateNames(String kind, List<? extends NamedElement> elements) {
		Set<String> seen = new HashSet<>();
		for (NamedElement element : elements) {
			if (element.getName() != null && !seen.add(element.getName())) {
				warning("duplicate-name", "two " + kind + "s are called '" + element.getName() + "'");
			}
		}
	}

	private void cell(Cell cell) {
		positive(cell, P.getCell_ElectrodeArea());
		positive(cell, P.getCell_Temperature());
		positive(cell, P.getCell_ElectrolyteVolume());
		if (cell.getAnode() == null) {
			error("missing-anode", "the cell has no anode");
		}
		if (cell.getSeparator() == null) {
			error("missing-separator", "the cell has no separator");
		}
		if (cell.getElectrolyte() == null) {
			error("missing-electrolyte", "the cell has no electrolyte");
		}
		CellConfiguration configuration = cell.getConfiguration();
		CounterElectrode counter = cell.getCounterElectrode();
		switch (configuration) {
		case SYMMETRIC -> {
			if (cell.getCounterAnode() == null) {
				error("missing-counter", "the symmetric cell has no second anode (counter anode)");
			}
			if (counter != null) {
				warning("unused-counter", "the symmetric cell also names counter electrode '" + counter.getName()
						+ "', which a symmetric cell does not use");
			}
		}
		case FULL, HALF -> {
			if (counter == null) {
				error("missing-counter", "the " + configuration.getLiteral() + " cell has no counter electrode");
			} else if (configuration == CellConfiguration.FULL && counter.getMaterial() == CounterMaterial.METAL) {
				error("counter-material", "a full cell needs a cathode, but counter electrode '" + counter.getName()
						+ "' is a metal; use configuration half for metal||Cu cells");
			} else if (configuration == CellConfiguration.HALF && counter.getMaterial() != CounterMaterial.METAL) {
				error("counter-material", "a half cell is metal||host; counter electrode '" + counter.getName()
						+ "' is " + counter.getMaterial().getLiteral() + ", not a metal");
			}
			if (cell.getCounterAnode() != null) {
				warning("unused-counter", "the " + configuration.getLiteral()
						+ " cell also has a counter anode, which only symmetric cells use");
			}
		}
		default -> throw new IllegalStateException(configuration.toString());
		}
		Electrolyte electrolyte = cell.getElectrolyte();
		if (electrolyte != null && !electrolyte.eIsProxy() && electrolyte.getSalt() != null) {
			String cation = electrolyte.getSalt().getCation();
			Set<String> mismatched = new java.util.LinkedHashSet<>();
			for (Anode anode : new Anode[]{cell.getAnode(), cell.getCounterAnode()}) {
				if (anode != null && anode.getMetal() != null && cation != null && !anode.getMetal().equals(cation)) {
					mismatched.add(anode.getMetal());
				}
			}
			aqueous(electrolyte, cation);
			if (!mismatched.isEmpty()) {
				error("metal-cation-mismatch", "the anode metal '" + String.join("', '", mismatched)
						+ "' does not match the cation '" + cation + "' of electrolyte '" + electrolyte.getName()
						+ "'");
			}
			if (counter != null && counter.getMaterial() == CounterMaterial.METAL && counter.getMetal() != null
					&& cation != null && !counter.getMetal().equals(cation)) {
				error("metal-cation-mismatch", "the counter electrode metal '" + counter.getMetal()
						+ "' does not match the cation '" + cation + "' of electrolyte '" + electrolyte.getName()
						+ "'");
			}
		}
	}

	/**
	 * Water as a solvent: plating a metal more negative than {@value #MOST_NEGATIVE_AQUEOUS_PLATING} V vs
	 * SHE from it gives hydrogen instead (an error); a metal that does plate from water (Zn) still
	 * evolves some hydrogen and forms hydroxide salts beside it, which the model has no reaction for
	 * (a warning: the deposition and transport stand, coulombic losses and life are underestimated).
	 */
	private void aqueous(Electrolyte electrolyte, String cation) {
		if (electrolyte.getSolvents().stream().noneMatch(s -> isWater(s.getName()))) {
			return;
		}
		Optional<MetalDefinition> metal = cation == null ? Optional.empty() : metals.metal(cation);
		if (metal.isPresent() && metal.get().standardPotential() < MOST_NEGATIVE_AQUEOUS_PLATING) {
			error("aqueous-metal", "metal '" + cation + "' (E° " + Units.formatNumber(metal.get().standardPotential())
					+ " V vs SHE) reacts with the water of electrolyte '" + electrolyte.getName()
					+ "': it evolves hydrogen instead of plating; use an aprotic solvent");
		} else {
			warning("aqueous-side-reactions", "electrolyte '" + electrolyte.getName() + "' is aqueous: hydrogen"
					+ " evolution and hydroxide precipitation beside the plating are not modelled, so every"
					+ " coulomb is counted as metal and losses come from the life model's SEI-type terms only");
		}
	}

	private static boolean isWater(String solvent) {
		String s = solvent == null ? "" : solvent.strip().toLowerCase(java.util.Locale.ROOT);
		return s.equals("h2o") || s.equals("water");
	}

	private void anode(Anode anode) {
		Optional<MetalDefinition> metal = knownMetal(anode.getMetal());
		if (anode.getCollector() == null) {
			error("missing-collector", "the anode has no current collector");
		}
		if (anode.getPreDepositLoading() < 0) {
			error("negative", "pre-deposit loading " + value(anode, P.getAnode_PreDepositLoading()) + " must be >= 0");
		}
		if (anode.getPreDepositLoading() > 0) {
			positive(anode, P.getAnode_PreDepositCurrentDensity());
		}
		CurrentCollector host = anode.getCollector();
		foilOrientation(anode, host);
		if (metal.isPresent() && host != null && !(host instanceof Foil) && host.getThickness() > 0
				&& host.getPorosity() > 0 && host.getPorosity() < 1) {
			double depositMicrometres = anode.getPreDepositLoading()
					* metal.get().micrometresPerMilliampHourPerSquareCentimetre();
			double poreMicrometres = host.getThickness() * host.getPorosity();
			if (depositMicrometres > poreMicrometres) {
				error("predeposit-exceeds-pores", "pre-deposit " + value(anode, P.getAnode_PreDepositLoading()) + " of "
						+ metal.get().name() + " is " + Units.formatNumber(depositMicrometres)
						+ " µm of dense metal, more than the host's pore volume of "
						+ Units.formatNumber(poreMicrometres)
						+ " µm (thickness " + value(host, P.getCurrentCollector_Thickness()) + " × porosity "
						+ Units.formatNumber(host.getPorosity()) + ")");
			}
		}
	}

	/**
	 * A foil is dense: electrolyte reaches only the face toward the separator, so the pre-deposit sits
	 * there whatever the anode says, and inverting it (the paper's idea, which needs pores for new
	 * metal to reach the far face through) changes nothing in a study.
	 */
	private void foilOrientation(Anode anode, CurrentCollector host) {
		if (host instanceof Foil && anode.getOrientation() == org.anodyne.model.Orientation.INVERTED) {
			warning("foil-orientation", "orientation 'inverted' has no effect on a foil: it has no pores, so the "
					+ "pre-deposited metal sits on the face toward the separator and new metal plates on it as in "
					+ "an upright anode");
		}
	}

	private void surfaceLayer(SurfaceLayer layer) {
		knownSubstrate("substrate", layer.getSubstrate(), "unknown-substrate");
		positive(layer, P.getSurfaceLayer_Thickness());
	}

	private void collector(CurrentCollector collector) {
		positive(collector, P.getCurrentCollector_Thickness());
		if (collector instanceof Foil) {
			if (collector.getPorosity() != 0) {
				warning("foil-porosity",
						"a foil is dense, but its porosity is " + Units.formatNumber(collector.getPorosity())
								+ "; it is treated as 0");
			}
		} else {
			openUnitInterval(collector, P.getCurrentCollector_Porosity());
		}
		nonNegative(collector, P.getCurrentCollector_ArealMass());
		nonNegative(collector, P.getCurrentCollector_ElectronicConductivity());
		knownSubstrate("substrate", collector.getSubstrate(), "unknown-substrate");
	}

	private void carbonCloth(CarbonCloth cloth) {
		if (positive(cloth, P.getCarbonCloth_FibreDiameter()) && cloth.getThickness() > 0
				&& cloth.getFibreDiameter() >= cloth.getThickness()) {
			error("fibre-thicker-than-host", "fibre diameter " + value(cloth, P.getCarbonCloth_FibreDiameter())
					+ " is not smaller than the cloth thickness " + value(cloth, P.getCurrentCollector_Thickness()));
		}
		if (cloth.getLayout() instanceof StaggeredLattice lattice && lattice.getXPitch() > 0
				&& lattice.getXPitch() <= cloth.getFibreDiameter()) {
			error("fibres-overlap", "fibre pitch " + value(lattice, P.getStaggeredLattice_XPitch())
					+ " is not larger than the fibre diameter " + value(cloth, P.getCarbonCloth_FibreDiameter()));
		}
	}

	/** Explicit fibres: a width, at least one fibre, a readable fibre file, a porosity that matches. */
	private void explicitFibres(ExplicitFibres collector) {
		positive(collector, P.getExplicitFibres_PeriodicWidth());
		List<FibreCsv.Row> rows = List.of();
		try {
			Optional<Path> file = FibreCsv.fibreFile(collector);
			if (file.isPresent()) {
				rows = FibreCsv.read(file.get());
			}
		} catch (FibreCsv.FormatException e) {
			error("fibre-file", "fibre file " + e.getMessage());
			return;
		} catch (IOException | RuntimeException e) {
			error("fibre-file", "cannot read fibre file '" + collector.getFibreFile() + "': " + e.getMessage());
			return;
		}
		if (rows.isEmpty() && collector.getFibres().isEmpty()) {
			error("explicit-fibres-empty",
					"the explicit-fibre collector lists no fibres and names no fibre file with any");
			return;
		}
		double thickness = collector.getThickness();
		double solid = 0.0;
		Set<String> substrates = new TreeSet<>();
		for (FibreCsv.Row row : rows) {
			if (thickness > 0 && row.y() + row.radius() > thickness) {
				error("fibre-outside-host", "fibre file '" + collector.getFibreFile() + "', line " + row.line()
						+ ": the fibre reaches above the host (y + r = " + Units.format(row.y() + row.radius(), "um")
						+ " > thickness " + value(collector, P.getCurrentCollector_Thickness()) + ")");
				return;
			}
			solid += Math.PI * row.radius() * row.radius();
			if (!row.substrate().isEmpty()) {
				substrates.add(row.substrate());
			}
		}
		for (ExplicitFibre f : collector.getFibres()) {
			solid += Math.PI * f.getRadius() * f.getRadius();
		}
		substrates.forEach(id -> knownSubstrate("fibre substrate", id, "unknown-substrate"));
		double width = collector.getPeriodicWidth();
		if (width > 0 && thickness > 0 && collector.getPorosity() > 0 && collector.getPorosity() < 1) {
			double porosity = 1.0 - solid / (width * thickness);
			if (Math.abs(porosity - collector.getPorosity()) > EXPLICIT_POROSITY_TOLERANCE) {
				warning("explicit-fibres-porosity", "porosity " + Units.formatNumber(collector.getPorosity())
						+ " differs from the " + Units.formatNumber(porosity) + " the listed fibres leave in "
						+ value(collector, P.getExplicitFibres_PeriodicWidth()) + " × "
						+ value(collector, P.getCurrentCollector_Thickness()));
			}
		}
	}

	private void explicitFibre(ExplicitFibre fibre) {
		if (!Double.isFinite(fibre.getX())) {
			error("not-finite", "fibre x " + fibre.getX() + " is not a number");
		}
		if (positive(fibre, P.getExplicitFibre_Radius())) {
			if (!(fibre.getY() - fibre.getRadius() >= 0)) {
				error("fibre-outside-host", "the fibre at y " + value(fibre, P.getExplicitFibre_Y()) + " with radius "
						+ value(fibre, P.getExplicitFibre_Radius()) + " reaches below the bottom of the host");
			} else if (fibre.eContainer() instanceof ExplicitFibres host && host.getThickness() > 0
					&& fibre.getY() + fibre.getRadius() > host.getThickness()) {
				error("fibre-outside-host", "the fibre at y " + value(fibre, P.getExplicitFibre_Y()) + " with radius "
						+ value(fibre, P.getExplicitFibre_Radius()) + " reaches above the host (thickness "
						+ value(host, P.getCurrentCollector_Thickness()) + ")");
			}
		}
		if (fibre.getSubstrate() != null && !fibre.getSubstrate().isBlank()) {
			knownSubstrate("fibre substrate", fibre.getSubstrate(), "unknown-substrate");
		}
	}

	private void electrolyte(Electrolyte electrolyte) {
		if (electrolyte.getSalt() == null) {
			error("missing-salt", "the electrolyte has no salt");
		}
		positive(electrolyte, P.getElectrolyte_Concentration());
		if (positive(electrolyte, P.getElectrolyte_DiffusionCoefficient())
				&& (electrolyte.getDiffusionCoefficient() < MIN_PLAUSIBLE_DIFFUSIVITY
						|| electrolyte.getDiffusionCoefficient() > MAX_PLAUSIBLE_DIFFUSIVITY)) {
			warning("diffusivity-implausible", "diffusion coefficient "
					+ value(electrolyte, P.getElectrolyte_DiffusionCoefficient())
					+ " is far from liquid electrolytes (1e-12 to 1e-8 m² s⁻¹); was it given in cm² s⁻¹?");
		}
		openUnitInterval(electrolyte, P.getElectrolyte_TransferenceNumber());
		positive(electrolyte, P.getElectrolyte_Conductivity());
		positive(electrolyte, P.getElectrolyte_ExchangeCurrentDensity());
		if (electrolyte.isSetCathodicTransferCoefficient()) {
			// The anodic coefficient is z minus the cathodic one, so both stay positive only below z.
			int z = electrolyte.getSalt() == null ? 1 : Math.max(1, electrolyte.getSalt().getCationCharge());
			double alpha = electrolyte.getCathodicTransferCoefficient();
			if (!(alpha > 0 && alpha < z)) {
				error("fraction-range", label(P.getElectrolyte_CathodicTransferCoefficient()) + " "
						+ value(electrolyte, P.getElectrolyte_CathodicTransferCoefficient()) + " must lie in (0, " + z
						+ ") for a cation of charge " + z);
			}
		}
		if (electrolyte.isSetSolventMolarVolume()) {
			positive(electrolyte, P.getElectrolyte_SolventMolarVolume());
		}
	}

	/** The ranges the life model accepts for a pair's values, checked only where a value is set. */
	private void metalPair(MetalElectrolytePair pair) {
		if (pair.getMetal() == null || pair.getMetal().isBlank()) {
			error("pair-without-metal", "the metal-electrolyte pair names no metal");
		} else {
			knownMetal(pair.getMetal());
			Electrolyte electrolyte = (Electrolyte) pair.eContainer();
			if (electrolyte != null && electrolyte.getMetalPairs().stream()
					.filter(other -> pair.getMetal().equalsIgnoreCase(other.getMetal())).count() > 1) {
				error("duplicate-pair",
						"electrolyte '" + electrolyte.getName() + "' describes metal '" + pair.getMetal()
								+ "' more than once");
			}
		}
		if (pair.isSetSeiChargePerArea()) {
			nonNegative(pair, P.getMetalElectrolytePair_SeiChargePerArea());
		}
		if (pair.isSetSeiFilmResistance()) {
			nonNegative(pair, P.getMetalElectrolytePair_SeiFilmResistance());
		}
		if (pair.isSetSeiCalendarRate()) {
			nonNegative(pair, P.getMetalElectrolytePair_SeiCalendarRate());
		}
		if (pair.isSetWhiskerDiameter()) {
			positive(pair, P.getMetalElectrolytePair_WhiskerDiameter());
		}
		if (pair.isSetMossPorosity()) {
			openUnitInterval(pair, P.getMetalElectrolytePair_MossPorosity());
		}
		if (pair.isSetDendritePorosity()) {
			openUnitInterval(pair, P.getMetalElectrolytePair_DendritePorosity());
		}
		if (pair.isSetIsolationProbability()) {
			unitRange(pair, P.getMetalElectrolytePair_IsolationProbability(), v -> v >= 0 && v < 1, "[0, 1)");
		}
		if (pair.isSetInactiveLayerPorosity()) {
			openUnitInterval(pair, P.getMetalElectrolytePair_InactiveLayerPorosity());
		}
		if (pair.isSetInactiveLayerTortuosity()) {
			atLeastOne(pair, P.getMetalElectrolytePair_InactiveLayerTortuosity());
		}
		if (pair.isSetSolventPerSeiMetal()) {
			nonNegative(pair, P.getMetalElectrolytePair_SolventPerSeiMetal());
		}
		if (pair.isSetCoverageCharge()) {
			positive(pair, P.getMetalElectrolytePair_CoverageCharge());
		}
	}

	private void salt(Salt salt) {
		Optional<MetalDefinition> metal = knownMetal(salt.getCation());
		if (salt.getCationCharge() < 1 || salt.getAnionCharge() < 1) {
			error("charge-number", "salt '" + salt.getName() + "' has charge numbers z+ = " + salt.getCationCharge()
					+ ", |z-| = " + salt.getAnionCharge() + "; both must be at least 1");
		} else if (salt.getCationCharge() != salt.getAnionCharge()) {
			error("salt-not-zz", "salt '" + salt.getName() + "' is " + salt.getCationCharge() + ":"
					+ salt.getAnionCharge()
					+ ", not z:z; the binary electrolyte model needs equal charge numbers (e.g. Li+ with TFSI-, Zn2+ with"
					+ " SO4 2-)");
		}
		if (metal.isPresent() && salt.getCationCharge() >= 1 && metal.get().chargeNumber() != salt.getCationCharge()) {
			error("cation-charge", "salt '" + salt.getName() + "' gives cation '" + salt.getCation() + "' the charge "
					+ salt.getCationCharge() + ", but " + metal.get().name() + " has z = "
					+ metal.get().chargeNumber());
		}
	}

	private void separator(Separator separator) {
		positive(separator, P.getSeparator_Thickness());
		openUnitInterval(separator, P.getSeparator_Porosity());
		if (separator.isSetTortuosity() && separator.getTortuosity() < 1) {
			error("tortuosity-range", "tortuosity " + Units.formatNumber(separator.getTortuosity())
					+ " must be at least 1 (unset it to use Bruggeman)");
		}
	}

	private void counterElectrode(CounterElectrode counter) {
		if (counter.getMaterial() == CounterMaterial.METAL) {
			knownMetal(counter.getMetal());
			return;
		}
		positive(counter, P.getCounterElectrode_ArealCapacity());
		nonNegative(counter, P.getCounterElectrode_SpecificCapacity());
		nonNegative(counter, P.getCounterElectrode_Loading());
		if (counter.getLoading() > 0 && counter.getSpecificCapacity() > 0 && counter.getArealCapacity() > 0) {
			double fromLoading = counter.getLoading() * counter.getSpecificCapacity() / 1000.0;
			if (Math.abs(fromLoading - counter.getArealCapacity()) > CAPACITY_CONSISTENCY
					* counter.getArealCapacity()) {
				warning("capacity-inconsistent",
						"areal capacity " + value(counter, P.getCounterElectrode_ArealCapacity())
								+ " differs from loading × specific capacity = "
								+ Units.format(fromLoading, "mAh/cm2"));
			}
		}
		for (EAttribute particle : List.of(P.getCounterElectrode_ParticleRadius(),
				P.getCounterElectrode_SolidDiffusivity(),
				P.getCounterElectrode_ParticleExchangeCurrentDensity(), P.getCounterElectrode_MaximumConcentration(),
				P.getCounterElectrode_CoatingThickness())) {
			if (counter.eIsSet(particle)) {
				positive(counter, particle);
			}
		}
		if (counter.isSetCoatingPorosity()) {
			openUnitInterval(counter, P.getCounterElectrode_CoatingPorosity());
		}
		if (counter.isSetCapacityLossPerCycle()) {
			unitRange(counter, P.getCounterElectrode_CapacityLossPerCycle(), v -> v >= 0 && v < 1, "[0, 1)");
		}
		if (counter.getLowerVoltageLimit() != 0 && counter.getUpperVoltageLimit() != 0
				&& counter.getLowerVoltageLimit() >= counter.getUpperVoltageLimit()) {
			error("voltage-limits", "lower voltage limit " + value(counter, P.getCounterElectrode_LowerVoltageLimit())
					+ " is not below the upper limit " + value(counter, P.getCounterElectrode_UpperVoltageLimit()));
		}
		double previous = -1;
		for (OcvPoint point : counter.getOcv()) {
			if (point.getStateOfCharge() <= previous) {
				error("ocv-order", "the OCV table is not ascending in state of charge at "
						+ Units.formatNumber(point.getStateOfCharge()));
				break;
			}
			previous = point.getStateOfCharge();
		}
	}

	private void step(Step step) {
		if (step instanceof ConditionedStep conditioned) {
			if (conditioned.getStop() == null) {
				error("step-cannot-finish", "the " + kindOf(step) + " step has no stop condition, so it cannot finish");
			} else if (step instanceof RestStep && !(conditioned.getStop() instanceof DurationStop)) {
				error("rest-stop", "a rest step can only stop after a time, not at "
						+ kindOf(conditioned.getStop()));
			}
		}
		if (step instanceof GalvanostaticStep galvanostatic) {
			positive(galvanostatic, P.getGalvanostaticStep_CurrentDensity());
		}
		if (step instanceof CellCurrentStep current) {
			if (current.isSetCRate() == current.isSetCurrentDensity()) {
				error("current-spec", "the " + kindOf(step) + " step needs exactly one of C-rate and current density"
						+ (current.isSetCRate() ? ", but has both" : ", but has neither"));
			} else if (current.isSetCRate()) {
				positive(current, P.getCellCurrentStep_CRate());
			} else {
				positive(current, P.getCellCurrentStep_CurrentDensity());
			}
		}
		if (step instanceof RepeatStep repeat) {
			if (repeat.getCount() < 1) {
				error("repeat-count", "the repeat has count " + repeat.getCount()
						+ " and cannot finish as intended; give at least 1");
			}
			if (repeat.getSteps().isEmpty()) {
				error("repeat-empty", "the repeat (" + repeat.getCount() + " times) has no steps");
			}
		}
	}

	private void study(Study study) {
		if (study.getCell() == null) {
			error("study-incomplete", "the study names no cell");
		}
		if (study.getProtocol() == null) {
			error("study-incomplete", "the study names no protocol");
		}
		if (study.getSolver() == null) {
			error("study-incomplete", "the study has no solver settings");
		} else if (study.getCell() != null && study.getCell().getAnode() != null
				&& study.getCell().getAnode().getCollector() instanceof ExplicitFibres fibres
				&& fibres.getPeriodicWidth() > 0
				&& Math.abs(study.getSolver().getDomainWidth() - fibres.getPeriodicWidth()) > 1e-9
						* fibres.getPeriodicWidth()) {
			error("explicit-fibres-width",
					"the domain width " + value(study.getSolver(), P.getSolverSettings_DomainWidth())
							+ " differs from the periodic width " + value(fibres, P.getExplicitFibres_PeriodicWidth())
							+ " the explicit fibres are laid out for");
		}
		if (study.getOutputs().isEmpty()) {
			warning("no-outputs", "the study asks for no outputs");
		}
		if (study.getKind() == StudyKind.CYCLE_LIFE && study.getSolver() != null
				&& study.getSolver().isSetCounterElectrodePotential()) {
			warning("counter-potential-ignored", "the cycle-life study ignores the "
					+ label(P.getSolverSettings_CounterElectrodePotential()) + " "
					+ value(study.getSolver(), P.getSolverSettings_CounterElectrodePotential())
					+ "; its counter electrode always reacts with its own kinetics");
		}
		Protocol protocol = study.getProtocol();
		Cell cell = study.getCell();
		if (protocol != null && !protocol.eIsProxy()) {
			List<Step> all = flatten(protocol.getSteps());
			if (study.getKind() == StudyKind.DEPOSITION_2D && all.stream().noneMatch(PlatingStep.class::isInstance)) {
				warning("deposition-without-plating", "the 2D deposition study runs protocol '" + protocol.getName()
						+ "', which has no plating step");
			}
			if (study.getKind() == StudyKind.CYCLE_LIFE && all.stream().noneMatch(RepeatStep.class::isInstance)) {
				warning("life-without-repeat", "the cycle-life study runs protocol '" + protocol.getName()
						+ "', which repeats nothing");
			}
			if (cell != null && !cell.eIsProxy()) {
				boolean usesCRate = all.stream().anyMatch(s -> s instanceof CellCurrentStep c && c.isSetCRate());
				CounterElectrode counter = cell.getCounterElectrode();
				if (usesCRate && (counter == null || counter.getArealCapacity() <= 0)) {
					error("c-rate-without-capacity", "protocol '" + protocol.getName() + "' uses a C-rate, but cell '"
							+ cell.getName() + "' has no counter electrode with an areal capacity to define 1 C");
				}
				if (cell.getConfiguration() == CellConfiguration.FULL && counter != null && !counter.eIsProxy()
						&& counter.getMaterial() != CounterMaterial.METAL) {
					voltageStops(protocol, protocol.getSteps(), "", counter);
				}
			}
		}
		if (study.getMeasuredPoints().isEmpty() && !study.getCalibratedParameters().isEmpty()) {
			error("calibration-without-data", "the study calibrates " + study.getCalibratedParameters()
					+ " but has no measured points");
		}
		Set<String> known = new HashSet<>();
		if (study.getLifeModel() != null) {
			study.getLifeModel().eClass().getEAllAttributes().forEach(a -> known.add(a.getName()));
			study.getLifeModel().getOverrides().forEach(p -> known.add(p.getName()));
		} else {
			P.getLifeModelParameters().getEAllAttributes().forEach(a -> known.add(a.getName()));
		}
		known.add("exchangeCurrentDensity");
		P.getMetalElectrolytePair().getEAllAttributes().forEach(a -> known.add(a.getName()));
		for (String name : study.getCalibratedParameters()) {
			if (!known.contains(name) && !(name != null && name.startsWith("barrier."))) {
				warning("unknown-parameter", "calibrated parameter '" + name + "' is neither a life-model parameter,"
						+ " a metal-electrolyte pair parameter, an override, 'exchangeCurrentDensity' nor"
						+ " 'barrier.<substrate>'");
			}
		}
		Map<String, Integer> barrierCount = new HashMap<>();
		study.getNucleationBarriers()
				.forEach(b -> barrierCount.merge(String.valueOf(b.getSubstrate()), 1, Integer::sum));
		barrierCount.forEach((substrate, count) -> {
			if (count > 1) {
				error("duplicate-barrier",
						"the study overrides the barrier on '" + substrate + "' " + count + " times");
			}
		});
	}

	/**
	 * A full cell's voltage stops must lie where the cathode can take the cell: inside its voltage
	 * limits, which end every step first, and, when it has an OCV table, no higher than its fully
	 * charged and no lower than its fully discharged open-circuit voltage. Beyond the table the cathode
	 * runs out of capacity before the stop is met, and the life model reports the protocol as unable to
	 * finish.
	 */
	private void voltageStops(Protocol protocol, List<Step> steps, String prefix, CounterElectrode counter) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String number = prefix + (i + 1);
			if (step instanceof RepeatStep repeat) {
				voltageStops(protocol, repeat.getSteps(), number + ".", counter);
			} else if (step instanceof ConditionedStep conditioned && conditioned.getStop() instanceof VoltageStop stop
					&& Double.isFinite(stop.getVoltage())) {
				voltageStop(protocol, step, number, stop.getVoltage(), counter);
			}
		}
	}

	private void voltageStop(Protocol protocol, Step step, String number, double voltage, CounterElectrode counter) {
		String where = "protocol '" + protocol.getName() + "' step " + number + " (" + ProtocolText.printStep(step)
				+ ") stops at " + Units.format(voltage, "V");
		String cathode = "counter electrode '" + counter.getName() + "'";
		double lower = counter.getLowerVoltageLimit();
		double upper = counter.getUpperVoltageLimit();
		if ((lower != 0 && voltage < lower) || (upper != 0 && voltage > upper)) {
			error("voltage-stop-unreachable", where + ", outside the voltage limits " + Units.format(lower, "V")
					+ " to " + Units.format(upper, "V") + " of " + cathode + ", which end the step before the stop");
			return;
		}
		if (counter.getOcv().isEmpty()) {
			return;
		}
		boolean charging = step instanceof ChargeStep || step instanceof PlatingStep;
		boolean discharging = step instanceof DischargeStep || step instanceof StrippingStep;
		double highest = counter.getOcv().stream().mapToDouble(OcvPoint::getVoltage).max().getAsDouble();
		double lowest = counter.getOcv().stream().mapToDouble(OcvPoint::getVoltage).min().getAsDouble();
		if (charging && voltage > highest) {
			error("voltage-stop-unreachable", where + ", above the highest open-circuit voltage "
					+ Units.format(highest, "V") + " of " + cathode
					+ ", so the cathode is fully charged before the stop is reached; extend its OCV table to full charge");
		} else if (discharging && voltage < lowest) {
			error("voltage-stop-unreachable", where + ", below the lowest open-circuit voltage "
					+ Units.format(lowest, "V") + " of " + cathode
					+ ", so the cathode is fully discharged before the stop is reached; extend its OCV table to full"
					+ " discharge");
		}
	}

	private void solver(SolverSettings solver) {
		positive(solver, P.getSolverSettings_GridSpacing());
		positive(solver, P.getSolverSettings_TimeStep());
		openUnitInterval(solver, P.getSolverSettings_Tolerance());
		if (positive(solver, P.getSolverSettings_DomainWidth()) && solver.getGridSpacing() > 0
				&& solver.getDomainWidth() < 2 * solver.getGridSpacing()) {
			error("domain-too-narrow", "domain width " + value(solver, P.getSolverSettings_DomainWidth())
					+ " spans fewer than two cells of " + value(solver, P.getSolverSettings_GridSpacing()));
		}
		if (solver.getMaxCycles() < 1) {
			error("max-cycles", "max cycles " + solver.getMaxCycles() + " must be at least 1");
		}
		if (solver.isSetCounterElectrodePotential() && !Double.isFinite(solver.getCounterElectrodePotential())) {
			error("not-finite", label(P.getSolverSettings_CounterElectrodePotential()) + " "
					+ value(solver, P.getSolverSettings_CounterElectrodePotential()) + " is not a number");
		}
	}

	/** The ranges the life model accepts, so that a design that validates also runs. */
	private void lifeModel(LifeModelParameters life) {
		openUnitInterval(life, P.getLifeModelParameters_InactiveLayerPorosity());
		atLeastOne(life, P.getLifeModelParameters_InactiveLayerTortuosity());
		positive(life, P.getLifeModelParameters_OverpotentialLimit());
		nonNegative(life, P.getLifeModelParameters_SolventPerSeiMetal());
		openUnitInterval(life, P.getLifeModelParameters_EndOfLifeRetention());
	}

	private void atLeastOne(EObject owner, EAttribute tortuosity) {
		double v = ((Number) owner.eGet(tortuosity)).doubleValue();
		if (!(v >= 1) || !Double.isFinite(v)) {
			error("tortuosity-range", label(tortuosity) + " " + value(owner, tortuosity) + " must be at least 1");
		}
	}

	private void measuredPoint(MeasuredPoint point) {
		String what = point.getQuantity().getLiteral().replace('_', ' ');
		if (point.isSetCycle() && point.isSetHour()) {
			error("measured-when", "measured " + what + " " + Units.formatNumber(point.getValue())
					+ " gives both a cycle and an hour; give one");
		}
		if (point.getQuantity() == MeasuredQuantity.RETENTION && !point.isSetCycle() && !point.isSetHour()) {
			error("measured-when", "measured retention " + Units.formatNumber(point.getValue())
					+ " needs the cycle (or hour) it was measured at");
		}
		if (point.isSetCycle() && point.getCycle() < 0) {
			error("negative", "measured " + what + " at cycle " + point.getCycle() + ": the cycle must be >= 0");
		}
		if (point.isSetHour() && point.getHour() < 0) {
			error("negative", "measured " + what + " at hour " + point.getHour() + ": the hour must be >= 0");
		}
		String unit = point.getUnit() == null ? "" : point.getUnit().strip();
		double value = point.getValue();
		switch (point.getQuantity()) {
		case RETENTION, COULOMBIC_EFFICIENCY -> {
			double max = "%".equals(unit) ? 100 : 1;
			if (!unit.isEmpty() && !"%".equals(unit) && !"1".equals(unit)) {
				error("measured-unit", "measured " + what + " has unit '" + unit + "'; use '1' (a fraction) or '%'");
			} else if (value <= 0 || value > max) {
				error("measured-range", "measured " + what + " " + Units.formatNumber(value) + " "
						+ ("%".equals(unit) ? "%" : "") + " must lie in (0, " + Units.formatNumber(max) + "]");
			}
		}
		case FIRST_CYCLE_OVERPOTENTIAL -> {
			if (!"mV".equals(unit) && !"V".equals(unit)) {
				error("measured-unit", "measured " + what + " has unit '" + unit + "'; use 'mV' or 'V'");
			} else if (value <= 0) {
				error("measured-range", "measured " + what + " " + Units.format(value, unit) + " must be > 0");
			}
		}
		case HOURS_TO_FAILURE, CYCLES_TO_FAILURE -> {
			if (value <= 0) {
				error("measured-range", "measured " + what + " " + Units.formatNumber(value) + " must be > 0");
			}
		}
		default -> throw new IllegalStateException(point.getQuantity().toString());
		}
	}

	private Optional<MetalDefinition> knownMetal(String id) {
		if (id == null || id.isBlank()) {
			error("missing-metal", "no metal is given");
			return Optional.empty();
		}
		Optional<MetalDefinition> metal = metals.metal(id);
		if (metal.isEmpty()) {
			Optional<String> plugin = object.eResource() instanceof AnodyneResource r
					? r.metalContributorOf(id)
					: Optional.empty();
			error("unknown-metal", plugin.map(p -> "unknown metal '" + id + "': it needs plug-in " + p
					+ (isInstalled(p)
							? ", which is installed but contributes no metal '" + id + "' (see the log)"
							: " (not installed)"))
					.orElseGet(() -> "unknown metal '" + id + "'; known metals: "
							+ metals.metals().stream().map(MetalDefinition::id).toList()
							+ " (metals come from plug-ins contributing to org.anodyne.metals)"));
		}
		return metal;
	}

	/** Whether a bundle of this name is in the running framework (never, outside OSGi). */
	private static boolean isInstalled(String bundle) {
		Bundle self = FrameworkUtil.getBundle(DesignConstraints.class);
		return self != null && self.getBundleContext() != null && Arrays.stream(self.getBundleContext().getBundles())
				.anyMatch(b -> bundle.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED);
	}

	private void knownSubstrate(String role, String id, String code) {
		if (id == null || id.isBlank()) {
			error("missing-substrate", "no " + role + " id is given");
		} else if (metals.substrate(id).isEmpty()) {
			error(code, "unknown " + role + " '" + id + "'; known substrates: "
					+ metals.substrates().stream().map(s -> s.id()).toList());
		}
	}

	private boolean positive(EObject o, EAttribute attribute) {
		double v = ((Number) o.eGet(attribute)).doubleValue();
		if (!(v > 0) || !Double.isFinite(v)) {
			error("not-positive", label(attribute) + " " + value(o, attribute) + " must be > 0");
			return false;
		}
		return true;
	}

	private void nonNegative(EObject o, EAttribute attribute) {
		double v = ((Number) o.eGet(attribute)).doubleValue();
		if (!(v >= 0) || !Double.isFinite(v)) {
			error("negative", label(attribute) + " " + value(o, attribute) + " must be >= 0");
		}
	}

	private void openUnitInterval(EObject o, EAttribute attribute) {
		unitRange(o, attribute, v -> v > 0 && v < 1, "(0, 1)");
	}

	private void unitRange(EObject o, EAttribute attribute, Predicate<Double> inRange, String range) {
		double v = ((Number) o.eGet(attribute)).doubleValue();
		if (!inRange.test(v)) {
			error(attribute.getName().toLowerCase(Locale.ROOT).contains("porosity")
					? "porosity-range"
					: "fraction-range",
					label(attribute) + " " + value(o, attribute) + " must lie in " + range);
		}
	}

	private static String value(EObject o, EAttribute attribute) {
		double v = ((Number) o.eGet(attribute)).doubleValue();
		return Units.unitOf(attribute).map(u -> Units.format(v, u.symbol())).orElse(Units.formatNumber(v));
	}

	/** A feature name as words: {@code preDepositLoading} reads "pre-deposit loading". */
	static String label(EAttribute attribute) {
		return words(attribute.getName()).replace("pre deposit", "pre-deposit");
	}

	/** A camel-case name as lower-case words. */
	static String words(String camelCase) {
		return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}

	private static String kindOf(EObject o) {
		return words(o.eClass().getName()).replace(" step", "").replace(" stop", " stop");
	}

	/** "carbon cloth of cell 'Li-CC inverted'", naming the element and the named element it belongs to. */
	static String describe(EObject o) {
		StringBuilder b = new StringBuilder(words(role(o)));
		if (o instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			b.append(" '").append(named.getName()).append('\'');
		} else {
			for (EObject owner = o.eContainer(); owner != null; owner = owner.eContainer()) {
				if (owner instanceof NamedElement named && !(owner instanceof CellDesign) && named.getName() != null) {
					b.append(" of ").append(words(owner.eClass().getName())).append(" '").append(named.getName())
							.append('\'');
					break;
				}
			}
		}
		return b.toString();
	}

	/**
	 * What to call an element: its class ("carbon cloth"), or the feature holding it when its container
	 * holds that class in more than one role — a symmetric cell's anode and counter anode are both
	 * anodes, and a message saying "anode of cell 'X'" for each would read as the same one twice.
	 */
	private static String role(EObject o) {
		EReference feature = o.eContainmentFeature();
		if (feature != null && o.eContainer().eClass().getEAllContainments().stream()
				.filter(r -> r.getEReferenceType() == feature.getEReferenceType()).count() > 1) {
			return feature.getName();
		}
		return o.eClass().getName();
	}

	private static List<Step> flatten(List<Step> steps) {
		List<Step> all = new java.util.ArrayList<>();
		for (Step step : steps) {
			all.add(step);
			if (step instanceof RepeatStep repeat) {
				all.addAll(flatten(repeat.getSteps()));
			}
		}
		return all;
	}

	private void error(String code, String message) {
		report(Diagnostic.ERROR, code, message);
	}

	private void warning(String code, String message) {
		report(Diagnostic.WARNING, code, message);
	}

	private void report(int severity, String code, String message) {
		if (severity == Diagnostic.ERROR) {
			ok = false;
		}
		if (diagnostics != null) {
			String text = Character.toUpperCase(describe(object).charAt(0)) + describe(object).substring(1) + ": "
					+ message;
			diagnostics.add(new BasicDiagnostic(severity, AnodyneValidator.DIAGNOSTIC_SOURCE, code.hashCode(), text,
					new Object[]{object, code}));
		}
	}
}
