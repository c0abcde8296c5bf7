/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.anodyne.model.Study;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.life.DepositionCoupling;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.CoupledDeposition;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.junit.jupiter.api.Test;

/**
 * The life coupling reads its split from the solver's cut-cell fields: the buffer is the host's
 * exact pore volume beyond one support length from the separator, less the pre-deposited metal
 * (the staircase reading was 10 % high on cut cells).
 */
class SplitCouplingTest {

	@Test
	void bufferIsTheGeometrysPoreVolumeBelowTheSupportLength() throws StudyException, SolverException {
		StudyRunner runner = Examples.runner();
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "life-0.25-inverted");
		SolverInputs in = CellTranslation.translate(study, runner.metals(), runner.geometries());
		CoupledDeposition source = new CoupledDeposition(in, in.metal().volumeForCharge(36_000.0), null);
		LifeCell cell = in.lifeCell(source.host());
		DepositionCoupling c = source.couple(cell, in.lifeParameters(), 2.5);
		CellGeometry g = source.geometry();
		double h = g.grid().spacing();
		double host = g.grid().hostThickness();
		// Rows whose centre lies farther than the support length (plus half a row) from the separator.
		int rows = 0;
		for (int row = 0; row < g.grid().hostRows(); row++) {
			if (host - (row + 0.5) * h > source.host().supportLength() + 0.5 * h) {
				rows++;
			}
		}
		double analytic = g.cutHostPorosity() * rows * h - g.preDepositVolume();
		System.out.printf(
				"buffer pore volume %.4f µm (analytic %.4f µm: porosity %.4f over %d rows less %.3f µm of metal)%n",
				c.bufferPoreVolume() * 1e6, analytic * 1e6, g.cutHostPorosity(), rows, g.preDepositVolume() * 1e6);
		assertEquals(analytic, c.bufferPoreVolume(), 0.01 * analytic);
	}
}
