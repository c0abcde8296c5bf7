/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * The dense metal's film, as old as the cell: it grows by the calendar law from the formation film since
 * assembly, binds metal on the dense surface's area, and (when the run lets it) resists the current
 * through that surface in proportion to its charge, on the same thickness basis as the moss's film.
 */
class AgedDenseFaceTest {

	private static final double J = 2.5;
	private static final double DAY = 86_400.0;

	/** A foil electrode of 6 mAh/cm2 of dense metal, nothing plated on it, resting with no current. */
	private static CellState restingFoil(CellModel model, LifeParameters p) throws SolverException {
		ElectrodeState e = new ElectrodeState(false, model.cell.anode().initialMetal());
		model.attach(e, AnalyticCoupling.estimate(model.cell, p, J));
		return new CellState(e, null, 0.0, model.cell.electrolyteVolume());
	}

	private static LifeCell foilCell() {
		return ReferenceCells.symmetricCell(AnodeDesign.foil(0.035, 6.0 * ReferenceCells.MAH_PER_CM2));
	}

	@Test
	void aRestingDenseFaceGrowsItsFilmParabolicallyFromTheFormationFilm() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		CellModel model = new CellModel(foilCell(), p);
		CellState s = restingFoil(model, p);
		double sigma = p.seiChargePerArea();
		double k = p.seiCalendarRate();
		double theta = model.coverage(s.working);
		double[] losses = new double[2];
		double rested = 0.0;
		for (int phase = 0; phase < 2; phase++) {
			// Uneven segments: the parabolic law's exact step does not depend on how the rest is cut.
			double until = (phase == 0 ? 1.0 : 4.0) * DAY;
			while (rested < until) {
				double dt = Math.min(until - rested, 0.37 * DAY * (1.0 + rested / DAY));
				model.advance(s, 0.0, dt);
				rested += dt;
			}
			double film = Math.sqrt(sigma * sigma + k * k * rested);
			assertEquals(film, model.denseFilm(s.working), 1e-12 * film, "film after " + rested / DAY + " days");
			losses[phase] = s.working.seiLoss;
			assertEquals(theta * (film - sigma), losses[phase], 1e-9 * losses[phase],
					"the dense face binds its film's growth on its area");
		}
		// √t: four times the age, twice the film, to within (σ/k√t)² (the formation film against a day's growth).
		double relative = sigma * sigma / (k * k * DAY);
		assertEquals(2.0, (losses[1] + theta * sigma) / (losses[0] + theta * sigma), 2.0 * relative);
		assertTrue(relative < 1e-3);
	}

	@Test
	void withoutCalendarGrowthTheDenseFaceKeepsItsFormationFilmAndLosesNothing() throws SolverException {
		LifeParameters p = LifeParameters.defaults().with("seiCalendarRate", 0.0);
		CellModel model = new CellModel(foilCell(), p, true);
		CellState s = restingFoil(model, p);
		model.advance(s, 0.0, 30.0 * DAY);
		assertEquals(0.0, s.working.seiLoss, 0.0);
		assertEquals(p.seiChargePerArea(), model.denseFilm(s.working), 0.0);
		assertEquals(p.seiFilmResistance(), model.denseFilmResistance(s.working), 1e-15,
				"the formation film resists R_SEI");
	}

	@Test
	void theAgedFilmResistsInProportionToItsChargeAndThinsTheDenseFacesReactiveArea() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		double vt = PhysicalConstants.thermalVoltage(foilCell().temperature());
		CellModel aged = new CellModel(foilCell(), p, true);
		CellModel bare = new CellModel(foilCell(), p, false);
		ElectrodeState e = restingFoil(aged, p).working;
		double sigma = p.seiChargePerArea();
		for (double factor : new double[]{1.0, 10.0, 240.0}) {
			e.denseFilm = factor * sigma;
			double resistance = factor * p.seiFilmResistance();
			assertEquals(resistance, aged.denseFilmResistance(e), 1e-12 * resistance);
			double area = 1.0 / (1.0 + resistance * p.exchangeCurrentDensity() / vt);
			assertEquals(area, aged.denseArea(e), 1e-12, "film in series with linear charge transfer");
			assertEquals(area, aged.activeArea(e), 1e-12, "no moss: the dense face is all that reacts");
			assertEquals(1.0, bare.denseArea(e), 0.0, "a run that does not let the film resist");
		}
		e.denseFilm = 10.0 * sigma;
		assertTrue(aged.cost(e, J, false) > bare.cost(e, J, false), "the film costs overpotential");
	}

	@Test
	void aRunCanLetTheDenseFacesFilmResistAndItsFirstCycleThenCostsMore() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		LifeParameters p = LifeParameters.defaults();
		LifeScenario scenario = ReferenceCells.scenario(cell, ReferenceCells.symmetricProtocol(J, 16.0), p);
		LifeResult off = LifeSimulator.run(scenario, LifeRunOptions.defaults(), null);
		LifeResult on = LifeSimulator.run(scenario, LifeRunOptions.defaults().withAgedDenseFace(true), null);
		assertTrue(on.firstCycleOverpotential() > off.firstCycleOverpotential(),
				on.firstCycleOverpotential() + " V with the aged film vs " + off.firstCycleOverpotential() + " V");
	}
}
