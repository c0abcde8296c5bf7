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

/** Keeps the last solved state so that a step ending in depletion can be undone. */
final class Checkpoint {

	private final CellState state;
	/** The saved fields, allocated at the first save (a steady split never saves). */
	private double[] conc;
	private double[] volume;
	private boolean[] active;
	private double[] phi;
	private double time;
	private double charge;
	private long step;
	private double appliedChargeVolume;
	private boolean atRest;

	Checkpoint(CellState state) {
		this.state = state;
	}

	void save() {
		int n = state.conc.length;
		if (conc == null) {
			conc = new double[n];
			volume = new double[n];
			active = new boolean[n];
			phi = new double[n];
		}
		System.arraycopy(state.conc, 0, conc, 0, n);
		System.arraycopy(state.volume, 0, volume, 0, n);
		System.arraycopy(state.active, 0, active, 0, n);
		System.arraycopy(state.phi, 0, phi, 0, n);
		time = state.time;
		charge = state.charge;
		step = state.step;
		appliedChargeVolume = state.appliedChargeVolume;
		atRest = state.electrolyteAtRest;
	}

	/**
	 * Returns to the saved state.
	 *
	 * @return true if the set of electrolyte cells differs from the one before
	 */
	boolean restore() {
		int n = conc.length;
		boolean changed = !Arrays.equals(state.active, active);
		System.arraycopy(conc, 0, state.conc, 0, n);
		System.arraycopy(volume, 0, state.volume, 0, n);
		System.arraycopy(active, 0, state.active, 0, n);
		System.arraycopy(phi, 0, state.phi, 0, n);
		state.time = time;
		state.charge = charge;
		state.step = step;
		state.appliedChargeVolume = appliedChargeVolume;
		state.electrolyteAtRest = atRest;
		return changed;
	}
}
