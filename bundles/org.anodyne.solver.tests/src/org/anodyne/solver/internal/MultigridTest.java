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

import org.junit.jupiter.api.Test;

/** The multigrid-preconditioned CG converges in a number of iterations independent of the grid. */
class MultigridTest {

	/** Poisson with fibre-like holes and weak Robin terms on their faces, like the potential problem. */
	private static int iterationsFor(int nx, int ny) {
		int n = nx * ny;
		boolean[] active = new boolean[n];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				double x = (i + 0.5) / nx;
				double y = (j + 0.5) / ny;
				double fx = x * 4 - Math.floor(x * 4) - 0.5;
				double fy = y * 8 - Math.floor(y * 8) - 0.5;
				active[j * nx + i] = fx * fx + fy * fy > 0.09 || y > 0.9;
			}
		}
		double[] tE = new double[n];
		double[] tN = new double[n];
		double[] d = new double[n];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				if (!active[k]) {
					continue;
				}
				int e = j * nx + (i + 1) % nx;
				int w = j * nx + (i + nx - 1) % nx;
				double kappa = j >= 0.9 * ny ? 0.4 : 1.0;
				tE[k] = active[e] ? kappa : 0.0;
				d[k] += active[e] ? 0.0 : 1e-4;
				d[k] += active[w] ? 0.0 : 1e-4;
				if (j < ny - 1) {
					tN[k] = active[k + nx] ? kappa : 0.0;
					d[k] += active[k + nx] ? 0.0 : 1e-4;
				} else {
					d[k] += 10.0;
				}
				if (j > 0 && !active[k - nx]) {
					d[k] += 1e-4;
				}
			}
		}
		Multigrid mg = new Multigrid(nx, ny, tE, tN, d, active);
		double[] b = new double[n];
		Random random = new Random(7);
		for (int k = 0; k < n; k++) {
			b[k] = active[k] ? random.nextDouble() - 0.3 : 0.0;
		}
		double[] x = new double[n];
		assertTrue(mg.solve(x, b, 1e-10, 100), "converged");
		double[] ax = new double[n];
		mg.apply(x, ax);
		double r = 0.0;
		double bb = 0.0;
		for (int k = 0; k < n; k++) {
			if (active[k]) {
				r += (ax[k] - b[k]) * (ax[k] - b[k]);
				bb += b[k] * b[k];
			} else {
				assertEquals(0.0, x[k]);
			}
		}
		assertTrue(Math.sqrt(r / bb) <= 1e-10 * 1.0001);
		return mg.lastIterations();
	}

	@Test
	void iterationCountDoesNotGrowWithTheGrid() {
		int coarse = iterationsFor(64, 128);
		int medium = iterationsFor(128, 256);
		int fine = iterationsFor(256, 512);
		System.out.printf("MG-PCG iterations to 1e-10: %d, %d, %d on 64x128, 128x256, 256x512%n", coarse, medium, fine);
		assertTrue(fine <= 25 && fine <= coarse + 4, "iterations " + coarse + ", " + medium + ", " + fine);
	}

	@Test
	void oddAndDegenerateGridSizesWork() {
		assertTrue(iterationsFor(1, 300) <= 25);
		assertTrue(iterationsFor(3, 77) <= 25);
		assertTrue(iterationsFor(2, 5) <= 25);
	}

	@Test
	void updatingTheDiagonalMatchesABuildFromScratch() {
		int nx = 33;
		int ny = 40;
		int n = nx * ny;
		boolean[] active = new boolean[n];
		java.util.Arrays.fill(active, true);
		double[] tE = new double[n];
		double[] tN = new double[n];
		double[] d = new double[n];
		for (int k = 0; k < n; k++) {
			tE[k] = 1.0;
			tN[k] = k / nx < ny - 1 ? 2.0 : 0.0;
			d[k] = 1e-3;
		}
		Multigrid updated = new Multigrid(nx, ny, tE, tN, d, active);
		double[] d2 = new double[n];
		for (int k = 0; k < n; k++) {
			d2[k] = 0.5 + (k % 7);
		}
		updated.updateDiagonal(d2);
		Multigrid fresh = new Multigrid(nx, ny, tE, tN, d2, active);
		double[] b = new double[n];
		for (int k = 0; k < n; k++) {
			b[k] = Math.sin(k);
		}
		double[] x1 = new double[n];
		double[] x2 = new double[n];
		updated.solve(x1, b, 1e-12, 100);
		fresh.solve(x2, b, 1e-12, 100);
		for (int k = 0; k < n; k++) {
			assertEquals(x2[k], x1[k], 1e-9 * (1 + Math.abs(x2[k])));
		}
		assertEquals(fresh.lastIterations(), updated.lastIterations());
	}
}
