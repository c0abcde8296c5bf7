/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anodyne.solver.SolverException;
import org.anodyne.solver.bench.AccuracyBenchmark;
import org.anodyne.solver.bench.DepositionBenchmark;
import org.anodyne.solver.bench.LifeBenchmark;

/** {@code anodyne bench}: the solver's and the life model's speed benchmarks. */
final class BenchCommand implements Command {

	private static final List<String> BENCHMARKS = List.of("deposition", "accuracy", "life");

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "time the deposition solver and the life model on the benchmark geometry";
	}

	@Override
	public String help() {
		return """
				Usage: anodyne bench [deposition] [accuracy] [life] [--spacings LIST] [--no-transient]
				                     [--fibre-csv DIR]

				Prints the benchmark figures: for the 2D deposition solver (100 µm wide carbon-cloth
				host, 300 µm + 25 µm separator) unknowns, steady-split time, time per transient
				step, unknowns per second and the growth exponent per grid spacing, and the time of
				a full 1 mAh/cm2 plating transient; "time to accuracy" of the steady current split
				on a peer's geometry (150 explicit fibres, six rows metal-covered, inverted and
				upright, 2.5 and 50 A/m2): phi_s, bottom current fraction, Newton and Krylov
				iterations and CPU seconds per grid, errors against the Richardson extrapolation
				of the two finest grids and the observed order; for the reduced life model the time
				of 1000 cycles of the paper's inverted Li||LFP cell with the calibrated Li/carbonate
				parameters (20 mAh/cm2 of Li, end of life below 50 % retention, so that it runs them
				all), of the earlier lossless runs, and of a 100-design sweep on all cores; and the
				cost of its 2D refreshes: one steady split of the cloth on the coupling's 2 µm grid
				at the assembled front and with the front moved by 0.1 and 0.5 of the buffer, the
				splits a run asks for, and the total of a 2D-coupled 1000-cycle run. Without a name
				all three run. Benchmarks print figures; they never fail on a slow machine.

				Deposition and accuracy times are CPU seconds of the solving thread; life times
				are wall clock with the thread's CPU seconds beside them (the first 2D split pays
				the solver's JIT only when "life" runs alone). The launch script starts this
				command's JVM with its heap at full size and touched in advance (-Xms2g
				-XX:+AlwaysPreTouch; ≈ 6 s of CPU at start), so that no grid pays the kernel's
				first touch of fresh heap pages: a heap growing into them at the finest grid
				scattered its CPU per 2x unknowns up to 3.1x. The accuracy table says
				which heap it had and counts each solve's page faults.

				Options:
				  --spacings LIST  grid spacings in µm, coarse to fine (default 1,0.5,0.25;
				                   1,0.5,0.25,0.125 for accuracy)
				  --fibre-csv DIR  write the accuracy benchmark's per-fibre currents there
				  --no-transient   skip the full plating transient
				  -h, --help       this text

				Exit status: 0 done; 1 a solver failed; 2 a usage error.
				""";
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Arguments a = Arguments.parse(args, Set.of("--no-transient"), Set.of("--spacings", "--fibre-csv"));
		List<String> chosen = a.operands().isEmpty() ? BENCHMARKS : a.operands();
		for (String name : chosen) {
			if (!BENCHMARKS.contains(name)) {
				throw new UsageException(
						"unknown benchmark '" + name + "'; choose from " + String.join(", ", BENCHMARKS));
			}
		}
		double[] spacings = spacings(a.value("--spacings").orElse("1,0.5,0.25"));
		if (a.value("--spacings").isPresent() && !chosen.contains("deposition") && !chosen.contains("accuracy")) {
			throw new UsageException("--spacings applies to the deposition and accuracy benchmarks only");
		}
		Path csv = a.value("--fibre-csv").map(Path::of).orElse(null);
		int exit = ExitCode.OK;
		for (String name : chosen) {
			try {
				if (name.equals("deposition")) {
					DepositionBenchmark.run(console.out(), spacings, !a.flag("--no-transient"));
				} else if (name.equals("accuracy")) {
					AccuracyBenchmark.run(console.out(),
							a.value("--spacings").isPresent() ? spacings : AccuracyBenchmark.defaultSpacings(), csv);
				} else {
					LifeBenchmark.run(console.out());
				}
			} catch (SolverException e) {
				console.err().println(
						"anodyne bench: the " + name + " benchmark failed: " + Console.printable(e.getMessage()));
				exit = ExitCode.FAILURE;
			} catch (UncheckedIOException e) {
				console.err().println("anodyne bench: " + Console.printable(e.getMessage()) + ": "
						+ Console.printable(String.valueOf(e.getCause().getMessage())));
				exit = ExitCode.FAILURE;
			}
			console.out().println();
		}
		return exit;
	}

	/** Grid spacings from a µm list, as metres. */
	static double[] spacings(String list) throws UsageException {
		List<Double> values = new ArrayList<>();
		for (String part : list.split(",")) {
			double um;
			try {
				um = Double.parseDouble(part.strip());
			} catch (NumberFormatException e) {
				throw new UsageException("--spacings: '" + part.strip() + "' is not a number of µm");
			}
			if (!(um >= 0.05 && um <= 50)) {
				throw new UsageException("--spacings: " + part.strip() + " µm is outside 0.05–50 µm");
			}
			values.add(um * 1e-6);
		}
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
