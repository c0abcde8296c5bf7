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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.deposition.ButlerVolmer;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionRun;
import org.anodyne.solver.deposition.Fibre;
import org.anodyne.solver.deposition.NucleationBarriers;
import org.anodyne.solver.deposition.TransientSettings;
import org.junit.jupiter.api.Test;

/**
 * With reconstructed fronts a front cell stores salt in its electrolyte volume (1 − fill)·V, and
 * the electrolyte the metal displaces flows off towards the counter electrode with its salt. The
 * working electrode consumes what the counter electrode releases, so the salt in the electrolyte
 * plus what the flow carried across the counter electrode stays what it was, while fronts cross
 * pore cells and a fibre's cut cells.
 */
class SaltConservationTest {

	@Test
	void saltIsConservedAsFrontsDisplaceTheElectrolyte() throws Exception {
		CellGeometry g = CellGeometry.builder().width(12e-6).gridSpacing(1e-6).hostThickness(30e-6).metalFoil(2e-6)
				.fibre(new Fibre(6e-6, 5.3e-6, 1.7e-6, "carbon")).build();
		DepositionProblem p = DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium())
				.electrolyte(new ElectrolyteProperties(1000.0, 3e-10, 0.4, 1.0, 1))
				.kinetics(ButlerVolmer.symmetric(10.0))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.0).build())
				.control(Control.galvanostatic(20.0)).build();
		DepositionEngine engine = new DepositionEngine(p);
		double before = engine.saltAmount();
		DepositionRun run = engine.transientRun(TransientSettings.untilTime(1500.0), ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
		double thickness = run.last().scalars().depositedThickness();
		double error = Math.abs(engine.saltAmount() - before) / before;
		System.out.printf("salt after %.2f µm of fronts through pore and fibre cut cells: relative change %.2e%n",
				thickness * 1e6, error);
		assertTrue(thickness > 3e-6, "the fronts crossed cells: " + thickness);
		// The displaced electrolyte held ≈ 13 % of the salt; the reactions balance to the Newton tolerance.
		assertTrue(error < 1e-7, "salt conserved: relative change " + error);
	}
}
