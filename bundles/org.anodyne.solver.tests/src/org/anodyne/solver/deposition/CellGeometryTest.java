/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anodyne.solver.MetalProperties;
import org.junit.jupiter.api.Test;

class CellGeometryTest {

	@Test
	void staggeredLatticeHasTheRequestedPorosityAndIsSymmetric() {
		double width = 100e-6;
		double host = 300e-6;
		double rowPitch = FibreLayouts.rowPitchForPorosity(9e-6, 20e-6, 0.75);
		List<Fibre> fibres = FibreLayouts.staggeredLattice(width, host, 9e-6, 20e-6, rowPitch, "carbon");
		assertEquals(5 * 23, fibres.size());
		double ySum = fibres.stream().mapToDouble(Fibre::y).sum();
		assertEquals(host / 2, ySum / fibres.size(), 1e-12, "rows centred in the host");
		CellGeometry g = CellGeometry.builder().width(width).gridSpacing(0.5e-6).hostThickness(host).fibres(fibres)
				.build();
		double expected = 1 - fibres.size() * Math.PI * 4.5e-6 * 4.5e-6 / (width * host);
		assertEquals(expected, g.hostPorosity(), 0.01, "rasterised porosity");
		assertEquals(0.75, expected, 0.02);
		assertEquals(List.of("carbon"), g.substrateIds());
	}

	@Test
	void towsHoldTheRequestedFibresInEachTow() {
		List<Fibre> fibres = FibreLayouts.tows(200e-6, 320e-6, 8e-6, 30, 100e-6, 2, 1.5e-6, "carbon");
		assertEquals(30 * 2 * 2, fibres.size());
		for (int a = 0; a < fibres.size(); a++) {
			for (int b = a + 1; b < fibres.size(); b++) {
				double dx = fibres.get(a).x() - fibres.get(b).x();
				dx -= 200e-6 * Math.rint(dx / 200e-6);
				double dy = fibres.get(a).y() - fibres.get(b).y();
				assertTrue(Math.hypot(dx, dy) >= 8e-6 + 1.5e-6 - 1e-12, "fibres overlap");
			}
			assertTrue(fibres.get(a).y() > 4e-6 && fibres.get(a).y() < 316e-6);
		}
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> FibreLayouts.tows(200e-6, 100e-6, 8e-6, 500, 100e-6, 2, 1.5e-6, "carbon"));
		assertTrue(e.getMessage().contains("500 fibres per tow"), e.getMessage());
	}

	@Test
	void preDepositFillsPoresFromTheChosenFace() {
		double h = 1e-6;
		MetalProperties li = MetalProperties.lithium();
		double volume = li.volumeForCharge(6 * TestCells.MAH_PER_CM2);
		for (Orientation o : Orientation.values()) {
			CellGeometry g = CellGeometry.builder().width(40e-6).gridSpacing(h).hostThickness(300e-6)
					.fibres(FibreLayouts.staggeredLattice(40e-6, 300e-6, 9e-6, 20e-6, 12.72e-6, "carbon"))
					.separator(SeparatorProperties.bruggeman(25e-6, 0.55)).preDeposit(volume, o).build();
			GridInfo grid = g.grid();
			double[] fill = g.initialFill();
			double total = 0.0;
			double lowest = Double.POSITIVE_INFINITY;
			double highest = 0.0;
			for (int k = 0; k < grid.cellCount(); k++) {
				if (fill[k] > 0) {
					total += fill[k] * h * h;
					double y = grid.y(k / grid.nx());
					lowest = Math.min(lowest, y);
					highest = Math.max(highest, y);
				}
			}
			assertEquals(volume * grid.width(), total, 1e-9 * total, "pre-deposit volume");
			double depth = volume / g.hostPorosity();
			if (o == Orientation.INVERTED) {
				assertEquals(0.5e-6, lowest, 1e-12);
				assertEquals(depth, highest, 4e-6);
			} else {
				assertEquals(299.5e-6, highest, 1e-12);
				assertEquals(300e-6 - depth, lowest, 4e-6);
			}
		}
	}

	/**
	 * A receded front: from the top face the emptied pore volume stays empty between the face and the
	 * metal, which keeps its volume below; from the bottom face the band is that much thinner.
	 */
	@Test
	void aRecededFrontLeavesItsEmptiedPoresInFrontOfTheMetal() {
		double h = 1e-6;
		double volume = MetalProperties.lithium().volumeForCharge(6 * TestCells.MAH_PER_CM2);
		double recess = 10e-6;
		for (Orientation o : Orientation.values()) {
			CellGeometry g = CellGeometry.builder().width(40e-6).gridSpacing(h).hostThickness(300e-6)
					.fibres(FibreLayouts.staggeredLattice(40e-6, 300e-6, 9e-6, 20e-6, 12.72e-6, "carbon"))
					.separator(SeparatorProperties.bruggeman(25e-6, 0.55)).preDeposit(volume, o)
					.preDepositFrontRecess(recess).build();
			GridInfo grid = g.grid();
			double[] fill = g.initialFill();
			double total = 0.0;
			double highest = 0.0;
			double lowest = Double.POSITIVE_INFINITY;
			for (int k = 0; k < grid.cellCount(); k++) {
				if (fill[k] > 0) {
					total += fill[k] * h * h;
					highest = Math.max(highest, grid.y(k / grid.nx()));
					lowest = Math.min(lowest, grid.y(k / grid.nx()));
				}
			}
			double porosity = g.hostPorosity();
			if (o == Orientation.UPRIGHT) {
				assertEquals(volume * grid.width(), total, 1e-9 * total, "the band keeps its metal");
				assertEquals(300e-6 - recess / porosity, highest, 4e-6, "the emptied pores lie in front of it");
			} else {
				assertEquals((volume - recess) * grid.width(), total, 1e-9 * total, "the band is thinner");
				assertEquals(0.5e-6, lowest, 1e-12);
				assertEquals((volume - recess) / porosity, highest, 4e-6);
			}
		}
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CellGeometry.builder().width(40e-6).gridSpacing(h).hostThickness(300e-6)
						.fibres(FibreLayouts.staggeredLattice(40e-6, 300e-6, 9e-6, 20e-6, 12.72e-6, "carbon"))
						.preDeposit(volume, Orientation.INVERTED).preDepositFrontRecess(2 * volume).build());
		assertTrue(e.getMessage().contains("exceeds the pre-deposit"), e.getMessage());
	}

	@Test
	void gridRoundsToWholeCellsAndDescribesLocations() {
		CellGeometry g = CellGeometry.builder().width(10e-6).gridSpacing(1e-6).hostThickness(30.2e-6)
				.foil(2e-6, "copper")
				.separator(SeparatorProperties.bruggeman(25e-6, 0.55)).build();
		assertEquals(10, g.grid().nx());
		assertEquals(30, g.grid().hostRows());
		assertEquals(25, g.grid().separatorRows());
		assertEquals(CellKind.SUBSTRATE, g.kind(g.grid().index(3, 1)));
		assertEquals(CellKind.ELECTROLYTE, g.kind(g.grid().index(3, 2)));
		assertEquals(CellKind.SEPARATOR, g.kind(g.grid().index(3, 30)));
		assertEquals("x = 3.500 µm, y = 40.500 µm (cell 3, 40)", g.grid().describe(g.grid().index(3, 40)));
	}
}
