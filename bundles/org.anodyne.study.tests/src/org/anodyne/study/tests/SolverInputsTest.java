/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.Study;
import org.anodyne.model.units.Units;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.CellKind;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.internal.LifeParameterMapping;
import org.anodyne.study.internal.AdjustableParameters;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.geometry.HostStructure;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;

/**
 * Units round trip: the model's battery units reach the solvers as SI numbers equal to the ones
 * computed by hand here, through the model's one units class.
 */
class SolverInputsTest {

	private static final double FARADAY = 96485.33212;

	private final StudyRunner runner = Examples.runner();

	private SolverInputs inputs(Study study) throws StudyException {
		return CellTranslation.translate(study, runner.metals(), runner.geometries());
	}

	@Test
	void sixMilliampHoursOfLithiumAreTwentyNineMicrometresOfDenseMetal() throws StudyException {
		SolverInputs in = inputs(Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted"));
		double charge = 6.0 * 3.6 / 1e-4; // 6 mAh/cm2 = 6e-3 A h / 1e-4 m2, in C/m2
		assertEquals(216_000.0, in.preDepositCharge(), 1e-6);
		double molarVolume = 6.94e-3 / 534.0; // M/ρ in m3/mol
		assertEquals(molarVolume, in.metal().molarVolume(), 1e-15);
		double thickness = charge * molarVolume / FARADAY;
		assertEquals(29.1e-6, thickness, 0.05e-6);
		assertEquals(thickness, in.preDepositThickness(), 1e-12);
	}

	@Test
	void theDenseLayerTheSolverGetsHoldsExactlyThePreDeposit() throws StudyException {
		SolverInputs in = inputs(Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted"))
				.withGridSpacing(2e-6);
		CellGeometry geometry = in.geometry(in.host(0.0));
		double[] fill = geometry.initialFill();
		double h = geometry.grid().spacing();
		double metal = 0.0;
		for (double f : fill) {
			metal += f * h * h;
		}
		assertEquals(in.preDepositThickness(), metal / geometry.grid().width(), 1e-9 * in.preDepositThickness());
	}

	@Test
	void electrolyteSeparatorAndCellReachTheSolversInSi() throws StudyException {
		SolverInputs in = inputs(Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted"));
		assertEquals(1000.0, in.electrolyte().concentration(), 1e-9, "1 mol/L");
		assertEquals(2.93e-10, in.electrolyte().diffusivity(), 1e-22);
		assertEquals(0.45, in.electrolyte().transferenceNumber(), 1e-12);
		assertEquals(1.1, in.electrolyte().conductivity(), 1e-12, "S/m");
		assertEquals(7.873, in.exchangeCurrentDensity(), 1e-9, "0.7873 mA/cm2 = 7.873 A/m2");
		assertEquals(25e-6, in.separator().thickness(), 1e-15);
		assertEquals(Math.pow(0.55, 1.5), in.separator().transportFactor(), 1e-12, "Bruggeman: ε/τ = ε^1.5");
		assertEquals(100e-6, in.width(), 1e-15);
		assertEquals(298.15, in.temperature(), 1e-12);
		assertEquals(0.040, in.barriers().get("carbon"), 1e-12, "40 mV on bare carbon");
		assertEquals(0.0, in.barriers().get("li"), 0.0);
		assertEquals(AnodeOrientation.INVERTED, in.orientation());
		HostStructure host = in.host(0.0);
		LifeCell cell = in.lifeCell(host);
		assertEquals(40e-9 / 1e-4, cell.electrolyteVolume(), 1e-15, "40 µL/cm2 in m3/m2");
		assertEquals(350e-6, cell.anode().hostThickness(), 1e-15);
		assertEquals(9e-6, cell.anode().fibreDiameter(), 1e-15);
		assertEquals(0.040, cell.anode().substrateBarrier(), 1e-12);
	}

	@Test
	void theStudysOverridesReplaceTheRegistrysBarriersAndTheLifeModelsDefaults() throws StudyException {
		Study study = Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright");
		NucleationBarrierOverride barrier = AnodyneFactory.eINSTANCE.createNucleationBarrierOverride();
		barrier.setSubstrate("carbon");
		barrier.setBarrier(25.0);
		study.getNucleationBarriers().add(barrier);
		study.getLifeModel().setInactiveLayerTortuosity(4.0);
		study.getLifeModel().setOverpotentialLimit(250.0);
		ParameterValue sei = AnodyneFactory.eINSTANCE.createParameterValue();
		sei.setName("seiChargePerArea");
		sei.setValue(0.1);
		sei.setUnit("uAh/cm2");
		study.getLifeModel().getOverrides().add(sei);
		SolverInputs in = inputs(study);
		assertEquals(0.025, in.barriers().get("carbon"), 1e-12, "25 mV");
		LifeParameters p = in.lifeParameters();
		assertEquals(4.0, p.inactiveLayerTortuosity(), 0.0);
		assertEquals(0.25, p.overpotentialLimit(), 1e-12, "250 mV");
		assertEquals(3.6, p.seiChargePerArea(), 1e-12, "0.1 µAh/cm2 = 3.6 C/m2");
		assertEquals(LifeParameters.defaults().isolationProbability(), p.isolationProbability(), 0.0,
				"unset features keep the pair's default");
		assertEquals(250.0, AdjustableParameters.value(in, "overpotentialLimit"), 1e-9, "read back in mV");
		assertEquals(25.0, AdjustableParameters.value(in, "barrier.carbon"), 1e-9, "read back in mV");
		assertEquals(12.0, AdjustableParameters.with(in, "barrier.carbon", 12.0).barriers().get("carbon") * 1e3, 1e-9);
		assertEquals(0.3,
				AdjustableParameters.with(in, "overpotentialLimit", 300.0).lifeParameters().overpotentialLimit(),
				1e-15);
		assertEquals(0.02,
				AdjustableParameters.with(in, "isolationProbability", 0.02).lifeParameters().isolationProbability(),
				0.0);
	}

	@Test
	void theModelsLifeModelDefaultsAreTheLifeModelsCalibratedValues() {
		LifeModelParameters model = AnodyneFactory.eINSTANCE.createLifeModelParameters();
		LifeParameters calibrated = LifeParameters.defaults();
		for (EAttribute feature : LifeParameterMapping.features()) {
			LifeParameters applied = LifeParameterMapping.apply(calibrated, feature, Units.si(model, feature));
			for (String name : LifeParameters.names()) {
				assertEquals(calibrated.value(name), applied.value(name), 1e-12 * Math.abs(calibrated.value(name)),
						feature.getName() + " at its default changes " + name);
			}
		}
		assertEquals(3.0, calibrated.inactiveLayerTortuosity(), 0.0);
		assertEquals(model.getInactiveLayerTortuosity(), calibrated.inactiveLayerTortuosity(), 0.0);
		assertEquals(model.getSolventPerSeiMetal(), calibrated.solventPerSeiMetal(), 0.0);
	}

	@Test
	void theElectrolytesPairValuesReplaceTheLibrarysAndAreNoLongerCalibrated() throws StudyException {
		Study study = Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright");
		assertEquals("Li/ether (calibrated)", inputs(study).degradationPair().describe());
		MetalElectrolytePair own = AnodyneFactory.eINSTANCE.createMetalElectrolytePair();
		own.setMetal("Li");
		own.setWhiskerDiameter(2.0);
		study.getCell().getElectrolyte().getMetalPairs().add(own);
		SolverInputs in = inputs(study);
		assertEquals(2e-6, in.lifeParameters().whiskerDiameter(), 1e-18, "2 µm");
		assertEquals(DegradationPair.LITHIUM_ETHER.parameters().isolationProbability(),
				in.lifeParameters().isolationProbability(), 0.0, "what the pair leaves unset stays the library's");
		assertEquals("Li/ether (uncalibrated: whiskerDiameter set by the electrolyte's Li pair)",
				in.degradationPair().describe());
		own.setMossPorosity(1.5);
		StudyException e = assertThrows(StudyException.class, () -> inputs(study));
		assertTrue(e.getMessage().contains("mossPorosity") && e.getMessage().contains("1.5"), e.getMessage());
	}

	/**
	 * The inactive layer and the SEI's solvent belong to the pair, the transfer coefficient and the
	 * solvent's molar volume to the electrolyte; a study's own life-model value still overrides the pair's.
	 */
	@Test
	void theLayerAndSolventValuesComeFromTheirOwnersAndAStudyMayOverrideThem() throws StudyException {
		Study study = Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright");
		MetalElectrolytePair own = AnodyneFactory.eINSTANCE.createMetalElectrolytePair();
		own.setMetal("Li");
		own.setInactiveLayerPorosity(0.3);
		own.setInactiveLayerTortuosity(5.0);
		own.setSolventPerSeiMetal(2.0);
		own.setCoverageCharge(720.0);
		study.getCell().getElectrolyte().getMetalPairs().add(own);
		study.getCell().getElectrolyte().setCathodicTransferCoefficient(0.4);
		study.getCell().getElectrolyte().setSolventMolarVolume(80.0);
		LifeParameters p = inputs(study).lifeParameters();
		assertEquals(0.3, p.inactiveLayerPorosity(), 0.0);
		assertEquals(5.0, p.inactiveLayerTortuosity(), 0.0);
		assertEquals(2.0, p.solventPerSeiMetal(), 0.0);
		assertEquals(720.0, p.coverageCharge(), 0.0);
		assertEquals(0.4, p.cathodicTransferCoefficient(), 0.0);
		assertEquals(8.0e-5, p.solventMolarVolume(), 1e-18, "80 cm3/mol");
		study.getLifeModel().setInactiveLayerTortuosity(4.0);
		assertEquals(4.0, inputs(study).lifeParameters().inactiveLayerTortuosity(), 0.0, "the study's what-if wins");
		study.getCell().getElectrolyte().setCathodicTransferCoefficient(-0.1);
		StudyException e = assertThrows(StudyException.class, () -> inputs(study));
		assertTrue(e.getMessage().contains("cathodicTransferCoefficient") && e.getMessage().contains("-0.1"),
				e.getMessage());
	}

	@Test
	void anUpsideDownAnodeHasItsPreDepositAtTheOtherFace() throws StudyException {
		SolverInputs inverted = inputs(Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted"))
				.withGridSpacing(2.5e-6);
		SolverInputs upright = inverted.withOrientation(AnodeOrientation.UPRIGHT);
		assertTrue(meanMetalHeight(inverted) < 50e-6, "inverted: metal at the bottom face");
		assertTrue(meanMetalHeight(upright) > 300e-6, "upright: metal at the top face, at the separator");
	}

	private static double meanMetalHeight(SolverInputs in) {
		CellGeometry g = in.geometry(in.host(0.0));
		double sum = 0.0;
		double weight = 0.0;
		double[] fill = g.initialFill();
		for (int k = 0; k < fill.length; k++) {
			if (g.kind(k) == CellKind.METAL || fill[k] > 0.0) {
				sum += fill[k] * g.grid().y(k / g.grid().nx());
				weight += fill[k];
			}
		}
		return sum / weight;
	}

	@Test
	void aStudyWithoutACellOrWithAnUnknownMetalSaysWhatAndWhere() {
		Study noCell = Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
		noCell.setCell(null);
		StudyException e = assertThrows(StudyException.class, () -> inputs(noCell));
		assertTrue(
				e.getMessage().contains("Cycle life at 0.25 mA/cm2 (inverted)") && e.getMessage().contains("no cell"),
				e.getMessage());
		Study sodium = Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
		sodium.getCell().getAnode().setMetal("unobtainium");
		e = assertThrows(StudyException.class, () -> inputs(sodium));
		assertTrue(e.getMessage().contains("Li-CC inverted") && e.getMessage().contains("'unobtainium'"),
				e.getMessage());
	}

	@Test
	void aSaltThatIsNotZzIsRefused() {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
		study.getCell().getElectrolyte().getSalt().setAnionCharge(2);
		StudyException e = assertThrows(StudyException.class, () -> inputs(study));
		assertTrue(e.getMessage().contains("not z:z") && e.getMessage().contains("LiTFSI"), e.getMessage());
	}
}
