/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.util.ArrayDeque;
import java.util.Locale;

import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.CellKind;
import org.anodyne.solver.deposition.DepositionFields;
import org.anodyne.solver.deposition.DepositionScalars;
import org.anodyne.solver.deposition.DepositionSnapshot;
import org.anodyne.solver.deposition.GridInfo;
import org.anodyne.solver.deposition.KineticLaw;
import org.anodyne.solver.life.DepositionCoupling;

/**
 * What a {@link DepositionCoupling} takes from the 2D solver's steady current split (the first instant of
 * plating), as the life package documents it. It reads the solver's fields, on either boundary path:
 * each electrolyte cell (pore or separator) carries its surface current I<sub>k</sub> (the sum over its
 * electrode faces or cut pieces) at the mean density j<sub>k</sub> = I<sub>k</sub>/A<sub>k</sub> over its
 * surface A<sub>k</sub>, and holds the pore volume h²·(fluid fraction) (the cut volume on the cut-cell
 * path). A cell with a metal neighbour, or one already holding metal, plates on metal; a cell whose
 * surface is all bare collector pays the substrate's nucleation barrier. Then, with J·W the total:
 * <ul>
 * <li>separator side: cells within one support length of the separator;</li>
 * <li>plating area: the real surface the current spreads over, (J·W)²/(W·Σ I<sub>k</sub>j<sub>k</sub>) — J over
 * the current-weighted local current density of the plating faces, so that J/A<sub>p</sub> is the local
 * current density per real area;</li>
 * <li>gap: current-weighted distance of the other plating cells to the separator;</li>
 * <li>buffer: the unfilled pore volume of host cells ionically connected to the separator and farther
 * from it than one support length, per unit width;</li>
 * <li>overpotentials: ohmic = φ at the host/separator boundary minus the current-weighted φ of the
 * plating cells; charge transfer = the kinetic law's overpotential at J<sub>metal</sub>, the current
 * plated on metal per geometric area; nucleation =
 * current-weighted barrier paid on bare faces; concentration from the solver's J/J<sub>lim</sub>.</li>
 * </ul>
 * The metal's reacting area is taken as its geometric area, whichever way it faces: the life model's
 * i₀ is an effective exchange current per geometric area of a metal front (the paper's overpotentials
 * imply ≈ 1 mA cm⁻², SCIENCE.md §5). On the default path the solver's deposit front is reconstructed:
 * each partly filled cell carries a straight segment of its true length and position, whose current
 * is read with the cell that solves it (the front cell, or its electrolyte neighbour once the front
 * has passed the cell's centre), so the split sees the front's geometric area, not a staircase's face
 * count; it still carries no roughness below the grid. An upright face against the separator reacts
 * there only over the separator's pores, which for a flat dense metal is right.
 */
record SplitCoupling(double currentDensity, double separatorSideFraction, double platingArea, double gapToSeparator,
		double bufferPoreVolume, double supportLength, double ohmicOverpotential, double metalShare,
		double concentrationOverpotential, double nucleationOverpotential, double substrateBarrier) {

	/**
	 * @param split            the steady split at plating current density {@code currentDensity}
	 * @param fluid            each cell's fluid fraction (1 on the staircase path)
	 * @param currentDensity   J [A/m²] &gt; 0
	 * @param supportLength    the host's solid spacing [m] (0 for a foil)
	 * @param substrateBarrier barrier [V] of the bare collector
	 * @param barriers         barrier [V] per substrate index of the fields
	 * @param transference     t₊
	 * @param chargeNumber     z
	 * @param temperature      [K]
	 */
	static SplitCoupling of(DepositionSnapshot split, double[] fluid, double currentDensity, double supportLength,
			double substrateBarrier, double[] barriers, double transference, int chargeNumber, double temperature)
			throws SolverException {
		DepositionFields f = split.fields();
		DepositionScalars s = split.scalars();
		GridInfo g = f.grid();
		int nx = g.nx();
		double h = g.spacing();
		double width = g.width();
		double host = g.hostThickness();
		byte[] kinds = f.kinds();
		int[] substrate = f.substrateIndex();
		double[] fill = f.fillFraction();
		double[] phi = f.electrolytePotential();
		double[] j = f.surfaceCurrentDensity();
		double[] surface = f.surfaceArea();
		byte pore = CellKind.ELECTROLYTE.code();
		byte metal = CellKind.METAL.code();
		byte solid = CellKind.SUBSTRATE.code();

		boolean[] connected = connectedToSeparator(g, kinds);
		double total = 0.0;
		double separatorSide = 0.0;
		double bufferedMoment = 0.0;
		double phiMoment = 0.0;
		double barrierMoment = 0.0;
		double metalFaceCurrent = 0.0;
		double localMoment = 0.0;
		double[] cellCurrent = new double[g.cellCount()];
		double[] cellBarrier = new double[g.cellCount()];
		// Separator cells count too: an upright pre-deposit's metal face borders the separator directly.
		for (int row = 0; row < g.ny(); row++) {
			for (int i = 0; i < nx; i++) {
				int k = g.index(i, row);
				if (!CellKind.of(kinds[k]).isElectrolyte() || !(surface[k] > 0.0)) {
					continue;
				}
				int[] nbrs = {g.index((i + 1) % nx, row), g.index((i + nx - 1) % nx, row), row > 0 ? k - nx : -1,
						row < g.ny() - 1 ? k + nx : -1};
				boolean metalFace = fill[k] > 0.0;
				// A cut cell's bare surface is the collector's own: its barrier unless a solid neighbour says otherwise.
				double barrier = 0.0;
				boolean solidNeighbour = false;
				for (int m : nbrs) {
					if (m < 0) {
						continue;
					}
					if (kinds[m] == metal) {
						metalFace = true;
					} else if (kinds[m] == solid) {
						solidNeighbour = true;
						barrier = Math.max(barrier, substrate[m] >= 0 ? barriers[substrate[m]] : substrateBarrier);
					}
				}
				cellBarrier[k] = metalFace ? 0.0 : solidNeighbour ? barrier : substrateBarrier;
				cellCurrent[k] = Math.max(j[k], 0.0) * surface[k];
				total += cellCurrent[k];
				localMoment += cellCurrent[k] * Math.max(j[k], 0.0);
				if (metalFace) {
					metalFaceCurrent += cellCurrent[k];
				}
			}
		}
		if (!(total > 0.0)) {
			throw new SolverException(String.format(Locale.ROOT,
					"the steady split at %.4g mA/cm2 carries no plating current on the host", currentDensity / 10.0));
		}
		for (int k = 0; k < cellCurrent.length; k++) {
			if (cellCurrent[k] <= 0.0) {
				continue;
			}
			double y = g.y(k / nx);
			double distance = host - y;
			double current = cellCurrent[k];
			if (distance <= supportLength + 0.5 * h) {
				separatorSide += current;
			} else {
				bufferedMoment += current * distance;
			}
			phiMoment += current * phi[k];
			barrierMoment += current * cellBarrier[k];
		}
		double boundaryPhi = 0.0;
		int boundaryCells = 0;
		int top = g.hostRows() - 1;
		for (int i = 0; i < nx; i++) {
			int k = g.index(i, top);
			if (kinds[k] == pore && connected[k]) {
				boundaryPhi += phi[k];
				boundaryCells++;
			}
		}
		double buffer = 0.0;
		for (int row = 0; row < g.hostRows(); row++) {
			if (host - g.y(row) <= supportLength + 0.5 * h) {
				continue;
			}
			for (int i = 0; i < nx; i++) {
				int k = g.index(i, row);
				if (kinds[k] == pore && connected[k]) {
					buffer += (1.0 - fill[k]) * fluid[k] * h * h;
				}
			}
		}
		double fs = Math.min(1.0, separatorSide / total);
		double buffered = total - separatorSide;
		double gap = buffered > 1e-9 * total ? bufferedMoment / buffered : 0.0;
		double meanPhi = phiMoment / total;
		double ohmic = boundaryCells == 0 ? 0.0 : Math.max(0.0, boundaryPhi / boundaryCells - meanPhi);
		double metalShare = metalFaceCurrent / total;
		double area = total * total / (localMoment * width);
		double nucleation = barrierMoment / total;
		double ratio = Math.min(Math.max(s.limitingCurrentRatio(), 0.0), 1.0 - 1e-12);
		double concentration = 2.0 * (1.0 - transference) * PhysicalConstants.thermalVoltage(temperature)
				/ chargeNumber * Math.log((1.0 + ratio) / (1.0 - ratio));
		return new SplitCoupling(currentDensity, fs, area, gap, buffer / width, supportLength, ohmic, metalShare,
				concentration, nucleation, substrateBarrier);
	}

	/**
	 * The coupling with the charge-transfer overpotential of a kinetic law: the overpotential that
	 * carries the current plated on metal per geometric area. The split's current distribution is kept;
	 * it depends on the kinetics only through the balance of kinetic and ohmic resistance, which a
	 * change of i₀ within a calibration hardly moves.
	 *
	 * @param kinetics       per real area
	 * @param thermalVoltage RT/F [V]
	 */
	DepositionCoupling coupling(KineticLaw kinetics, double thermalVoltage) {
		double chargeTransfer = Math.max(overpotential(kinetics, currentDensity * Math.max(metalShare, 1e-9),
				thermalVoltage), 1e-9);
		return new DepositionCoupling(currentDensity, separatorSideFraction, platingArea, gapToSeparator,
				bufferPoreVolume, supportLength, ohmicOverpotential, chargeTransfer, concentrationOverpotential,
				nucleationOverpotential, substrateBarrier);
	}

	/** The overpotential [V] at which the law carries current density j [A/m²] on metal at bulk concentration. */
	private static double overpotential(KineticLaw law, double j, double thermalVoltage) {
		double lo = 0.0;
		double hi = thermalVoltage;
		while (law.currentDensity(hi, 1.0, thermalVoltage) < j) {
			hi *= 2.0;
		}
		for (int k = 0; k < 200 && hi - lo > 1e-15; k++) {
			double mid = 0.5 * (lo + hi);
			if (law.currentDensity(mid, 1.0, thermalVoltage) < j) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
	}

	/** Electrolyte cells (pores and separator) reachable from the counter electrode through electrolyte. */
	private static boolean[] connectedToSeparator(GridInfo g, byte[] kinds) {
		int nx = g.nx();
		boolean[] reached = new boolean[g.cellCount()];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		int top = g.ny() - 1;
		for (int i = 0; i < nx; i++) {
			int k = g.index(i, top);
			if (CellKind.of(kinds[k]).isElectrolyte()) {
				reached[k] = true;
				queue.add(k);
			}
		}
		while (!queue.isEmpty()) {
			int k = queue.poll();
			int i = k % nx;
			int row = k / nx;
			int[] nbrs = {g.index((i + 1) % nx, row), g.index((i + nx - 1) % nx, row), row > 0 ? k - nx : -1,
					row < g.ny() - 1 ? k + nx : -1};
			for (int m : nbrs) {
				if (m >= 0 && !reached[m] && CellKind.of(kinds[m]).isElectrolyte()) {
					reached[m] = true;
					queue.add(m);
				}
			}
		}
		return reached;
	}
}
