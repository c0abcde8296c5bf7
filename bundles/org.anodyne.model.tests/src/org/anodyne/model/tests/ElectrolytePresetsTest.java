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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Electrolyte presets from org.anodyne.electrolytePresets, and what an aqueous electrolyte draws. */
class ElectrolytePresetsTest {

	@Test
	void lithiumsPresetsAreThePapersElectrolytesOfTheExamples() {
		assumeTrue(TestMetals.inOsgi(), "presets come from the extension registry");
		ElectrolytePresets presets = ElectrolytePresets.getDefault();
		CellDesign symmetric = Designs.example(Designs.SYMMETRIC);
		CellDesign full = Designs.example(Designs.FULL);
		Electrolyte ether = presets.require("ether-litfsi").create();
		Electrolyte carbonate = presets.require("carbonate-lipf6").create();
		assertTrue(EcoreUtil.equals(symmetric.getLibrary().getElectrolytes().get(0), ether), "ether preset = example");
		assertTrue(EcoreUtil.equals(full.getLibrary().getElectrolytes().get(0), carbonate),
				"carbonate preset = example");
		assertEquals("org.anodyne.metal.lithium", presets.require("ether-litfsi").contributor());
	}

	@Test
	void aBrokenPresetIsLoggedAndSkippedAndTheRestStillWorks() {
		assumeTrue(TestMetals.inOsgi(), "presets come from the extension registry");
		ElectrolytePresets presets = ElectrolytePresets.getDefault();
		assertFalse(presets.preset("broken-diffusion").isPresent());
		assertFalse(presets.preset("broken-pair").isPresent());
		List<String> problems = presets.problems();
		assertTrue(problems.stream().anyMatch(
				p -> p.contains("broken-diffusion") && p.contains("diffusionCoefficient 'NaN' is not a number")
						&& p.contains("org.anodyne.model.tests")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("broken-pair")
				&& p.contains("pairValue 'lifetime' is not a MetalElectrolytePair attribute")), problems.toString());
		assertTrue(presets.preset("carbonate-lipf6").isPresent());
	}

	@Test
	void lithiumInWaterIsAnErrorNamingThePotential() {
		CellDesign design = Designs.valid();
		design.getLibrary().getElectrolytes().get(0).getSolvents().get(0).setName("H2O");
		List<DesignDiagnostic> findings = DesignValidation.validate(design, TestMetals.registry()).stream()
				.filter(d -> d.code().equals("aqueous-metal")).toList();
		assertEquals(1, findings.size(),
				"the symmetric cell uses the electrolyte (the full cell the carbonate one): " + findings);
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertTrue(
				findings.get(0).message().contains("-3.04 V vs SHE") && findings.get(0).message().contains("hydrogen"),
				findings.get(0).message());
	}
}
