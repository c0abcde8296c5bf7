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
 * A covered fibre's unresolved film holds one coverage thickness of metal: stripping takes it, and
 * then the fibre is bare carbon, which does not strip — the metal foil beside it carries the whole
 * current, and no cell is left holding less than the film it had.
 */
class CoveredFibreStrippingTest {

	@Test
	void aCoveredFibreStopsStrippingOnceItsFilmIsGone() throws SolverException {
		double h = 1e-6;
		double width = 12e-6;
		MetalProperties li = MetalProperties.lithium();
		CellGeometry g = CellGeometry.builder().width(width).gridSpacing(h).hostThickness(30e-6).metalFoil(3e-6)
				.fibre(new Fibre(6.2e-6, 15.3e-6, 2.1e-6, "carbon", true)).build();
		DepositionProblem p = DepositionProblem.builder().geometry(g).metal(li).electrolyte(TestCells.ETHER)
				.kinetics(ButlerVolmer.symmetric(10.0))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.04).build())
				.control(Control.galvanostatic(-5.0)).build();
		DepositionRun run = new DepositionSolver(p).transientRun(
				TransientSettings.untilTime(600.0).withOutputTimes(new double[]{1.0}), ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
		double[] first = run.snapshots().get(1).fields().fibreCurrent();
		double[] last = run.last().fields().fibreCurrent();
		double total = -5.0 * width;
		// The film: one coverage thickness over the fibre's perimeter.
		double film = p.coverageThickness() * 2 * Math.PI * 2.1e-6;
		double[] fill = run.last().fields().fillFraction();
		double[] fluid = g.cutCells().fluidFractions();
		double taken = 0.0;
		for (int k = 0; k < fill.length; k++) {
			taken -= Math.min(fill[k], 0.0) * fluid[k] * h * h;
		}
		System.out.printf(
				"covered fibre stripping at 5 A/m2: fibre current %.3g, after 600 s %.3g A/m (of %.3g); film taken %.4f of %.3g m2; charge error %.1e%n",
				first[0], last[0], total, taken / film, film, run.last().scalars().chargeConservationError());
		assertTrue(first[0] < 0.05 * total, "the covered fibre strips at first: " + first[0]);
		assertTrue(last[0] > 0.01 * total, "the fibre has (nearly) stopped stripping: " + last[0]);
		assertTrue(taken > 0.9 * film && taken <= film * (1 + 1e-9), "the film and no more was stripped: " + taken);
		assertTrue(run.last().scalars().chargeConservationError() < 1e-6);
	}
}
