/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionRun;
import org.anodyne.solver.deposition.FibreLayouts;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.Orientation;
import org.anodyne.solver.deposition.SeparatorProperties;
import org.anodyne.solver.deposition.TransientSettings;
import org.anodyne.solver.internal.DepositionEngine;

/**
 * Speed of the 2D deposition solver on the benchmark geometry of SCIENCE.md §2: a periodic strip
 * 100 µm wide, a carbon-cloth host 300 µm thick (9 µm fibres in a staggered lattice, porosity
 * 0.75, 6 mAh cm⁻² of Li pre-deposited at the bottom, i.e. inverted) under a 25 µm separator,
 * plated at 0.25 mA cm⁻².
 * <p>
 * For each grid spacing it prints the number of cells and the unknowns of the steady split (φ per
 * electrolyte cell plus φ<sub>s</sub>; a transient step solves as many again for c), the Newton
 * iterations of the steady split, the time of one steady current-split solve, the time per transient step,
 * unknowns per second of the steady solve, and the growth exponent p of time ∝ unknowns<sup>p</sup>
 * between successive grids (≤ 1.2 means at most 2.3× the time for 2× the unknowns). Optionally it
 * times the whole 1 mAh cm⁻² plating transient at the first spacing. Times are CPU time of the
 * calling thread (the solver is single-threaded; CPU time is not inflated by other processes on a
 * shared machine) with wall-clock time beside it, best of several repetitions for the steady
 * split, after a JIT warm-up.
 */
public final class DepositionBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** 1 mAh cm⁻² in C/m². */
	private static final double ONE_MAH_PER_CM2 = 36_000.0;

	private DepositionBenchmark() {
	}

	/**
	 * Runs the benchmark with the default spacings 1, 0.5 and 0.25 µm and the full transient at 1 µm.
	 */
	public static void main(String[] args) throws SolverException {
		boolean full = args.length == 0 || !args[0].equals("--no-transient");
		run(System.out, new double[]{1e-6, 0.5e-6, 0.25e-6}, full);
	}

	/**
	 * @param out           where to print
	 * @param spacings      grid spacings [m], coarse to fine
	 * @param fullTransient also time the full 1 mAh cm⁻² plating transient at {@code spacings[0]}
	 */
	public static void run(PrintStream out, double[] spacings, boolean fullTransient) throws SolverException {
		out.println("Deposition solver benchmark: 100 µm wide, host 300 µm + separator 25 µm, inverted carbon cloth,");
		out.println("6 mAh/cm2 Li pre-deposit, galvanostatic 0.25 mA/cm2; multigrid-preconditioned CG.");
		out.println("Times are CPU seconds of the solving thread (robust against other load on the machine),");
		out.println("best of several runs; wall-clock seconds in brackets.");
		out.println(String.format(Locale.ROOT, "%8s %9s %9s %7s %20s %20s %12s %8s %9s", "h [µm]", "cells", "unknowns",
				"Newton", "steady split [s]", "transient step [s]", "unknowns/s", "CG/solve", "exponent"));
		// Let the JIT compile the solver before anything is timed.
		DepositionProblem warmUp = benchmarkProblem(spacings[0], 2.5);
		for (int r = 0; r < 3; r++) {
			new DepositionEngine(warmUp).steadySplit(ProgressMonitor.NULL);
		}
		timePerStep(warmUp);
		double previousTime = Double.NaN;
		double previousUnknowns = Double.NaN;
		double firstTime = Double.NaN;
		double firstStep = Double.NaN;
		double firstUnknowns = Double.NaN;
		double lastStep = Double.NaN;
		for (double h : spacings) {
			DepositionProblem problem = benchmarkProblem(h, 2.5);
			int cells = problem.geometry().grid().cellCount();
			long unknowns = 0;
			long newton = 0;
			double steady = Double.POSITIVE_INFINITY;
			double steadyWall = Double.POSITIVE_INFINITY;
			int repetitions = cells > 200_000 ? 3 : 5;
			double cgPerSolve = 0.0;
			for (int r = 0; r < repetitions; r++) {
				DepositionEngine engine = new DepositionEngine(problem);
				long c0 = THREADS.getCurrentThreadCpuTime();
				long t0 = System.nanoTime();
				engine.steadySplit(ProgressMonitor.NULL);
				steadyWall = Math.min(steadyWall, (System.nanoTime() - t0) * 1e-9);
				steady = Math.min(steady, (THREADS.getCurrentThreadCpuTime() - c0) * 1e-9);
				long[] work = engine.workCounters();
				cgPerSolve = (double) work[3] / Math.max(1, work[2]);
				newton = work[1];
				unknowns = engine.potentialUnknowns();
			}
			double[] perStep = timePerStep(problem);
			String exponent = Double.isNaN(previousTime)
					? ""
					: String.format(Locale.ROOT, "%9.2f",
							Math.log(steady / previousTime) / Math.log(unknowns / previousUnknowns));
			out.println(String.format(Locale.ROOT, "%8.3f %9d %9d %7d %9.3f (%7.3f) %9.3f (%7.3f) %12.3e %8.1f %9s",
					h * 1e6, cells, unknowns, newton, steady, steadyWall, perStep[0], perStep[1], unknowns / steady,
					cgPerSolve, exponent));
			if (Double.isNaN(firstTime)) {
				firstTime = steady;
				firstStep = perStep[0];
				firstUnknowns = unknowns;
			}
			lastStep = perStep[0];
			previousTime = steady;
			previousUnknowns = unknowns;
		}
		if (spacings.length > 1) {
			double ratio = Math.log(previousUnknowns / firstUnknowns);
			out.println(String.format(Locale.ROOT,
					"Growth exponent over the whole range (time ∝ unknowns^p): steady split p = %.2f, transient step p = %.2f",
					Math.log(previousTime / firstTime) / ratio, Math.log(lastStep / firstStep) / ratio));
		}
		if (fullTransient) {
			DepositionProblem problem = benchmarkProblem(spacings[0], 2.5);
			DepositionEngine engine = new DepositionEngine(problem);
			long c0 = THREADS.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			DepositionRun run = engine.transientRun(TransientSettings.untilCharge(ONE_MAH_PER_CM2),
					ProgressMonitor.NULL);
			double cpu = (THREADS.getCurrentThreadCpuTime() - c0) * 1e-9;
			double seconds = (System.nanoTime() - t0) * 1e-9;
			out.println(String.format(Locale.ROOT,
					"Full 1 mAh/cm2 plating transient at h = %.3f µm: %.2f s CPU (%.2f s wall), %d steps, %s",
					spacings[0] * 1e6, cpu, seconds, run.steps(), run.message()));
			out.println(String.format(Locale.ROOT,
					"  new metal in the lower half %.3f, cell overpotential %.2f mV, charge-conservation error %.2e",
					run.last().scalars().newMetalFractionLowerHalf(), run.last().scalars().cellOverpotential() * 1e3,
					run.last().scalars().chargeConservationError()));
		}
	}

	/**
	 * CPU and wall time of one transient step (concentration, deposit and potential update),
	 * averaged over the steps of four minutes of plating after the initial solve.
	 */
	private static double[] timePerStep(DepositionProblem problem) throws SolverException {
		final int steps = 4;
		final double dt = 60.0;
		DepositionEngine engine = new DepositionEngine(problem);
		long c0 = THREADS.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		engine.steadySplit(ProgressMonitor.NULL);
		double initialCpu = (THREADS.getCurrentThreadCpuTime() - c0) * 1e-9;
		double initialWall = (System.nanoTime() - t0) * 1e-9;
		DepositionEngine stepping = new DepositionEngine(problem);
		long c1 = THREADS.getCurrentThreadCpuTime();
		long t1 = System.nanoTime();
		DepositionRun run = stepping.transientRun(
				TransientSettings.untilTime(steps * dt).withInitialTimeStep(dt).withMaxTimeStep(dt),
				ProgressMonitor.NULL);
		double cpu = (THREADS.getCurrentThreadCpuTime() - c1) * 1e-9;
		double wall = (System.nanoTime() - t1) * 1e-9;
		return new double[]{Math.max(0.0, cpu - initialCpu) / run.steps(),
				Math.max(0.0, wall - initialWall) / run.steps()};
	}

	/**
	 * The benchmark cell at grid spacing h [m] and current density [A/m²].
	 */
	public static DepositionProblem benchmarkProblem(double h, double currentDensity) {
		double width = 100e-6;
		double host = 300e-6;
		double diameter = 9e-6;
		double xPitch = 20e-6;
		MetalProperties li = MetalProperties.lithium();
		CellGeometry geometry = CellGeometry.builder().width(width).gridSpacing(h).hostThickness(host)
				.fibres(FibreLayouts.staggeredLattice(width, host, diameter, xPitch,
						FibreLayouts.rowPitchForPorosity(diameter, xPitch, 0.75), "carbon"))
				.separator(SeparatorProperties.bruggeman(25e-6, 0.55))
				.preDeposit(li.volumeForCharge(6 * ONE_MAH_PER_CM2), Orientation.INVERTED).build();
		return DepositionProblem.builder().geometry(geometry).metal(li)
				.electrolyte(new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.1, 1))
				.kinetics(ButlerVolmer.symmetric(10.0))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.040).build())
				.control(Control.galvanostatic(currentDensity)).build();
	}
}
