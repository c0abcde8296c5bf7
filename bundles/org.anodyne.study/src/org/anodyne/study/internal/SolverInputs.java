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

import java.util.LinkedHashMap;
import java.util.Map;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.SeparatorProperties;
import org.anodyne.solver.life.AnodeDesign;
import org.anodyne.solver.life.CathodeElectrode;
import org.anodyne.solver.life.CellConfiguration;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;
import org.anodyne.study.geometry.PolygonSolid;

/**
 * A study's cell as the solvers take it, every quantity in SI, and the builders of the solvers'
 * problems from it (cross-section, kinetics, deposition problem, the life model's anode and cell).
 * Holds no model object: {@link CellTranslation} reads the model once, through the model's one units
 * class, and {@link AdjustableParameters} derives the variants a calibration tries. Immutable.
 */
public final class SolverInputs {

	/**
	 * Lays out the collector for a context: the collector's generator while the model is at hand, or
	 * the hosts a {@code StudyPlan} laid out when it was made.
	 */
	@FunctionalInterface
	public interface HostLayout {
		/** @throws IllegalArgumentException naming what is wrong with the collector */
		HostStructure host(GeometryContext context);
	}

	/**
	 * What the life model needs of the cell besides the anode, read from the model once.
	 *
	 * @param configuration     symmetric, full or half
	 * @param electrolyteVolume electrolyte per geometric area [m³/m²]
	 * @param volumeText        the volume as the model holds it, for the message when it is not positive
	 * @param cathode           the cathode of a full cell, or null
	 * @param cathodeProblem    why a full cell has no usable cathode (what and where), or null
	 */
	public record LifeCellInputs(CellConfiguration configuration, double electrolyteVolume, String volumeText,
			CathodeElectrode cathode, String cathodeProblem) {
	}

	private final MetalProperties metal;
	private final ElectrolyteProperties electrolyte;
	private final SeparatorProperties separator;
	private final Map<String, Double> barriers;
	private final double temperature;
	private final double width;
	private final double gridSpacing;
	private final double preDepositCharge;
	private final AnodeOrientation orientation;
	private final String surfaceLayerSubstrate;
	private final HostLayout layout;
	private final LifeParameters lifeParameters;
	private final double cathodicTransferCoefficient;
	private final DegradationPair degradationPair;
	private final LifeCellInputs lifeCell;

	/** The inputs as {@link CellTranslation} reads them; every quantity in SI. */
	public SolverInputs(MetalProperties metal, ElectrolyteProperties electrolyte, SeparatorProperties separator,
			Map<String, Double> barriers, double temperature, double width, double gridSpacing, double preDepositCharge,
			AnodeOrientation orientation, String surfaceLayerSubstrate, HostLayout layout,
			LifeParameters lifeParameters,
			DegradationPair degradationPair, LifeCellInputs lifeCell) {
		this.metal = metal;
		this.electrolyte = electrolyte;
		this.separator = separator;
		this.barriers = Map.copyOf(barriers);
		this.temperature = temperature;
		this.width = width;
		this.gridSpacing = gridSpacing;
		this.preDepositCharge = preDepositCharge;
		this.orientation = orientation;
		this.surfaceLayerSubstrate = surfaceLayerSubstrate;
		this.layout = layout;
		this.lifeParameters = lifeParameters;
		this.cathodicTransferCoefficient = lifeParameters.cathodicTransferCoefficient();
		this.degradationPair = degradationPair;
		this.lifeCell = lifeCell;
	}

	/** The plated metal: id (the registry's, also its substrate id), z, molar mass and density in SI. */
	public MetalProperties metal() {
		return metal;
	}

	public ElectrolyteProperties electrolyte() {
		return electrolyte;
	}

	public SeparatorProperties separator() {
		return separator;
	}

	/** Cell temperature [K]. */
	public double temperature() {
		return temperature;
	}

	/** Periodic width of the 2D cross-section [m]. */
	public double width() {
		return width;
	}

	/** Grid spacing of the 2D solver [m]. */
	public double gridSpacing() {
		return gridSpacing;
	}

	/** Pre-deposited metal per geometric area [C/m²]. */
	public double preDepositCharge() {
		return preDepositCharge;
	}

	/** The pre-deposit as a dense layer [m] (6 mAh cm⁻² of Li: 29.1 µm). */
	public double preDepositThickness() {
		return metal.volumeForCharge(preDepositCharge);
	}

	/** Which face carries the pre-deposit. */
	public AnodeOrientation orientation() {
		return orientation;
	}

	/** Substrate id of the layer on the pre-deposit face, or null. */
	public String surfaceLayerSubstrate() {
		return surfaceLayerSubstrate;
	}

	/** Nucleation barriers [V] by substrate id: the metal registry's, then the study's overrides. */
	public Map<String, Double> barriers() {
		return barriers;
	}

	/** The life-model parameters: calibrated defaults, the study's features and overrides, the electrolyte's i₀. */
	public LifeParameters lifeParameters() {
		return lifeParameters;
	}

	/** Exchange current density of the metal in this electrolyte [A/m² of real surface]. */
	public double exchangeCurrentDensity() {
		return lifeParameters.exchangeCurrentDensity();
	}

	/** The same inputs with another grid spacing [m] (e.g. a coarse grid for the life coupling). */
	public SolverInputs withGridSpacing(double spacing) {
		return new SolverInputs(metal, electrolyte, separator, barriers, temperature, width, spacing, preDepositCharge,
				orientation, surfaceLayerSubstrate, layout, lifeParameters, degradationPair, lifeCell);
	}

	/** The same inputs with the anode flipped to the given orientation. */
	public SolverInputs withOrientation(AnodeOrientation newOrientation) {
		return new SolverInputs(metal, electrolyte, separator, barriers, temperature, width, gridSpacing,
				preDepositCharge, newOrientation, surfaceLayerSubstrate, layout, lifeParameters, degradationPair,
				lifeCell);
	}

	/** The same inputs with other life-model parameters. */
	public SolverInputs withLifeParameters(LifeParameters parameters) {
		return new SolverInputs(metal, electrolyte, separator, barriers, temperature, width, gridSpacing,
				preDepositCharge, orientation, surfaceLayerSubstrate, layout, parameters, degradationPair, lifeCell);
	}

	/** The same inputs with other nucleation barriers [V] by substrate id. */
	public SolverInputs withBarriers(Map<String, Double> newBarriers) {
		return new SolverInputs(metal, electrolyte, separator, newBarriers, temperature, width, gridSpacing,
				preDepositCharge, orientation, surfaceLayerSubstrate, layout, lifeParameters, degradationPair,
				lifeCell);
	}

	/** The same inputs laying out the collector another way (a plan's hosts instead of the generator). */
	public SolverInputs withLayout(HostLayout newLayout) {
		return new SolverInputs(metal, electrolyte, separator, barriers, temperature, width, gridSpacing,
				preDepositCharge, orientation, surfaceLayerSubstrate, newLayout, lifeParameters, degradationPair,
				lifeCell);
	}

	/** The context the collector is laid out in for a growth allowance [m]. */
	public GeometryContext geometryContext(double growthAllowance) {
		return new GeometryContext(width, gridSpacing, orientation, preDepositThickness(), growthAllowance,
				surfaceLayerSubstrate);
	}

	// ------------------------------------------------------------------ 2D deposition

	/**
	 * The collector laid out by its generator, with room for the given plated metal.
	 *
	 * @param growthAllowance dense metal [m] the run will plate (a foil leaves room for it)
	 */
	public HostStructure host(double growthAllowance) {
		return layout.host(geometryContext(growthAllowance));
	}

	/** The collector laid out in a context ({@link #geometryContext(double)} of these or derived inputs). */
	public HostStructure host(GeometryContext context) {
		return layout.host(context);
	}

	/**
	 * The solver's cross-section: the host, the pre-deposit filling its pores from the face the
	 * orientation says, the separator, the counter electrode on top.
	 *
	 * @param host from {@link #host(double)}
	 * @throws IllegalArgumentException when the geometry cannot be built (message from the solver:
	 *                                  what and where)
	 */
	public CellGeometry geometry(HostStructure host) {
		return geometry(host, preDepositThickness());
	}

	/**
	 * The cross-section with another dense metal thickness [m] filling the host from the
	 * pre-deposit's face (the life coupling moves the plating front through the buffer this way).
	 */
	public CellGeometry geometry(HostStructure host, double metalThickness) {
		return geometry(host, metalThickness, 0.0);
	}

	/**
	 * The cross-section with the pre-deposit's separator-side front taken back by a pore volume per
	 * area [m³/m²] that stripping emptied (the life coupling's receded front).
	 */
	public CellGeometry geometry(HostStructure host, double metalThickness, double frontRecess) {
		CellGeometry.Builder b = CellGeometry.builder().width(width).gridSpacing(gridSpacing)
				.hostThickness(host.hostThickness()).separator(separator)
				.preDeposit(metalThickness, SolverSolids.face(host.preDepositFace()))
				.preDepositFrontRecess(frontRecess);
		return SolverSolids.addTo(b, host).build();
	}

	/**
	 * Butler–Volmer kinetics per real area with i₀ of the electrolyte, α<sub>c</sub> of the life
	 * parameters and α<sub>a</sub> = z − α<sub>c</sub> ({@link ButlerVolmer#forCharge}).
	 */
	public ButlerVolmer kinetics() {
		return ButlerVolmer.forCharge(exchangeCurrentDensity(), cathodicTransferCoefficient, metal().chargeNumber());
	}

	/** The nucleation barriers as the deposition solver takes them. */
	public NucleationBarriers nucleationBarriers() {
		return NucleationBarriers.of(barriers);
	}

	/**
	 * A deposition problem on the given geometry.
	 *
	 * @throws IllegalArgumentException when the solver refuses the combination (e.g. a substrate of
	 *                                  the geometry has no barrier), naming it
	 */
	public DepositionProblem depositionProblem(CellGeometry geometry, Control control) {
		return DepositionProblem.builder().geometry(geometry).metal(metal).electrolyte(electrolyte)
				.temperature(temperature).kinetics(kinetics()).barriers(nucleationBarriers())
				.coverageThickness(metal.volumeForCharge(lifeParameters.coverageCharge())).control(control).build();
	}

	/** The barrier [V] of the bare collector surface of a host: its most common non-layer substrate. */
	public double bareSubstrateBarrier(HostStructure host) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (CircleSolid c : host.fibres()) {
			counts.merge(c.substrate(), 1, Integer::sum);
		}
		for (PlanarSolid s : host.planarSolids()) {
			counts.merge(s.substrate(), 1, Integer::sum);
		}
		for (PolygonSolid p : host.polygons()) {
			counts.merge(p.substrate(), 1, Integer::sum);
		}
		if (surfaceLayerSubstrate != null && counts.size() > 1) {
			counts.remove(surfaceLayerSubstrate);
		}
		String bare = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		Double barrier = barriers.get(bare);
		if (barrier == null) {
			throw new IllegalArgumentException("no nucleation barrier of " + metal.id() + " on '" + bare
					+ "' in the metal registry or the study's overrides");
		}
		return barrier;
	}

	// ------------------------------------------------------------------ cycle life

	/**
	 * The anode as the life model sees it.
	 *
	 * @param host from {@link #host(double)}
	 */
	public AnodeDesign anodeDesign(HostStructure host) {
		double barrier = bareSubstrateBarrier(host);
		if (host.isPlanar()) {
			return AnodeDesign.foil(barrier, preDepositCharge);
		}
		// The geometry decides where the metal front sits; the life model sees only the empty host in front of it.
		if (orientation == AnodeOrientation.INVERTED) {
			return AnodeDesign.metalOnFarFace(host.collectorThickness(), host.porosity(), host.solidDiameter(), barrier,
					preDepositCharge, metal.volumeForCharge(1.0));
		}
		return AnodeDesign.metalOnSeparatorFace(host.collectorThickness(), host.porosity(), host.solidDiameter(),
				barrier, preDepositCharge);
	}

	/**
	 * The degradation pair of the study's metal and electrolyte, with the electrolyte's own values, and
	 * uncalibrated where {@link #lifeParameters()} replace what its calibration holds for
	 * ({@link PairCalibration}).
	 */
	public DegradationPair degradationPair() {
		return PairCalibration.withValues(degradationPair, lifeParameters);
	}

	/**
	 * The cell as the life model sees it: symmetric (two identical anodes), full (against the cathode
	 * of the library) or half (against a metal foil).
	 *
	 * @throws IllegalArgumentException naming what is missing (electrolyte volume, counter electrode ...)
	 */
	public LifeCell lifeCell(HostStructure host) {
		if (!(lifeCell.electrolyteVolume() > 0.0)) {
			throw new IllegalArgumentException(
					"the cell's electrolyte volume must be positive for a cycle-life study, got "
							+ lifeCell.volumeText());
		}
		AnodeDesign design = anodeDesign(host);
		CellConfiguration configuration = lifeCell.configuration();
		if (configuration == CellConfiguration.FULL && lifeCell.cathodeProblem() != null) {
			throw new IllegalArgumentException(lifeCell.cathodeProblem());
		}
		CathodeElectrode cathode = configuration == CellConfiguration.FULL ? lifeCell.cathode() : null;
		return new LifeCell(configuration, metal, electrolyte, lifeCell.electrolyteVolume(), separator, design, cathode,
				temperature);
	}
}
