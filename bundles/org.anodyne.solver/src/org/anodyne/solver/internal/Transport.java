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

import java.util.Arrays;

/**
 * Face conductances between electrolyte cells of the current domain, per cell for its east and
 * north face: ionic (κ) and diffusive (D), harmonic means of the two cells' values times the open
 * fraction (aperture) of the face, zero where either side is not electrolyte. With cell-centre
 * values (of the solution's smooth extension where a cut cell's centre lies in the solid), the
 * two-point flux through a cut face errs by O(h) in flux density only on the faces along the
 * boundary, a dipole layer of strength O(h²): the potential stays second order.
 */
final class Transport {

	private final Domain domain;
	/** The reconstructed deposit front, whose segments narrow the faces of their cells; null if none. */
	private final FrontReconstruction front;
	final double[] tK;
	final double[] tKN;
	/** Diffusive conductances: null until a transient needs them ({@link #includeDiffusion}). */
	double[] tD;
	double[] tDN;

	Transport(Domain domain, FrontReconstruction front) {
		this.domain = domain;
		this.front = front;
		this.tK = new double[domain.n];
		this.tKN = new double[domain.n];
	}

	/**
	 * From now on also the diffusive conductances, built for the present domain: a steady split
	 * never needs them, so it does not hold them (16 bytes per cell).
	 */
	void includeDiffusion(boolean[] active) {
		if (tD == null) {
			tD = new double[domain.n];
			tDN = new double[domain.n];
			rebuild(active);
		}
	}

	void rebuild(boolean[] active) {
		boolean diffusion = tD != null;
		Arrays.fill(tK, 0.0);
		Arrays.fill(tKN, 0.0);
		if (diffusion) {
			Arrays.fill(tD, 0.0);
			Arrays.fill(tDN, 0.0);
		}
		int nx = domain.nx;
		int ny = domain.ny;
		double[] kappa = domain.kappaCell;
		double[] diff = domain.diffCell;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				if (!active[k]) {
					continue;
				}
				int e = j * nx + (i + 1) % nx;
				if (nx > 1 && active[e]) {
					double open = domain.prepared.apertureEast[k];
					if (front != null) {
						open *= Math.min(front.openEast[k], front.openWest[e]);
					}
					tK[k] = harmonic(kappa[k], kappa[e]) * open;
					if (diffusion) {
						tD[k] = harmonic(diff[k], diff[e]) * open;
					}
				}
				if (j < ny - 1 && active[k + nx]) {
					double open = domain.prepared.apertureNorth[k];
					if (front != null) {
						open *= Math.min(front.openNorth[k], front.openSouth[k + nx]);
					}
					tKN[k] = harmonic(kappa[k], kappa[k + nx]) * open;
					if (diffusion) {
						tDN[k] = harmonic(diff[k], diff[k + nx]) * open;
					}
				}
			}
		}
	}

	/**
	 * Adds the ionic flux scale·t·(v<sub>k</sub> − v<sub>nb</sub>) through every open east and north
	 * face to the cell it leaves and subtracts it from the cell it enters: the one face loop of the
	 * potential's residual and its diffusion-potential source.
	 */
	void addIonicFluxes(double[] v, double scale, double[] out) {
		int nx = domain.nx;
		int ny = domain.ny;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				if (tK[k] != 0.0) {
					int e = j * nx + (i + 1) % nx;
					double flux = scale * tK[k] * (v[k] - v[e]);
					out[k] += flux;
					out[e] -= flux;
				}
				if (tKN[k] != 0.0) {
					double flux = scale * tKN[k] * (v[k] - v[k + nx]);
					out[k] += flux;
					out[k + nx] -= flux;
				}
			}
		}
	}

	private static double harmonic(double a, double b) {
		return 2.0 * a * b / (a + b);
	}
}
