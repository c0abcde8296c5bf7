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

import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * A solid that sticks out of the host's top into the separator is collector surface there like
 * anywhere else: cut exactly in the separator's cells, carrying current, its metal kept in the host.
 */
class SolidsAboveTheHostTest {

	private static final double HOST = 12e-6;
	private static final double R = 3e-6;

	/** A fibre centred 1.13 µm below the host's top: 37 % of its circumference lies in the separator. */
	private static CellGeometry straddling(double h, boolean covered) {
		return CellGeometry.builder().width(12e-6).gridSpacing(h).hostThickness(HOST)
				.fibre(new Fibre(6.1e-6, HOST - 1.13e-6, R, "carbon", covered))
				.separator(SeparatorProperties.bruggeman(12e-6, 0.5)).build();
	}

	@Test
	void thePartAboveTheHostIsCutExactlyInTheSeparator() {
		for (double h : new double[]{0.5e-6, 0.37e-6, 0.25e-6}) {
			CellGeometry g = straddling(h, false);
			CutCellGeometry c = g.cutCells();
			double top = g.grid().hostThickness();
			double all = 0.0;
			double above = 0.0;
			for (int p = 0; p < c.pieceCount(); p++) {
				all += c.pieceLength(p);
				if (c.pieceCell(p) / g.grid().nx() >= g.grid().hostRows()) {
					above += c.pieceLength(p);
				}
			}
			double solid = 0.0;
			double[] fluid = c.fluidFractions();
			for (double a : fluid) {
				solid += (1.0 - a) * h * h;
			}
			double expectedAbove = R * (Math.PI - 2.0 * Math.asin((top - (HOST - 1.13e-6)) / R));
			assertEquals(2.0 * Math.PI * R, all, 1e-9 * all, "whole circumference at h = " + h);
			assertEquals(expectedAbove, above, 1e-9 * all, "arc above the host at h = " + h);
			assertEquals(Math.PI * R * R, solid, 1e-9 * solid, "whole cross-section at h = " + h);
		}
	}

	@Test
	void aSolidReachingTheCounterElectrodeIsRefused() {
		// A thin fibre whose top passes the counter electrode between two cell centres.
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CellGeometry.builder().width(12e-6).gridSpacing(1e-6).hostThickness(HOST).foil(2e-6, "copper")
						.fibre(new Fibre(6e-6, HOST + 3.7e-6, 0.4e-6, "carbon"))
						.separator(SeparatorProperties.bruggeman(4e-6, 0.5)).build());
		assertTrue(e.getMessage().contains("fibre 1 reaches y = 16.100 µm, the counter electrode at 16.000 µm"),
				e.getMessage());
	}

	/**
	 * The fibre's part in the separator, nearest the counter electrode, carries a large share of the
	 * current (it was clipped and carried none), and what plates there creeps into the host's pores:
	 * the separator stays free of metal and the charge is conserved.
	 */
	@Test
	void thePartAboveTheHostPlatesIntoTheHost() throws SolverException {
		CellGeometry g = straddling(0.5e-6, true);
		double current = 20.0;
		DepositionProblem p = DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium())
				.electrolyte(TestCells.ETHER).kinetics(ButlerVolmer.symmetric(10.0))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.040).build())
				.control(Control.galvanostatic(current)).build();
		DepositionSnapshot steady = new DepositionSolver(p).steadySplit(ProgressMonitor.NULL);
		double[] surface = steady.fields().surfaceCurrent();
		GridInfo grid = g.grid();
		double total = 0.0;
		double above = 0.0;
		for (int k = 0; k < surface.length; k++) {
			total += surface[k];
			above += k / grid.nx() >= grid.hostRows() ? surface[k] : 0.0;
		}
		System.out.printf("fibre across the host's top: %.1f %% of the current above it%n", 100 * above / total);
		assertEquals(current * grid.width(), total, 1e-9 * current * grid.width());
		assertTrue(above > 0.2 * total, "share above the host " + above / total);

		DepositionRun run = new DepositionSolver(p).transientRun(
				TransientSettings.untilCharge(0.05 * TestCells.MAH_PER_CM2), ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
		DepositionFields f = run.last().fields();
		double expected = p.metal().volumeForCharge(current * run.last().scalars().time()) * grid.width();
		assertEquals(expected, ChargeConservationTest.depositedFromFields(f, p), 1e-6 * expected);
		double[] added = f.newMetalFraction();
		for (int k = grid.hostRows() * grid.nx(); k < added.length; k++) {
			assertEquals(0.0, added[k], 0.0, "metal in the separator at " + grid.describe(k));
		}
	}
}
