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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.Study;
import org.anodyne.model.units.SiView;
import org.junit.jupiter.api.Test;

class SiViewTest {

	@Test
	void theSymmetricCellInSi() {
		CellDesign design = Designs.valid();
		SiView si = SiView.of(design.getCells().get(0), TestMetals.registry());
		assertEquals(350e-6, si.hostThickness(), 1e-15);
		assertEquals(4.5e-6, si.fibreRadius().orElseThrow(), 1e-15);
		assertEquals(216000.0, si.preDepositCharge(), 1e-6, "6 mAh cm⁻² = 216 000 C m⁻²");
		// SCIENCE.md §2: 6 mAh cm⁻² of Li is 29 µm of dense metal.
		assertEquals(29.1e-6, si.preDepositVolumePerArea(), 0.05e-6);
		assertEquals(60.0, si.preDepositCurrentDensity(), 1e-12);
		assertEquals(1000.0, si.concentration(), 1e-9);
		assertEquals(7.873, si.exchangeCurrentDensity(), 1e-12, "0.7873 mA cm⁻² = 7.873 A m⁻²");
		assertEquals(25e-6, si.separatorThickness(), 1e-15);
		// Bruggeman: κ_eff = κ·ε^1.5 = 1.1 × 0.55^1.5.
		assertEquals(1.1 * Math.pow(0.55, 1.5), si.separatorConductivity(), 1e-12);
		assertEquals(1.13e-4, si.electrodeArea(), 1e-15);
		assertEquals(4e-4, si.electrolyteVolumePerArea(), 1e-15);
		assertTrue(si.inverted());
	}

	@Test
	void oneCOfTheLfpCellAndBarriersWithOverrides() {
		CellDesign design = Designs.valid();
		Cell full = design.getCells().get(1);
		SiView si = SiView.of(full, TestMetals.registry());
		assertEquals(15.0, si.oneC(), 1e-9, "1.5 mAh cm⁻² in one hour is 1.5 mA cm⁻² = 15 A m⁻²");
		Study study = design.getStudies().get(4);
		assertEquals(0.040, si.nucleationBarrier("carbon", study), 1e-12);
		NucleationBarrierOverride override = AnodyneFactory.eINSTANCE.createNucleationBarrierOverride();
		override.setSubstrate("carbon");
		override.setBarrier(25);
		study.getNucleationBarriers().add(override);
		assertEquals(0.025, si.nucleationBarrier("carbon", study), 1e-12);
		assertEquals(0.0, si.nucleationBarrier("li", null), 1e-12);
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> si.nucleationBarrier("graphene", null));
		assertTrue(e.getMessage().contains("'graphene'"), e.getMessage());
	}
}
