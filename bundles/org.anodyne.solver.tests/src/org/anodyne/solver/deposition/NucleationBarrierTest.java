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
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * Bare collector surfaces plate only above their barrier and never strip (SCIENCE.md §2 trap);
 * metal-covered surfaces follow the plain kinetic law in both directions.
 */
class NucleationBarrierTest {

	private static final double BARRIER = 0.040;
	private static final double I0 = 10.0;
	private static final double VT = PhysicalConstants.thermalVoltage(PhysicalConstants.DEFAULT_TEMPERATURE);

	/** A bare copper foil (or a Li-covered one) under a fast electrolyte, at a prescribed overpotential. */
	private static DepositionScalars foil(double overpotential, double preDeposit) throws SolverException {
		double h = 1e-6;
		CellGeometry g = CellGeometry.builder().width(4 * h).gridSpacing(h).hostThickness(20e-6).foil(h, "copper")
				.preDeposit(preDeposit, Orientation.INVERTED).build();
		DepositionProblem p = DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium())
				.electrolyte(new org.anodyne.solver.ElectrolyteProperties(1000.0, 1e-6, 0.45, 1000.0, 1))
				.kinetics(new ButlerVolmer(I0, 0.5, 0.5, 0.0)).counterKinetics(ButlerVolmer.symmetric(1e9))
				.barriers(NucleationBarriers.builder().barrier("copper", BARRIER).build())
				.control(Control.prescribedOverpotential(overpotential)).build();
		return new DepositionSolver(p).steadySplit(ProgressMonitor.NULL).scalars();
	}

	@Test
	void bareSurfaceDoesNotStripMetalItDoesNotHave() throws SolverException {
		double j = foil(-0.050, 0.0).currentDensity();
		assertTrue(Math.abs(j) < 1e-9 * I0, "bare copper at −50 mV carries " + j + " A/m2");
	}

	@Test
	void bareSurfacePlatesOnlyAboveItsBarrier() throws SolverException {
		double below = foil(0.5 * BARRIER, 0.0).currentDensity();
		double atZero = foil(0.0, 0.0).currentDensity();
		double above = foil(BARRIER + 0.030, 0.0).currentDensity();
		double expectedAbove = I0 * (Math.exp(0.5 * 0.030 / VT) - Math.exp(-0.5 * 0.030 / VT));
		System.out.printf(
				"bare copper: j(0) = %.2e, j(Δη/2) = %.2e, j(Δη + 30 mV) = %.4f A/m2 (BV of the excess: %.4f)%n",
				atZero, below, above, expectedAbove);
		assertTrue(Math.abs(atZero) < 1e-9 * I0);
		assertTrue(below < 1e-6 * I0, "below the barrier: " + below);
		assertEquals(expectedAbove, above, 0.01 * expectedAbove);
	}

	@Test
	void metalCoveredSurfaceStripsAndPlatesWithoutBarrier() throws SolverException {
		double cover = 2e-6;
		double strip = foil(-0.010, cover).currentDensity();
		double plate = foil(0.010, cover).currentDensity();
		double expected = 2 * I0 * Math.sinh(0.5 * 0.010 / VT);
		assertEquals(-expected, strip, 0.01 * expected);
		assertEquals(expected, plate, 0.01 * expected);
	}

	/**
	 * The steady split in the inverted carbon cloth: at 0.25 mA/cm² the bare fibres stay below their
	 * barrier (η/Δη < 1) and carry no current; the current goes to the buried metal.
	 */
	@Test
	void bareFibresAboveTheDepositCarryNoCurrentBelowTheirBarrier() throws SolverException {
		DepositionProblem p = TestCells.carbonCloth(2e-6, 40e-6, Orientation.INVERTED, 0.25 * TestCells.MA_PER_CM2);
		DepositionSnapshot s = new DepositionSolver(p).steadySplit(ProgressMonitor.NULL);
		assertTrue(s.scalars().bareSurfaceBarrierRatio() < 1.0);
		assertEquals(1.0, s.scalars().currentFractionLowerHalf(), 1e-6);
		double[] j = s.fields().surfaceCurrentDensity();
		GridInfo g = s.fields().grid();
		double maxUpper = 0.0;
		for (int k = 0; k < g.cellCount(); k++) {
			if (g.y(k / g.nx()) > 100e-6) {
				maxUpper = Math.max(maxUpper, Math.abs(j[k]));
			}
		}
		assertTrue(maxUpper < 1e-6, "bare fibres above the deposit carry " + maxUpper + " A/m2");
	}
}
