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

import java.util.Set;
import java.util.stream.Collectors;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.ConductiveFabric;
import org.anodyne.model.Foil;
import org.anodyne.model.MetalFoam;
import org.anodyne.model.Study;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.WovenTows;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.CellKind;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.HostStructure;
import org.junit.jupiter.api.Test;

/** Each collector generator lays out its host with the collector's own numbers. */
class CollectorGeneratorsTest {

	private final StudyRunner runner = Examples.runner();

	private Study cell() {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
		study.getSolver().setGridSpacing(1.0);
		return study;
	}

	private SolverInputs inputs(Study study) throws StudyException {
		return CellTranslation.translate(study, runner.metals(), runner.geometries());
	}

	/** Fraction of the host's cells that are not collector solid, on the grid. */
	private static double gridPorosity(SolverInputs in) {
		return in.geometry(in.host(0.0)).hostPorosity();
	}

	@Test
	void theCarbonClothLatticeHasTheClothsPorosity() throws StudyException {
		// The example lattice: 9 µm fibres at 17 µm × 15 µm, 1 − π·9²/4/(17·15) = 0.751.
		assertEquals(0.751, gridPorosity(inputs(cell())), 0.02);
	}

	@Test
	void withoutARowPitchTheLatticeIsFittedToThePorosity() throws StudyException {
		Study study = cell();
		CarbonCloth cloth = (CarbonCloth) study.getCell().getAnode().getCollector();
		cloth.setLayout(null);
		cloth.setPorosity(0.8);
		assertEquals(0.8, gridPorosity(inputs(study)), 0.02);
	}

	@Test
	void wovenTowsAreStackedToTheClothsPorosity() throws StudyException {
		Study study = cell();
		CarbonCloth cloth = (CarbonCloth) study.getCell().getAnode().getCollector();
		WovenTows tows = AnodyneFactory.eINSTANCE.createWovenTows();
		tows.setFibresPerTow(40);
		tows.setTowPitch(100.0);
		cloth.setLayout(tows);
		HostStructure host = inputs(study).host(0.0);
		double solid = host.fibres().size() * Math.PI * 4.5e-6 * 4.5e-6;
		double porosity = 1.0 - solid / (100e-6 * 350e-6);
		assertEquals(0.75, porosity, 0.05, "fibre count × area over the cross-section");
		assertEquals(0, host.fibres().size() % 40, "whole tows");
	}

	@Test
	void aSurfaceLayerCoversTheSolidsOnThePreDepositFaceOnly() throws StudyException {
		Study study = cell();
		SurfaceLayer layer = AnodyneFactory.eINSTANCE.createSurfaceLayer();
		layer.setSubstrate("cuo");
		layer.setThickness(150.0);
		study.getCell().getAnode().setSurfaceLayer(layer);
		HostStructure host = inputs(study).host(0.0);
		// Reach: 29.1 µm dense / 0.75 porosity + one 9 µm fibre = 47.8 µm from the bottom (inverted).
		for (CircleSolid f : host.fibres()) {
			assertEquals(f.y() <= 47.8e-6 ? "cuo" : "carbon", f.substrate(), "fibre at y = " + f.y());
		}
		SolverInputs in = inputs(study);
		assertEquals(0.040, in.bareSubstrateBarrier(host), 1e-12, "the bare fibres are still carbon");
	}

	@Test
	void aMetalFoamHasItsPorosityAndLigamentsOnBothFaces() throws StudyException {
		Study study = cell();
		MetalFoam foam = AnodyneFactory.eINSTANCE.createMetalFoam();
		foam.setThickness(400.0);
		foam.setPorosity(0.9);
		foam.setSubstrate("copper");
		foam.setPoreSize(150.0);
		foam.setLigamentDiameter(30.0);
		study.getCell().getAnode().setCollector(foam);
		SolverInputs in = inputs(study);
		HostStructure host = in.host(0.0);
		assertEquals(0.9, in.geometry(host).hostPorosity(), 0.03);
		double lowest = host.fibres().stream().mapToDouble(CircleSolid::y).min().orElseThrow();
		double highest = host.fibres().stream().mapToDouble(CircleSolid::y).max().orElseThrow();
		assertEquals(15e-6, lowest, 1e-9, "a ligament row on the bottom face");
		assertEquals(385e-6, highest, 1e-9, "and on the top face");
		assertEquals(0.035, in.bareSubstrateBarrier(host), 1e-12, "copper");
	}

	@Test
	void aConductiveFabricPlatesOnItsCoating() throws StudyException {
		Study study = cell();
		ConductiveFabric fabric = AnodyneFactory.eINSTANCE.createConductiveFabric();
		fabric.setThickness(60.0);
		fabric.setPorosity(0.6);
		fabric.setSubstrate("carbon");
		fabric.setSubstrateFibre("PET");
		fabric.setFibreDiameter(10.0);
		fabric.setCoatingMetal("copper");
		fabric.setCoatingThickness(1.0);
		study.getCell().getAnode().setCollector(fabric);
		study.getCell().getAnode().setPreDepositLoading(2.0);
		SolverInputs in = inputs(study);
		HostStructure host = in.host(0.0);
		Set<String> substrates = host.fibres().stream().map(CircleSolid::substrate).collect(Collectors.toSet());
		assertEquals(Set.of("copper"), substrates);
		assertEquals(12e-6, 2.0 * host.fibres().get(0).radius(), 1e-12, "10 µm PET + 2 × 1 µm Cu");
		assertEquals(0.6, in.geometry(host).hostPorosity(), 0.04);
	}

	@Test
	void aFoilCarriesItsMetalOnItsFaceWithRoomToGrow() throws StudyException {
		Study study = cell();
		Foil foil = AnodyneFactory.eINSTANCE.createFoil();
		foil.setThickness(10.0);
		foil.setSubstrate("copper");
		study.getCell().getAnode().setCollector(foil);
		study.getCell().getAnode().setPreDepositLoading(1.0);
		SolverInputs in = inputs(study);
		double plated = in.metal().volumeForCharge(36_000.0);
		HostStructure host = in.host(plated);
		CellGeometry g = in.geometry(host);
		assertTrue(host.isPlanar());
		int nx = g.grid().nx();
		for (int j = 0; j < 10; j++) {
			assertEquals(CellKind.SUBSTRATE, g.kind(j * nx), "foil row " + j);
		}
		assertEquals(CellKind.METAL, g.kind(10 * nx), "the metal sits on the foil");
		double room = host.hostThickness() - 10e-6 - in.preDepositThickness();
		assertTrue(room >= plated, "room " + room + " m for " + plated + " m of plated metal");
		assertEquals(0.0, in.anodeDesign(host).hostThickness(), 0.0, "the life model sees a foil");
	}

	@Test
	void aCollectorTheGridCannotHoldIsAnErrorNamingTheQuantity() {
		Study study = cell();
		((CarbonCloth) study.getCell().getAnode().getCollector()).setFibreDiameter(-9.0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inputs(study).host(0.0));
		assertTrue(e.getMessage().contains("fibreDiameter") && e.getMessage().contains("Li-CC inverted"),
				e.getMessage());
	}
}
