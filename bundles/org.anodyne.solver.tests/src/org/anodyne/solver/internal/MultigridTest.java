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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The multigrid-preconditioned CG converges in a number of iterations independent of the grid. */
class MultigridTest {

	/** Coefficients of a five-point problem (arguments of the multigrid's constructor). */
	private record Operator(double[] tE, double[] tN, double[] d, boolean[] active) {
	}

	/**
	 * Poisson with fibre-like holes (squared radius r2 in cell units of a 4 × 8 lattice) and weak
	 * Robin terms on their faces, like the potential problem.
	 */
	private static Operator fibres(int nx, int ny, double r2) {
		int n = nx * ny;
		boolean[] active = new boolean[n];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				double x = (i + 0.5) / nx;
				double y = (j + 0.5) / ny;
				double fx = x * 4 - Math.floor(x * 4) - 0.5;
				double fy = y * 8 - Math.floor(y * 8) - 0.5;
				active[j * nx + i] = fx * fx + fy * fy > r2 || y > 0.9;
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
		return new Operator(tE, tN, d, active);
	}

	private static double[] rightHandSide(boolean[] active) {
		double[] b = new double[active.length];
		Random random = new Random(7);
		for (int k = 0; k < b.length; k++) {
			b[k] = active[k] ? random.nextDouble() - 0.3 : 0.0;
		}
		return b;
	}

	private static int iterationsFor(int nx, int ny) {
		int n = nx * ny;
		Operator op = fibres(nx, ny, 0.09);
		boolean[] active = op.active();
		Multigrid mg = new Multigrid(nx, ny, op.tE(), op.tN(), op.d(), active);
		double[] b = rightHandSide(active);
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

	/**
	 * A solver whose coefficients follow a changed domain (holes grown and shrunk again: cells drop
	 * out and come back, faces and Robin terms move) redoes only the changed cells, and solves bit
	 * for bit as one built from scratch on the new domain; so does a diagonal changed in a few cells.
	 * The changes reach cells at the edges of the coarse blocks, whose neighbours' sums change too.
	 */
	@Test
	void followingAChangedDomainMatchesABuildFromScratch() {
		int nx = 45;
		int ny = 70;
		Multigrid kept = solver(fibres(nx, ny, 0.09), nx, ny);
		for (double r2 : new double[]{0.1, 0.12, 0.09}) {
			Operator op = fibres(nx, ny, r2);
			// Faces that narrow on their own, without a cell dropping out.
			for (int k = 0; k < op.tE().length; k += 13) {
				op.tE()[k] *= 1.0 + r2;
				op.tN()[k] *= 1.0 - r2;
			}
			kept.setCoefficients(op.tE(), op.tN(), op.d(), op.active());
			assertSameSolutions(solver(op, nx, ny), kept, op.active());
			double[] d = op.d().clone();
			for (int k = 0; k < d.length; k += 97) {
				d[k] = op.active()[k] ? d[k] + 0.5 : 0.0;
			}
			kept.updateDiagonal(d);
			assertSameSolutions(new Multigrid(nx, ny, op.tE(), op.tN(), d, op.active()), kept, op.active());
		}
	}

	@Test
	void aSolveDoesNotDependOnWhatItsBorrowedWorkArraysHeld() {
		int nx = 96;
		int ny = 200;
		Operator op = fibres(nx, ny, 0.04);
		Multigrid mg = solver(op, nx, ny);
		double[] b = rightHandSide(op.active());
		double[] clean = new double[b.length];
		assertTrue(mg.solve(clean, b, 1e-10, 100));
		// The next solve borrows arrays of every level's length full of NaN.
		Multigrid.Hierarchy levels = new Multigrid.Hierarchy(nx, ny);
		List<double[]> poisoned = new ArrayList<>();
		for (int l = 0; l < levels.levelCount(); l++) {
			for (int m = 0; m < 8; m++) {
				double[] a = ScratchArrays.take(levels.nx[l] * levels.ny[l]);
				Arrays.fill(a, Double.NaN);
				poisoned.add(a);
			}
		}
		poisoned.forEach(ScratchArrays::give);
		double[] again = new double[b.length];
		assertTrue(mg.solve(again, b, 1e-10, 100));
		assertArrayEquals(clean, again);
	}

	private static Multigrid solver(Operator op, int nx, int ny) {
		return new Multigrid(nx, ny, op.tE(), op.tN(), op.d(), op.active());
	}

	private static void assertSameSolutions(Multigrid fresh, Multigrid kept, boolean[] active) {
		double[] b = rightHandSide(active);
		double[] x1 = new double[b.length];
		double[] x2 = new double[b.length];
		assertTrue(fresh.solve(x1, b, 1e-10, 100));
		assertTrue(kept.solve(x2, b, 1e-10, 100));
		assertArrayEquals(x1, x2);
		assertEquals(fresh.lastIterations(), kept.lastIterations());
	}
}
