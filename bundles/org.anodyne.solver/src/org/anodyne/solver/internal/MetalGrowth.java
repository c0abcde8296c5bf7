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

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The metal deposit as a volume of fluid: the metal volume of each electrolyte cell grows by the
 * current through its electrode faces, j·A·Δt·V<sub>m</sub>/(zF). A cell that overflows becomes
 * metal and passes the excess to its electrolyte neighbour along the growth direction, so metal
 * volume is conserved to rounding and neighbouring deposits merge when the cells between them
 * fill. Stripping below zero takes the deficit from an adjacent metal cell, which reopens as
 * electrolyte. Metal passes only through open faces: never across a face a cut solid closes.
 */
final class MetalGrowth {

	private final Domain domain;
	private final CellState state;
	private final ElectrodeFaces faces;
	/** Plating rate per cell and the metal of covered faces' films, allocated at the first time step. */
	private double[] rate;
	private double[] film;
	/**
	 * Search marks of {@link #nearestThroughMetal}: a cell is seen in the current search when its
	 * mark equals {@link #search}, so no search clears or allocates an array.
	 */
	private int[] seenMark;
	private int search;
	private int[] queue;

	MetalGrowth(Domain domain, CellState state, ElectrodeFaces faces) {
		this.domain = domain;
		this.state = state;
		this.faces = faces;
	}

	/**
	 * Adds the metal the working faces plate in dt to their target cells.
	 *
	 * @return the working-electrode current [A/m]
	 */
	double plate(double dt) {
		double workingFlow = 0.0;
		for (int f = 0; f < faces.count; f++) {
			if (!faces.counter[f]) {
				double flow = faces.area[f] * faces.j[f];
				workingFlow += flow;
				state.volume[faces.target[f]] += flow * dt * domain.volumePerCharge;
			}
		}
		return workingFlow;
	}

	/**
	 * The longest step in which no cell fills or empties by more than maxFill of its pore volume.
	 * Cut cells with less than half their volume open do not limit the step (small cells would
	 * make it arbitrarily short): they may overfill within a step, and {@link #redistribute()}
	 * passes the excess on to a neighbour — flux redistribution, which keeps every step's metal
	 * exactly conserved and moves the small cell's share of the front by at most one cell.
	 */
	double fillLimitedStep(double maxFill) {
		if (rate == null) {
			rate = new double[domain.n];
			film = new double[domain.n];
		}
		Arrays.fill(rate, 0.0);
		Arrays.fill(film, 0.0);
		double delta = domain.problem.coverageThickness();
		for (int f = 0; f < faces.count; f++) {
			if (!faces.counter[f]) {
				rate[faces.target[f]] += faces.area[f] * faces.j[f] * domain.volumePerCharge;
				// What a covered face may strip beyond the cell's metal: its film (see ElectrodeFaces).
				film[faces.target[f]] += faces.film[f] ? delta * faces.length[f] : 0.0;
			}
		}
		double limit = Double.POSITIVE_INFINITY;
		for (int k = 0; k < domain.n; k++) {
			double r = rate[k];
			if (domain.prepared.fluid[k] < 0.5) {
				continue;
			}
			if (r > 0.0) {
				limit = Math.min(limit, maxFill * domain.capacity[k] / r);
			} else if (r < 0.0) {
				double available = hasMetalNeighbour(k) ? domain.capacity[k] : Math.max(state.volume[k] + film[k], 0.0);
				limit = Math.min(limit, maxFill * available / -r);
			}
		}
		return limit;
	}

	private boolean hasMetalNeighbour(int k) {
		for (int q : domain.neighbours(k)) {
			if (q >= 0 && domain.base[q] != Domain.SUBSTRATE && !state.active[q]) {
				return true;
			}
		}
		return false;
	}

	/** Overflowing cells become metal and pass the excess on; over-stripped cells draw on adjacent metal. */
	void redistribute() {
		double[] volume = state.volume;
		double[] capacity = domain.capacity;
		boolean[] active = state.active;
		ArrayDeque<Integer> pending = new ArrayDeque<>();
		for (int k = 0; k < domain.n; k++) {
			if (active[k] && (volume[k] >= capacity[k] || volume[k] < 0.0)) {
				pending.add(k);
			}
		}
		while (!pending.isEmpty()) {
			int k = pending.poll();
			if (!active[k]) {
				continue;
			}
			if (volume[k] >= capacity[k]) {
				double excess = volume[k] - capacity[k];
				volume[k] = capacity[k];
				active[k] = false;
				state.conc[k] = 0.0;
				state.topologyChanged = true;
				if (excess > 0.0) {
					int target = overflowTarget(k);
					if (target >= 0) {
						volume[target] += excess;
						if (volume[target] >= capacity[target]) {
							pending.add(target);
						}
					} else {
						volume[k] += excess;
					}
				}
			} else if (volume[k] < 0.0) {
				int q = strippingSource(k);
				if (q < 0) {
					continue;
				}
				double deficit = -volume[k];
				volume[k] = 0.0;
				volume[q] -= deficit;
				active[q] = true;
				state.conc[q] = state.conc[k];
				state.phi[q] = state.phi[k];
				state.topologyChanged = true;
				if (volume[q] < 0.0) {
					pending.add(q);
				}
			}
		}
	}

	/**
	 * Where the excess of a cell that just filled goes: the host electrolyte neighbour along the
	 * growth direction (away from the cell's solid neighbours); else the nearest host electrolyte
	 * cell reached through metal; only if the host has no room left, the separator.
	 */
	private int overflowTarget(int k) {
		// Neighbours that overflow in the same step are passed over first, else a row of cells
		// filling together would hand its excess along the row (in index order) instead of onward.
		int best = neighbourAlongGrowth(k, true, true);
		if (best < 0) {
			best = neighbourAlongGrowth(k, true, false);
		}
		if (best >= 0) {
			return best;
		}
		best = nearestThroughMetal(k, true);
		if (best >= 0) {
			return best;
		}
		best = neighbourAlongGrowth(k, false, false);
		return best >= 0 ? best : nearestThroughMetal(k, false);
	}

	private int neighbourAlongGrowth(int k, boolean hostOnly, boolean withRoom) {
		boolean[] active = state.active;
		int[] nb = domain.neighbours(k);
		// Unit steps from k to its east, west, north and south neighbours.
		int[] dx = {1, -1, 0, 0};
		int[] dy = {0, 0, 1, -1};
		double gx = 0.0;
		double gy = 0.0;
		for (int d = 0; d < 4; d++) {
			if (nb[d] >= 0 && !active[nb[d]]) {
				gx -= dx[d];
				gy -= dy[d];
			}
		}
		// A cut cell also grows away from the collector surface inside it.
		for (int p = domain.prepared.pieceStart[k]; p < domain.prepared.pieceStart[k + 1]; p++) {
			gx -= domain.prepared.pieceLength[p] / domain.h * domain.prepared.pieceNormalX[p];
			gy -= domain.prepared.pieceLength[p] / domain.h * domain.prepared.pieceNormalY[p];
		}
		int best = -1;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int d = 0; d < 4; d++) {
			int q = nb[d];
			if (q >= 0 && active[q] && domain.aperture(k, d) > 0.0 && (!hostOnly || domain.base[q] == Domain.PORE)
					&& (!withRoom || state.volume[q] < domain.capacity[q])) {
				double score = dx[d] * gx + dy[d] * gy;
				if (score > bestScore) {
					bestScore = score;
					best = q;
				}
			}
		}
		return best;
	}

	private int nearestThroughMetal(int k, boolean hostOnly) {
		boolean[] active = state.active;
		if (seenMark == null) {
			seenMark = new int[domain.n];
			queue = new int[domain.n];
		}
		if (++search == 0) {
			Arrays.fill(seenMark, 0);
			search = 1;
		}
		int head = 0;
		int tail = 0;
		queue[tail++] = k;
		seenMark[k] = search;
		while (head < tail) {
			int p = queue[head++];
			int[] nb = domain.neighbours(p);
			for (int d = 0; d < 4; d++) {
				int q = nb[d];
				if (q < 0 || seenMark[q] == search || domain.base[q] == Domain.SUBSTRATE
						|| domain.aperture(p, d) == 0.0) {
					continue;
				}
				seenMark[q] = search;
				if (active[q]) {
					if (!hostOnly || domain.base[q] == Domain.PORE) {
						return q;
					}
					continue;
				}
				queue[tail++] = q;
			}
		}
		return -1;
	}

	private int strippingSource(int k) {
		int[] nb = domain.neighbours(k);
		for (int d = 0; d < 4; d++) {
			int q = nb[d];
			if (q >= 0 && domain.base[q] != Domain.SUBSTRATE && !state.active[q] && domain.aperture(k, d) > 0.0) {
				return q;
			}
		}
		return -1;
	}

	/** A metal cell in the top row (touching the counter electrode), or −1. */
	int shortCircuitCell() {
		int top = (domain.ny - 1) * domain.nx;
		for (int i = 0; i < domain.nx; i++) {
			int k = top + i;
			if (domain.base[k] != Domain.SUBSTRATE && !state.active[k]) {
				return k;
			}
		}
		return -1;
	}
}
