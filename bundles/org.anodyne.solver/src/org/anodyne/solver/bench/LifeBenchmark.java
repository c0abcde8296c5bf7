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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionSolver;
import org.anodyne.solver.deposition.FibreLayouts;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.Orientation;
import org.anodyne.solver.life.AnalyticCoupling;
import org.anodyne.solver.life.AnodeDesign;
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
 * Speed of the reduced life model and of the 2D refreshes a coupled run adds to it.
 * <p>
 * Life runs (target: 1000 full-cell cycles under 0.2 s): the headline is the paper's inverted Li‖LFP
 * cell ({@link ReferenceCells#fullCell(boolean)}) with the calibrated Li/carbonate parameters
 * ({@link DegradationPair#LITHIUM_CARBONATE}), so SEI, its calendar growth, dead metal, the inactive
 * layer and electrolyte consumption all act. As assembled it ends near cycle 730 (retention below
 * 80 %, its 10 mAh cm⁻² of Li nearly used up), so the benchmark gives it 20 mAh cm⁻² (the cloth still
 * leaves a 221 µm buffer) and ends its life only below 50 % retention: it then really runs 1000
 * cycles (75 % retention and ≈ 6 mAh cm⁻² of active Li left at the end). The lossless lines of earlier
 * versions (SEI, calendar and dead metal off) follow for continuity.
 * <p>
 * 2D refreshes: the study layer couples a run to the 2D solver (its {@code CoupledDeposition}) by one
 * steady current split per plating current on the assembled cell and one more at each further tenth
 * of the buffer the deposit fills ({@link LifeSimulator#COUPLING_REFRESH_FILL}), each on a new
 * cross-section with the dense metal thickened by that share of the buffer. The benchmark builds the
 * same problem from solver classes for the headline cell (the shipped example's cloth lattice, its
 * 100 µm width, the coupling's 2 µm grid, the calibrated kinetics) and times the geometry and one
 * split at the assembled front and with the front moved by a tenth and by half of the buffer. It counts
 * the splits a run asks for by running the cell with a counting analytic coupling source, and adds up
 * what a 2D-coupled 1000-cycle run costs.
 * <p>
 * Times are wall clock with the calling thread's CPU time beside the warm median (the machine may be
 * shared): the first run in this process (class loading and JIT compilation included for whatever ran
 * first), then the best and the median of repetitions after a warm-up.
 */
public final class LifeBenchmark {

	private static final int REPETITIONS = 15;
	private static final int WARM_UP = 30;
	private static final int SPLIT_REPETITIONS = 5;
	private static final int SPLIT_WARM_UP = 2;

	/** Pre-deposit of the headline cell [C/m²]: twice the paper's, so that its Li lasts 1000 cycles. */
	private static final double LONG_RUN_METAL = 20.0 * ReferenceCells.MAH_PER_CM2;
	/** End-of-life retention of the headline cell: low enough that fade does not end it before 1000 cycles. */
	private static final double LONG_RUN_END_OF_LIFE = 0.5;
	private static final int CYCLES = 1000;

	/** Grid spacing [m] of the study layer's coupling splits ({@code CoupledDeposition.DEFAULT_SPACING}). */
	private static final double SPLIT_SPACING = 2e-6;
	/** Domain width [m] and staggered-lattice pitches [m] of {@code examples/li-cc-lfp-full-inverted.anodyne}. */
	private static final double SPLIT_WIDTH = 100e-6;
	private static final double CLOTH_X_PITCH = 17e-6;
	private static final double CLOTH_ROW_PITCH = 15e-6;
	/** Fronts timed, as shares of the buffer filled. */
	private static final double[] FILLS = {0.0, 0.1, 0.5};
	/** Fronts whose cross-sections are built, untimed, before the moved fronts'. */
	private static final double[] GEOMETRY_WARM_UP_FILLS = {0.2, 0.3, 0.4};
	/** Most refreshes a run asks for per plating current (fills 0.1 … 0.9, the life package's documentation). */
	private static final int MAX_REFRESHES = 9;

	private LifeBenchmark() {
	}

	public static void main(String[] args) throws SolverException {
		run(System.out);
	}

	/** Runs the benchmark and prints the figures. */
	public static void run(PrintStream out) throws SolverException {
		LifeParameters parameters = DegradationPair.LITHIUM_CARBONATE.parameters();
		LifeCell longCell = ReferenceCells.fullCell(true)
				.withAnode(ReferenceCells.invertedCarbonCloth(LONG_RUN_METAL));
		LifeParameters longParameters = parameters.with("endOfLifeRetention", LONG_RUN_END_OF_LIFE);
		LifeScenario headline = ReferenceCells.scenario(longCell, ReferenceCells.fullCellProtocol(CYCLES),
				longParameters);
		// Every mechanism is evaluated, but nothing is lost, so that both runs last their 1000 cycles.
		Map<String, Double> lossless = Map.of("endOfLifeRetention", 0.01, "seiChargePerArea", 0.0, "seiCalendarRate",
				0.0, "isolationProbability", 0.0);
		LifeScenario full = ReferenceCells.scenario(ReferenceCells.fullCell(true),
				ReferenceCells.fullCellProtocol(CYCLES), parameters.with(lossless));
		LifeScenario symmetric = ReferenceCells.scenario(ReferenceCells.symmetricCell(false),
				LifeProtocol.platingCycles(2.5, ReferenceCells.MAH_PER_CM2, CYCLES),
				LifeParameters.defaults().with(lossless));
		out.println("Anodyne reduced life model benchmark (" + Runtime.getRuntime().availableProcessors()
				+ " cores; wall-clock seconds, the thread's CPU seconds in brackets)");
		out.printf(Locale.ROOT, "Life runs: first run, then best and median of %d after %d warm-up runs "
				+ "(target: 1000 full-cell cycles < 0.2 s)%n", REPETITIONS, WARM_UP);
		out.printf(Locale.ROOT, "  %-44s %6s %7s %9s %9s %18s %9s  %s%n", "run", "cycles", "samples", "first",
				"best", "median (CPU)", "ms/cycle", "end");
		List<LifeRow> rows = List.of(
				new LifeRow("[1]", "calibrated Li/carbonate, inverted Li|LFP", headline,
						String.format(Locale.ROOT,
								"Li/carbonate parameters as calibrated, end of life below %.0f %% retention, "
										+ "%.0f mAh/cm2 Li (the paper's cell has 10)",
								100 * LONG_RUN_END_OF_LIFE, LONG_RUN_METAL / ReferenceCells.MAH_PER_CM2)),
				new LifeRow("[2]", "lossless, inverted Li|LFP (as before)", full,
						"Li/carbonate parameters with SEI, calendar SEI and dead metal off, end of life below 1 %"),
				new LifeRow("[3]", "lossless, upright symmetric Li|Li", symmetric,
						"Li/ether defaults with SEI, calendar SEI and dead metal off, end of life below 1 %"));
		Timing headlineTime = null;
		for (LifeRow row : rows) {
			LifeResult[] last = new LifeResult[1];
			Timing t = Timing.of(() -> last[0] = LifeSimulator.run(row.scenario()), WARM_UP, REPETITIONS);
			int cycles = last[0].cycles().size();
			out.printf(Locale.ROOT, "  %-44s %6d %7d %9.3f %9.4f %9.4f (%6.4f) %9.4f  %s%n",
					row.key() + " " + row.label(), cycles, last[0].series().size(), t.first(), t.best(), t.median(),
					t.cpuMedian(), 1e3 * t.median() / cycles, end(last[0]));
			if (headlineTime == null) {
				headlineTime = t;
			}
		}
		for (LifeRow row : rows) {
			out.println("  " + row.key() + " " + row.scenario().name() + ", " + row.parameters());
		}
		refreshes(out, headline, headlineTime, parameters);
		sweep(out, parameters);
	}

	/** A line of the life-run table: its key, its label, what it runs and what it changed in the parameters. */
	private record LifeRow(String key, String label, LifeScenario scenario, String parameters) {
	}

	/** How a life run ended: censored at its last cycle or the failure mode's name. */
	private static String end(LifeResult r) {
		return r.outcome().isCensored() ? "censored (ran all cycles)" : r.outcome().failureMode().toString();
	}

	/**
	 * Times the 2D splits a coupled run of the headline cell asks for and prints the total cost of a
	 * 2D-coupled 1000-cycle run.
	 */
	private static void refreshes(PrintStream out, LifeScenario headline, Timing life, LifeParameters calibrated)
			throws SolverException {
		CountingCoupling counted = CountingCoupling.run(headline);
		CountingCoupling reference = CountingCoupling.run(ReferenceCells.scenario(ReferenceCells.fullCell(true),
				ReferenceCells.fullCellProtocol(CYCLES), calibrated));
		LifeCell cell = headline.cell();
		LifeParameters parameters = headline.parameters();
		double current = counted.currents().first();
		double buffer = AnalyticCoupling.estimate(cell, parameters, current).bufferPoreVolume();
		double metal = cell.metal().volumeForCharge(cell.anode().initialMetal());
		out.println();
		out.printf(Locale.ROOT,
				"2D refreshes: one steady split of cell [1] at %.3g mA/cm2 (its plating current), %.0f µm wide cloth "
						+ "(%.0f x %.0f µm staggered lattice), %.0f µm grid;%n",
				current / ReferenceCells.MA_PER_CM2, SPLIT_WIDTH * 1e6, CLOTH_X_PITCH * 1e6, CLOTH_ROW_PITCH * 1e6,
				SPLIT_SPACING * 1e6);
		out.printf(Locale.ROOT,
				"  the front moved by thickening the %.1f µm of dense Li by a share of the %.1f µm buffer pore volume "
						+ "(the analytic coupling's; the 2D split's leaves out one row pitch by the separator);%n"
						+ "  best and median of %d solves after %d warm-up solves of the assembled front%n",
				metal * 1e6, buffer * 1e6, SPLIT_REPETITIONS, SPLIT_WARM_UP);
		out.printf(Locale.ROOT, "  %-26s %7s %17s %9s %9s %18s%n", "front", "cells", "geometry (CPU)", "first",
				"best", "median (CPU)");
		Timing[] splits = new Timing[FILLS.length];
		Timing[] builds = new Timing[FILLS.length];
		for (int f = 0; f < FILLS.length; f++) {
			if (f == 1) {
				// Cross-sections of other fronts, untimed, so that the moved fronts' builds are warm.
				for (double fill : GEOMETRY_WARM_UP_FILLS) {
					refreshGeometry(cell, metal + fill * buffer);
				}
			}
			double fill = FILLS[f];
			CellGeometry[] geometry = new CellGeometry[1];
			builds[f] = Timing.once(() -> geometry[0] = refreshGeometry(cell, metal + fill * buffer));
			DepositionProblem problem = refreshProblem(cell, parameters, geometry[0], current);
			splits[f] = Timing.of(() -> new DepositionSolver(problem).steadySplit(ProgressMonitor.NULL),
					f == 0 ? SPLIT_WARM_UP : 0, SPLIT_REPETITIONS);
			out.printf(Locale.ROOT, "  %-26s %7d %8.3f (%6.3f) %9.3f %9.3f %9.3f (%6.3f)%n",
					fill == 0.0 ? "assembled" : String.format(Locale.ROOT, "moved by %.1f of the buffer", fill),
					geometry[0].grid().cellCount(), builds[f].first(), builds[f].cpuMedian(), splits[f].first(),
					splits[f].best(), splits[f].median(), splits[f].cpuMedian());
		}
		// A coupled run builds a new cross-section and solves it once per split. The assembled front's
		// split comes first: in a fresh process its build and solve pay class loading and the JIT (its
		// first figures); warm, a build costs what the moved fronts' did. A refresh costs a moved
		// front's build and solve: warm, or its first solve on the new cross-section.
		double warmBuild = 0.0;
		double warmBuildCpu = 0.0;
		double refreshWall = 0.0;
		double refreshCpu = 0.0;
		double refreshFirst = 0.0;
		int moved = FILLS.length - 1;
		for (int f = 1; f < FILLS.length; f++) {
			warmBuild += builds[f].first() / moved;
			warmBuildCpu += builds[f].cpuMedian() / moved;
			refreshWall += (builds[f].first() + splits[f].median()) / moved;
			refreshCpu += (builds[f].cpuMedian() + splits[f].cpuMedian()) / moved;
			refreshFirst += (builds[f].first() + splits[f].first()) / moved;
		}
		Split assembled = new Split(warmBuild + splits[0].median(), warmBuildCpu + splits[0].cpuMedian(),
				builds[0].first() + splits[0].first());
		Split refresh = new Split(refreshWall, refreshCpu, refreshFirst);
		int plating = counted.currents().size();
		out.printf(Locale.ROOT,
				"  a 2D-coupled 1000-cycle run = life run + per plating current one split of the assembled front "
						+ "(geometry + solve: %.3f s warm, %.3f s first in a process)%n"
						+ "  + per refresh one split of a moved front (geometry + solve, mean of the moved fronts: "
						+ "%.3f s warm, %.3f s first on its cross-section)%n",
				assembled.wall(), assembled.first(), refresh.wall(), refresh.first());
		out.printf(Locale.ROOT, "  %-62s %8s %9s %10s %19s %16s%n", "run", "currents", "refreshes", "life [s]",
				"total warm (CPU)", "first in process");
		printTotal(out, String.format(Locale.ROOT, "cell [1] (to %.0f %% of the buffer by cycle %d)",
				100 * counted.highestFill(), counted.cycles()), plating, counted.refreshes(), life, assembled,
				refresh);
		printTotal(out, String.format(Locale.ROOT, "the paper's cell, 10 mAh/cm2 (to %.0f %% by cycle %d, its end)",
				100 * reference.highestFill(), reference.cycles()), reference.currents().size(),
				reference.refreshes(), life, assembled, refresh);
		printTotal(out, "cell [1] at the most refreshes a run asks for", plating, plating * MAX_REFRESHES, life,
				assembled, refresh);
		out.println("  (refreshes counted on runs with the analytic coupling, whose buffer fills as the 2D one's "
				+ "does; the life time is cell [1]'s on every line)");
	}

	/**
	 * The cost [s] of one split (geometry and solve): wall clock and CPU time warm, and wall clock
	 * as the first of its kind (of a process for the assembled front, on its cross-section for a refresh).
	 */
	private record Split(double wall, double cpu, double first) {
	}

	private static void printTotal(PrintStream out, String label, int currents, int refreshes, Timing life,
			Split assembled, Split refresh) {
		double warm = life.median() + currents * assembled.wall() + refreshes * refresh.wall();
		double cpu = life.cpuMedian() + currents * assembled.cpu() + refreshes * refresh.cpu();
		double first = life.first() + assembled.first() + (currents - 1) * assembled.wall()
				+ refreshes * refresh.first();
		out.printf(Locale.ROOT, "  %-62s %8d %9d %10.4f %10.3f (%6.3f) %16.3f%n", label, currents, refreshes,
				life.median(), warm, cpu, first);
	}

	/**
	 * The cross-section a refresh solves: the cell's cloth on the shipped example's lattice, the dense
	 * metal {@code metalThickness} [m] filling it from the face away from the separator.
	 */
	private static CellGeometry refreshGeometry(LifeCell cell, double metalThickness) {
		AnodeDesign anode = cell.anode();
		return CellGeometry.builder().width(SPLIT_WIDTH).gridSpacing(SPLIT_SPACING)
				.hostThickness(anode.hostThickness())
				.fibres(FibreLayouts.staggeredLattice(SPLIT_WIDTH, anode.hostThickness(), anode.fibreDiameter(),
						CLOTH_X_PITCH, CLOTH_ROW_PITCH, "carbon"))
				.separator(cell.separator()).preDeposit(metalThickness, Orientation.INVERTED).build();
	}

	/** The split's problem as the study layer poses it: the life parameters' kinetics and coverage. */
	private static DepositionProblem refreshProblem(LifeCell cell, LifeParameters parameters, CellGeometry geometry,
			double current) {
		MetalProperties metal = cell.metal();
		return DepositionProblem.builder().geometry(geometry).metal(metal).electrolyte(cell.electrolyte())
				.temperature(cell.temperature())
				.kinetics(ButlerVolmer.forCharge(parameters.exchangeCurrentDensity(),
						parameters.cathodicTransferCoefficient(), metal.chargeNumber()))
				.barriers(NucleationBarriers.builder().barrier("carbon", cell.anode().substrateBarrier()).build())
				.coverageThickness(metal.volumeForCharge(parameters.coverageCharge()))
				.control(Control.galvanostatic(current)).build();
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

	/** Wall-clock seconds of a first run and of repetitions after a warm-up; CPU seconds of the median's thread. */
	private record Timing(double first, double best, double median, double cpuMedian) {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		/** One run: its wall clock as first, best and median, its CPU time as the median's. */
		static Timing once(Work work) throws SolverException {
			long c = THREADS.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			work.run();
			double wall = (System.nanoTime() - t) * 1e-9;
			return new Timing(wall, wall, wall, (THREADS.getCurrentThreadCpuTime() - c) * 1e-9);
		}

		static Timing of(Work work, int warmUp, int repetitions) throws SolverException {
			long t0 = System.nanoTime();
			work.run();
			double first = (System.nanoTime() - t0) * 1e-9;
			for (int k = 0; k < warmUp; k++) {
				work.run();
			}
			double[] wall = new double[repetitions];
			double[] cpu = new double[repetitions];
			for (int k = 0; k < repetitions; k++) {
				long c = THREADS.getCurrentThreadCpuTime();
				long t = System.nanoTime();
				work.run();
				wall[k] = (System.nanoTime() - t) * 1e-9;
				cpu[k] = (THREADS.getCurrentThreadCpuTime() - c) * 1e-9;
			}
			Arrays.sort(wall);
			Arrays.sort(cpu);
			return new Timing(first, wall[0], wall[repetitions / 2], cpu[repetitions / 2]);
		}
	}

	@FunctionalInterface
	private interface Work {
		void run() throws SolverException;
	}

	/**
	 * The analytic coupling, counting the distinct splits a 2D source would solve for a run: one per
	 * plating current, one per refresh (current and fill), as the simulator asks and the study layer
	 * caches them.
	 */
	private static final class CountingCoupling implements CouplingSource {

		private final CouplingSource analytic = CouplingSource.analytic();
		private final SortedSet<Double> currents = new TreeSet<>();
		private final Set<List<Double>> refreshed = new HashSet<>();
		private double highestFill;
		private int cycles;

		static CountingCoupling run(LifeScenario scenario) throws SolverException {
			CountingCoupling counting = new CountingCoupling();
			LifeResult result = LifeSimulator.run(new LifeScenario(scenario.name(), scenario.cell(),
					scenario.protocol(), scenario.parameters(), counting));
			counting.cycles = result.cycles().size();
			return counting;
		}

		@Override
		public DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity)
				throws SolverException {
			currents.add(currentDensity);
			return analytic.couple(cell, parameters, currentDensity);
		}

		@Override
		public DepositionCoupling couple(LifeCell cell, LifeParameters parameters, double currentDensity,
				double bufferFill) throws SolverException {
			currents.add(currentDensity);
			refreshed.add(List.of(currentDensity, bufferFill));
			highestFill = Math.max(highestFill, bufferFill);
			return analytic.couple(cell, parameters, currentDensity, bufferFill);
		}

		SortedSet<Double> currents() {
			return currents;
		}

		int refreshes() {
			return refreshed.size();
		}

		double highestFill() {
			return highestFill;
		}

		int cycles() {
			return cycles;
		}
	}
}
