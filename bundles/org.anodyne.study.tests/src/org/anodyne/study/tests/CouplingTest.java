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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.Foil;
import org.anodyne.model.Study;
import org.anodyne.results.ScalarNames;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.life.AnalyticCoupling;
import org.anodyne.solver.life.CathodeElectrode;
import org.anodyne.solver.life.DepositionCoupling;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.ReferenceCells;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.internal.CoupledDeposition;
import org.anodyne.study.internal.LifeParameterMapping;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.junit.jupiter.api.Test;

/**
 * The life model takes its geometry and rates from a 2D steady split of the study's cell, so the
 * collector, its thickness and its orientation in the model change the prediction.
 */
class CouplingTest {

	private static final double CURRENT = 2.5;

	private final StudyRunner runner = Examples.runner();

	private DepositionCoupling coupling(Study study) throws StudyException, SolverException {
		SolverInputs in = CellTranslation.translate(study, runner.metals(), runner.geometries());
		CoupledDeposition source = new CoupledDeposition(in, in.metal().volumeForCharge(36_000.0), null);
		LifeCell cell = in.lifeCell(source.host());
		long start = System.nanoTime();
		DepositionCoupling c = source.couple(cell, in.lifeParameters(), CURRENT);
		System.out.printf("%s: %s (%.0f ms)%n", study.getCell().getName(), c.describe(),
				(System.nanoTime() - start) * 1e-6);
		return c;
	}

	private static Study inverted() {
		return Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
	}

	@Test
	void theSplitPutsTheInvertedAnodesMetalFarFromTheSeparatorAndTheUprightOnesAgainstIt()
			throws StudyException, SolverException {
		DepositionCoupling inverted = coupling(inverted());
		DepositionCoupling upright = coupling(Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright"));
		assertEquals(0.0, inverted.separatorSideFraction(), 1e-3);
		assertEquals(1.0, upright.separatorSideFraction(), 1e-3);
		// The inverted front sits 29.1 µm / 0.75 = 39 µm above the bottom of a 350 µm host.
		assertEquals(311e-6, inverted.gapToSeparator(), 5e-6);
		assertEquals(0.75 * 311e-6, inverted.bufferPoreVolume(), 0.1 * 0.75 * 311e-6);
		assertEquals(0.0, upright.bufferPoreVolume(), 1e-9);
		// The electrolyte across the empty host: J·H/(κ·ε^1.5) ≈ 1.1 mV; the split's staircase fibres add a little.
		double ohmic = CURRENT * 311e-6 / (1.1 * Math.pow(0.75, 1.5));
		assertEquals(ohmic, inverted.ohmicOverpotential(), 0.35 * ohmic);
		assertTrue(inverted.ohmicOverpotential() > upright.ohmicOverpotential());
	}

	@Test
	void theSplitAgreesWithTheLifePackagesAnalyticEstimateOnTheSameCell() throws StudyException, SolverException {
		Study study = inverted();
		SolverInputs in = CellTranslation.translate(study, runner.metals(), runner.geometries());
		CoupledDeposition source = new CoupledDeposition(in, 0.0, null);
		LifeCell cell = in.lifeCell(source.host());
		DepositionCoupling split = source.couple(cell, in.lifeParameters(), CURRENT);
		DepositionCoupling analytic = AnalyticCoupling.estimate(cell, in.lifeParameters(), CURRENT);
		assertEquals(analytic.gapToSeparator(), split.gapToSeparator(), 0.05 * analytic.gapToSeparator());
		assertEquals(analytic.chargeTransferOverpotential(), split.chargeTransferOverpotential(), 1e-6);
		assertEquals(analytic.concentrationOverpotential(), split.concentrationOverpotential(),
				0.2 * analytic.concentrationOverpotential());
	}

	@Test
	void aThinnerHostShortensTheGapAndTheFirstCycleOverpotential() throws StudyException, SolverException {
		Study thin = inverted();
		thin.getCell().getAnode().getCollector().setThickness(150.0);
		thin.getCell().getCounterAnode().getCollector().setThickness(150.0);
		DepositionCoupling thick = coupling(inverted());
		DepositionCoupling thinner = coupling(thin);
		assertEquals(thick.gapToSeparator() - 200e-6, thinner.gapToSeparator(), 5e-6);
		assertTrue(thinner.ohmicOverpotential() < 0.6 * thick.ohmicOverpotential());
		double first = runner.run(inverted(), null, null).number(ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV)
				.orElseThrow();
		double firstThin = runner.run(thin, null, null).number(ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV).orElseThrow();
		assertTrue(firstThin < first, firstThin + " mV vs " + first + " mV");
	}

	@Test
	void theOrientationAndTheCollectorChangeThePredictedLife() throws StudyException {
		StudyOutcome cloth = runner.run(inverted(), null, null);
		Study flipped = inverted();
		flipped.getCell().getAnode().setOrientation(org.anodyne.model.Orientation.UPRIGHT);
		flipped.getCell().getCounterAnode().setOrientation(org.anodyne.model.Orientation.UPRIGHT);
		StudyOutcome upright = runner.run(flipped, null, null);
		Study onFoil = inverted();
		Foil foil = AnodyneFactory.eINSTANCE.createFoil();
		foil.setThickness(10.0);
		foil.setSubstrate("copper");
		onFoil.getCell().getAnode().setCollector(foil);
		StudyOutcome copper = runner.run(onFoil, null, null);
		double inverted = cloth.number(ScalarNames.HOURS_TO_FAILURE).orElseThrow();
		assertTrue(upright.number(ScalarNames.HOURS_TO_FAILURE).orElseThrow() < 0.7 * inverted, upright.message());
		assertTrue(copper.number(ScalarNames.HOURS_TO_FAILURE).orElseThrow() < 0.7 * inverted, copper.message());
		assertEquals(AnodeOrientation.UPRIGHT,
				CellTranslation.translate(flipped, runner.metals(), runner.geometries()).orientation());
	}

	@Test
	void aPlanarFoilAndAnUprightClothGoThroughTheSameCouplingAndDiffer() throws StudyException, SolverException {
		Study cloth = Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright");
		Study onFoil = Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright");
		for (var anode : List.of(onFoil.getCell().getAnode(), onFoil.getCell().getCounterAnode())) {
			Foil foil = AnodyneFactory.eINSTANCE.createFoil();
			foil.setThickness(10.0);
			foil.setSubstrate("copper");
			anode.setCollector(foil);
		}
		DepositionCoupling host = coupling(cloth);
		DepositionCoupling planar = coupling(onFoil);
		assertEquals(0.0, planar.supportLength(), 0.0, "a foil holds nothing up");
		assertTrue(host.supportLength() > 0.0);
		assertTrue(Math.abs(host.platingArea() - planar.platingArea()) > 1e-3 || host.ohmicOverpotential() != planar
				.ohmicOverpotential(), host.describe() + " vs " + planar.describe());
	}

	@Test
	void theRefreshedSplitMovesTheFrontTowardsTheSeparator() throws StudyException, SolverException {
		SolverInputs in = CellTranslation.translate(inverted(), runner.metals(), runner.geometries());
		CoupledDeposition source = new CoupledDeposition(in, in.metal().volumeForCharge(36_000.0), null);
		LifeCell cell = in.lifeCell(source.host());
		DepositionCoupling assembled = source.couple(cell, in.lifeParameters(), CURRENT);
		long start = System.nanoTime();
		DepositionCoupling half = source.couple(cell, in.lifeParameters(), CURRENT, 0.5);
		System.out.printf("refreshed split at half the buffer: %s (%.0f ms)%n", half.describe(),
				(System.nanoTime() - start) * 1e-6);
		assertTrue(half.gapToSeparator() < 0.75 * assembled.gapToSeparator(), half.describe());
		assertTrue(half.bufferPoreVolume() < 0.75 * assembled.bufferPoreVolume(), half.describe());
	}

	/**
	 * An upright front against the separator reacts through its pores (A<sub>p</sub> 0.55 = Celgard's
	 * porosity); once stripping has taken it below the host's face the separator no longer shades it,
	 * and below the nucleation barrier the plating area is the metal's own in the host's pores, between
	 * the host's mean pore section and a flat front across the whole width.
	 */
	@Test
	void aRecededUprightFrontIsNoLongerShadedByTheSeparator() throws StudyException, SolverException {
		SolverInputs in = CellTranslation.translate(Examples.study(Examples.SYMMETRIC_UPRIGHT, "life-0.25-upright"),
				runner.metals(), runner.geometries());
		CoupledDeposition source = new CoupledDeposition(in, in.metal().volumeForCharge(36_000.0), null);
		LifeCell cell = in.lifeCell(source.host());
		DepositionCoupling assembled = source.couple(cell, in.lifeParameters(), CURRENT);
		assertEquals(0.55, assembled.platingArea(), 0.01);
		double porosity = source.host().porosity();
		for (double depth : new double[]{2e-6, 8e-6}) {
			double area = source.recededPlatingArea(cell, in.lifeParameters(), CURRENT, depth * porosity)
					.orElseThrow();
			System.out.printf("upright front %.0f µm below the face: plating area %.3f%n", depth * 1e6, area);
			assertTrue(area > porosity - 0.05 && area < 1.05, "at " + depth + " m: " + area);
		}
		assertTrue(source.recededPlatingArea(cell, in.lifeParameters(), CURRENT, 2.0 * in.preDepositThickness())
				.isEmpty(), "no front deeper than the pre-deposit");
	}

	@Test
	void theCathodesParticleAndCoatingComeFromTheCounterElectrode() throws StudyException {
		Study full = Examples.study(Examples.FULL_INVERTED, "life-1c-inverted");
		CounterElectrode counter = full.getCell().getCounterElectrode();
		counter.unsetParticleRadius();
		counter.unsetSolidDiffusivity();
		SolverInputs in = CellTranslation.translate(full, runner.metals(), runner.geometries());
		CathodeElectrode library = CathodeElectrode.lithiumIronPhosphate(1.5 * ReferenceCells.MAH_PER_CM2);
		CathodeElectrode unset = in.lifeCell(in.host(0.0)).cathode();
		assertEquals(library.particleRadius(), unset.particleRadius(), 0.0);
		assertEquals(library.solidDiffusivity(), unset.solidDiffusivity(), 0.0);
		counter.setParticleRadius(100.0);
		counter.setSolidDiffusivity(1e-14);
		counter.setCoatingThickness(80.0);
		counter.setCapacityLossPerCycle(3e-4);
		CathodeElectrode set = CellTranslation.translate(full, runner.metals(), runner.geometries())
				.lifeCell(in.host(0.0)).cathode();
		assertEquals(100e-9, set.particleRadius(), 1e-21);
		assertEquals(1e-18, set.solidDiffusivity(), 1e-30);
		assertEquals(80e-6, set.thickness(), 1e-18);
		assertEquals(3e-4, set.fadePerCycle(), 0.0);
		counter.setCoatingPorosity(1.5);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CellTranslation.translate(full, runner.metals(), runner.geometries()).lifeCell(in.host(0.0)));
		assertTrue(e.getMessage().contains(counter.getName()) && e.getMessage().contains("porosity"), e.getMessage());
	}

	@Test
	void theStudyLayersLifeClassesDoNotReadTheOrientation() throws IOException, ClassNotFoundException {
		for (Class<?> type : List.of(CoupledDeposition.class, LifeParameterMapping.class,
				Class.forName("org.anodyne.study.internal.SplitCoupling", false,
						CoupledDeposition.class.getClassLoader()),
				Class.forName("org.anodyne.study.internal.CycleLifeStudy", false,
						CoupledDeposition.class.getClassLoader()))) {
			String file = type.getName().replace('.', '/') + ".class";
			try (InputStream in = type.getClassLoader().getResourceAsStream(file)) {
				String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
				assertFalse(bytes.contains("deposition/Orientation") || bytes.contains("model/Orientation")
						|| bytes.contains("geometry/AnodeOrientation"),
						type.getSimpleName() + " reads the orientation");
			}
		}
	}
}
