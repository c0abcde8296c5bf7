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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.Foil;
import org.anodyne.model.Orientation;
import org.anodyne.model.Study;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.section.CrossSections;
import org.anodyne.study.section.HostSection;
import org.anodyne.study.section.SolidCircle;
import org.junit.jupiter.api.Test;

/** The solver-free description of a host is the solver's host, in micrometres. */
class CrossSectionsTest {

	private final StudyRunner runner = Examples.runner();

	private HostSection describe(Anode anode) {
		return CrossSections.describe(anode, runner.geometries(), runner.metals()).orElseThrow();
	}

	@Test
	void theClothIsTheSolversFibresInMicrometres() throws StudyException {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "deposition-inverted");
		SolverInputs inputs = CellTranslation.translate(study, runner.metals(), runner.geometries());
		HostStructure host = inputs.host(0.0);
		HostSection section = describe(study.getCell().getAnode());
		assertEquals(host.fibres().size(), section.circles().size());
		assertEquals(host.fibres().get(3).x() * 1e6, section.circles().get(3).x(), 1e-9);
		assertEquals(host.fibres().get(3).radius() * 1e6, section.circles().get(3).radius(), 1e-9);
		assertEquals(350.0, section.collectorThickness(), 1e-9);
		assertEquals(inputs.preDepositThickness() * 1e6, section.preDepositThickness(), 1e-9);
		assertEquals(Orientation.INVERTED, section.orientation());
		// 6 mAh cm⁻² of Li is 29.1 µm dense; in a cloth of porosity 0.75 it fills 38.8 µm of the host.
		assertEquals(29.1 / 0.75, section.preDepositDepth(), 0.3);
		for (SolidCircle c : section.circles()) {
			assertTrue(c.y() - c.radius() >= -1e-9 && c.y() + c.radius() <= 350.0 + 1e-9, c.toString());
		}
	}

	@Test
	void aFoilIsABandWithTheMetalOnAFace() {
		Study study = Examples.study(Examples.SYMMETRIC_UPRIGHT, "deposition-upright");
		Anode anode = study.getCell().getAnode();
		Foil foil = AnodyneFactory.eINSTANCE.createFoil();
		foil.setThickness(10);
		foil.setSubstrate("copper");
		anode.setCollector(foil);
		HostSection section = describe(anode);
		assertTrue(section.isPlanar());
		assertEquals(1, section.bands().size());
		assertEquals(10.0, section.bands().get(0).top(), 1e-9);
		assertEquals(section.preDepositThickness(), section.preDepositDepth(), 0.0);
	}

	@Test
	void aCollectorWithoutGeneratorHasNoSection() {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "deposition-inverted");
		assertFalse(CrossSections.describe(study.getCell().getAnode(), CollectorGeometries.builder().build(),
				runner.metals()).isPresent());
	}
}
