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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/** Observed order of accuracy: smooth planar problem (asserted) and fibre geometry (reported). */
class GridConvergenceTest {

	/**
	 * Galvanostatic plating on a planar electrode for 100 s, surface concentration against the
	 * semi-infinite solution c₀ − 2(1−t₊)J/(zF)·√(t/(πD)). Δt ∝ h² so that the first-order time
	 * error shrinks like the second-order space error.
	 */
	@Test
	void planarPlatingConvergesAtSecondOrder() throws SolverException {
		double j = 100.0;
		double tEnd = 100.0;
		double d = TestCells.ETHER.diffusivity();
		double exact = TestCells.ETHER.concentration() - 2 * (1 - TestCells.ETHER.transferenceNumber()) * j
				/ PhysicalConstants.FARADAY * Math.sqrt(tEnd / (Math.PI * d));
		double[] spacing = {40e-6, 20e-6, 10e-6};
		double[] error = new double[spacing.length];
		for (int r = 0; r < spacing.length; r++) {
			double dt = 4.0 * Math.pow(spacing[r] / spacing[0], 2);
			DepositionProblem p = TestCells
					.planar(spacing[r], 1, 1.5e-3, TestCells.IMMOBILE_LITHIUM, TestCells.ETHER, j)
					.build();
			DepositionRun run = new DepositionSolver(p).transientRun(TransientSettings.untilTime(tEnd)
					.withInitialTimeStep(dt).withMaxTimeStep(dt).withTimeStepGrowth(1.0), ProgressMonitor.NULL);
			error[r] = Math.abs(run.last().scalars().minSurfaceConcentration() - exact);
		}
		double order1 = Math.log(error[0] / error[1]) / Math.log(2);
		double order2 = Math.log(error[1] / error[2]) / Math.log(2);
		System.out.printf(
				"Planar grid convergence: surface-concentration errors %.3e, %.3e, %.3e mol/m3 at h = 40, 20, 10 µm; observed orders %.3f, %.3f%n",
				error[0], error[1], error[2], order1, order2);
		assertTrue(order2 >= 1.8, "observed order " + order2);
		assertTrue(order1 >= 1.8, "observed order " + order1);
	}

	/**
	 * Fibres (cut cells): the steady split in small lithiophilic fibre hosts on successive grids; the
	 * order from successive differences is reported, and only convergence is asserted (the
	 * second-order claim is {@code PeerConvergenceTest}'s and {@code CutCellConvergenceTest}'s).
	 */
	@Test
	void fibreGeometryOrderIsReported() throws SolverException {
		List<Fibre> two = List.of(new Fibre(10e-6, 8e-6, 4e-6, "cuo"), new Fibre(30e-6, 24e-6, 4e-6, "cuo"));
		double[] twoEta = overpotentials(two, new double[]{2e-6, 1e-6, 0.5e-6, 0.25e-6});
		List<Fibre> lattice = FibreLayouts.staggeredLattice(40e-6, 80e-6, 8e-6, 20e-6, 16e-6, "cuo");
		double[] latticeEta = overpotentials(lattice, new double[]{1e-6, 0.5e-6, 0.25e-6});
		System.out.printf(
				"Fibre geometry (cut cells), two fibres: cell overpotential %s mV at h = 2, 1, 0.5, 0.25 µm; observed orders %s%n",
				format(twoEta, 1e3), orders(twoEta));
		System.out.printf(
				"Fibre geometry, 10-fibre lattice: cell overpotential %s mV at h = 1, 0.5, 0.25 µm; observed orders %s%n",
				format(latticeEta, 1e3), orders(latticeEta));
		assertTrue(Math.abs(twoEta[3] - twoEta[2]) < 0.6 * Math.abs(twoEta[2] - twoEta[1]), "two fibres converge");
		assertTrue(Math.abs(latticeEta[2] - latticeEta[1]) < 1e-4, "lattice changes by less than 0.1 mV");
	}

	private static double[] overpotentials(List<Fibre> fibres, double[] spacing) throws SolverException {
		double[] eta = new double[spacing.length];
		for (int r = 0; r < spacing.length; r++) {
			CellGeometry g = CellGeometry.builder().width(40e-6).gridSpacing(spacing[r]).hostThickness(80e-6)
					.fibres(fibres).separator(SeparatorProperties.bruggeman(20e-6, 0.55)).build();
			DepositionProblem p = DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium())
					.electrolyte(TestCells.ETHER).kinetics(ButlerVolmer.symmetric(10.0))
					.barriers(NucleationBarriers.builder().barrier("cuo", 0.0).build())
					.control(Control.galvanostatic(50.0)).build();
			eta[r] = new DepositionSolver(p).steadySplit(ProgressMonitor.NULL).scalars().cellOverpotential();
		}
		return eta;
	}

	private static String orders(double[] values) {
		StringBuilder sb = new StringBuilder();
		for (int r = 0; r + 2 < values.length; r++) {
			double order = Math.log(Math.abs(values[r] - values[r + 1]) / Math.abs(values[r + 1] - values[r + 2]))
					/ Math.log(2);
			sb.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", order));
		}
		return sb.toString();
	}

	private static String format(double[] values, double scale) {
		StringBuilder sb = new StringBuilder();
		for (int r = 0; r < values.length; r++) {
			sb.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", values[r] * scale));
		}
		return sb.toString();
	}
}
