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

/**
 * The evolving state of a run: salt concentration, electrolyte potential and metal volume per
 * cell, which cells are still electrolyte, the solid potential, time, step and charge passed.
 */
final class CellState {

	final double[] conc;
	final double[] phi;
	final double[] volume;
	final boolean[] active;
	double phiS;
	double time;
	long step;
	double charge;
	/** Metal volume the charge passed so far corresponds to [m³/m]. */
	double appliedChargeVolume;
	/** True until the first time step: no concentration gradient has formed yet. */
	boolean electrolyteAtRest = true;
	/** The set of electrolyte cells changed since faces and operators were built. */
	boolean topologyChanged = true;

	CellState(Domain domain) {
		int n = domain.n;
		this.conc = new double[n];
		this.phi = new double[n];
		this.volume = domain.initialVolume.clone();
		this.active = new boolean[n];
		for (int k = 0; k < n; k++) {
			active[k] = domain.base[k] != Domain.SUBSTRATE && volume[k] < domain.capacity[k];
			conc[k] = active[k] ? domain.c0 : 0.0;
		}
	}
}
