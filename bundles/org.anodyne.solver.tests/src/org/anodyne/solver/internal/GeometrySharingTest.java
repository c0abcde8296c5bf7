/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionSolver;
import org.anodyne.solver.deposition.Fibre;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.SeparatorProperties;
import org.junit.jupiter.api.Test;

/**
 * Points of a sweep that share a geometry share its preparation: two solves of equal geometries
 * (built separately, with different currents) build the geometry and its prepared form once, and
 * runs of them at the same time on a pool share it.
 */
class GeometrySharingTest {

	private static CellGeometry geometry() {
		// A radius no other test uses, so that the cache starts without this geometry.
		return CellGeometry.builder().width(20e-6).gridSpacing(1e-6).hostThickness(40e-6)
				.fibre(new Fibre(7e-6, 13e-6, 3.217e-6, "carbon")).separator(SeparatorProperties.bruggeman(10e-6, 0.55))
				.build();
	}

	private static DepositionProblem problem(double current) {
		return DepositionProblem.builder().geometry(geometry()).metal(MetalProperties.lithium())
				.electrolyte(new ElectrolyteProperties(1000.0, 3e-10, 0.4, 1.0, 1))
				.kinetics(ButlerVolmer.symmetric(10.0))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.02).build())
				.control(Control.galvanostatic(current)).build();
	}

	@Test
	void twoSolvesOfEqualGeometryPrepareItOnce() throws Exception {
		long before = PreparedGeometry.builds();
		DepositionProblem first = problem(2.5);
		DepositionProblem second = problem(10.0);
		assertSame(first.geometry(), second.geometry(), "the second build returns the first geometry");
		double j1 = new DepositionSolver(first).steadySplit(ProgressMonitor.NULL).scalars().currentDensity();
		double j2 = new DepositionSolver(second).steadySplit(ProgressMonitor.NULL).scalars().currentDensity();
		assertEquals(2.5, j1, 1e-8);
		assertEquals(10.0, j2, 1e-8);
		assertEquals(1, PreparedGeometry.builds() - before, "two solves of equal geometry prepare it once");
		// The same points again, at once on a pool: the shared preparation gives the same answers.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Double>> runs = new ArrayList<>();
			for (DepositionProblem p : List.of(first, second, first, second)) {
				runs.add(pool.submit(() -> new DepositionSolver(p).steadySplit(ProgressMonitor.NULL).scalars()
						.solidPotential()));
			}
			assertEquals(runs.get(0).get(), runs.get(2).get(), 0.0);
			assertEquals(runs.get(1).get(), runs.get(3).get(), 0.0);
		} finally {
			pool.shutdown();
		}
		assertEquals(1, PreparedGeometry.builds() - before, "still prepared once");
	}
}
