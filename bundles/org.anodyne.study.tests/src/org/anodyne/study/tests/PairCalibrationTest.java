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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.anodyne.model.Additive;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.SolventComponent;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.study.CalibrationStatus;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.internal.CellTranslation;
import org.junit.jupiter.api.Test;

/**
 * A library pair counts as calibrated only for the electrolyte it was calibrated in, with none of its
 * values replaced and, for Li/ether, the fitted exchange current density; otherwise the editor's
 * status and the results say uncalibrated and why.
 */
class PairCalibrationTest {

	private static final String ETHER = "Li/ether (uncalibrated: calibrated in 1 M LiTFSI DOL/DME + LiNO3, this is ";

	private final StudyRunner runner = Examples.runner();

	/** What the results say (the pair of the study's inputs) and what the editor says must agree. */
	private String describe(Study study) throws StudyException {
		String results = CellTranslation.translate(study, runner.metals(), runner.geometries()).degradationPair()
				.describe();
		assertEquals(results, CalibrationStatus.describe(study), "the editor's status is the results' one");
		return results;
	}

	private static Study ether() {
		return Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright");
	}

	private static Study carbonate() {
		return Examples.study(Examples.FULL_INVERTED, "life-1c-inverted");
	}

	@Test
	void everyShippedExamplesLiCellIsCalibrated() throws IOException, StudyException {
		List<String> seen = new ArrayList<>();
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".anodyne")).sorted().toList()) {
				LoadResult loaded = DesignResources.load(file);
				assertTrue(loaded.ok(), file + ": " + loaded.diagnostics());
				for (Study study : loaded.design().getStudies()) {
					if (study.getKind() == StudyKind.CYCLE_LIFE) {
						boolean ether = study.getCell().getElectrolyte().getSolvents().stream()
								.anyMatch(s -> "DOL".equals(s.getName()));
						assertEquals(ether ? "Li/ether (calibrated)" : "Li/carbonate (calibrated)", describe(study),
								file.getFileName() + " " + study.getId());
						seen.add(file.getFileName() + " " + study.getId());
					}
				}
			}
		}
		assertTrue(seen.size() >= 15, "cycle-life studies of the examples: " + seen);
	}

	@Test
	void anotherSaltSolventAdditiveOrConcentrationIsUncalibratedAndSaysWhatItIs() throws StudyException {
		Study salt = ether();
		salt.getCell().getElectrolyte().getSalt().setName("LiFSI");
		assertEquals(ETHER + "1 M LiFSI DOL/DME + LiNO3)", describe(salt));

		Study solvent = ether();
		Electrolyte diglyme = solvent.getCell().getElectrolyte();
		diglyme.getSolvents().remove(0);
		diglyme.getSolvents().get(0).setName("diglyme");
		assertEquals(ETHER + "1 M LiTFSI diglyme + LiNO3)", describe(solvent));

		Study additive = ether();
		additive.getCell().getElectrolyte().getAdditives().clear();
		assertEquals(ETHER + "1 M LiTFSI DOL/DME)", describe(additive));

		Study concentrated = ether();
		concentrated.getCell().getElectrolyte().setConcentration(4.0);
		assertEquals(ETHER + "4 M LiTFSI DOL/DME + LiNO3)", describe(concentrated));

		Study ethers = carbonate();
		ethers.getCell().getElectrolyte().getSolvents().get(0).setName("FEC");
		assertEquals("Li/carbonate (uncalibrated: calibrated in 1 M LiPF6 EC/DMC, this is 1 M LiPF6 FEC/DMC)",
				describe(ethers));
	}

	@Test
	void namesAreComparedByWhatTheyNameNotHowTheyAreWritten() throws StudyException {
		Study ether = ether();
		Electrolyte e = ether.getCell().getElectrolyte();
		e.getSalt().setName("litfsi");
		e.getSolvents().get(0).setName("DME");
		e.getSolvents().get(1).setName("1,3-Dioxolane");
		e.getAdditives().get(0).setName("LiNO₃");
		assertEquals("Li/ether (calibrated)", describe(ether));
		e.getSolvents().get(0).setName("1,2-dimethoxyethane");
		e.getAdditives().get(0).setName("lithium nitrate");
		assertEquals("Li/ether (calibrated)", describe(ether));

		Study carbonate = carbonate();
		Electrolyte c = carbonate.getCell().getElectrolyte();
		c.getSalt().setName("LiPF₆");
		c.getSolvents().get(0).setName("Ethylene carbonate");
		c.getSolvents().get(1).setName("dimethyl carbonate");
		assertEquals("Li/carbonate (calibrated)", describe(carbonate));
	}

	@Test
	void anExtraSolventOrAdditiveIsAnotherElectrolyte() throws StudyException {
		Study study = carbonate();
		Additive fec = AnodyneFactory.eINSTANCE.createAdditive();
		fec.setName("FEC");
		fec.setMassFraction(10.0);
		study.getCell().getElectrolyte().getAdditives().add(fec);
		assertEquals("Li/carbonate (uncalibrated: calibrated in 1 M LiPF6 EC/DMC, this is 1 M LiPF6 EC/DMC + FEC)",
				describe(study));
		study.getCell().getElectrolyte().getAdditives().clear();
		SolventComponent dec = AnodyneFactory.eINSTANCE.createSolventComponent();
		dec.setName("DEC");
		study.getCell().getElectrolyte().getSolvents().add(dec);
		assertEquals("Li/carbonate (uncalibrated: calibrated in 1 M LiPF6 EC/DMC, this is 1 M LiPF6 EC/DMC/DEC)",
				describe(study));
	}

	@Test
	void aStudyThatReplacesAPairValueIsUncalibratedButAnEndOfLifeCriterionIsNotAPairValue()
			throws StudyException {
		Study study = ether();
		study.getLifeModel().setEndOfLifeRetention(0.7);
		study.getLifeModel().setOverpotentialLimit(300.0);
		study.getLifeModel().setInactiveLayerTortuosity(3.0);
		assertEquals("Li/ether (calibrated)", describe(study),
				"the study's end-of-life criteria, pair values unchanged");
		ParameterValue isolation = AnodyneFactory.eINSTANCE.createParameterValue();
		isolation.setName("isolationProbability");
		isolation.setValue(0.03);
		study.getLifeModel().getOverrides().add(isolation);
		assertEquals("Li/ether (uncalibrated: isolationProbability overridden)", describe(study));
		study.getLifeModel().setInactiveLayerPorosity(0.6);
		assertEquals("Li/ether (uncalibrated: isolationProbability, inactiveLayerPorosity overridden)",
				describe(study));
	}

	@Test
	void anExchangeCurrentDensityOtherThanTheFittedOneIsUncalibratedWhereTheCalibrationFittedIt()
			throws StudyException {
		Study ether = ether();
		ether.getCell().getElectrolyte().setExchangeCurrentDensity(0.78731);
		assertEquals("Li/ether (calibrated)", describe(ether), "within the fit's rounding");
		ether.getCell().getElectrolyte().setExchangeCurrentDensity(1.0);
		assertEquals("Li/ether (uncalibrated: exchange current density 1 mA/cm2, fitted 0.7873)", describe(ether));
		ether.getCell().getElectrolyte().setExchangeCurrentDensity(0.7873);
		ParameterValue i0 = AnodyneFactory.eINSTANCE.createParameterValue();
		i0.setName("exchangeCurrentDensity");
		i0.setValue(5.0);
		i0.setUnit("A/m2");
		ether.getLifeModel().getOverrides().add(i0);
		assertEquals("Li/ether (uncalibrated: exchange current density 0.5 mA/cm2, fitted 0.7873)", describe(ether));

		Study carbonate = carbonate();
		carbonate.getCell().getElectrolyte().setExchangeCurrentDensity(2.0);
		assertEquals("Li/carbonate (calibrated)", describe(carbonate),
				"the carbonate pair's i0 is typical, not fitted: it belongs to the electrolyte");
	}

	@Test
	void anotherMetalIsUncalibratedAndADepositionStudyHasNoLifeModel() {
		Study study = ether();
		study.getCell().getAnode().setMetal("na");
		assertEquals("Na/ether (uncalibrated: no Na measurements, starts from the Li/ether values)",
				CalibrationStatus.describe(study));
		assertEquals("no life model in a deposition2D study",
				CalibrationStatus.describe(Examples.study(Examples.SYMMETRIC_UPRIGHT, "deposition-upright")));
		study.getCell().setElectrolyte(null);
		assertEquals("unknown: the study's cell has no electrolyte", CalibrationStatus.describe(study));
	}
}
