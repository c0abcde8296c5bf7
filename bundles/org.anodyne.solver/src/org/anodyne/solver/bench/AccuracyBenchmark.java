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

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionSnapshot;
import org.anodyne.solver.deposition.Fibre;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.NumericalSettings;
import org.anodyne.solver.deposition.NumericalSettings.Boundary;
import org.anodyne.solver.deposition.SeparatorProperties;
import org.anodyne.solver.internal.DepositionEngine;
import org.anodyne.solver.internal.Multigrid;

/**
 * "Time to accuracy" of the steady current split on a geometry a peer solver can set up exactly
 * (the one of the deposition-kinetics issue): 150 carbon fibres of radius 4 µm on a staggered
 * lattice, rows at y = 5 + 10k µm (k = 0…29), even rows at x = 5, 25, …, 85 µm and odd rows at
 * x = 15, 35, …, 95 µm, in a host 100 µm wide and 300 µm thick under a 25 µm separator
 * (κ<sub>eff</sub> = κ·0.55<sup>1.5</sup>); pores κ = 1 S/m; Butler–Volmer i₀ = 10 A/m², α = 0.5,
 * 298.15 K; 40 mV nucleation barrier on bare carbon; the lowest six rows covered by metal
 * (inverted) or the highest six (upright); galvanostatic 2.5 and 50 A/m²; the counter electrode
 * held at φ = 0.
 * <p>
 * For both discretisations of the fibres' surfaces (cut cells, the default, and the old staircase)
 * and per grid it prints φ<sub>s</sub>, the current fraction into the lower half of the host, Newton
 * and Krylov (CG) iterations, the multigrid levels, the work count (Krylov iterations × cells on all
 * levels: what the smoothing sweeps visit, a deterministic measure of the solve's cost), the
 * unknowns solved (φ per electrolyte cell plus φ<sub>s</sub>) and the CPU seconds of the solving
 * thread (robust against other load on the machine), also for the same solve repeated; then the
 * errors of every grid against one reference, the Richardson extrapolation (order 2) of the two
 * finest cut-cell grids (the bottom fraction's in percentage points, since it can be 0); per path
 * the observed order of φ<sub>s</sub> from its three finest grids, the CPU seconds to reach 1 % and
 * 0.1 % and, between successive grids and over the whole range, the growth per doubling of the
 * unknowns of the CPU (with and without the preparation, repeated, the faster of the two solves) and
 * of the work count; at the end the heap a solved engine takes
 * per million cells. Per-fibre currents (cut cells) go to one CSV file per case and grid.
 * <p>
 * <b>Heap and page faults.</b> The first time a process's heap reaches a page, the kernel maps it
 * (a minor page fault), charged to the thread that touches it: the solving thread, since it zeroes
 * the arrays it allocates. One process solving grid after grid grows its heap into never-touched
 * pages at the finest grid only: there the first case's first solve took 178–208 thousand faults
 * (≈ 0.8 GB) and 2.5–3.1 s of CPU instead of 1.0–1.1 s (≈ 10 µs per fault on this 2-core virtual
 * machine), which scattered the CPU per 2× unknowns up to 2.7–3.1× between runs while the work
 * count grew 1.7–2.1×. {@code anodyne bench} therefore starts its JVM with the heap at its
 * full size and touched in advance ({@code -Xms} equal to {@code -Xmx}, {@code -XX:+AlwaysPreTouch}):
 * every solve then finds its pages mapped (0 faults) and the table measures the solver (on a quiet
 * machine every pair of grids within 1.73–2.13×; at a load average of 5–8 on the 2 cores, 1.70–2.39×
 * against 1.30–2.82× before: the CPU of a thread still varies through shared caches and memory
 * bandwidth). Chosen over one child process per grid, whose solves
 * would still grow a heap of the JVM's default initial size, and over subtracting the faults, whose
 * cost depends on the kernel, the hypervisor and the load. Touching 2 GB costs ≈ 6 s of CPU at start,
 * outside every timed solve. The table states the heap the run had and counts each solve's minor
 * page faults (Linux), so a run without the pre-touched heap (a plain {@code java}, a test) shows
 * which grids include them.
 */
public final class AccuracyBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");
	private static final double WIDTH = 100e-6;
	private static final double HOST = 300e-6;
	private static final double RADIUS = 4e-6;
	private static final int ROWS = 30;
	private static final int COVERED_ROWS = 6;

	private AccuracyBenchmark() {
	}

	/**
	 * Runs the benchmark; the first argument, if any, lists the grid spacings in µm, coarse to fine
	 * ("1,0.5,0.25"). Start the JVM as {@code anodyne bench} does ({@code -Xmx2g -Xms2g
	 * -XX:+AlwaysPreTouch}) to time the solver without first touches of heap pages.
	 */
	public static void main(String[] args) throws SolverException {
		double[] spacings = args.length == 0
				? defaultSpacings()
				: Arrays.stream(args[0].split(",")).mapToDouble(um -> Double.parseDouble(um.strip()) * 1e-6).toArray();
		run(System.out, spacings, null);
	}

	/** The benchmark's default grid spacings [m]: 1, 0.5, 0.25 and 0.125 µm. */
	public static double[] defaultSpacings() {
		return new double[]{1e-6, 0.5e-6, 0.25e-6, 0.125e-6};
	}

	/**
	 * @param out       where to print
	 * @param spacings  grid spacings [m], coarse to fine
	 * @param csvFolder folder for the per-fibre CSV files (created if missing), or null for none
	 */
	public static void run(PrintStream out, double[] spacings, Path csvFolder) throws SolverException {
		String loadBefore = loadAverage();
		out.println(
				"Time to accuracy, peer geometry: 150 fibres r = 4 µm (staggered, rows y = 5 + 10k µm), host 100 x 300 µm,");
		out.println(
				"separator 25 µm (kappa_eff = kappa 0.55^1.5), kappa = 1 S/m, BV i0 = 10 A/m2, alpha = 0.5, 298.15 K,");
		out.println(
				"40 mV barrier on bare carbon, six rows covered, counter electrode at phi = 0; steady current split.");
		out.println(
				"CPU = seconds of the solving thread: the one-off preparation of the geometry (cut volumes, apertures,");
		out.println(
				"pieces, multigrid hierarchy; shared by later runs on the same geometry), then engine set-up and solve;");
		out.println(
				"building the geometry (rasterisation) excluded. faults = minor page faults of the solving thread during");
		out.println(
				"preparation and solve / the repeated solve, in thousands (first touches of heap pages; n/a off Linux).");
		out.println(heapConditions());
		out.println(
				"Both discretisations of the fibres' surfaces: cut cells (the default) and staircase (the old path).");
		// Let the JIT compile the solver before anything is timed, on grids like every timed one but the
		// finest: warmed on the coarsest alone, the first case's cut-cell solves ran up to 1.5x slower
		// on each grid they met first (code recompiled on larger grids), which bent its CPU per 2x
		// unknowns both ways. 1.25x coarser, so that no timed grid finds its preparation done.
		for (Boundary path : Boundary.values()) {
			for (int g = 0; g < Math.max(1, spacings.length - 1); g++) {
				DepositionProblem warmUp = peerProblem(1.25 * spacings[g], 2.5, true, path);
				for (int r = 0; r < (g == 0 ? 2 : 1); r++) {
					new DepositionEngine(warmUp).steadySplit(ProgressMonitor.NULL);
				}
			}
		}
		for (boolean inverted : new boolean[]{true, false}) {
			for (double current : new double[]{2.5, 50.0}) {
				runCase(out, spacings, inverted, current, csvFolder);
			}
		}
		double h = spacings[spacings.length - 1];
		out.println();
		out.println(String.format(Locale.ROOT,
				"Machine: %d processors; load average (1 min) %s at the start, %s at the end. A thread's CPU excludes",
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
		out.println("waiting for a core, but other load still slows it through shared caches and memory bandwidth:");
		out.println("compare runs at equal load.");
		double[] cut = bytesPerMillionCells(h, Boundary.CUT_CELLS);
		double[] stair = bytesPerMillionCells(h, Boundary.STAIRCASE);
		out.println(String.format(Locale.ROOT,
				"Memory per million cells (h = %s µm): a solved engine holds %.0f MB (cut cells), %.0f MB (staircase);",
				plain(h * 1e6), cut[0] / 1e6, stair[0] / 1e6));
		out.println(String.format(Locale.ROOT,
				"while it solves it borrows %.0f MB (cut cells), %.0f MB (staircase) of work arrays, which the engines",
				cut[1] / 1e6, stair[1] / 1e6));
		out.println("solving one after another on a grid share.");
	}

	private static void runCase(PrintStream out, double[] spacings, boolean inverted, double current, Path csvFolder)
			throws SolverException {
		String name = (inverted ? "inverted" : "upright") + " J = " + plain(current) + " A/m2";
		out.println();
		out.println(name);
		out.println(String.format(Locale.ROOT, "%-10s %8s %9s %9s %12s %9s %7s %7s %7s %10s %9s %9s %9s %12s",
				"path", "h [µm]", "cells", "unknowns", "phi_s [mV]", "bottom", "Newton", "Krylov", "levels", "work [M]",
				"prep [s]", "solve [s]", "again [s]", "faults [k]"));
		List<double[]> cut = solveAll(out, spacings, inverted, current, Boundary.CUT_CELLS, csvFolder);
		List<double[]> stair = solveAll(out, spacings, inverted, current, Boundary.STAIRCASE, null);
		if (cut.size() < 2) {
			return;
		}
		// The reference: Richardson extrapolation of the two finest cut-cell grids with order 2.
		double[] fine = cut.get(cut.size() - 1);
		double[] second = cut.get(cut.size() - 2);
		double phiRef = fine[1] + (fine[1] - second[1]) / 3.0;
		double bottomRef = fine[2] + (fine[2] - second[2]) / 3.0;
		out.println(String.format(Locale.ROOT,
				"Reference (cut cells, Richardson with order 2 on the two finest grids): phi_s = %.6f mV, bottom fraction = %.6f",
				phiRef * 1e3, bottomRef));
		out.println(String.format(Locale.ROOT, "%-10s %8s %14s %12s %16s", "path", "h [µm]", "phi_s err [µV]",
				"phi_s err %", "bottom err [pp]"));
		printErrors(out, "cut cells", cut, phiRef, bottomRef);
		printErrors(out, "staircase", stair, phiRef, bottomRef);
		summary(out, "cut cells", cut, phiRef);
		summary(out, "staircase", stair, phiRef);
	}

	/**
	 * One row per grid: h, φ_s, bottom fraction, CPU seconds (preparation and solve), unknowns, CPU
	 * of the solve alone, the work count (Krylov iterations × cells on all multigrid levels) and the
	 * CPU of the same solve repeated on a fresh engine (the heap then holds pages the first solve
	 * had to fault in).
	 */
	private static List<double[]> solveAll(PrintStream out, double[] spacings, boolean inverted, double current,
			Boundary path, Path csvFolder) throws SolverException {
		List<double[]> rows = new ArrayList<>();
		String label = path == Boundary.CUT_CELLS ? "cut cells" : "staircase";
		for (double h : spacings) {
			DepositionProblem problem = peerProblem(h, current, inverted, path);
			long f0 = minorFaults();
			long c0 = THREADS.getCurrentThreadCpuTime();
			DepositionEngine.prepare(problem);
			long c1 = THREADS.getCurrentThreadCpuTime();
			Solved first = solve(problem);
			long c2 = THREADS.getCurrentThreadCpuTime();
			long f2 = minorFaults();
			// The first engine is unreachable by now: the repeat needs no more heap than it did.
			solve(problem);
			long c3 = THREADS.getCurrentThreadCpuTime();
			long f3 = minorFaults();
			double cpu = (c2 - c0) * 1e-9;
			double solve = (c2 - c1) * 1e-9;
			Multigrid.Hierarchy levels = new Multigrid.Hierarchy(problem.geometry().grid().nx(),
					problem.geometry().grid().ny());
			double cycles = (double) first.work()[3] * levels.cellsOnAllLevels();
			out.println(String.format(Locale.ROOT,
					"%-10s %8.3f %9d %9d %12.6f %9.6f %7d %7d %7d %10.2f %9.3f %9.3f %9.3f %12s", label, h * 1e6,
					problem.geometry().grid().cellCount(), first.unknowns(), first.phiS() * 1e3, first.bottom(),
					first.work()[1], first.work()[3], levels.levelCount(), cycles * 1e-6, cpu - solve, solve,
					(c3 - c2) * 1e-9, f0 < 0 || f3 < 0
							? "n/a"
							: String.format(Locale.ROOT, "%.1f/%.1f", (f2 - f0) * 1e-3, (f3 - f2) * 1e-3)));
			rows.add(new double[]{h, first.phiS(), first.bottom(), cpu, first.unknowns(), solve, cycles,
					(c3 - c2) * 1e-9});
			if (csvFolder != null) {
				writeFibres(
						csvFolder.resolve("fibres-" + (inverted ? "inverted" : "upright") + "-J" + plain(current) + "-h"
								+ plain(h * 1e6) + ".csv"),
						problem, first.fibreCurrent());
			}
		}
		return rows;
	}

	/** What the table needs of one steady split; the engine and its fields are not kept. */
	private record Solved(double phiS, double bottom, long[] work, long unknowns, double[] fibreCurrent) {
	}

	private static Solved solve(DepositionProblem problem) throws SolverException {
		DepositionEngine engine = new DepositionEngine(problem);
		DepositionSnapshot s = engine.steadySplit(ProgressMonitor.NULL);
		return new Solved(s.scalars().solidPotential(), s.scalars().initialCurrentFractionLowerHalf(),
				engine.workCounters(), engine.potentialUnknowns(), s.fields().fibreCurrent());
	}

	private static void printErrors(PrintStream out, String label, List<double[]> rows, double phiRef,
			double bottomRef) {
		for (double[] row : rows) {
			out.println(String.format(Locale.ROOT, "%-10s %8.3f %14.2f %12.4f %16.4f", label, row[0] * 1e6,
					(row[1] - phiRef) * 1e6, 100.0 * Math.abs((row[1] - phiRef) / phiRef),
					100.0 * (row[2] - bottomRef)));
		}
	}

	/**
	 * Observed order of φ<sub>s</sub> from the three finest grids (independent of the reference), CPU
	 * seconds of the first grid whose error is within 1 % and 0.1 %, and per pair of successive grids
	 * the growth per doubling of the unknowns of the CPU and of the work count.
	 */
	private static void summary(PrintStream out, String label, List<double[]> rows, double phiRef) {
		int m = rows.size();
		String order = "n/a";
		if (m >= 3) {
			double[] a = rows.get(m - 3);
			double[] b = rows.get(m - 2);
			double[] c = rows.get(m - 1);
			order = String.format(Locale.ROOT, "%.2f",
					Math.log(Math.abs((a[1] - b[1]) / (b[1] - c[1]))) / Math.log(a[0] / b[0]));
		}
		String[] toReach = {"not reached", "not reached"};
		double[] targets = {1e-2, 1e-3};
		for (int t = 0; t < targets.length; t++) {
			for (double[] row : rows) {
				if (Math.abs((row[1] - phiRef) / phiRef) <= targets[t]) {
					toReach[t] = String.format(Locale.ROOT, "%.3f s (h = %s µm)", row[3], plain(row[0] * 1e6));
					break;
				}
			}
		}
		out.println(String.format(Locale.ROOT, "%s: observed order of phi_s %s; CPU to 1 %%: %s; to 0.1 %%: %s", label,
				order, toReach[0], toReach[1]));
		// Growth per doubling of the unknowns between successive grids: CPU with the preparation,
		// without it, of the repeated solve, of the faster of the two solves, and of the deterministic
		// work count. One solve of about a second varies by ±10 % between runs on a quiet machine (not
		// in its work count), so a single pair can stray above its trend; the faster of two identical
		// solves (the usual benchmark practice, as timeit's minimum) and the growth over the whole range
		// of grids say what the solver's cost does.
		for (int g = 1; g < m; g++) {
			double[] b = rows.get(g - 1);
			double[] c = rows.get(g);
			double doublings = Math.log(2.0) / Math.log(c[4] / b[4]);
			out.println(String.format(Locale.ROOT,
					"%s: per 2x unknowns from h = %s to %s µm: CPU %.2fx with the preparation, %.2fx without, "
							+ "%.2fx repeated, %.2fx the faster of the two; work count %.2fx",
					label, plain(b[0] * 1e6), plain(c[0] * 1e6), Math.pow(c[3] / b[3], doublings),
					Math.pow(c[5] / b[5], doublings), Math.pow(c[7] / b[7], doublings),
					Math.pow(fasterSolve(c) / fasterSolve(b), doublings), Math.pow(c[6] / b[6], doublings)));
		}
		if (m > 2) {
			double[] b = rows.get(0);
			double[] c = rows.get(m - 1);
			double doublings = Math.log(2.0) / Math.log(c[4] / b[4]);
			out.println(String.format(Locale.ROOT,
					"%s: per 2x unknowns over h = %s to %s µm: CPU %.2fx the faster of the two solves; work count %.2fx",
					label, plain(b[0] * 1e6), plain(c[0] * 1e6),
					Math.pow(fasterSolve(c) / fasterSolve(b), doublings), Math.pow(c[6] / b[6], doublings)));
		}
	}

	/** CPU seconds of the faster of a grid's two identical solves (first and repeated, preparation excluded). */
	private static double fasterSolve(double[] row) {
		return Math.min(row[5], row[7]);
	}

	/**
	 * Heap per million cells of a solved engine on the peer geometry at grid spacing h [m] (the
	 * engine's state, faces and operators; the geometry and its preparation, shared by the engines on
	 * it, excluded), and the work arrays its solve borrowed (the same per million cells).
	 */
	public static double[] bytesPerMillionCells(double h, Boundary path) throws SolverException {
		DepositionProblem problem = peerProblem(h, 2.5, true, path);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		DepositionEngine engine = new DepositionEngine(problem);
		engine.steadySplit(ProgressMonitor.NULL);
		System.gc();
		long after = memory.getHeapMemoryUsage().getUsed();
		double cells = problem.geometry().grid().cellCount();
		// The engine is reachable until measured.
		return new double[]{(after - before) / cells * 1e6, engine.workArrayBytes() / cells * 1e6};
	}

	/**
	 * What the heap of this run was: at its full size and touched in advance (as {@code anodyne bench}
	 * starts it), or growing, in which case the CPU of the finest grids includes first touches.
	 */
	private static String heapConditions() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		boolean preTouched = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch");
		String size = String.format(Locale.ROOT, "Heap: %d MB at the start, at most %d MB", heap.getInit() >> 20,
				heap.getMax() >> 20);
		if (preTouched && heap.getInit() == heap.getMax()) {
			return size + ", touched in advance:\nthe solves find every page mapped, so the CPU is the solver's.";
		}
		return size + (preTouched ? ", touched in advance but not at its full size" : ", not touched in advance")
				+ ":\nthe grid that first grows the heap also pays its page faults (see faults). For the solver alone,\n"
				+ "start the JVM with -Xms equal to -Xmx and -XX:+AlwaysPreTouch, as anodyne bench does.";
	}

	/** Minor page faults of the calling thread so far (Linux), or −1 where the kernel does not say. */
	private static long minorFaults() {
		try {
			String stat = Files.readString(THREAD_STAT);
			// The fields after the command name (in parentheses, which may hold spaces): state is field 3, minflt 10.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[10 - 3]);
		} catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/** The 1-minute load average, or n/a where the system does not say. */
	private static String loadAverage() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load >= 0.0 ? String.format(Locale.ROOT, "%.2f", load) : "n/a";
	}

	/** A number as written by hand: six significant digits, no trailing zeros (2.5, 0.125, 50). */
	private static String plain(double value) {
		return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

	private static void writeFibres(Path file, DepositionProblem problem, double[] currents) {
		List<Fibre> fibres = problem.geometry().fibres();
		double total = 0.0;
		for (double c : currents) {
			total += c;
		}
		try {
			Files.createDirectories(file.getParent());
			try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				w.write("x_um,y_um,r_um,substrate,covered,current_A_per_m,fraction\n");
				for (int f = 0; f < fibres.size(); f++) {
					Fibre fibre = fibres.get(f);
					w.write(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,%s,%b,%.10e,%.10e%n", fibre.x() * 1e6,
							fibre.y() * 1e6, fibre.radius() * 1e6, fibre.substrate(), fibre.covered(), currents[f],
							currents[f] / total));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write per-fibre currents to " + file, e);
		}
	}

	/** The 150 fibres of the peer geometry; the lowest (inverted) or highest (upright) six rows covered. */
	public static List<Fibre> peerFibres(boolean inverted) {
		List<Fibre> fibres = new ArrayList<>();
		for (int k = 0; k < ROWS; k++) {
			double y = (5 + 10 * k) * 1e-6;
			boolean covered = inverted ? k < COVERED_ROWS : k >= ROWS - COVERED_ROWS;
			for (int m = 0; m < 5; m++) {
				double x = (k % 2 == 0 ? 5 + 20 * m : 15 + 20 * m) * 1e-6;
				fibres.add(new Fibre(x, y, RADIUS, "carbon", covered));
			}
		}
		return fibres;
	}

	/**
	 * The peer problem at grid spacing h [m] and current density [A/m², geometric].
	 */
	public static DepositionProblem peerProblem(double h, double currentDensity, boolean inverted) {
		return peerProblem(h, currentDensity, inverted, Boundary.CUT_CELLS);
	}

	/** The peer problem on the given discretisation of the fibres' surfaces. */
	public static DepositionProblem peerProblem(double h, double currentDensity, boolean inverted, Boundary path) {
		CellGeometry geometry = CellGeometry.builder().width(WIDTH).gridSpacing(h).hostThickness(HOST)
				.fibres(peerFibres(inverted)).separator(SeparatorProperties.bruggeman(25e-6, 0.55)).build();
		return DepositionProblem.builder().geometry(geometry).metal(MetalProperties.lithium())
				.electrolyte(new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.0, 1)).temperature(298.15)
				.kinetics(ButlerVolmer.of(10.0, 0.5, 0.5)).counterElectrodeAtPotential(0.0)
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.040).build())
				.control(Control.galvanostatic(currentDensity))
				.numerics(NumericalSettings.defaults().withBoundary(path)).build();
	}
}
