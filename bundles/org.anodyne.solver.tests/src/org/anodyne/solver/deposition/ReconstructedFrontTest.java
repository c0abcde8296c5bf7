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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * Runs with the reconstructed (PLIC) deposit front: the fill fractions stay the conserved
 * quantity, so charge is conserved to rounding as fronts cross pore and fibre cut cells; a planar
 * front stays planar and advances at V<sub>m</sub>J/(zF); the carbon-cloth cells keep their growth
 * direction.
 */
class ReconstructedFrontTest {

	private static final NumericalSettings RECONSTRUCTED = NumericalSettings.defaults()
			.withFront(NumericalSettings.Front.RECONSTRUCTED);

	@Test
	void planarFrontStaysPlanarAndAdvancesAtTheAnalyticRate() throws SolverException {
		double h = 1e-6;
		double j = 20.0;
		double time = 3000.0;
		MetalProperties li = MetalProperties.lithium();
		DepositionProblem p = TestCells.planar(h, 4, 20e-6, li, TestCells.ETHER, j).numerics(RECONSTRUCTED).build();
		DepositionRun run = new DepositionSolver(p).transientRun(TransientSettings.untilTime(time),
				ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
		double expected = li.volumeForCharge(j * time);
		DepositionFields f = run.last().fields();
		double[] added = f.newMetalFraction();
		int nx = f.grid().nx();
		double[] columns = new double[nx];
		for (int k = 0; k < added.length; k++) {
			columns[k % nx] += added[k] * h;
		}
		double thickness = 0.0;
		double spread = 0.0;
		for (int i = 0; i < nx; i++) {
			thickness += columns[i] / nx;
			spread = Math.max(spread, Math.abs(columns[i] - columns[0]));
		}
		System.out.printf("column heights differ by %.2e µm%n", spread * 1e6);
		assertTrue(spread < 1e-6 * h, "the front stays level: columns differ by " + spread + " m");
		System.out.printf("planar PLIC front after %.0f s at %.0f A/m2: %.6f µm (analytic %.6f µm)%n", time, j,
				thickness * 1e6, expected * 1e6);
		assertEquals(expected, thickness, 1e-9 * expected);
		assertEquals(expected, run.last().scalars().depositedThickness(), 1e-9 * expected);
		assertTrue(thickness > 2 * h, "the front crossed cells");
	}

	@Test
	void chargeIsConservedAndCarbonClothKeepsItsGrowthDirection() throws SolverException {
		for (Orientation o : Orientation.values()) {
			double j = 0.25 * TestCells.MA_PER_CM2;
			DepositionProblem p = TestCells.carbonCloth(2e-6, 60e-6, o, j).toBuilder().numerics(RECONSTRUCTED).build();
			DepositionRun run = new DepositionSolver(p).transientRun(
					TransientSettings.untilCharge(TestCells.MAH_PER_CM2).withOutputTimes(new double[]{4000}),
					ProgressMonitor.NULL);
			assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
			for (DepositionSnapshot s : run.snapshots()) {
				double expected = p.metal().volumeForCharge(j * s.scalars().time()) * s.fields().grid().width();
				if (expected > 0) {
					double error = Math.abs(ChargeConservationTest.depositedFromFields(s.fields(), p) - expected)
							/ expected;
					assertTrue(error < 1e-6, o + " at t = " + s.scalars().time() + ": relative error " + error);
					assertTrue(s.scalars().chargeConservationError() < 1e-6);
				}
			}
			double lower = run.last().scalars().newMetalFractionLowerHalf();
			System.out.printf(
					"carbon cloth %s with PLIC fronts: new metal in the lower half %.3f, %d steps, η %.2f mV%n", o,
					lower, run.steps(), run.last().scalars().cellOverpotential() * 1e3);
			assertTrue(o == Orientation.INVERTED ? lower >= 0.8 : lower <= 0.2, o + ": lower-half fraction " + lower);
		}
	}
}
