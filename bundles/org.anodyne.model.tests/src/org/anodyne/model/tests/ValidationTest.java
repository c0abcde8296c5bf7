/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.ChargeStep;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.Foil;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MeasuredQuantity;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.OcvPoint;
import org.anodyne.model.Orientation;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.RestStep;
import org.anodyne.model.Study;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;

class ValidationTest {

	private static List<DesignDiagnostic> validate(CellDesign design) {
		return DesignValidation.validate(design, TestMetals.registry());
	}

	/** Breaks a valid design and checks the finding: code, severity, element path and words of the message. */
	private static DesignDiagnostic finds(Consumer<CellDesign> breakIt, String code, Severity severity, String path,
			String... words) {
		CellDesign design = Designs.valid();
		breakIt.accept(design);
		List<DesignDiagnostic> found = validate(design);
		List<DesignDiagnostic> matching = found.stream()
				.filter(d -> d.code().equals(code) && d.elementPath().equals(path)).toList();
		assertEquals(1, matching.size(), () -> "expected one '" + code + "' at " + path + ", got " + found);
		DesignDiagnostic d = matching.get(0);
		assertEquals(severity, d.severity(), d.toString());
		assertEquals(path, d.elementPath(), d.toString());
		for (String word : words) {
			assertTrue(d.message().contains(word), () -> "'" + d.message() + "' should contain '" + word + "'");
		}
		return d;
	}

	private static Cell symmetric(CellDesign d) {
		return d.getCells().get(0);
	}

	private static Cell full(CellDesign d) {
		return d.getCells().get(1);
	}

	/** The full cell's life study. */
	private static Study life(CellDesign d) {
		return d.getStudies().get(4);
	}

	private static Electrolyte electrolyte(CellDesign d) {
		return d.getLibrary().getElectrolytes().get(0);
	}

	@Test
	void theValidDesignIsClean() {
		List<DesignDiagnostic> found = validate(Designs.valid());
		assertEquals(List.of(), found, () -> found.stream().map(Object::toString).collect(Collectors.joining("\n")));
	}

	@Test
	void physicalRanges() {
		finds(d -> symmetric(d).getAnode().getCollector().setPorosity(1.2), "porosity-range", Severity.ERROR,
				"/cells[Li-CC inverted]/anode/collector", "Carbon cloth of cell 'Li-CC inverted'", "porosity 1.2",
				"(0, 1)");
		finds(d -> symmetric(d).getAnode().getCollector().setPorosity(0), "porosity-range", Severity.ERROR,
				"/cells[Li-CC inverted]/anode/collector", "porosity 0");
		finds(d -> symmetric(d).getAnode().getCollector().setThickness(-5), "not-positive", Severity.ERROR,
				"/cells[Li-CC inverted]/anode/collector", "thickness -5 µm", "> 0");
		finds(d -> d.getLibrary().getSeparators().get(0).setPorosity(1), "porosity-range", Severity.ERROR,
				"/library/separators[Celgard 2500]", "Separator 'Celgard 2500'", "porosity 1 ");
		finds(d -> electrolyte(d).setConcentration(0), "not-positive", Severity.ERROR,
				"/library/electrolytes[Ether 1 M LiTFSI]", "concentration 0 mol L⁻¹");
		finds(d -> electrolyte(d).setTransferenceNumber(1.0), "fraction-range", Severity.ERROR,
				"/library/electrolytes[Ether 1 M LiTFSI]", "transference number 1", "(0, 1)");
		finds(d -> electrolyte(d).setDiffusionCoefficient(2.93e-6), "diffusivity-implausible", Severity.WARNING,
				"/library/electrolytes[Ether 1 M LiTFSI]", "2.93·10⁻⁶ m² s⁻¹", "cm² s⁻¹");
		finds(d -> ((CarbonCloth) symmetric(d).getAnode().getCollector()).setFibreDiameter(400),
				"fibre-thicker-than-host", Severity.ERROR, "/cells[Li-CC inverted]/anode/collector", "400 µm",
				"350 µm");
		finds(d -> d.getStudies().get(0).getSolver().setGridSpacing(0), "not-positive", Severity.ERROR,
				"/studies[Plate 1 mAh/cm2 at 0.25 (inverted)]/solver", "grid spacing 0 µm");
	}

	/**
	 * A symmetric cell's two anodes are both anodes: an unknown metal on each is one message per
	 * element, each naming its own ("counter anode of cell …"), never the same line twice.
	 */
	@Test
	void anUnknownMetalIsSaidOncePerElementThatNamesIt() {
		CellDesign design = Designs.valid();
		for (Cell cell : design.getCells()) {
			cell.getAnode().setMetal("na");
			if (cell.getCounterAnode() != null) {
				cell.getCounterAnode().setMetal("na");
			}
		}
		List<DesignDiagnostic> unknown = validate(design).stream().filter(d -> d.code().equals("unknown-metal"))
				.toList();
		assertEquals(List.of("/cells[Li-CC inverted]/anode", "/cells[Li-CC inverted]/counterAnode",
				"/cells[Li-CC || LFP inverted]/anode"), unknown.stream().map(DesignDiagnostic::elementPath).toList());
		assertEquals(unknown.size(), unknown.stream().map(DesignDiagnostic::message).distinct().count(),
				() -> "a message repeats: " + unknown);
		assertTrue(unknown.get(1).message().startsWith("Counter anode of cell 'Li-CC inverted': unknown metal 'na'"),
				unknown.get(1).message());
		assertTrue(unknown.get(0).message().startsWith("Anode of cell 'Li-CC inverted': unknown metal 'na'"),
				unknown.get(0).message());
	}

	@Test
	void unknownMetalAndSubstrateIds() {
		finds(d -> symmetric(d).getAnode().setMetal("mg"), "unknown-metal", Severity.ERROR,
				"/cells[Li-CC inverted]/anode", "unknown metal 'mg'", "li");
		finds(d -> symmetric(d).getAnode().getCollector().setSubstrate("graphene"), "unknown-substrate", Severity.ERROR,
				"/cells[Li-CC inverted]/anode/collector", "unknown substrate 'graphene'", "carbon");
		finds(d -> {
			SurfaceLayer layer = AnodyneFactory.eINSTANCE.createSurfaceLayer();
			layer.setSubstrate("agx");
			layer.setThickness(150);
			symmetric(d).getAnode().setSurfaceLayer(layer);
		}, "unknown-substrate", Severity.ERROR, "/cells[Li-CC inverted]/anode/surfaceLayer", "'agx'");
	}

	@Test
	void anInvertedFoilIsWarnedThatOrientationChangesNothing() {
		Consumer<CellDesign> foil = d -> {
			Foil copper = AnodyneFactory.eINSTANCE.createFoil();
			copper.setSubstrate("copper");
			copper.setThickness(10);
			symmetric(d).getAnode().setCollector(copper);
		};
		finds(foil, "foil-orientation", Severity.WARNING, "/cells[Li-CC inverted]/anode", "no effect on a foil",
				"toward the separator");
		CellDesign upright = Designs.valid();
		foil.accept(upright);
		symmetric(upright).getAnode().setOrientation(Orientation.UPRIGHT);
		assertTrue(validate(upright).stream().noneMatch(d -> d.code().equals("foil-orientation")),
				() -> validate(upright).toString());
	}

	@Test
	void aSurfaceLayerOfCuoIsValid() {
		CellDesign design = Designs.valid();
		SurfaceLayer layer = AnodyneFactory.eINSTANCE.createSurfaceLayer();
		layer.setSubstrate("cuo");
		layer.setThickness(150);
		symmetric(design).getAnode().setSurfaceLayer(layer);
		assertEquals(List.of(), validate(design));
	}

	@Test
	void anodeMetalMustMatchTheCationAndSaltsMustBeZz() {
		finds(d -> electrolyte(d).getSalt().setCation("na"), "metal-cation-mismatch", Severity.ERROR,
				"/cells[Li-CC inverted]",
				"anode metal 'li'", "cation 'na'");
		finds(d -> electrolyte(d).getSalt().setAnionCharge(2), "salt-not-zz", Severity.ERROR,
				"/library/electrolytes[Ether 1 M LiTFSI]/salt", "'LiTFSI' is 1:2", "z:z");
		finds(d -> {
			electrolyte(d).getSalt().setCationCharge(2);
			electrolyte(d).getSalt().setAnionCharge(2);
		}, "cation-charge", Severity.ERROR, "/library/electrolytes[Ether 1 M LiTFSI]/salt", "charge 2", "z = 1");
	}

	@Test
	void unresolvedAndDanglingReferences() {
		finds(d -> {
			Electrolyte elsewhere = AnodyneFactory.eINSTANCE.createElectrolyte();
			((InternalEObject) elsewhere).eSetProxyURI(URI.createURI("other.anodyne#carbonate"));
			symmetric(d).setElectrolyte(elsewhere);
		}, "unresolved-reference", Severity.ERROR, "/cells[Li-CC inverted]", "electrolyte", "other.anodyne#carbonate");
		finds(d -> {
			// Only an element in a file can point outside it: put the design into a resource first.
			new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(URI.createURI("memory.anodyne")).getContents().add(d);
			symmetric(d).setElectrolyte(AnodyneFactory.eINSTANCE.createElectrolyte());
		}, "dangling-reference",
				Severity.ERROR, "/cells[Li-CC inverted]", "electrolyte");
		finds(d -> symmetric(d).setElectrolyte(null), "missing-electrolyte", Severity.ERROR, "/cells[Li-CC inverted]",
				"no electrolyte");
		finds(d -> full(d).setCounterElectrode(null), "missing-counter", Severity.ERROR,
				"/cells[Li-CC || LFP inverted]",
				"full cell has no counter electrode");
	}

	@Test
	void protocolsThatCannotFinish() {
		finds(d -> ((ConditionedStep) d.getProtocols().get(0).getSteps().get(0)).setStop(null), "step-cannot-finish",
				Severity.ERROR, "/protocols[Plate 1 mAh/cm2 at 0.25 mA/cm2]/steps[0]",
				"plating step has no stop condition");
		finds(d -> ((RepeatStep) d.getProtocols().get(1).getSteps().get(0)).setCount(0), "repeat-count", Severity.ERROR,
				"/protocols[Symmetric 0.25 mA/cm2, 1 mAh/cm2]/steps[0]", "count 0");
		finds(d -> ((RepeatStep) d.getProtocols().get(1).getSteps().get(0)).getSteps().clear(), "repeat-empty",
				Severity.ERROR, "/protocols[Symmetric 0.25 mA/cm2, 1 mAh/cm2]/steps[0]", "no steps");
		finds(d -> {
			RestStep rest = AnodyneFactory.eINSTANCE.createRestStep();
			rest.setStop(AnodyneFactory.eINSTANCE.createVoltageStop());
			d.getProtocols().get(0).getSteps().add(rest);
		}, "rest-stop", Severity.ERROR, "/protocols[Plate 1 mAh/cm2 at 0.25 mA/cm2]/steps[1]",
				"only stop after a time");
		finds(d -> {
			RepeatStep repeat = (RepeatStep) d.getProtocols().get(4).getSteps().get(0);
			((ChargeStep) repeat.getSteps().get(0)).setCurrentDensity(1.5);
		}, "current-spec", Severity.ERROR, "/protocols[1 C cycling, 750 cycles]/steps[0]/steps[0]", "has both");
	}

	/** Sets the full cell's cathode OCV table: pairs of state of charge and voltage [V]. */
	private static void ocv(CellDesign d, double... socAndVoltage) {
		CounterElectrode cathode = full(d).getCounterElectrode();
		cathode.getOcv().clear();
		for (int i = 0; i < socAndVoltage.length; i += 2) {
			OcvPoint point = AnodyneFactory.eINSTANCE.createOcvPoint();
			point.setStateOfCharge(socAndVoltage[i]);
			point.setVoltage(socAndVoltage[i + 1]);
			cathode.getOcv().add(point);
		}
	}

	@Test
	void cathodeParticleAndCoatingValuesAreCheckedWhenSet() {
		assertTrue(validate(Designs.valid()).isEmpty(), "the shipped particle and coating values are in range");
		finds(d -> full(d).getCounterElectrode().setParticleRadius(-52.0), "not-positive", Severity.ERROR,
				"/library/counterElectrodes[LiFePO4 1.5 mAh/cm2]", "-52 nm", "> 0");
		finds(d -> full(d).getCounterElectrode().setSolidDiffusivity(0.0), "not-positive", Severity.ERROR,
				"/library/counterElectrodes[LiFePO4 1.5 mAh/cm2]", "0 cm² s⁻¹");
		finds(d -> full(d).getCounterElectrode().setCoatingPorosity(1.2), "porosity-range", Severity.ERROR,
				"/library/counterElectrodes[LiFePO4 1.5 mAh/cm2]", "1.2", "(0, 1)");
		finds(d -> full(d).getCounterElectrode().setCapacityLossPerCycle(1.0), "fraction-range", Severity.ERROR,
				"/library/counterElectrodes[LiFePO4 1.5 mAh/cm2]", "[0, 1)");
	}

	@Test
	void fullCellVoltageStopsTheCathodeCannotReach() {
		// The LFP table the full-cell examples once shipped spans 2.9-3.7 V; the protocol charges to 3.8 V and
		// discharges to 2.5 V, so neither stop is ever met.
		CellDesign shipped = Designs.valid();
		ocv(shipped, 0, 2.9, 0.05, 3.3, 0.2, 3.38, 0.5, 3.42, 0.8, 3.45, 0.95, 3.5, 1, 3.7);
		List<DesignDiagnostic> unreachable = validate(shipped).stream()
				.filter(x -> x.code().equals("voltage-stop-unreachable")).toList();
		assertEquals(2, unreachable.size(), unreachable::toString);
		assertTrue(unreachable.stream().allMatch(x -> x.severity() == Severity.ERROR
				&& x.elementPath().equals("/studies[Full-cell life at 1 C (inverted)]")), unreachable::toString);
		assertEquals(
				"Study 'Full-cell life at 1 C (inverted)': protocol '1 C cycling, 750 cycles' step 1.1 (Charge at 1C until 3.8 V) stops at 3.8 V, above"
						+ " the highest open-circuit voltage 3.7 V of counter electrode 'LiFePO4 1.5 mAh/cm2', so the cathode is fully charged"
						+ " before the stop is reached; extend its OCV table to full charge",
				unreachable.get(0).message());
		assertTrue(unreachable.get(1).message().contains("step 1.2 (Discharge at 1C until 2.5 V) stops at 2.5 V, below"
				+ " the lowest open-circuit voltage 2.9 V"), unreachable.get(1).message());

		finds(d -> ocv(d, 0, 2.0, 0.5, 3.42, 1, 3.7), "voltage-stop-unreachable", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]",
				"step 1.1", "above the highest", "3.7 V", "fully charged");
		finds(d -> ocv(d, 0, 2.9, 0.5, 3.42, 1, 4.3), "voltage-stop-unreachable", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]",
				"step 1.2", "below the lowest", "2.9 V", "fully discharged");
		finds(d -> stop(d, 0).setVoltage(4.0), "voltage-stop-unreachable", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]",
				"stops at 4 V", "outside the voltage limits 2.5 V to 3.8 V");
		finds(d -> stop(d, 1).setVoltage(2.0), "voltage-stop-unreachable", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]",
				"step 1.2", "stops at 2 V", "outside the voltage limits");

		CellDesign reachable = Designs.valid();
		ocv(reachable, 0, 2.0, 0.05, 3.38, 0.5, 3.425, 0.995, 3.75, 1, 4.3);
		assertEquals(List.of(), validate(reachable), "stops at the limits, inside a table that spans them");
		CellDesign symmetric = Designs.valid();
		ocv(symmetric, 0, 2.9, 1, 3.7);
		life(symmetric).setCell(symmetric(symmetric));
		assertTrue(validate(symmetric).stream().noneMatch(x -> x.code().equals("voltage-stop-unreachable")),
				"only a full cell's stops are checked against its cathode");
	}

	/** The voltage stop of step {@code index} of the full-cell protocol's repeat. */
	private static VoltageStop stop(CellDesign d, int index) {
		RepeatStep repeat = (RepeatStep) d.getProtocols().get(4).getSteps().get(0);
		return (VoltageStop) ((ConditionedStep) repeat.getSteps().get(index)).getStop();
	}

	@Test
	void lifeModelValuesTheLifeModelWouldRefuse() {
		finds(d -> life(d).getLifeModel().setInactiveLayerTortuosity(0.5), "tortuosity-range",
				Severity.ERROR, "/studies[Full-cell life at 1 C (inverted)]/lifeModel", "inactive layer tortuosity 0.5",
				"at least 1");
		finds(d -> life(d).getLifeModel().setInactiveLayerPorosity(0), "porosity-range", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]/lifeModel", "(0, 1)");
	}

	@Test
	void metalElectrolytePairValuesTheLifeModelWouldRefuse() {
		finds(d -> pair(d).setIsolationProbability(1), "fraction-range", Severity.ERROR,
				PAIR, "isolation probability 1", "[0, 1)");
		finds(d -> pair(d).setMossPorosity(1.2), "porosity-range", Severity.ERROR, PAIR, "(0, 1)");
		finds(d -> pair(d).setWhiskerDiameter(0), "not-positive", Severity.ERROR, PAIR, "whisker diameter");
		finds(d -> pair(d).setInactiveLayerTortuosity(0.5), "tortuosity-range", Severity.ERROR, PAIR,
				"inactive layer tortuosity 0.5", "at least 1");
		finds(d -> pair(d).setInactiveLayerPorosity(1), "porosity-range", Severity.ERROR, PAIR, "(0, 1)");
		finds(d -> pair(d).setSolventPerSeiMetal(-1), "negative", Severity.ERROR, PAIR, "solvent per sei metal");
		finds(d -> pair(d).setCoverageCharge(0), "not-positive", Severity.ERROR, PAIR, "coverage charge");
		String electrolyte = "/library/electrolytes[Ether 1 M LiTFSI]";
		finds(d -> d.getLibrary().getElectrolytes().get(0).setCathodicTransferCoefficient(1.0), "fraction-range",
				Severity.ERROR, electrolyte, "cathodic transfer coefficient 1", "(0, 1)");
		finds(d -> d.getLibrary().getElectrolytes().get(0).setSolventMolarVolume(0), "not-positive", Severity.ERROR,
				electrolyte, "solvent molar volume");
		finds(d -> pair(d).setMetal("Unobtainium"), "unknown-metal", Severity.ERROR, PAIR, "Unobtainium");
		finds(d -> {
			pair(d);
			d.getLibrary().getElectrolytes().get(0).getMetalPairs()
					.add(AnodyneFactory.eINSTANCE.createMetalElectrolytePair());
			d.getLibrary().getElectrolytes().get(0).getMetalPairs().get(1).setMetal("li");
		}, "duplicate-pair", Severity.ERROR, PAIR, "more than once");
		CellDesign design = Designs.valid();
		pair(design).setSeiChargePerArea(0.8);
		assertTrue(validate(design).isEmpty(), "a pair with values in range: " + validate(design));
	}

	private static final String PAIR = "/library/electrolytes[Ether 1 M LiTFSI]/metalPairs[0]";

	/** A Li pair on the design's first electrolyte, no value set yet. */
	private static MetalElectrolytePair pair(CellDesign d) {
		var electrolyte = d.getLibrary().getElectrolytes().get(0);
		if (electrolyte.getMetalPairs().isEmpty()) {
			MetalElectrolytePair pair = AnodyneFactory.eINSTANCE.createMetalElectrolytePair();
			pair.setMetal("li");
			electrolyte.getMetalPairs().add(pair);
		}
		return electrolyte.getMetalPairs().get(0);
	}

	@Test
	void preDepositLargerThanThePoreVolume() {
		// 60 mAh cm⁻² of Li is 291 µm of dense metal; the host holds 350 µm × 0.75 = 262.5 µm.
		DesignDiagnostic d = finds(d2 -> symmetric(d2).getAnode().setPreDepositLoading(60), "predeposit-exceeds-pores",
				Severity.ERROR, "/cells[Li-CC inverted]/anode", "60 mAh cm⁻²", "290.9 µm", "262.5 µm");
		assertTrue(d.message().startsWith("Anode of cell 'Li-CC inverted'"), d.message());
		CellDesign design = Designs.valid();
		symmetric(design).getAnode().setPreDepositLoading(54);
		assertTrue(validate(design).isEmpty(), "54 mAh cm⁻² = 262 µm still fits");
	}

	@Test
	void incompleteStudies() {
		finds(d -> d.getStudies().get(0).setCell(null), "study-incomplete", Severity.ERROR,
				"/studies[Plate 1 mAh/cm2 at 0.25 (inverted)]",
				"names no cell");
		finds(d -> d.getStudies().get(0).setSolver(null), "study-incomplete", Severity.ERROR,
				"/studies[Plate 1 mAh/cm2 at 0.25 (inverted)]",
				"no solver settings");
		finds(d -> life(d).setCell(symmetric(d)), "c-rate-without-capacity", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]", "C-rate", "Li-CC inverted");
		finds(d -> {
			life(d).getCalibratedParameters().add("seiChargePerArea");
			life(d).getMeasuredPoints().clear();
		}, "calibration-without-data", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]", "seiChargePerArea");
		finds(d -> life(d).getCalibratedParameters().add("luck"), "unknown-parameter", Severity.WARNING,
				"/studies[Full-cell life at 1 C (inverted)]", "'luck'");
		finds(d -> {
			MeasuredPoint p = life(d).getMeasuredPoints().get(0);
			p.setValue(93.7);
		}, "measured-range", Severity.ERROR, "/studies[Full-cell life at 1 C (inverted)]/measuredPoints[0]", "93.7",
				"(0, 1]");
		finds(d -> life(d).getMeasuredPoints().get(0).unsetCycle(), "measured-when", Severity.ERROR,
				"/studies[Full-cell life at 1 C (inverted)]/measuredPoints[0]", "retention 0.937");
	}

	@Test
	void aCounterElectrodePotentialMustBeANumberAndMeansNothingToACycleLifeStudy() {
		finds(d -> d.getStudies().get(0).getSolver().setCounterElectrodePotential(Double.NaN), "not-finite",
				Severity.ERROR, "/studies[Plate 1 mAh/cm2 at 0.25 (inverted)]/solver", "counter electrode potential",
				"NaN", "not a number");
		finds(d -> life(d).getSolver().setCounterElectrodePotential(0.0), "counter-potential-ignored",
				Severity.WARNING, "/studies[Full-cell life at 1 C (inverted)]", "cycle-life",
				"counter electrode potential 0 mV");
		CellDesign design = Designs.valid();
		design.getStudies().get(0).getSolver().setCounterElectrodePotential(0.0);
		assertEquals(List.of(), validate(design), "a 2D deposition study may hold its counter electrode at 0 mV");
	}

	@Test
	void diagnosticsPrintForTheCommandLine() {
		CellDesign design = Designs.valid();
		symmetric(design).getAnode().getCollector().setPorosity(1.2);
		DesignDiagnostic d = validate(design).get(0);
		// The design was read from the example file, so the finding knows the collector's line there.
		assertTrue(d.line() > 0, d.toString());
		assertEquals(
				"cell.anodyne:" + d.line() + ": /cells[Li-CC inverted]/anode/collector: error: Carbon cloth of cell"
						+ " 'Li-CC inverted': porosity 1.2 must lie in (0, 1)",
				d.format("cell.anodyne"));
		assertTrue(DesignValidation.hasErrors(List.of(d)));
	}

	@Test
	void aThirdPartyCollectorIsValidatedLikeOurs() {
		CellDesign design = Designs.valid();
		Anode anode = symmetric(design).getAnode();
		anode.setCollector(WireMesh.of(100, 1.5));
		anode.setPreDepositLoading(6);
		List<DesignDiagnostic> found = validate(design);
		assertEquals(1, found.size(), found.toString());
		DesignDiagnostic d = found.get(0);
		assertEquals("porosity-range", d.code());
		assertEquals("/cells[Li-CC inverted]/anode/collector", d.elementPath());
		assertTrue(d.message().startsWith("Wire mesh of cell 'Li-CC inverted': porosity 1.5"), d.message());

		anode.setCollector(WireMesh.of(100, 0.6));
		assertTrue(validate(design).isEmpty(), "a sound third-party collector is clean");
		anode.setPreDepositLoading(20);
		assertFalse(validate(design).isEmpty(), "97 µm of Li does not fit into 60 µm of pores of a wire mesh either");
	}

	@Test
	void voltageStopsAndOtherElementsOfTheValidDesignAreUntouched() {
		CellDesign design = Designs.valid();
		Protocol full = design.getProtocols().get(4);
		RepeatStep repeat = (RepeatStep) full.getSteps().get(0);
		VoltageStop stop = (VoltageStop) ((ChargeStep) repeat.getSteps().get(0)).getStop();
		assertEquals(3.8, stop.getVoltage(), 1e-12);
		Study life = life(design);
		assertEquals(MeasuredQuantity.RETENTION, life.getMeasuredPoints().get(0).getQuantity());
	}
}
