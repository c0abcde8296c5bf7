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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Objects;

import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionSnapshot;
import org.anodyne.solver.deposition.DepositionSolver;
import org.anodyne.solver.deposition.NumericalSettings;
import org.anodyne.solver.life.CouplingSource;
import org.anodyne.solver.life.DepositionCoupling;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.study.geometry.HostStructure;

/**
 * The life model's coupling from a real 2D steady current split of the study's cell: where the new
 * metal goes, the gap to the separator, the exposed area and the overpotentials (see
 * {@link SplitCoupling}). So changing the collector, its thickness or the orientation in the model
 * changes the predicted life.
 * <p>
 * The split is solved with the study's kinetics on a coarse grid ({@link #DEFAULT_SPACING} unless the
 * study's own grid is coarser), so that it takes a fraction of a second, once per plating current
 * density and cached. As the deposit and its inactive layer fill a share φ of the empty host in front
 * of the metal, the simulator asks again ({@link org.anodyne.solver.life.LifeSimulator#COUPLING_REFRESH_FILL}):
 * the split is re-solved with the dense metal thickened by φ·V<sub>buf</sub>, which moves the plating
 * front that far towards the separator, and cached per current and fill. Once stripping has taken the
 * separator-side front back into the host, it asks for the plating area there: the split is re-solved
 * with the pre-deposit's front taken back by the emptied pore volume
 * ({@link CellGeometry.Builder#preDepositFrontRecess}). The exchange current and
 * transfer coefficient of the life parameters the simulator passes then set the charge-transfer
 * overpotential on the exposed metal the split found, so a calibration of i₀ does not re-solve the
 * split. Not thread safe.
 */
public final class CoupledDeposition implements CouplingSource {

	/** Grid spacing of the coupling split [m] when the study's grid is finer. */
	public static final double DEFAULT_SPACING = 2e-6;

	/** Fronts averaged over one solid spacing for a receded front's area ({@link #recededPlatingArea}). */
	private static final int RECESS_SAMPLES = 4;

	private final SolverInputs inputs;
	private final HostStructure host;
	private final CellGeometry geometry;
	private final double substrateBarrier;
	private final double[] barriers;
	private final ProgressMonitor monitor;
	private final Map<List<Double>, SplitCoupling> splits = new HashMap<>();

	/**
	 * @param inputs          the study's inputs (its grid spacing is coarsened to at least
	 *                        {@link #DEFAULT_SPACING})
	 * @param growthAllowance dense metal [m] one half-cycle plates (room a foil leaves above its metal)
	 * @param monitor         checked for cancellation before each split
	 * @throws IllegalArgumentException when the cross-section cannot be built, with the solver's message
	 */
	public CoupledDeposition(SolverInputs inputs, double growthAllowance, ProgressMonitor monitor) {
		this.inputs = coarsened(inputs);
		this.host = this.inputs.host(growthAllowance);
		this.geometry = this.inputs.geometry(host);
		this.substrateBarrier = this.inputs.bareSubstrateBarrier(host);
		List<String> ids = geometry.substrateIds();
		this.barriers = new double[ids.size()];
		for (int i = 0; i < barriers.length; i++) {
			Double b = this.inputs.barriers().get(ids.get(i));
			barriers[i] = b == null ? 0.0 : b;
		}
		this.monitor = Objects.requireNonNullElse(monitor, ProgressMonitor.NULL);
	}

	/** The inputs the coupling's splits are solved with: the study's, on a grid no finer than {@link #DEFAULT_SPACING}. */
	public static SolverInputs coarsened(SolverInputs inputs) {
		return inputs.gridSpacing() >= DEFAULT_SPACING ? inputs : inputs.withGridSpacing(DEFAULT_SPACING);
	}

	/** The host the coupling was computed on. */
	public HostStructure host() {
		return host;
	}

	/** The coarse cross-section the splits are solved on. */
	public CellGeometry geometry() {
		return geometry;
	}

	@Override
	public DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity)
			throws SolverException {
		return coupling(cell, parameters, splitAt(currentDensity, 0.0));
	}

	@Override
	public DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity,
			double bufferFill) throws SolverException {
		return coupling(cell, parameters, splitAt(currentDensity, bufferFill));
	}

	/**
	 * The plating area of the split with the separator-side front taken back by the emptied pore
	 * volume, averaged over fronts a quarter, half and three quarters of a solid spacing deeper too: a 2D
	 * section's front meets rows cut through solids and rows between them, and a life step stands for the
	 * mean (fronts past the pre-deposit or within a solid spacing of the host's back are taken there;
	 * empty when the front itself is).
	 */
	@Override
	public OptionalDouble recededPlatingArea(LifeCell cell, LifeParameters parameters, double currentDensity,
			double recessVolume) throws SolverException {
		double spacingVolume = host.supportLength() * host.porosity();
		// Stripping cannot take more than was pre-deposited, and the front stays a solid spacing inside the host.
		double deepest = Math.min(0.95 * inputs.preDepositThickness(),
				host.collectorThickness() * host.porosity() - spacingVolume);
		if (!(recessVolume < deepest)) {
			return OptionalDouble.empty();
		}
		double sum = 0.0;
		for (int k = 0; k < RECESS_SAMPLES; k++) {
			double recess = Math.min(recessVolume + k * spacingVolume / RECESS_SAMPLES, deepest);
			sum += splitAt(currentDensity, 0.0, recess).platingArea();
		}
		return OptionalDouble.of(sum / RECESS_SAMPLES);
	}

	private DepositionCoupling coupling(LifeCell cell, LifeParameters parameters, SplitCoupling split) {
		double alpha = parameters.cathodicTransferCoefficient();
		return split.coupling(
				ButlerVolmer.forCharge(parameters.exchangeCurrentDensity(), alpha, inputs.metal().chargeNumber()),
				PhysicalConstants.thermalVoltage(cell.temperature()));
	}

	private SplitCoupling splitAt(double currentDensity, double bufferFill) throws SolverException {
		return splitAt(currentDensity, bufferFill, 0.0);
	}

	private SplitCoupling splitAt(double currentDensity, double bufferFill, double frontRecess)
			throws SolverException {
		List<Double> key = List.of(currentDensity, bufferFill, frontRecess);
		SplitCoupling split = splits.get(key);
		if (split == null) {
			monitor.checkCanceled(0, 0.0);
			CellGeometry section = bufferFill > 0.0
					? inputs.geometry(host, inputs.preDepositThickness()
							+ bufferFill * splitAt(currentDensity, 0.0).bufferPoreVolume())
					: frontRecess > 0.0
							? inputs.geometry(host, inputs.preDepositThickness(), frontRecess)
							: geometry;
			DepositionProblem problem = inputs.depositionProblem(section, Control.galvanostatic(currentDensity));
			double[] fluid = problem.numerics().boundary() == NumericalSettings.Boundary.CUT_CELLS
					? section.cutCells().fluidFractions()
					: ones(section.grid().cellCount());
			split = SplitCoupling.of(new DepositionSolver(problem).steadySplit(ProgressMonitor.NULL), fluid,
					currentDensity,
					host.supportLength(),
					substrateBarrier, barriers, inputs.electrolyte().transferenceNumber(),
					inputs.metal().chargeNumber(),
					inputs.temperature());
			splits.put(key, split);
		}
		return split;
	}

	/**
	 * The steady split at a plating current density [A/m²] with the study's kinetics, on the solver's
	 * default (cut-cell) path: {@link SplitCoupling} reads its surface currents and cut volumes.
	 */
	public DepositionSnapshot split(double currentDensity) throws SolverException {
		return new DepositionSolver(inputs.depositionProblem(geometry, Control.galvanostatic(currentDensity)))
				.steadySplit(ProgressMonitor.NULL);
	}

	private static double[] ones(int n) {
		double[] a = new double[n];
		java.util.Arrays.fill(a, 1.0);
		return a;
	}
}
