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

import org.junit.jupiter.api.Test;

/** Polygon solids on the grid and Butler–Volmer for a divalent metal. */
class PolygonAndChargeNumberTest {

	@Test
	void aGridAlignedRectangleFillsExactlyItsCells() {
		// A 10 µm wide, 40 µm tall wire on a 1 µm grid, crossing the periodic boundary at x = 0.
		CellGeometry g = CellGeometry.builder().width(50e-6).gridSpacing(1e-6).hostThickness(60e-6)
				.polygon(new double[]{-5e-6, 5e-6, 5e-6, -5e-6}, new double[]{0, 0, 40e-6, 40e-6}, "copper")
				.build();
		assertEquals(List.of("copper"), g.substrateIds());
		int solid = 0;
		for (int k = 0; k < g.grid().hostRows() * g.grid().nx(); k++) {
			if (g.kind(k) == CellKind.SUBSTRATE) {
				solid++;
			}
		}
		assertEquals(10 * 40, solid, "10 columns (5 each side of x = 0) by 40 rows");
		assertEquals(1 - 400.0 / (50 * 60), g.hostPorosity(), 1e-12);
	}

	@Test
	void aPolygonReachingTheCounterElectrodeIsRefusedWithWhere() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CellGeometry.builder().width(50e-6).gridSpacing(1e-6).hostThickness(20e-6)
						.polygon(new double[]{0, 5e-6, 5e-6}, new double[]{0, 0, 40e-6}, "copper").build());
		assertTrue(e.getMessage().contains("short circuit") && e.getMessage().contains("y = 19.500 µm"),
				e.getMessage());
	}

	@Test
	void divalentKineticsHaveAnodicCoefficientZMinusCathodicAndHalfTheChargeTransferResistance() {
		ButlerVolmer zinc = ButlerVolmer.forCharge(10.0, 0.5, 2);
		assertEquals(1.5, zinc.anodicTransferCoefficient(), 0.0);
		assertEquals(0.5, zinc.cathodicTransferCoefficient(), 0.0);
		assertEquals(0.75, zinc.concentrationExponent(), 0.0);
		double vt = 0.025693;
		double eta = 0.02;
		double x = eta / vt;
		assertEquals(10.0 * (Math.exp(0.5 * x) - Math.exp(-1.5 * x)), zinc.currentDensity(eta, 1.0, vt), 1e-12);
		// Linear regime: j = z i0 eta / V_T, twice a monovalent metal's (second order: (alpha_c - alpha_a) x / 2).
		double small = 1e-8;
		assertEquals(2 * 10.0 * small / vt, zinc.currentDensity(small, 1.0, vt), 1e-6 * 2 * 10.0 * small / vt);
		ButlerVolmer lithium = ButlerVolmer.forCharge(10.0, 0.5, 1);
		assertEquals(ButlerVolmer.of(10.0, 0.5, 0.5), lithium, "z = 1 is the usual alpha_a = 1 - alpha_c");
	}
}
