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

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/** The planar analytic checks of SCIENCE.md §4: 1D steady state and Sand's time. */
class PlanarAnalyticTest {

	private static final double T = PhysicalConstants.DEFAULT_TEMPERATURE;
	private static final double VT = PhysicalConstants.thermalVoltage(T);

	/**
	 * Two planar metal electrodes 100 µm apart, run to steady state: linear concentration profile,
	 * limiting current and concentration overpotential as in the textbook.
	 */
	@Test
	void steadyStateBetweenPlanarElectrodesMatchesAnalytic() throws SolverException {
		ElectrolyteProperties el = TestCells.ETHER;
		double gap = 100e-6;
		double h = 2e-6;
		for (double ratio : new double[]{0.5, 0.9}) {
			double jLim = el.limitingCurrentDensity(gap);
			double j = ratio * jLim;
			DepositionProblem p = TestCells.planar(h, 3, gap, TestCells.IMMOBILE_LITHIUM, el, j).build();
			double diffusionTime = gap * gap / el.diffusivity();
			DepositionRun run = new DepositionSolver(p).transientRun(
					TransientSettings.untilTime(30 * diffusionTime).withMaxFillPerStep(1.0), ProgressMonitor.NULL);
			assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
			DepositionSnapshot last = run.last();
			GridInfo grid = last.fields().grid();
			double[] c = last.fields().concentration();
			double maxError = 0.0;
			for (int row = 1; row < grid.ny(); row++) {
				double distance = grid.y(row) - h;
				double exact = el.concentration() * (1.0 - ratio * (1.0 - 2.0 * distance / gap));
				for (int i = 0; i < grid.nx(); i++) {
					maxError = Math.max(maxError, Math.abs(c[grid.index(i, row)] - exact) / exact);
				}
			}
			double cBottom = el.concentration() * (1 - ratio);
			double cTop = el.concentration() * (1 + ratio);
			double kinetic = 2 * VT * asinh(j / (2 * 10.0 * Math.sqrt(cBottom / el.concentration())))
					+ 2 * VT * asinh(j / (2 * 10.0 * Math.sqrt(cTop / el.concentration())));
			double ohmic = j * gap / el.conductivity();
			double concentration = last.scalars().cellOverpotential() - ohmic - kinetic;
			double expected = el.concentrationOverpotential(j, gap, T);
			System.out.printf(
					"1D steady state at J/Jlim = %.2f: concentration profile max error %.2e, concentration overpotential %.4f mV (analytic %.4f mV), J/Jlim reported %.4f%n",
					ratio, maxError, concentration * 1e3, expected * 1e3, last.scalars().limitingCurrentRatio());
			assertTrue(maxError < 0.01, "concentration profile within 1 %: " + maxError);
			assertEquals(expected, concentration, 0.01 * expected);
			assertEquals(ratio, last.scalars().limitingCurrentRatio(), 0.01 * ratio);
		}
	}

	/**
	 * Sand's time on a planar electrode facing 3 mm of electrolyte (√(Dτ) = 0.46 mm), for Li and for
	 * divalent Zn at twice the current (same τ). The 10 µm cells keep the plated metal (≤ 9.5 µm)
	 * inside the first cell, i.e. the stationary electrode the analytic solution assumes.
	 */
	@Test
	void sandTimeForLithium() throws SolverException {
		sandTimeOnAPlanarElectrode(MetalProperties.lithium());
	}

	/** Metal independence: divalent zinc needs no change anywhere in the solver. */
	@Test
	void sandTimeForZinc() throws SolverException {
		sandTimeOnAPlanarElectrode(MetalProperties.zinc());
	}

	private static void sandTimeOnAPlanarElectrode(MetalProperties metal) throws SolverException {
		String metalId = metal.id();
		int z = metal.chargeNumber();
		ElectrolyteProperties el = new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.1, z);
		double j = 100.0 * z;
		double tau = el.sandTime(j);
		double h = 10e-6;
		DepositionProblem p = TestCells.planar(h, 1, 3e-3, metal, el, j).build();
		DepositionRun run = new DepositionSolver(p).transientRun(TransientSettings.untilTime(2 * tau)
				.withInitialTimeStep(1e-4 * tau).withMaxTimeStep(tau / 400), ProgressMonitor.NULL);
		System.out.printf("Sand's time %s (z = %d) at %.0f A/m2: %.2f s numerical vs %.2f s analytic (%.3f %%)%n",
				metalId,
				z, j, run.endTime(), tau, 100 * (run.endTime() / tau - 1));
		assertEquals(DepositionRun.Termination.ELECTROLYTE_DEPLETED, run.termination(), run.message());
		assertEquals(tau, run.endTime(), 0.02 * tau);
		assertTrue(run.last().scalars().depositedThickness() < h, "electrode stayed within its first cell");
	}

	private static double asinh(double x) {
		return Math.log(x + Math.sqrt(x * x + 1));
	}
}
