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

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * The paper's carbon-cloth cells plating 1 mAh cm⁻²: inverted grows bottom-up, upright at the top.
 * Coarse grid (2 µm, fibres 4.5 cells across) and a 60 µm wide strip keep each run near a second.
 */
class CarbonClothOrientationTest {

	private static final double H = 2e-6;
	private static final double WIDTH = 60e-6;

	@Test
	void invertedPlatesBottomUpAndUprightAtTheTopAtQuarterMilliamp() throws SolverException {
		DepositionRun inverted = plate(Orientation.INVERTED, 0.25);
		DepositionRun upright = plate(Orientation.UPRIGHT, 0.25);
		report(Orientation.INVERTED, 0.25, inverted);
		report(Orientation.UPRIGHT, 0.25, upright);
		assertEquals(DepositionRun.Termination.COMPLETED, inverted.termination(), inverted.message());
		assertEquals(DepositionRun.Termination.COMPLETED, upright.termination(), upright.message());
		assertTrue(inverted.last().scalars().newMetalFractionLowerHalf() >= 0.8,
				"inverted: new metal in the lower half " + inverted.last().scalars().newMetalFractionLowerHalf());
		assertTrue(1 - upright.last().scalars().newMetalFractionLowerHalf() >= 0.8,
				"upright: new metal in the upper half " + (1 - upright.last().scalars().newMetalFractionLowerHalf()));
		assertTrue(inverted.first().scalars().bareSurfaceBarrierRatio() < 1.0,
				"bare fibres start below their barrier in the inverted cell");
		assertEquals(1.0, inverted.last().scalars().depositedThickness() / org.anodyne.solver.MetalProperties.lithium()
				.volumeForCharge(TestCells.MAH_PER_CM2), 1e-6);
	}

	/** Not asserted: the figures at 1 and 5 mA cm⁻² for the report. */
	@Test
	void figuresAtHigherCurrentsAreReported() throws SolverException {
		for (double rate : new double[]{1.0, 5.0}) {
			for (Orientation o : Orientation.values()) {
				report(o, rate, plate(o, rate));
			}
		}
	}

	private static DepositionRun plate(Orientation orientation, double milliampPerCm2) throws SolverException {
		DepositionProblem p = TestCells.carbonCloth(H, WIDTH, orientation, milliampPerCm2 * TestCells.MA_PER_CM2);
		return new DepositionSolver(p).transientRun(TransientSettings.untilCharge(TestCells.MAH_PER_CM2),
				ProgressMonitor.NULL);
	}

	private static void report(Orientation o, double rate, DepositionRun run) {
		DepositionScalars first = run.first().scalars();
		DepositionScalars last = run.last().scalars();
		System.out.printf(
				"Carbon cloth %-8s %.2f mA/cm2: new metal in lower half %.3f (initial current %.3f), η_cell %.2f → %.2f mV, "
						+ "bare-fibre η/Δη_nuc %.3f (max over run start) → %.3f, Π %.3f, J/Jlim %.3f, gap %.1f µm, %d steps, %s%n",
				o, rate, last.newMetalFractionLowerHalf(), first.initialCurrentFractionLowerHalf(),
				first.cellOverpotential() * 1e3, last.cellOverpotential() * 1e3, first.bareSurfaceBarrierRatio(),
				last.bareSurfaceBarrierRatio(), first.ohmicBarrierNumber(), first.limitingCurrentRatio(),
				last.separatorGap() * 1e6, run.steps(), run.termination());
	}
}
