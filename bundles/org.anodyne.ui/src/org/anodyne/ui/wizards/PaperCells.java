package org.anodyne.ui.wizards;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.CellConfiguration;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CellFormat;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MeasuredQuantity;
import org.anodyne.model.OcvPoint;
import org.anodyne.model.Orientation;
import org.anodyne.model.OutputQuantity;
import org.anodyne.model.Protocol;
import org.anodyne.model.Separator;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.StaggeredLattice;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.model.protocol.ProtocolText;

/**
 * The paper's cells (Li et al., Adv. Energy Mater. 2022, 2200584) built with the model's factory: the
 * same designs as the shipped examples ({@code examples/*.anodyne}), which a test keeps equal. Every
 * number is the paper's or, where the paper gives none, a typical value named as such in the
 * element's description (SCIENCE.md §5).
 */
final class PaperCells {

	private static final AnodyneFactory F = AnodyneFactory.eINSTANCE;
	private static final String PAPER = "Li et al., Adv. Energy Mater. 2022, 2200584";

	/** 12 mm electrodes of a CR2025 coin cell, in cm². */
	private static final double ELECTRODE_AREA = 1.13;
	private static final double ELECTROLYTE_VOLUME = 40.0;

	private PaperCells() {
	}

	/** Symmetric Li‖Li cells on carbon cloth, 6 mAh cm⁻² pre-deposited, cycled at 0.25, 1 and 5 mA cm⁻². */
	static CellDesign symmetric(Orientation orientation, double gridSpacing) {
		String o = orientation.getLiteral();
		CellDesign design = design("li-cc-symmetric-" + o, "Symmetric Li-CC cells, " + o,
				"Symmetric Li@carbon-cloth cells with the pre-deposited Li face "
						+ (orientation == Orientation.INVERTED ? "turned away from the separator" : "towards the separator")
						+ " (" + o + "). " + PAPER + ".");
		MaterialLibrary library = design.getLibrary();
		Electrolyte ether = etherElectrolyte();
		library.getElectrolytes().add(ether);
		Separator celgard = celgard2500();
		library.getSeparators().add(celgard);

		Cell cell = F.createCell();
		cell.setId("li-cc-" + o);
		cell.setName("Li-CC " + o);
		cell.setDescription("CR2025, 12 mm electrodes, 6 mAh/cm2 Li pre-deposited at 6 mA/cm2 on bare carbon cloth");
		cell.setConfiguration(CellConfiguration.SYMMETRIC);
		cell.setFormat(CellFormat.COIN_CR2025);
		cell.setElectrodeArea(ELECTRODE_AREA);
		cell.setSeparator(celgard);
		cell.setElectrolyte(ether);
		cell.setElectrolyteVolume(ELECTROLYTE_VOLUME);
		cell.setAnode(lithiumOnCarbonCloth(6.0, orientation));
		cell.setCounterAnode(lithiumOnCarbonCloth(6.0, orientation));
		design.getCells().add(cell);

		Protocol plateOnce = protocol("plate-1-at-0.25", "Plate 1 mAh/cm2 at 0.25 mA/cm2",
				"One plating half-cycle for the 2D deposition study", "Plate at 0.25 mA/cm2 for 1 mAh/cm2");
		Protocol slow = symmetricCycling("sym-0.25", "0.25",
				"8 h per cycle; 1000 cycles = 8000 h, until failure (the paper ran 1800 h = 225 cycles)", 1000);
		Protocol medium = symmetricCycling("sym-1", "1", "2 h per cycle; 2000 cycles, until failure", 2000);
		// The inverted cell at 5 mA/cm2 outlives 2000 short cycles; 8000 let it reach failure.
		Protocol fast = symmetricCycling("sym-5", "5", "0.4 h per cycle; 8000 cycles, until failure", 8000);
		design.getProtocols().add(plateOnce);
		design.getProtocols().add(slow);
		design.getProtocols().add(medium);
		design.getProtocols().add(fast);

		Study deposition = study("deposition-" + o, "Plate 1 mAh/cm2 at 0.25 (" + o + ")", StudyKind.DEPOSITION_2D,
				cell, plateOnce, gridSpacing, OutputQuantity.CONCENTRATION, OutputQuantity.ELECTROLYTE_POTENTIAL,
				OutputQuantity.SURFACE_CURRENT_DENSITY, OutputQuantity.DEPOSIT, OutputQuantity.DESIGN_NUMBERS);
		deposition.getSolver().setMaxCycles(1);
		design.getStudies().add(deposition);

		Study life = study("life-0.25-" + o, "Cycle life at 0.25 mA/cm2 (" + o + ")", StudyKind.CYCLE_LIFE, cell, slow,
				gridSpacing, OutputQuantity.VOLTAGE_TRACE, OutputQuantity.CYCLE_RECORDS,
				OutputQuantity.COULOMBIC_EFFICIENCY);
		if (orientation == Orientation.INVERTED) {
			life.getMeasuredPoints().add(measured(MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL, 1, 17.0, "mV", PAPER
					+ ", symmetric 0.25 mA/cm2; still stable at 1800 h (about the 240th cycle) with about 11 mV"));
			life.getMeasuredPoints().add(measured(MeasuredQuantity.COULOMBIC_EFFICIENCY, -1, 98.76, "%",
					PAPER + ": against LTO, 1 mAh/cm2"));
		} else {
			// What the life model's defaults were fitted to here: the first-cycle overpotential and the
			// failure at 1100 h.
			life.getCalibratedParameters().add("exchangeCurrentDensity");
			life.getCalibratedParameters().add("isolationProbability");
			life.getMeasuredPoints().add(measured(MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL, 1, 14.5, "mV",
					PAPER + ", symmetric 0.25 mA/cm2"));
			life.getMeasuredPoints().add(measured(MeasuredQuantity.HOURS_TO_FAILURE, -1, 1100.0, "h",
					PAPER + ": voltage fluctuation after about 1100 h"));
			life.getMeasuredPoints().add(measured(MeasuredQuantity.CYCLES_TO_FAILURE, -1, 150.0, "cycles",
					PAPER + ": about the 150th cycle"));
			life.getMeasuredPoints().add(measured(MeasuredQuantity.COULOMBIC_EFFICIENCY, -1, 98.66, "%",
					PAPER + ": against LTO, 1 mAh/cm2"));
		}
		design.getStudies().add(life);
		design.getStudies().add(study("life-1-" + o, "Cycle life at 1 mA/cm2 (" + o + ")", StudyKind.CYCLE_LIFE, cell,
				medium, gridSpacing, OutputQuantity.VOLTAGE_TRACE, OutputQuantity.CYCLE_RECORDS));
		Study fastLife = study("life-5-" + o, "Cycle life at 5 mA/cm2 (" + o + ")", StudyKind.CYCLE_LIFE, cell, fast,
				gridSpacing, OutputQuantity.VOLTAGE_TRACE, OutputQuantity.CYCLE_RECORDS);
		fastLife.getSolver().setMaxCycles(8000);
		design.getStudies().add(fastLife);
		return design;
	}

	/** Li on carbon cloth (10 mAh cm⁻²) against LiFePO₄ (1.5 mAh cm⁻², so 1 C = 1.5 mA cm⁻²) for 750 cycles. */
	static CellDesign fullCellAgainstLfp(Orientation orientation, double gridSpacing) {
		String o = orientation.getLiteral();
		CellDesign design = design("li-cc-lfp-full-" + o, "Li-CC || LFP full cell, " + o,
				"Li@carbon-cloth against LiFePO4 at 1 C, pre-deposited Li face "
						+ (orientation == Orientation.INVERTED ? "away from" : "towards") + " the separator. " + PAPER + ".");
		MaterialLibrary library = design.getLibrary();
		Electrolyte carbonate = carbonateElectrolyte();
		library.getElectrolytes().add(carbonate);
		Separator celgard = celgard2500();
		library.getSeparators().add(celgard);
		CounterElectrode lfp = lfp();
		library.getCounterElectrodes().add(lfp);

		Cell cell = F.createCell();
		cell.setId("li-cc-lfp-" + o);
		cell.setName("Li-CC || LFP " + o);
		cell.setDescription("CR2025; initial anode Li 10 mAh/cm2; 40 uL/cm2 carbonate electrolyte");
		cell.setConfiguration(CellConfiguration.FULL);
		cell.setFormat(CellFormat.COIN_CR2025);
		cell.setElectrodeArea(ELECTRODE_AREA);
		cell.setCounterElectrode(lfp);
		cell.setSeparator(celgard);
		cell.setElectrolyte(carbonate);
		cell.setElectrolyteVolume(ELECTROLYTE_VOLUME);
		cell.setAnode(lithiumOnCarbonCloth(10.0, orientation));
		design.getCells().add(cell);

		Protocol oneC = protocol("lfp-1c-750", "1 C cycling, 750 cycles", "1 C = 1.5 mA/cm2 for this cathode",
				"Repeat 750 times:\n  Charge at 1C until 3.8 V\n  Discharge at 1C until 2.5 V");
		design.getProtocols().add(oneC);

		Study life = study("life-1c-" + o, "Full-cell life at 1 C (" + o + ")", StudyKind.CYCLE_LIFE, cell, oneC,
				gridSpacing, OutputQuantity.VOLTAGE_TRACE, OutputQuantity.CYCLE_RECORDS, OutputQuantity.RETENTION,
				OutputQuantity.COULOMBIC_EFFICIENCY);
		life.getSolver().setMaxCycles(1000);
		if (orientation == Orientation.INVERTED) {
			life.getMeasuredPoints().add(measured(MeasuredQuantity.RETENTION, 300, 0.937, "1", PAPER + ": 99.98 % per cycle"));
			life.getMeasuredPoints().add(measured(MeasuredQuantity.RETENTION, 750, 0.823, "1", PAPER));
		} else {
			life.getMeasuredPoints().add(measured(MeasuredQuantity.CYCLES_TO_FAILURE, -1, 400.0, "cycles",
					PAPER + ": upright lasts about 400 cycles"));
		}
		design.getStudies().add(life);
		return design;
	}

	/** A design with an empty materials library, for starting from scratch. */
	static CellDesign empty(String id, String name) {
		return design(id, name, null);
	}

	private static CellDesign design(String id, String name, String description) {
		CellDesign design = F.createCellDesign();
		design.setId(id);
		design.setName(name);
		design.setDescription(description);
		design.setLibrary(F.createMaterialLibrary());
		return design;
	}

	/** 350 µm carbon cloth, ε 0.75, 9 µm fibres: typical of the cloth the paper used. */
	private static Anode lithiumOnCarbonCloth(double loading, Orientation orientation) {
		Anode anode = F.createAnode();
		anode.setMetal("li");
		anode.setPreDepositLoading(loading);
		anode.setPreDepositCurrentDensity(6.0);
		anode.setOrientation(orientation);
		CarbonCloth cloth = F.createCarbonCloth();
		cloth.setThickness(350.0);
		cloth.setPorosity(0.75);
		cloth.setSubstrate("carbon");
		cloth.setFibreDiameter(9.0);
		StaggeredLattice lattice = F.createStaggeredLattice();
		lattice.setXPitch(17.0);
		lattice.setRowPitch(15.0);
		cloth.setLayout(lattice);
		anode.setCollector(cloth);
		return anode;
	}

	/**
	 * The paper's ether electrolyte, from the preset the lithium bundle contributes to
	 * {@code org.anodyne.electrolytePresets} (recipe and numbers there).
	 */
	private static Electrolyte etherElectrolyte() {
		return ElectrolytePresets.getDefault().require("ether-litfsi").create();
	}

	/** The paper's carbonate electrolyte, from the lithium bundle's preset. */
	private static Electrolyte carbonateElectrolyte() {
		return ElectrolytePresets.getDefault().require("carbonate-lipf6").create();
	}

	private static Separator celgard2500() {
		Separator separator = F.createSeparator();
		separator.setId("celgard-2500");
		separator.setName("Celgard 2500");
		separator.setDescription("Polypropylene, 25 µm, porosity 0.55 (SCIENCE.md §5)");
		separator.setThickness(25.0);
		separator.setPorosity(0.55);
		return separator;
	}

	/** LiFePO₄, 150 mAh g⁻¹ at 10 mg cm⁻² (typical), cycled between 2.5 and 3.8 V. */
	private static CounterElectrode lfp() {
		CounterElectrode lfp = F.createCounterElectrode();
		lfp.setId("lfp-1.5");
		lfp.setName("LiFePO4 1.5 mAh/cm2");
		lfp.setDescription("Typical LFP: 150 mAh/g at 10 mg/cm2; OCV vs Li typical: 2.0 V empty, a flat plateau near 3.42 V,"
				+ " 4.3 V full. Particle radius and solid diffusivity: Srinivasan & Newman, J. Electrochem. Soc. 151 (2004)"
				+ " A1517; coating typical for 1.5 mAh/cm2; capacity loss per cycle fitted to the inverted full cell"
				+ " (93.7 % at cycle 300, Li et al. 2022)");
		lfp.setMaterial(CounterMaterial.LFP);
		lfp.setArealCapacity(1.5);
		lfp.setParticleRadius(52.0);
		lfp.setSolidDiffusivity(8.0e-14);
		lfp.setParticleExchangeCurrentDensity(0.005);
		lfp.setMaximumConcentration(22.8);
		lfp.setCoatingThickness(50.0);
		lfp.setCoatingPorosity(0.35);
		lfp.setCapacityLossPerCycle(1.7161e-4);
		lfp.setSpecificCapacity(150.0);
		lfp.setLoading(10.0);
		lfp.setLowerVoltageLimit(2.5);
		lfp.setUpperVoltageLimit(3.8);
		// The full state-of-charge range with its steep ends, so that the 2.5 V and 3.8 V stops are met
		// before the cathode runs empty or full; the life model's typical LiFePO4 curve.
		double[][] ocv = { { 0.0, 2.0 }, { 0.005, 3.05 }, { 0.02, 3.3 }, { 0.05, 3.38 }, { 0.1, 3.4 }, { 0.3, 3.415 },
				{ 0.5, 3.425 }, { 0.7, 3.435 }, { 0.9, 3.45 }, { 0.95, 3.47 }, { 0.98, 3.55 }, { 0.995, 3.75 },
				{ 1.0, 4.3 } };
		for (double[] point : ocv) {
			OcvPoint p = F.createOcvPoint();
			p.setStateOfCharge(point[0]);
			p.setVoltage(point[1]);
			lfp.getOcv().add(p);
		}
		return lfp;
	}

	private static Protocol symmetricCycling(String id, String currentDensity, String description, int cycles) {
		return protocol(id, "Symmetric " + currentDensity + " mA/cm2, 1 mAh/cm2", description,
				"Repeat " + cycles + " times:\n  Plate at " + currentDensity + " mA/cm2 for 1 mAh/cm2\n  Strip at "
						+ currentDensity + " mA/cm2 for 1 mAh/cm2");
	}

	private static Protocol protocol(String id, String name, String description, String steps) {
		Protocol protocol = F.createProtocol();
		protocol.setId(id);
		protocol.setName(name);
		protocol.setDescription(description);
		ProtocolText.ParseResult parsed = ProtocolText.apply(protocol, steps);
		if (!parsed.ok()) {
			throw new IllegalStateException("protocol '" + name + "' of a template does not parse: " + parsed.errors());
		}
		return protocol;
	}

	/** A study with a 60 s time step and the life model's calibrated defaults. */
	private static Study study(String id, String name, StudyKind kind, Cell cell, Protocol protocol, double gridSpacing,
			OutputQuantity... outputs) {
		Study study = F.createStudy();
		study.setId(id);
		study.setName(name);
		study.setKind(kind);
		study.setCell(cell);
		study.setProtocol(protocol);
		SolverSettings solver = F.createSolverSettings();
		solver.setGridSpacing(gridSpacing);
		solver.setTimeStep(60.0);
		study.setSolver(solver);
		for (OutputQuantity output : outputs) {
			study.getOutputs().add(output);
		}
		study.setLifeModel(F.createLifeModelParameters());
		return study;
	}

	/** A measurement at a cycle, or (cycle &lt; 0) one that is a number of its own, such as hours to failure. */
	private static MeasuredPoint measured(MeasuredQuantity quantity, int cycle, double value, String unit, String note) {
		MeasuredPoint point = F.createMeasuredPoint();
		point.setQuantity(quantity);
		if (cycle >= 0) {
			point.setCycle(cycle);
		}
		point.setValue(value);
		point.setUnit(unit);
		point.setNote(note);
		return point;
	}
}
