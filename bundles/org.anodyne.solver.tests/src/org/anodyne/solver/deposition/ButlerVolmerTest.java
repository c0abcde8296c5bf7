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
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/** Butler–Volmer: linear regime and Tafel slope, for the law and through the full solver. */
class ButlerVolmerTest {

	private static final double VT = PhysicalConstants.thermalVoltage(PhysicalConstants.DEFAULT_TEMPERATURE);

	@Test
	void lawIsLinearNearEquilibriumAndHasTheTafelSlope() {
		ButlerVolmer bv = ButlerVolmer.symmetric(10.0);
		double eta = 1e-4;
		double j = bv.currentDensity(eta, 1.0, VT);
		assertEquals(VT * j / 10.0, eta, 0.01 * eta, "linear regime η ≈ (RT/F) j/i0");
		double slope = tafelSlope(bv, 0.5);
		assertEquals(2.303 * VT / 0.5, slope, 0.01 * slope, "Tafel slope at α = 0.5");
		assertEquals(0.118, slope, 0.002);
		ButlerVolmer asymmetric = ButlerVolmer.of(10.0, 0.3, 0.7);
		double slope07 = tafelSlope(asymmetric, 0.7);
		assertEquals(2.303 * VT / 0.7, slope07, 0.01 * slope07);
		assertEquals(0.0, bv.currentDensity(0.0, 0.37, VT), 0.0);
		assertTrue(bv.currentDensity(-0.05, 1.0, VT) < 0.0, "negative overpotential strips");
	}

	/** Cathodic overpotential per decade of current between 100 i0 and 1000 i0. */
	private static double tafelSlope(KineticLaw law, double alphaC) {
		double i0 = law.currentDensity(1e-7, 1.0, VT) / (1e-7 / VT);
		double eta1 = invert(law, 100 * i0);
		double eta2 = invert(law, 1000 * i0);
		return eta2 - eta1;
	}

	private static double invert(KineticLaw law, double j) {
		double lo = 0.0;
		double hi = 2.0;
		for (int k = 0; k < 200; k++) {
			double mid = 0.5 * (lo + hi);
			if (law.currentDensity(mid, 1.0, VT) < j) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
	}

	/**
	 * Through the solver: a planar metal electrode with a slow law (i0 = 0.01 A/m², no
	 * concentration dependence) in an electrolyte that transports almost without loss, against a
	 * fast counter electrode, so the cell overpotential is the working electrode's η plus a small
	 * ohmic drop that is subtracted.
	 */
	@Test
	void solverReproducesLinearRegimeAndTafelSlopeOfTheLaw() throws SolverException {
		double i0 = 0.01;
		ElectrolyteProperties fast = new ElectrolyteProperties(1000.0, 1e-6, 0.45, 1000.0, 1);
		double gap = 20e-6;
		double linearJ = 0.01 * i0;
		double etaLinear = cellOverpotential(i0, fast, gap, linearJ) - linearJ * gap / fast.conductivity();
		assertEquals(VT * linearJ / i0, etaLinear, 0.01 * VT * linearJ / i0);
		double eta100 = cellOverpotential(i0, fast, gap, 100 * i0) - 100 * i0 * gap / fast.conductivity();
		double eta1000 = cellOverpotential(i0, fast, gap, 1000 * i0) - 1000 * i0 * gap / fast.conductivity();
		double slope = eta1000 - eta100;
		System.out.printf(
				"Butler-Volmer through the solver: linear η = %.4g µV (expected %.4g), Tafel slope %.2f mV/decade (expected %.2f)%n",
				etaLinear * 1e6, VT * linearJ / i0 * 1e6, slope * 1e3, 2.303 * VT / 0.5 * 1e3);
		assertEquals(2.303 * VT / 0.5, slope, 0.01 * slope);
	}

	private static double cellOverpotential(double i0, ElectrolyteProperties el, double gap, double j)
			throws SolverException {
		DepositionProblem p = TestCells.planar(2e-6, 1, gap, TestCells.IMMOBILE_LITHIUM, el, j)
				.kinetics(new ButlerVolmer(i0, 0.5, 0.5, 0.0)).counterKinetics(ButlerVolmer.symmetric(1e7)).build();
		return new DepositionSolver(p).steadySplit(ProgressMonitor.NULL).scalars().cellOverpotential();
	}
}
