/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Benchmarks of the numerics, each a class with {@code public static void run(PrintStream, ...)}
 * and a {@code main}: {@link org.anodyne.solver.bench.DepositionBenchmark} for the 2D deposition
 * solver, {@code LifeBenchmark} for the reduced cycle-life model.
 */
package org.anodyne.solver.bench;
