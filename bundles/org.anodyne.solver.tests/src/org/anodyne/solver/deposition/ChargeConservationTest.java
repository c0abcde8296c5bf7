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
 * Deposited metal volume against ∫ j dt · V_m/(zF), counted independently from the fill fields,
 * through nucleation on bare fibres, overflow between cells and merging deposits.
 */
class ChargeConservationTest {

	@Test
	void galvanostaticPlatingConservesCharge() throws SolverException {
		DepositionProblem p = TestCells.carbonCloth(2e-6, 40e-6, Orientation.INVERTED, 5 * TestCells.MA_PER_CM2);
		double[] outputs = {100, 200, 400};
		DepositionRun run = new DepositionSolver(p).transientRun(
				TransientSettings.untilCharge(TestCells.MAH_PER_CM2).withOutputTimes(outputs), ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
		assertEquals(outputs.length + 2, run.snapshots().size());
		for (DepositionSnapshot s : run.snapshots()) {
			double expected = p.metal().volumeForCharge(5 * TestCells.MA_PER_CM2 * s.scalars().time())
					* s.fields().grid().width();
			double deposited = depositedFromFields(s.fields(), p);
			if (expected > 0) {
				double error = Math.abs(deposited - expected) / expected;
				System.out.printf("charge conservation at t = %6.1f s: relative error %.2e (solver reports %.2e)%n",
						s.scalars().time(), error, s.scalars().chargeConservationError());
				assertTrue(error < 1e-6, "relative error " + error);
				assertTrue(s.scalars().chargeConservationError() < 1e-6);
			}
		}
		assertTrue(run.last().scalars().maxDepositHeight() > 150e-6,
				"at 5 mA/cm2 bare fibres near the separator nucleate, so metal grows in several places");
	}

	@Test
	void prescribedOverpotentialAndOtherMetalsConserveCharge() throws SolverException {
		for (MetalProperties metal : new MetalProperties[]{MetalProperties.sodium(), MetalProperties.potassium(),
				MetalProperties.zinc()}) {
			var el = new org.anodyne.solver.ElectrolyteProperties(1000.0, 5e-10, 0.4, 1.0, metal.chargeNumber());
			DepositionProblem p = TestCells.planar(2e-6, 4, 40e-6, metal, el, 0.0)
					.control(Control.prescribedOverpotential(0.03)).build();
			DepositionRun run = new DepositionSolver(p).transientRun(TransientSettings.untilTime(600),
					ProgressMonitor.NULL);
			DepositionScalars s = run.last().scalars();
			double expectedThickness = metal.volumeForCharge(s.charge());
			System.out.printf("%s at 30 mV: %.3f C/m2 → %.4f µm, conservation error %.2e%n", metal.id(), s.charge(),
					s.depositedThickness() * 1e6, s.chargeConservationError());
			assertTrue(s.charge() > 0);
			assertEquals(expectedThickness, s.depositedThickness(), 1e-6 * expectedThickness);
			assertEquals(expectedThickness,
					depositedFromFields(run.last().fields(), p) / run.last().fields().grid().width(),
					1e-6 * expectedThickness);
		}
	}

	/** The surface fields of the steady split add up to the applied current on both orientations. */
	@Test
	void surfaceCurrentFieldAddsUpToTheAppliedCurrent() throws SolverException {
		for (Orientation o : Orientation.values()) {
			double j = 2.5;
			DepositionProblem p = TestCells.carbonCloth(2e-6, 40e-6, o, j);
			DepositionSnapshot s = new DepositionSolver(p).steadySplit(ProgressMonitor.NULL);
			double[] current = s.fields().surfaceCurrent();
			double[] area = s.fields().surfaceArea();
			double[] density = s.fields().surfaceCurrentDensity();
			double[] eta = s.fields().surfaceOverpotential();
			double total = 0.0;
			for (int k = 0; k < current.length; k++) {
				total += current[k];
				if (area[k] > 0.0) {
					assertEquals(current[k] / area[k], density[k], 1e-12 * Math.abs(density[k]) + 1e-15);
					assertTrue(eta[k] < 0.040, "no surface beyond the carbon barrier at 0.25 mA/cm2");
				}
			}
			assertEquals(j, total / s.fields().grid().width(), 1e-9 * j, o + ": Σ surface current = J·W");
		}
	}

	/**
	 * Σ newMetalFraction × pore volume of the cell (its fluid part of h² — all of it on the staircase
	 * path —, times ε in the separator).
	 */
	static double depositedFromFields(DepositionFields f, DepositionProblem p) {
		GridInfo g = f.grid();
		double h = g.spacing();
		double[] added = f.newMetalFraction();
		double[] fluid = p.numerics().boundary() == NumericalSettings.Boundary.CUT_CELLS
				? p.geometry().cutCells().fluidFractions()
				: null;
		double total = 0.0;
		for (int k = 0; k < g.cellCount(); k++) {
			boolean separator = k / g.nx() >= g.hostRows();
			double open = (separator ? p.geometry().separator().porosity() : 1.0) * (fluid == null ? 1.0 : fluid[k]);
			total += added[k] * h * h * open;
		}
		return total;
	}
}
