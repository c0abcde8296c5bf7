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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/** Cut volumes, apertures and surface pieces against exact areas and perimeters; polygon solids. */
class CutCellGeometryTest {

	private static final double W = 20e-6;

	private static CellGeometry.Builder host(double h) {
		return CellGeometry.builder().width(W).gridSpacing(h).hostThickness(30e-6);
	}

	/** Solid area Σ(1 − α)h² and surface length Σ L over the whole grid. */
	private static double[] areaAndPerimeter(CellGeometry g) {
		CutCellGeometry c = g.cutCells();
		double h = g.grid().spacing();
		double area = 0.0;
		for (double a : c.fluidFractions()) {
			area += (1.0 - a) * h * h;
		}
		double length = 0.0;
		for (int p = 0; p < c.pieceCount(); p++) {
			length += c.pieceLength(p);
		}
		return new double[]{area, length};
	}

	@Test
	void circlesAreExactOnEveryGridAlsoAcrossThePeriodicEdge() {
		for (double h : new double[]{1e-6, 0.37e-6, 0.25e-6, 0.1e-6}) {
			Fibre inside = new Fibre(9.3e-6, 11.7e-6, 3.3e-6, "carbon");
			Fibre acrossEdge = new Fibre(0.8e-6, 22.1e-6, 2.9e-6, "carbon");
			CellGeometry g = host(h).fibre(inside).fibre(acrossEdge).build();
			double[] ap = areaAndPerimeter(g);
			double r1 = inside.radius();
			double r2 = acrossEdge.radius();
			assertEquals(Math.PI * (r1 * r1 + r2 * r2), ap[0], 1e-8 * ap[0], "area at h = " + h);
			assertEquals(2 * Math.PI * (r1 + r2), ap[1], 1e-8 * ap[1], "perimeter at h = " + h);
			assertEquals(1.0 - Math.PI * (r1 * r1 + r2 * r2) / (g.grid().width() * g.grid().hostThickness()),
					g.cutHostPorosity(), 1e-9);
		}
	}

	@Test
	void aFaceInsideASolidIsClosedAndOneInTheOpenIsOpen() {
		double h = 1e-6;
		CellGeometry g = host(h).fibre(new Fibre(10e-6, 10e-6, 4e-6, "carbon")).build();
		CutCellGeometry c = g.cutCells();
		int nx = g.grid().nx();
		assertEquals(0.0, c.eastApertures()[10 * nx + 9], 0.0, "east face of the centre cell row lies inside");
		assertEquals(1.0, c.eastApertures()[25 * nx + 3], 0.0, "far from the fibre");
		assertEquals(0.0, c.northApertures()[12 * nx + 9], 0.0, "north face of cell (9, 12) at y = 13 µm lies inside");
		// The east face of cell (11, 13) is x = 12 µm, y from 13 to 14 µm; the circle leaves it at y = 10 + √12 µm.
		assertEquals(4.0 - Math.sqrt(12.0), c.eastApertures()[13 * nx + 11], 1e-9);
	}

	@Test
	void polygonsAreExactAndMayCrossThePeriodicEdge() {
		double h = 0.3e-6;
		// A tilted quadrilateral (counter-clockwise) and a strip across x = 0.
		double[] qx = {4.1e-6, 9.7e-6, 8.2e-6, 3.3e-6};
		double[] qy = {5.2e-6, 6.9e-6, 12.4e-6, 10.1e-6};
		double[] sx = {-1.5e-6, 1.5e-6, 1.5e-6, -1.5e-6};
		double[] sy = {15e-6, 15e-6, 25e-6, 25e-6};
		CellGeometry g = host(h).polygon(qx, qy, "copper").polygon(sx, sy, "copper").build();
		double area = 0.0;
		double perimeter = 0.0;
		for (int v = 0; v < 4; v++) {
			int w = (v + 1) % 4;
			area += 0.5 * (qx[v] * qy[w] - qx[w] * qy[v]);
			perimeter += Math.hypot(qx[w] - qx[v], qy[w] - qy[v]);
		}
		area += 3e-6 * 10e-6;
		perimeter += 2 * (3e-6 + 10e-6);
		double[] ap = areaAndPerimeter(g);
		assertEquals(area, ap[0], 1e-8 * area);
		assertEquals(perimeter, ap[1], 1e-8 * perimeter);
		assertEquals(java.util.List.of("copper"), g.substrateIds());
	}

	@Test
	void queriesThroughOneReusedScratchGiveExactlyWhatFreshScratchGives() {
		// A fibre, a band and a 12-sided polygon (which outgrows the scratch's first clip lists), each cell
		// queried in random order with random lines: what one query leaves in the arrays must not reach the next.
		double[] px = new double[12];
		double[] py = new double[12];
		for (int v = 0; v < 12; v++) {
			px[v] = 14e-6 + 3.1e-6 * Math.cos(2 * Math.PI * v / 12 + 0.2);
			py[v] = 20e-6 + 3.1e-6 * Math.sin(2 * Math.PI * v / 12 + 0.2);
		}
		double h = 0.5e-6;
		CellGeometry g = host(h).fibre(new Fibre(5.3e-6, 10.6e-6, 3.2e-6, "carbon")).planarSolid(0.0, 2.2e-6, "copper")
				.polygon(px, py, "copper").build();
		CutCellGeometry c = g.cutCells();
		Random random = new Random(7);
		CutCellGeometry.Scratch reused = new CutCellGeometry.Scratch();
		double[] quadX = {0.1, 0.9, 0.8, 0.2};
		double[] quadY = {0.1, 0.2, 0.9, 0.7};
		int cut = 0;
		for (int t = 0; t < 20000; t++) {
			int k = random.nextInt(g.grid().nx() * g.grid().hostRows());
			double angle = 2 * Math.PI * random.nextDouble();
			double nx = Math.cos(angle);
			double ny = Math.sin(angle);
			double alpha = Math.min(0.0, nx) + Math.min(0.0, ny) + random.nextDouble() * (Math.abs(nx) + Math.abs(ny));
			double[] fresh = new double[7];
			double[] again = new double[7];
			boolean one = c.frontCut(k, nx, ny, alpha, fresh, new CutCellGeometry.Scratch());
			assertEquals(one, c.frontCut(k, nx, ny, alpha, again, reused));
			assertArrayEquals(fresh, again);
			assertEquals(c.fluidBehind(k, nx, ny, alpha, new CutCellGeometry.Scratch()),
					c.fluidBehind(k, nx, ny, alpha, reused));
			assertEquals(c.solidIn(k, quadX, quadY, 4, new CutCellGeometry.Scratch()),
					c.solidIn(k, quadX, quadY, 4, reused));
			cut += one && fresh[0] > 0.0 && fresh[2] > 0.0 ? 1 : 0;
		}
		assertTrue(cut > 500, "lines through cut cells: " + cut);
	}

	@Test
	void aPolygonOnGridLinesIsExactToo() {
		// A vertical wire whose sides lie on grid lines: each side belongs to the electrolyte cell beside it.
		double h = 0.5e-6;
		CellGeometry g = host(h).polygon(new double[]{8e-6, 10e-6, 10e-6, 8e-6},
				new double[]{0.0, 0.0, 20e-6, 20e-6}, "copper").build();
		double[] ap = areaAndPerimeter(g);
		assertEquals(2e-6 * 20e-6, ap[0], 1e-9 * ap[0]);
		assertEquals(2 * 20e-6 + 2e-6, ap[1], 1e-9 * ap[1], "two sides and the top; the bottom is on the wall");
	}

	/**
	 * Solids that touch along an edge: neither side of the shared edge is surface (it faces no
	 * electrolyte). Two wires standing side by side on a foil expose the foil's top beside them, their
	 * tops and their two outer sides; exact where the shared edges lie on grid lines, within the
	 * 1/16 of a piece the shared cells are resolved to elsewhere.
	 */
	@Test
	void anEdgeTwoSolidsShareIsNoSurface() {
		for (double h : new double[]{0.5e-6, 0.4e-6, 0.3e-6}) {
			CellGeometry g = host(h).foil(2e-6, "copper")
					.polygon(new double[]{4e-6, 6e-6, 6e-6, 4e-6}, new double[]{2e-6, 2e-6, 4e-6, 4e-6}, "copper")
					.polygon(new double[]{6e-6, 8e-6, 8e-6, 6e-6}, new double[]{2e-6, 2e-6, 4e-6, 4e-6}, "copper")
					.build();
			double[] ap = areaAndPerimeter(g);
			double width = g.grid().width();
			// The foil's top beside the wires, their tops and their outer sides.
			double exposed = (width - 4e-6) + 4e-6 + 4e-6;
			boolean onGridLines = Math.abs(2e-6 / h - Math.rint(2e-6 / h)) < 1e-9;
			double tolerance = onGridLines ? 1e-9 * exposed : h / 16;
			assertEquals(width * 2e-6 + 8e-12, ap[0], 1e-9 * ap[0], "area at h = " + h);
			assertEquals(exposed, ap[1], tolerance, "surface at h = " + h);
		}
	}

	@Test
	void badPolygonsAreRefusedWithWhatIsWrong() {
		IllegalArgumentException clockwise = assertThrows(IllegalArgumentException.class,
				() -> host(1e-6).polygon(new double[]{0, 0, 5e-6}, new double[]{0, 5e-6, 0}, "copper"));
		assertTrue(clockwise.getMessage().contains("counter-clockwise"), clockwise.getMessage());
		IllegalArgumentException bowTie = assertThrows(IllegalArgumentException.class, () -> host(1e-6)
				.polygon(new double[]{0, 5e-6, 5e-6, 0}, new double[]{0, 5e-6, 0, 5e-6}, "copper"));
		assertTrue(bowTie.getMessage().contains("not simple") || bowTie.getMessage().contains("counter-clockwise"),
				bowTie.getMessage());
		IllegalArgumentException twoVertices = assertThrows(IllegalArgumentException.class,
				() -> host(1e-6).polygon(new double[]{0, 1e-6}, new double[]{0, 1e-6}, "copper"));
		assertTrue(twoVertices.getMessage().contains("3 vertices"), twoVertices.getMessage());
		IllegalArgumentException notFinite = assertThrows(IllegalArgumentException.class, () -> host(1e-6)
				.polygon(new double[]{0, 1e-6, Double.NaN}, new double[]{0, 0, 1e-6}, "copper"));
		assertTrue(notFinite.getMessage().contains("vertex 2"), notFinite.getMessage());
	}

	@Test
	void equalDescriptionsGiveEqualGeometries() {
		CellGeometry a = host(1e-6).fibre(new Fibre(5e-6, 5e-6, 2e-6, "carbon")).build();
		CellGeometry b = host(1e-6).fibre(new Fibre(5e-6, 5e-6, 2e-6, "carbon")).build();
		CellGeometry c = host(1e-6).fibre(new Fibre(5e-6, 5.5e-6, 2e-6, "carbon")).build();
		assertEquals(a, b);
		assertEquals(a.hashCode(), b.hashCode());
		assertNotEquals(a, c);
	}

	/** A wire of a plug-in collector type plates and strips with its metal conserved as the front crosses cut cells. */
	@Test
	void polygonWiresPlateWithChargeConserved() throws SolverException {
		double h = 1e-6;
		CellGeometry g = CellGeometry.builder().width(W).gridSpacing(h).hostThickness(60e-6)
				.polygon(new double[]{8.3e-6, 11.6e-6, 11.2e-6, 8.7e-6}, new double[]{0.0, 0.0, 45e-6, 45e-6}, "copper")
				.separator(SeparatorProperties.bruggeman(20e-6, 0.55)).build();
		DepositionProblem p = DepositionProblem.builder().geometry(g)
				.metal(org.anodyne.solver.MetalProperties.lithium())
				.electrolyte(TestCells.ETHER).kinetics(ButlerVolmer.symmetric(10.0))
				.barriers(NucleationBarriers.builder().barrier("copper", 0.0).build())
				.control(Control.galvanostatic(20.0)).build();
		DepositionRun run = new DepositionSolver(p).transientRun(
				TransientSettings.untilCharge(0.5 * TestCells.MAH_PER_CM2),
				ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.COMPLETED, run.termination(), run.message());
		DepositionScalars last = run.last().scalars();
		System.out.printf("polygon wire: %d steps, conservation error %.2e, deposit height %.1f µm%n", run.steps(),
				last.chargeConservationError(), last.maxDepositHeight() * 1e6);
		assertTrue(last.chargeConservationError() < 1e-6, "conservation " + last.chargeConservationError());
		double expected = p.metal().volumeForCharge(20.0 * last.time()) * W;
		double fromFields = ChargeConservationTest.depositedFromFields(run.last().fields(), p);
		assertEquals(expected, fromFields, 1e-6 * expected);
	}

	/**
	 * On the cut-cell path the fields name a substrate for every solid cell (solid by its cut volume)
	 * and for no electrolyte cell. The index comes from the staircase raster, which agrees: a cell
	 * counts as solid below a fluid fraction of 10⁻⁶, so its centre lies inside the solid.
	 */
	@Test
	void solidCellsOfTheFieldsCarryTheirSubstrate() throws SolverException {
		DepositionSnapshot s = new DepositionSolver(TestCells.carbonCloth(1e-6, 40e-6, Orientation.INVERTED, 2.5))
				.steadySplit(ProgressMonitor.NULL);
		byte[] kinds = s.fields().kinds();
		int[] substrate = s.fields().substrateIndex();
		int solids = 0;
		for (int k = 0; k < kinds.length; k++) {
			boolean solid = kinds[k] == CellKind.SUBSTRATE.code();
			solids += solid ? 1 : 0;
			assertEquals(solid, substrate[k] >= 0,
					"cell " + k + " of kind " + kinds[k] + ": substrate " + substrate[k]);
		}
		assertTrue(solids > 0);
	}
}
