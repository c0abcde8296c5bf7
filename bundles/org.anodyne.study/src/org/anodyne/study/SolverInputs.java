package org.anodyne.study;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.Orientation;
import org.anodyne.solver.deposition.SeparatorProperties;
import org.anodyne.solver.life.AnodeDesign;
import org.anodyne.solver.life.CathodeElectrode;
import org.anodyne.solver.life.CellConfiguration;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.solver.life.OcvCurve;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;
import org.anodyne.study.geometry.PolygonSolid;
import org.anodyne.study.internal.SolverSolids;
import org.eclipse.emf.ecore.EAttribute;

/**
 * A study's cell as the solvers take it: every quantity in SI, read through the model's one
 * {@link Units} class, metal data and nucleation barriers from the {@link MetalRegistry} (with the
 * study's overrides), the collector laid out by its {@link CollectorGeometryGenerator}. Immutable;
 * {@link #with(String, double)} derives a variant with one adjustable parameter changed (what
 * calibration does).
 * <p>
 * <b>Adjustable parameters</b> (the names a study may list in {@code calibratedParameters}):
 * <ul>
 * <li>a feature of the study's LifeModelParameters (e.g. {@code inactiveLayerPorosity}), in the
 * model's unit of that feature, mapped as {@link LifeParameterMapping} describes;</li>
 * <li>a life-model parameter by its own name ({@link LifeParameters#names()}), in SI; among them
 * {@code exchangeCurrentDensity} [A/m²], which is also the exchange current of the 2D solver's
 * kinetics (the model keeps it on the electrolyte);</li>
 * <li>{@code barrier.<substrate>}: the metal's nucleation barrier on a substrate, in mV.</li>
 * </ul>
 */
public final class SolverInputs {

	/** Prefix of the nucleation-barrier parameters, {@code barrier.<substrate>} in mV. */
	public static final String BARRIER_PREFIX = "barrier.";

	private final Study study;
	private final Cell cell;
	private final Anode anode;
	private final MetalProperties metal;
	private final ElectrolyteProperties electrolyte;
	private final SeparatorProperties separator;
	private final Map<String, Double> barriers;
	private final double temperature;
	private final double width;
	private final double gridSpacing;
	private final double preDepositCharge;
	private final Orientation orientation;
	private final String surfaceLayerSubstrate;
	private final CollectorGeometryGenerator generator;
	private final LifeParameters lifeParameters;
	private final double cathodicTransferCoefficient;

	private SolverInputs(Study study, Cell cell, Anode anode, MetalProperties metal, ElectrolyteProperties electrolyte,
			SeparatorProperties separator, Map<String, Double> barriers, double temperature, double width,
			double gridSpacing, double preDepositCharge, Orientation orientation, String surfaceLayerSubstrate,
			CollectorGeometryGenerator generator, LifeParameters lifeParameters) {
		this.study = study;
		this.cell = cell;
		this.anode = anode;
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
		this.generator = generator;
		this.lifeParameters = lifeParameters;
		this.cathodicTransferCoefficient = lifeParameters.cathodicTransferCoefficient();
	}

	/** The inputs of a study with the platform's metal registry and geometry generators. */
	public static SolverInputs of(Study study) throws StudyException {
		return of(study, MetalRegistry.getDefault(), CollectorGeometries.getDefault());
	}

	/**
	 * The inputs of a study.
	 *
	 * @throws StudyException naming the study, the element and the value when the cell cannot be
	 *                        translated (missing element, unknown metal, a salt that is not z:z,
	 *                        a value out of range ...)
	 */
	public static SolverInputs of(Study study, MetalRegistry metals, CollectorGeometries geometries)
			throws StudyException {
		Objects.requireNonNull(study, "study");
		String where = "study '" + label(study.getName(), study.getId()) + "'";
		Cell cell = study.getCell();
		if (cell == null) {
			throw new StudyException(where + " has no cell");
		}
		where += ", cell '" + label(cell.getName(), cell.getId()) + "'";
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
			SolverSettings settings = study.getSolver() != null ? study.getSolver()
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
			Orientation orientation = anode.getOrientation() == org.anodyne.model.Orientation.INVERTED
					? Orientation.INVERTED : Orientation.UPRIGHT;
			String layer = anode.getSurfaceLayer() == null ? null : anode.getSurfaceLayer().getSubstrate();
			CollectorGeometryGenerator generator = geometries.generatorFor(collector);
			LifeParameters life = LifeParameterMapping.parameters(study.getLifeModel(),
					LifeParameterMapping.pair(cell.getElectrolyte(), definition.id()).parameters())
					.with("exchangeCurrentDensity",
							Units.si(cell.getElectrolyte(), AnodynePackage.Literals.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY));
			if (study.getLifeModel() != null) {
				for (org.anodyne.model.ParameterValue override : study.getLifeModel().getOverrides()) {
					if ("exchangeCurrentDensity".equals(override.getName())) {
						life = LifeParameterMapping.override(life, override);
					}
				}
			}
			return new SolverInputs(study, cell, anode, metal, electrolyte, separator, barriers, temperature, width,
					spacing, preDeposit, orientation, layer, generator, life);
		} catch (IllegalArgumentException e) {
			throw new StudyException(where + ": " + e.getMessage(), e);
		}
	}

	private static ElectrolyteProperties electrolyte(Electrolyte e, MetalProperties metal) {
		if (e == null) {
			throw new IllegalArgumentException("the cell has no electrolyte");
		}
		Salt salt = e.getSalt();
		String name = "electrolyte '" + label(e.getName(), e.getId()) + "'";
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
					? new SeparatorProperties(thickness, porosity, Units.si(s, AnodynePackage.Literals.SEPARATOR__TORTUOSITY))
					: SeparatorProperties.bruggeman(thickness, porosity);
		} catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("separator '" + label(s.getName(), s.getId()) + "': " + ex.getMessage(), ex);
		}
	}

	private static String label(String name, String id) {
		return name != null && !name.isBlank() ? name : String.valueOf(id);
	}

	/** The study these inputs come from. */
	public Study study() {
		return study;
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
	public Orientation orientation() {
		return orientation;
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
		return new SolverInputs(study, cell, anode, metal, electrolyte, separator, barriers, temperature, width, spacing,
				preDepositCharge, orientation, surfaceLayerSubstrate, generator, lifeParameters);
	}

	/** The same inputs with the anode flipped to the given orientation. */
	public SolverInputs withOrientation(Orientation newOrientation) {
		return new SolverInputs(study, cell, anode, metal, electrolyte, separator, barriers, temperature, width,
				gridSpacing, preDepositCharge, newOrientation, surfaceLayerSubstrate, generator, lifeParameters);
	}

	/** The same inputs with other life-model parameters. */
	public SolverInputs withLifeParameters(LifeParameters parameters) {
		return new SolverInputs(study, cell, anode, metal, electrolyte, separator, barriers, temperature, width,
				gridSpacing, preDepositCharge, orientation, surfaceLayerSubstrate, generator, parameters);
	}

	/**
	 * The value of an adjustable parameter, in the unit its name implies (see the class comment).
	 *
	 * @throws IllegalArgumentException for a name that is none of them
	 */
	public double value(String name) {
		if (name.startsWith(BARRIER_PREFIX)) {
			String substrate = name.substring(BARRIER_PREFIX.length());
			Double volts = barriers.get(substrate);
			if (volts == null) {
				throw new IllegalArgumentException("no nucleation barrier of " + metal.id() + " on '" + substrate + "'");
			}
			return Units.fromSi(volts, "mV");
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			EAttribute attribute = feature.get();
			double si = modelFeatureSi(attribute);
			return Units.unitOf(attribute).map(u -> u.fromSi(si)).orElse(si);
		}
		return lifeParameters.value(requireLifeName(name));
	}

	/** The unit of an adjustable parameter's value, as {@link Units} spells it ("1" when dimensionless). */
	public static String unit(String name) {
		if (name.startsWith(BARRIER_PREFIX)) {
			return "mV";
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			return Units.unitOf(feature.get()).map(Units.Unit::symbol).orElse("1");
		}
		return LifeParameters.unit(requireLifeName(name));
	}

	/**
	 * The same inputs with one adjustable parameter changed.
	 *
	 * @param value in the unit of {@link #unit(String)}
	 * @throws IllegalArgumentException naming the parameter for an unknown name or a value out of range
	 */
	public SolverInputs with(String name, double value) {
		if (name.startsWith(BARRIER_PREFIX)) {
			String substrate = name.substring(BARRIER_PREFIX.length());
			if (substrate.isBlank()) {
				throw new IllegalArgumentException("'" + name + "' names no substrate");
			}
			if (!(value >= 0.0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException(name + " must be >= 0 mV, got " + value);
			}
			Map<String, Double> changed = new HashMap<>(barriers);
			changed.put(substrate, Units.toSi(value, "mV"));
			return new SolverInputs(study, cell, anode, metal, electrolyte, separator, changed, temperature, width,
					gridSpacing, preDepositCharge, orientation, surfaceLayerSubstrate, generator, lifeParameters);
		}
		var feature = LifeParameterMapping.feature(name);
		if (feature.isPresent()) {
			EAttribute attribute = feature.get();
			double si = Units.unitOf(attribute).map(u -> u.toSi(value)).orElse(value);
			return withLifeParameters(LifeParameterMapping.apply(lifeParameters, attribute, si));
		}
		return withLifeParameters(lifeParameters.with(requireLifeName(name), value));
	}

	/** A feature's value in SI as the life parameters hold it (set features are already applied to them). */
	private double modelFeatureSi(EAttribute attribute) {
		LifeParameters p = lifeParameters;
		return p.value(LifeParameterMapping.target(attribute));
	}

	private static String requireLifeName(String name) {
		if (!LifeParameters.names().contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is not an adjustable parameter: use a life-model feature "
					+ LifeParameterMapping.features().stream().map(EAttribute::getName).toList()
					+ ", a life-model parameter " + LifeParameters.names() + " or barrier.<substrate>");
		}
		return name;
	}

	// ------------------------------------------------------------------ 2D deposition

	/**
	 * The collector laid out by its generator, with room for the given plated metal.
	 *
	 * @param growthAllowance dense metal [m] the run will plate (a foil leaves room for it)
	 */
	public HostStructure host(double growthAllowance) {
		GeometryContext context = new GeometryContext(width, gridSpacing, orientation, preDepositThickness(),
				growthAllowance, surfaceLayerSubstrate);
		return generator.generate(anode.getCollector(), context);
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
		CellGeometry.Builder b = CellGeometry.builder().width(width).gridSpacing(gridSpacing)
				.hostThickness(host.hostThickness()).separator(separator)
				.preDeposit(metalThickness, host.preDepositFace());
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
		if (orientation == Orientation.INVERTED) {
			return AnodeDesign.metalOnFarFace(host.collectorThickness(), host.porosity(), host.solidDiameter(), barrier,
					preDepositCharge, metal.volumeForCharge(1.0));
		}
		return AnodeDesign.metalOnSeparatorFace(host.collectorThickness(), host.porosity(), host.solidDiameter(),
				barrier, preDepositCharge);
	}

	/** The degradation pair of the study's metal and electrolyte, with the electrolyte's own values. */
	public DegradationPair degradationPair() {
		return LifeParameterMapping.pair(cell.getElectrolyte(), metal.id());
	}

	/**
	 * The cell as the life model sees it: symmetric (two identical anodes), full (against the cathode
	 * of the library) or half (against a metal foil).
	 *
	 * @throws IllegalArgumentException naming what is missing (electrolyte volume, counter electrode ...)
	 */
	public LifeCell lifeCell(HostStructure host) {
		double volume = Units.si(cell, AnodynePackage.Literals.CELL__ELECTROLYTE_VOLUME);
		if (!(volume > 0.0)) {
			throw new IllegalArgumentException("the cell's electrolyte volume must be positive for a cycle-life study, got "
					+ Units.format(cell.getElectrolyteVolume(), "uL/cm2"));
		}
		AnodeDesign design = anodeDesign(host);
		CellConfiguration configuration = switch (cell.getConfiguration()) {
		case SYMMETRIC -> CellConfiguration.SYMMETRIC;
		case FULL -> CellConfiguration.FULL;
		case HALF -> CellConfiguration.HALF;
		};
		CathodeElectrode cathode = configuration == CellConfiguration.FULL ? cathode(cell.getCounterElectrode()) : null;
		return new LifeCell(configuration, metal, electrolyte, volume, separator, design, cathode, temperature);
	}

	private static CathodeElectrode cathode(CounterElectrode counter) {
		if (counter == null) {
			throw new IllegalArgumentException("a full cell needs a counter electrode (cathode)");
		}
		String name = label(counter.getName(), counter.getId());
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
				? Units.si(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT) : ocv.minimum();
		double upper = counter.getUpperVoltageLimit() > 0.0
				? Units.si(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT) : ocv.maximum();
		CathodeElectrode lfp = CathodeElectrode.lithiumIronPhosphate(name, capacity, ocv, lower, upper);
		try {
			return new CathodeElectrode(name, capacity, ocv, lower, upper,
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__PARTICLE_RADIUS, lfp.particleRadius()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY, lfp.solidDiffusivity()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY,
							lfp.exchangeCurrentDensity()),
					particle(counter, AnodynePackage.Literals.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION, lfp.maxConcentration()),
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
