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

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.deposition.DepositionFields;
import org.anodyne.solver.deposition.DepositionScalars;
import org.anodyne.solver.deposition.DepositionSnapshot;

/** The design numbers and fields of the current state of a run. */
final class Diagnostics {

	private final Domain domain;
	private final CellState state;
	private final ElectrodeFaces faces;
	/** The current fraction into the lower half at t = 0, once known. */
	double initialLowerFraction = Double.NaN;

	Diagnostics(Domain domain, CellState state, ElectrodeFaces faces) {
		this.domain = domain;
		this.state = state;
		this.faces = faces;
	}

	DepositionSnapshot snapshot() {
		return new DepositionSnapshot(scalars(), fields());
	}

	/** Sand's time of the present current density [s], +∞ without current. */
	double sandTime() {
		double width = domain.grid.width();
		double jApp = domain.galvanostatic() ? domain.appliedCurrent() / width : faces.workingCurrent() / width;
		return jApp == 0.0 ? Double.POSITIVE_INFINITY : domain.problem.electrolyte().sandTime(Math.abs(jApp));
	}

	/**
	 * Unknowns of one potential solve: φ in every electrolyte cell of the current domain, plus
	 * φ<sub>s</sub> under galvanostatic control.
	 */
	long potentialUnknowns() {
		long count = 0;
		for (int k = 0; k < domain.n; k++) {
			if (state.active[k]) {
				count++;
			}
		}
		return count + (domain.galvanostatic() ? 1 : 0);
	}

	private DepositionScalars scalars() {
		ElectrolyteProperties el = domain.problem.electrolyte();
		int n = domain.n;
		int nx = domain.nx;
		double h = domain.h;
		double[] volume = state.volume;
		double[] capacity = domain.capacity;
		double width = domain.grid.width();
		double current = faces.workingCurrent();
		double jGeo = current / width;
		double half = 0.5 * domain.grid.hostThickness();
		double newTotal = 0.0;
		double newLower = 0.0;
		double maxHeight = 0.0;
		for (int k = 0; k < n; k++) {
			if (domain.base[k] == Domain.SUBSTRATE) {
				continue;
			}
			double added = volume[k] - domain.initialVolume[k];
			newTotal += added;
			int j = k / nx;
			if ((j + 0.5) * h < half) {
				newLower += added;
			}
			if (volume[k] > 1e-6 * capacity[k]) {
				maxHeight = Math.max(maxHeight, j * h + Math.min(1.0, volume[k] / capacity[k]) * h);
			}
		}
		double currentLower = faces.currentFractionLowerHalf();
		double newLowerFraction = state.step > 0 && newTotal != 0.0 ? newLower / newTotal : currentLower;
		double gap = Math.max(0.0, domain.grid.hostThickness() - maxHeight);
		double hostKappa = el.conductivity() * Math.pow(domain.hostPorosity, 1.5);
		double hostDiff = el.diffusivity() * Math.pow(domain.hostPorosity, 1.5);
		double[] barrier = domain.substrateBarrier;
		double[] bareArea = new double[barrier.length];
		double ratio = 0.0;
		for (int f = 0; f < faces.count; f++) {
			if (faces.substrate[f] < 0 || faces.theta[f] >= 0.5) {
				continue;
			}
			bareArea[faces.substrate[f]] += faces.area[f];
			if (faces.barrier[f] > 0.0) {
				ratio = Math.max(ratio, faces.eta[f] / faces.barrier[f]);
			}
		}
		int dominant = -1;
		for (int s = 0; s < bareArea.length; s++) {
			if (bareArea[s] > 0.0 && (dominant < 0 || bareArea[s] > bareArea[dominant])) {
				dominant = s;
			}
		}
		double pi;
		if (dominant < 0) {
			pi = 0.0;
		} else if (barrier[dominant] == 0.0) {
			pi = Double.POSITIVE_INFINITY;
		} else {
			pi = Math.abs(jGeo) * gap / (hostKappa * barrier[dominant]);
		}
		double sep = domain.grid.separatorThickness();
		double sepDiff = el.diffusivity() * domain.problem.geometry().separator().transportFactor();
		double resistance = sep / sepDiff + gap / hostDiff;
		double jLim = resistance == 0.0
				? Double.POSITIVE_INFINITY
				: 2.0 * domain.z * PhysicalConstants.FARADAY * domain.c0 / ((1.0 - domain.tPlus) * resistance);
		double conservation = state.appliedChargeVolume == 0.0
				? 0.0
				: Math.abs(newTotal - state.appliedChargeVolume) / Math.abs(state.appliedChargeVolume);
		double tau = sandTime();
		return new DepositionScalars(state.step, state.time, state.charge, jGeo, state.phiS, -state.phiS,
				newLowerFraction, currentLower,
				Double.isNaN(initialLowerFraction) ? currentLower : initialLowerFraction,
				maxHeight, gap, pi, ratio, Math.abs(jGeo) / jLim, Double.isInfinite(tau) ? 0.0 : state.time / tau,
				conservation, faces.minSurfaceConcentration(), newTotal / width);
	}

	private DepositionFields fields() {
		int n = domain.n;
		byte[] base = domain.base;
		byte[] kinds = new byte[n];
		int[] subIdx = new int[n];
		double[] c = new double[n];
		double[] p = new double[n];
		double[] jCell = new double[n];
		double[] area = new double[n];
		double[] fill = new double[n];
		double[] added = new double[n];
		for (int k = 0; k < n; k++) {
			subIdx[k] = -1;
			if (base[k] == Domain.SUBSTRATE) {
				kinds[k] = Domain.SUBSTRATE;
				subIdx[k] = domain.substrate[k];
				continue;
			}
			kinds[k] = state.active[k] ? base[k] : Domain.METAL;
			if (state.active[k]) {
				c[k] = state.conc[k];
				p[k] = state.phi[k];
			}
			fill[k] = state.volume[k] / domain.capacity[k];
			added[k] = (state.volume[k] - domain.initialVolume[k]) / domain.capacity[k];
		}
		double[] flow = new double[n];
		double[] etaWeighted = new double[n];
		double[] etaWeight = new double[n];
		for (int f = 0; f < faces.count; f++) {
			if (!faces.counter[f]) {
				// A front segment bounds its own front cell, also where the neighbour solves it.
				int k = faces.segment[f] ? faces.target[f] : faces.cell[f];
				double current = faces.area[f] * faces.j[f];
				flow[k] += current;
				area[k] += faces.area[f];
				double weight = Math.abs(current) + 1e-30 * faces.area[f];
				etaWeighted[k] += weight * faces.eta[f];
				etaWeight[k] += weight;
			}
		}
		double[] eta = new double[n];
		for (int k = 0; k < n; k++) {
			if (area[k] > 0.0) {
				jCell[k] = flow[k] / area[k];
				eta[k] = etaWeighted[k] / etaWeight[k];
			}
		}
		double[] perFibre = new double[domain.fibreCount];
		for (int f = 0; f < faces.count; f++) {
			if (faces.fibre[f] >= 0) {
				perFibre[faces.fibre[f]] += faces.area[f] * faces.j[f];
			}
		}
		return new DepositionFields(domain.grid, kinds, subIdx, domain.substrateIds, c, p, jCell, fill, added, flow,
				area, eta, perFibre);
	}
}
