/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.Fibre;
import org.anodyne.solver.deposition.NumericalSettings;
import org.junit.jupiter.api.Test;

/**
 * The PLIC front: each segment holds its cell's metal exactly, and around a disc of metal (exact
 * area fractions) the reconstructed front converges to the circle at second order, where the
 * full cells' faces (the staircase front) stay O(h) off and 4/π too long.
 */
class FrontReconstructionTest {

	private static final double W = 40e-6;
	private static final double R = 10e-6;
	private static final double CX = 20.3e-6;
	private static final double CY = 20.7e-6;

	@Test
	void segmentLeavesExactlyTheMetalFractionBehindIt() {
		Random random = new Random(13);
		FrontReconstruction.Segment s = new FrontReconstruction.Segment();
		for (int t = 0; t < 1000; t++) {
			double angle = 2 * Math.PI * random.nextDouble();
			double f = random.nextDouble();
			s.place(Math.cos(angle), Math.sin(angle), f);
			assertEquals(f, s.metalArea(Math.cos(angle), Math.sin(angle), s.alpha), 1e-13);
		}
		s.place(0.0, 1.0, 0.3);
		assertEquals(0.0, s.openSouth, 1e-14);
		assertEquals(1.0, s.openNorth, 1e-14);
		assertEquals(0.7, s.openEast, 1e-13);
		assertEquals(0.7, s.openWest, 1e-13);
		assertEquals(1.0, s.length, 1e-13);
		assertEquals(0.2, s.centreDistance, 1e-13);
		assertEquals(0.3, s.midY, 1e-13);
	}

	@Test
	void reconstructedCircleConvergesAtSecondOrderWhereTheStaircaseDoesNot() {
		double[] hs = {2e-6, 1e-6, 0.5e-6, 0.25e-6};
		double[][] front = new double[hs.length][];
		double[][] staircase = new double[hs.length][];
		for (int i = 0; i < hs.length; i++) {
			front[i] = frontErrors(hs[i], true);
			staircase[i] = frontErrors(hs[i], false);
			System.out.printf(
					"disc front h = %.2f µm: PLIC length error %.2e, largest distance of a segment's midpoint from the circle %.2e h; "
							+ "staircase length error %.2e%n",
					hs[i] * 1e6, front[i][0], front[i][1] / hs[i], staircase[i][0]);
		}
		for (int i = 1; i < hs.length; i++) {
			double orderLength = Math.log(front[i - 1][0] / front[i][0]) / Math.log(2);
			double orderDistance = Math.log(front[i - 1][1] / front[i][1]) / Math.log(2);
			System.out.printf("order h = %.2f µm: length %.2f, midpoint distance %.2f%n", hs[i] * 1e6, orderLength,
					orderDistance);
		}
		int last = hs.length - 1;
		double order = Math.log(front[last - 2][1] / front[last][1]) / Math.log(4);
		assertTrue(order >= 1.8, "midpoint distance order " + order);
		assertTrue(front[last][0] < 1e-3, "PLIC front length error " + front[last][0]);
		assertEquals(4 / Math.PI - 1, staircase[last][0], 0.05, "the staircase front stays 4/π too long");
	}

	/**
	 * Relative error of the electrode length the faces see (segments and open faces towards metal),
	 * and the largest distance of a segment's midpoint from the circle [m].
	 */
	private static double[] frontErrors(double h, boolean reconstructed) {
		CellGeometry disc = CellGeometry.builder().width(W).gridSpacing(h).hostThickness(W)
				.fibre(new Fibre(CX, CY, R, "carbon")).build();
		double[] fluid = disc.cutCells().fluidFractions();
		// A metal foil in the bottom row (a geometry needs a solid); its faces are left out below.
		CellGeometry open = CellGeometry.builder().width(W).gridSpacing(h).hostThickness(W).metalFoil(h).build();
		NumericalSettings numerics = NumericalSettings.defaults().withFront(
				reconstructed ? NumericalSettings.Front.RECONSTRUCTED : NumericalSettings.Front.CELL_FACES);
		DepositionProblem problem = DepositionProblem.builder().geometry(open).metal(MetalProperties.lithium())
				.electrolyte(new ElectrolyteProperties(1000.0, 1e-10, 0.4, 1.0, 1))
				.kinetics(ButlerVolmer.symmetric(10.0))
				.control(Control.galvanostatic(1.0)).numerics(numerics).build();
		Domain domain = new Domain(problem);
		CellState state = new CellState(domain);
		for (int k = 2 * domain.nx; k < domain.n; k++) {
			double metal = 1.0 - fluid[k];
			state.volume[k] = metal * domain.capacity[k];
			state.active[k] = metal < 1.0;
		}
		FrontReconstruction reconstruction = reconstructed ? new FrontReconstruction(domain, state) : null;
		if (reconstruction != null) {
			reconstruction.update();
		}
		ElectrodeFaces faces = new ElectrodeFaces(domain, state, reconstruction);
		faces.build();
		double length = 0.0;
		for (int f = 0; f < faces.count; f++) {
			if (!faces.counter[f] && faces.cell[f] >= 2 * domain.nx) {
				length += faces.area[f];
			}
		}
		double worst = 0.0;
		if (reconstruction != null) {
			for (int k = 0; k < domain.n; k++) {
				if (reconstruction.front[k]) {
					double distance = Math.hypot(reconstruction.x[k] - CX, reconstruction.y[k] - CY) - R;
					worst = Math.max(worst, Math.abs(distance));
				}
			}
		}
		return new double[]{Math.abs(length / (2 * Math.PI * R) - 1), worst};
	}
}
