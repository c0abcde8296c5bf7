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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * The end-of-life modes no other test reaches, each in the smallest cell that ends by it, with where
 * it ends against a hand estimate: overpotential runaway (and the spikes that are not runaway), and a
 * full cell whose anode runs out — suddenly, or gradually into inventory exhaustion.
 */
class EndOfLifeTest {

	private static final double Q = ReferenceCells.MAH_PER_CM2;
	private static final double V = MetalProperties.lithium().volumeForCharge(1.0);

	private static LifeResult run(LifeCell cell, LifeProtocol protocol, LifeParameters p) throws SolverException {
		return LifeSimulator.run(ReferenceCells.scenario(cell, protocol, p));
	}

	/** Metal isolated while plating q on a free front: p(q − ℓ(1 − e<sup>−q/ℓ</sup>)), ℓ = (1 − ε<sub>m</sub>)d/V<sub>m</sub>. */
	private static double dead(LifeParameters p, double grain, double q) {
		double length = (1.0 - p.mossPorosity()) * grain / V;
		return p.isolationProbability() * (q - length * -Math.expm1(-q / length));
	}

	// ---- a full cell whose anode runs out --------------------------------------------------------------

	/** Li‖LiFePO₄ at 1 C on a Cu foil carrying m₀ of Li; no SEI and no cathode fade, dead metal p<sub>iso</sub>. */
	private static LifeCell leanFullCell(double metal) {
		return ReferenceCells.fullCell(true, 0.0).withAnode(AnodeDesign.foil(0.035, metal));
	}

	private static LifeParameters deadMetalOnly(double isolation) {
		return DegradationPair.LITHIUM_CARBONATE.parameters()
				.with(Map.of("seiChargePerArea", 0.0, "seiCalendarRate", 0.0, "isolationProbability", isolation));
	}

	/**
	 * Discharge capacities by hand from the first cycle's charge Q₁ and discharge D₁ (the cathode's
	 * capacity between the cut-offs): each charge gives the anode what the cathode took back in the
	 * discharge before, less the metal it isolates, and a discharge takes D₁ or whatever metal is left.
	 */
	private static List<Double> discharges(LifeParameters p, double grain, double metal, double q1, double d1,
			int cycles) {
		List<Double> d = new ArrayList<>(List.of(d1));
		double left = metal + q1 - dead(p, grain, q1) - d1;
		for (int k = 2; k <= cycles; k++) {
			double charge = d.get(d.size() - 1);
			double available = left + charge - dead(p, grain, charge);
			double discharge = Math.min(d1, available);
			d.add(discharge);
			left = available - discharge;
		}
		return d;
	}

	/** What the model's integration may add to {@link #dead}: it freezes the dead share at each twelfth of a step's midpoint, at most p·ℓ more per plating. */
	private static double deadExcess(LifeParameters p, double grain) {
		return p.isolationProbability() * (1.0 - p.mossPorosity()) * grain / V;
	}

	/**
	 * A cell with 0.3 mAh cm⁻²-worth (0.3 of the cathode) of Li on its foil that isolates a tenth of what it plates
	 * (Li on bare Cu in carbonate, CE ≈ 90 %): the excess covers the first cycles' losses, then the
	 * anode runs dry within a cycle and the discharge drops by D₁·(loss − what was left) — more than the
	 * sudden-loss fraction (5 %) at a retention (≈ 91 %) still above the end-of-life 80 %: sudden capacity
	 * loss. With the end of life at 95 % the same drop ends the cell as inventory exhaustion: an anode that
	 * ran out names its own mode whenever the retention falls below the end of life.
	 */
	@Test
	void aFullCellWhoseAnodeRunsOutWithinAFewCyclesEndsBySuddenCapacityLoss() throws SolverException {
		LifeCell cell = leanFullCell(0.3 * ReferenceCells.fullCell(true).cathode().capacity());
		LifeParameters p = deadMetalOnly(0.1);
		LifeResult r = run(cell, ReferenceCells.fullCellProtocol(30), p);
		double grain = new CellModel(cell, p).grainDiameter(cell.nominalCapacity() / 3600.0, 0.0);
		CycleRecord first = r.cycle(1).orElseThrow();
		double d1 = first.dischargeCapacity();
		List<Double> hand = discharges(p, grain, cell.anode().initialMetal(), first.chargeCapacity(), d1, 5);
		int expected = 0;
		for (int k = 2; k <= 5 && expected == 0; k++) {
			if (hand.get(k - 2) - hand.get(k - 1) > p.suddenLossFraction() * d1) {
				expected = k;
			}
		}
		assertEquals(4, expected, "by hand: two cycles on the excess, the third just, the fourth runs dry " + hand);
		double retention = hand.get(3) / d1;
		assertTrue(retention > p.endOfLifeRetention() && 1.0 - retention > 0.08, "by hand: " + retention);

		LifeOutcome outcome = r.outcome();
		assertEquals(FailureMode.SUDDEN_CAPACITY_LOSS, outcome.failureMode(), outcome.message());
		assertEquals(expected, outcome.cycles(), outcome.message());
		CycleRecord last = r.cycles().get(r.cycles().size() - 1);
		assertEquals(expected, last.cycle());
		assertEquals(retention, last.retention(), expected * deadExcess(p, grain) / d1);
		assertTrue(last.activeMetal() < 1e-6 * cell.anode().initialMetal(),
				"the anode ran dry: " + last.activeMetal() + " C/m2 left");
		double time = (first.chargeCapacity() + d1 + hand.get(0) + hand.get(1) + hand.get(1) + hand.get(2)
				+ hand.get(2) + hand.get(3)) / (cell.nominalCapacity() / 3600.0);
		assertEquals(time, outcome.time(), 1e-3 * time);
		assertTrue(outcome.message().startsWith(String.format(Locale.ROOT, "sudden capacity loss at %.0f h (cycle 4)",
				outcome.hours())), outcome.message());
		assertTrue(outcome.message().contains(String.format(Locale.ROOT, "retention %.1f %% (previous cycle %.1f %%",
				100.0 * last.retention(), 100.0 * r.retentionAt(3))), outcome.message());
		assertTrue(outcome.message().endsWith("the anode ran out of usable metal"), outcome.message());

		LifeResult strict = run(cell, ReferenceCells.fullCellProtocol(30), p.with("endOfLifeRetention", 0.95));
		assertEquals(FailureMode.INVENTORY_EXHAUSTED, strict.outcome().failureMode(), strict.outcome().message());
		assertEquals(expected, strict.outcome().cycles());
		assertEquals(outcome.time(), strict.outcome().time(), 0.0, "the same run, only the mode differs");
	}

	/**
	 * The same lean cell isolating 3 % of what it plates: once the anode has run dry every discharge is
	 * what the last charge plated less its loss, (1 − f) of the one before, a gradual fade below the
	 * sudden-loss fraction, until the retention crosses 80 %. The anode limited every one of those
	 * discharges, so the cell ends by inventory exhaustion, not by capacity fade (which is what it
	 * reported while a discharge that ran the anode dry counted as ended by the cathode's cut-off).
	 */
	@Test
	void aFullCellFadingBecauseItsAnodeRunsOutEndsByInventoryExhaustion() throws SolverException {
		LifeCell cell = leanFullCell(0.2 * ReferenceCells.fullCell(true).cathode().capacity());
		LifeParameters p = deadMetalOnly(0.03);
		LifeResult r = run(cell, ReferenceCells.fullCellProtocol(40), p);
		double grain = new CellModel(cell, p).grainDiameter(cell.nominalCapacity() / 3600.0, 0.0);
		CycleRecord first = r.cycle(1).orElseThrow();
		double d1 = first.dischargeCapacity();
		List<Double> hand = discharges(p, grain, cell.anode().initialMetal(), first.chargeCapacity(), d1, 40);
		int expected = 1;
		while (hand.get(expected - 1) >= p.endOfLifeRetention() * d1) {
			expected++;
		}
		assertEquals(15, expected, "by hand " + hand);
		for (int k = 2; k <= expected; k++) {
			assertTrue(hand.get(k - 2) - hand.get(k - 1) < p.suddenLossFraction() * d1, "gradual at cycle " + k);
			assertEquals(hand.get(k - 1) / d1, r.retentionAt(k), k * deadExcess(p, grain) / d1, "cycle " + k);
		}
		LifeOutcome outcome = r.outcome();
		assertEquals(FailureMode.INVENTORY_EXHAUSTED, outcome.failureMode(), outcome.message());
		assertEquals(expected, outcome.cycles(), outcome.message());
		assertTrue(outcome.message().startsWith(String.format(Locale.ROOT, "inventory exhausted at %.0f h (cycle %d): "
				+ "retention %.1f %%", outcome.hours(), expected, 100.0 * r.retentionAt(expected))), outcome.message());
		assertTrue(outcome.message().endsWith("end of life below 80 %); the anode ran out of usable metal"),
				outcome.message());
	}
}
