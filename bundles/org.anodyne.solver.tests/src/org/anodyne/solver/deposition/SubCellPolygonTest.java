/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A polygon thinner than the grid (the nanowire collector's 1 µm wires on the life coupling's 2 µm
 * grid, issue #17): no cell lies inside it, so it exists only as cut cells, and those keep its area
 * (the volume metal cannot fill) and its surface (where metal plates) exactly wherever the wire sits
 * against the grid; the staircase, in contrast, drops the wire or doubles it depending on that offset.
 */
class SubCellPolygonTest {

	private static final double H = 2e-6;
	private static final double WIDTH = 8e-6;
	private static final double BASE = 5e-6;
	private static final double WIRE = 1e-6;
	private static final double HEIGHT = 20e-6;

	private static CellGeometry wireOnBase(double left) {
		return CellGeometry.builder().width(WIDTH).gridSpacing(H).hostThickness(30e-6).planarSolid(0, BASE, "copper")
				.polygon(new double[]{left, left + WIRE, left + WIRE, left},
						new double[]{BASE, BASE, BASE + HEIGHT, BASE + HEIGHT}, "copper")
				.build();
	}

	@Test
	void aWireThinnerThanTheGridKeepsItsAreaAndSurfaceAsCutCells() {
		for (double left : new double[]{1.5e-6, 2.0e-6, 2.5e-6, 3.3e-6}) {
			CellGeometry g = wireOnBase(left);
			CutCellGeometry cut = g.cutCells();
			int hostCells = g.grid().hostRows() * g.grid().nx();
			double solid = 0.0;
			double wireCells = 0.0;
			for (int k = 0; k < hostCells; k++) {
				double fluid = cut.fluidFractions()[k];
				solid += (1.0 - fluid) * H * H;
				if (g.grid().y(k / g.grid().nx()) > BASE + H && fluid < 1.0 - 1e-12) {
					wireCells++;
					assertTrue(fluid > 0.0, "above the base no cell is solid: the wire is thinner than a cell");
				}
			}
			String where = "wire from x = " + left * 1e6 + " µm";
			assertEquals(WIDTH * BASE + WIRE * HEIGHT, solid, 1e-9 * solid, "solid area, " + where);
			assertEquals(1.0 - (WIDTH * BASE + WIRE * HEIGHT) / (WIDTH * g.grid().hostThickness()), g.cutHostPorosity(),
					1e-12, where);
			assertTrue(wireCells > 0, where);
			double sides = 0.0;
			for (int p = 0; p < cut.pieceCount(); p++) {
				if (Math.abs(cut.pieceNormalY(p)) < 1e-12) {
					sides += cut.pieceLength(p);
				}
			}
			assertEquals(2 * HEIGHT, sides, 1e-9 * HEIGHT, "both sides of the wire are plating surface, " + where);
		}
		byte[] at15 = wireOnBase(1.5e-6).kindCodes();
		byte[] at25 = wireOnBase(2.5e-6).kindCodes();
		assertTrue(count(at15) < count(at25), "the staircase drops the wire at one offset and doubles it at another");
	}

	private static int count(byte[] kinds) {
		int n = 0;
		for (byte k : kinds) {
			n += k == CellKind.SUBSTRATE.code() ? 1 : 0;
		}
		return n;
	}
}
