/**
 * Benchmarks of the numerics, each a class with {@code public static void run(PrintStream, ...)}
 * and a {@code main}: {@link org.anodyne.solver.bench.DepositionBenchmark} for the 2D deposition
 * solver, {@code LifeBenchmark} for the reduced cycle-life model.
 */
package org.anodyne.solver.bench;
