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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.life.AnalyticCoupling;
import org.anodyne.solver.life.CouplingSource;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.DepositionCoupling;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.solver.life.LifeProtocol;
import org.anodyne.solver.life.LifeResult;
import org.anodyne.solver.life.LifeRunOptions;
import org.anodyne.solver.life.LifeScenario;
import org.anodyne.solver.life.LifeSimulator;
import org.anodyne.solver.life.ReferenceCells;

/**
 * Speed of the reduced life model: 1000 cycles of one cell (target: under 0.2 s) and a sweep of 100
 * designs sharing one geometry on all cores (target: under a minute). Timings are wall clock: the
 * first run of a fresh JVM (interpreter and JIT compilation included), then the best and the median
 * of repetitions after a warm-up, since the machine is shared.
 */
public final class LifeBenchmark {

	private static final int REPETITIONS = 15;
	private static final int WARM_UP = 30;

	private LifeBenchmark() {
	}

	public static void main(String[] args) throws SolverException {
		run(System.out);
	}

	/** Runs the benchmark and prints the figures. */
	public static void run(PrintStream out) throws SolverException {
		LifeParameters parameters = DegradationPair.LITHIUM_CARBONATE.parameters();
		// Every mechanism is evaluated, but nothing is lost, so that both runs last their 1000 cycles.
		Map<String, Double> lossless = Map.of("endOfLifeRetention", 0.01, "seiChargePerArea", 0.0, "seiCalendarRate",
				0.0, "isolationProbability", 0.0);
		LifeScenario full = ReferenceCells.scenario(ReferenceCells.fullCell(true),
				ReferenceCells.fullCellProtocol(1000),
				parameters.with(lossless));
		LifeScenario symmetric = ReferenceCells.scenario(ReferenceCells.symmetricCell(false),
				LifeProtocol.platingCycles(2.5, ReferenceCells.MAH_PER_CM2, 1000),
				LifeParameters.defaults().with(lossless));
		out.println("Anodyne reduced life model benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
		for (LifeScenario s : List.of(full, symmetric)) {
			long cold = System.nanoTime();
			LifeSimulator.run(s);
			double first = (System.nanoTime() - cold) * 1e-9;
			for (int k = 0; k < WARM_UP; k++) {
				LifeSimulator.run(s);
			}
			double[] seconds = new double[REPETITIONS];
			LifeResult last = null;
			for (int k = 0; k < REPETITIONS; k++) {
				long t0 = System.nanoTime();
				last = LifeSimulator.run(s);
				seconds[k] = (System.nanoTime() - t0) * 1e-9;
			}
			Arrays.sort(seconds);
			out.printf(Locale.ROOT,
					"  %-52s %4d cycles, %5d samples: first run %.3f s; warm best %.4f s, median %.4f s (target < 0.2 s)%n",
					s.name(), last.cycles().size(), last.series().size(), first, seconds[0], seconds[REPETITIONS / 2]);
		}
		sweep(out, parameters);
	}

	private static void sweep(PrintStream out, LifeParameters parameters) throws SolverException {
		LifeCell cell = ReferenceCells.fullCell(true);
		DepositionCoupling shared = AnalyticCoupling.estimate(cell, parameters, 15.0);
		List<LifeScenario> designs = new ArrayList<>();
		for (int k = 0; k < 100; k++) {
			double electrolyte = (20.0 + 4.0 * (k % 10)) * 1e-5;
			double sei = 0.2 + 0.1 * (k / 10);
			LifeCell design = new LifeCell(cell.configuration(), cell.metal(), cell.electrolyte(), electrolyte,
					cell.separator(), cell.anode(), cell.cathode(), cell.temperature());
			designs.add(new LifeScenario(
					String.format(Locale.ROOT, "V_e %.0f uL/cm2, sigma_SEI %.2f C/m2", electrolyte * 1e5, sei),
					design, ReferenceCells.fullCellProtocol(1000), parameters.with("seiChargePerArea", sei),
					CouplingSource.fixed(shared)));
		}
		int cores = Runtime.getRuntime().availableProcessors();
		List<LifeResult> results = runAll(designs, 1);
		long cycles = results.stream().filter(Objects::nonNull).mapToLong(r -> r.cycles().size()).sum();
		long failures = results.stream().filter(r -> r != null && !r.outcome().isCensored()).count();
		// The first sweep above warms the JIT; then serial and parallel take turns, best of each, so
		// neither figure carries the warm-up or a passing burst of load from elsewhere on the machine.
		double serial = Double.POSITIVE_INFINITY;
		double parallel = Double.POSITIVE_INFINITY;
		for (int round = 0; round < 3; round++) {
			serial = Math.min(serial, timeSweep(designs, 1));
			parallel = Math.min(parallel, timeSweep(designs, cores));
		}
		out.printf(Locale.ROOT,
				"  sweep of %d full-cell designs sharing one geometry (up to 1000 cycles each, %d cycles in all, %d reached end of life):%n"
						+ "    %d threads %.2f s, 1 thread %.2f s, speed-up %.2f (target < 60 s)%n",
				designs.size(), cycles, failures, cores, parallel, serial, serial / parallel);
	}

	private static double timeSweep(List<LifeScenario> designs, int threads) {
		long t0 = System.nanoTime();
		runAll(designs, threads);
		return (System.nanoTime() - t0) * 1e-9;
	}

	/**
	 * Runs independent designs on a number of threads, as a sweep of life-only points does (design
	 * sweeps themselves run through the study layer's sweep runner); null for a design whose protocol
	 * cannot finish.
	 */
	private static List<LifeResult> runAll(List<LifeScenario> designs, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<LifeResult>> futures = new ArrayList<>();
			for (LifeScenario design : designs) {
				futures.add(
						pool.submit(() -> LifeSimulator.run(design, LifeRunOptions.defaults(), ProgressMonitor.NULL)));
			}
			List<LifeResult> results = new ArrayList<>();
			for (Future<LifeResult> future : futures) {
				try {
					results.add(future.get());
				} catch (ExecutionException e) {
					results.add(null);
				}
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		} finally {
			pool.shutdownNow();
		}
	}
}
