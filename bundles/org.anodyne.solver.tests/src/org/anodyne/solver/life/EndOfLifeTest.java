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

	/** 1 mA cm⁻² [A/m²]: the current density at which {@link LifeParameters#whiskerDiameter()} is given. */
	private static final double J = 10.0;

	/**
	 * Li ether pair with dead metal as the only loss (no SEI), kinetics fast enough (i₀ 10⁴ A/m², a
	 * charge transfer of 26 µV per face) that roughening, which lowers only that, moves the polarisation by
	 * less than 0.05 mV, and a compact, tortuous
	 * inactive layer (ε<sub>d</sub> 0.2, τ<sub>d</sub> 30, a test value well beyond the pair's 0.5 and 3), so
	 * that its ion transport alone raises the polarisation within a few cycles.
	 */
	private static LifeParameters tortuousDeadLayer() {
		// Its own isolation probability, so that a recalibration of the pair does not move the layer's growth.
		return LifeParameters.defaults().with(Map.of("seiChargePerArea", 0.0, "seiCalendarRate", 0.0,
				"exchangeCurrentDensity", 1e4, "inactiveLayerPorosity", 0.2, "inactiveLayerTortuosity", 30.0,
				"isolationProbability", 0.02));
	}

	/**
	 * A symmetric Li‖Li cell on Cu foils cycled 1 mAh cm⁻² per half-cycle: every half-cycle one face plates
	 * and isolates D = p(Q − ℓ(1 − e<sup>−Q/ℓ</sup>)) against the separator, so the polarisation without
	 * spikes is P₀ + J·δ/κ<sub>d</sub>, P₀ = 2(η<sub>ct</sub> + η<sub>c</sub>) + J·R<sub>sep</sub> of the smooth
	 * foils and κ<sub>d</sub> = ε<sub>d</sub>/(τ<sub>d</sub>ρ<sub>e</sub>): it rises by ΔP = J·D·V<sub>m</sub>/((1 −
	 * ε<sub>d</sub>)κ<sub>d</sub>) ≈ 0.23 mV per half-cycle. With the limit at P₀ + 20.5 ΔP the cell fails in
	 * half-cycle 21, the plating of cycle 11, once that plating has isolated D/2 — at ≈ 21 h, with layers of
	 * 2.2 µm, long before they could span the separator.
	 */
	@Test
	void aGrowingInactiveLayerEndsASymmetricCellByOverpotentialRunawayWhereItsResistanceSays()
			throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(AnodeDesign.foil(0.035, 6.0 * Q));
		LifeParameters p = tortuousDeadLayer();
		DepositionCoupling smooth = AnalyticCoupling.estimate(cell, p, J);
		double start = 2.0 * smooth.totalOverpotential() + J * cell.separatorResistance();
		// The grains plated at the reference current have the pair's diameter.
		double perHalfCycle = dead(p, p.whiskerDiameter(), Q);
		double resistivity = CellModel.electrolyteResistivity(cell.electrolyte(),
				org.anodyne.solver.PhysicalConstants.thermalVoltage(cell.temperature()));
		double layerConductivity = p.inactiveLayerPorosity() / (p.inactiveLayerTortuosity() * resistivity);
		double rise = J * perHalfCycle * V / (1.0 - p.inactiveLayerPorosity()) / layerConductivity;
		double limit = start + 20.5 * rise;
		double lo = 0.0;
		double hi = Q;
		while (hi - lo > 1e-9 * Q) {
			double mid = 0.5 * (lo + hi);
			if (dead(p, p.whiskerDiameter(), mid) < 0.5 * perHalfCycle) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double expected = (20.0 * Q + lo) / J;

		LifeResult r = run(cell, LifeProtocol.platingCycles(J, Q, 100), p.with("overpotentialLimit", limit));
		LifeOutcome outcome = r.outcome();
		assertEquals(FailureMode.OVERPOTENTIAL_RUNAWAY, outcome.failureMode(), outcome.message());
		assertEquals(11, outcome.cycles(), outcome.message());
		// The model freezes each twelfth of a step's rates: the event may fall that much off.
		assertEquals(expected, outcome.time(), Q / J / 12.0, outcome.message());
		assertTrue(outcome.message().startsWith(String.format(Locale.ROOT,
				"overpotential runaway at %.0f h (cycle 11): polarisation reached %.3g V (limit %.3g V) during step",
				outcome.hours(), limit, limit)), outcome.message());
		assertTrue(r.cycle(11).orElseThrow().separatorLayerThickness() < 0.1 * cell.separator().thickness());
	}

	/**
	 * What runaway measures is the polarisation without the nucleation and depletion spikes: Li plated
	 * onto bare Cu pays the 35 mV barrier until the metal covers it, and stripped to 0.5 V its
	 * overpotential diverges as the metal runs out. Both pass a 10 mV limit in every cycle, and the cell
	 * — nothing degrades — runs its protocol to the end, censored.
	 */
	@Test
	void nucleationAndDepletionSpikesAboveTheLimitAreNotRunaway() throws SolverException {
		double barrier = 0.035;
		LifeCell cell = LifeCell.half(MetalProperties.lithium(), ReferenceCells.etherElectrolyte(), 4e-4,
				ReferenceCells.celgard2500(), AnodeDesign.foil(barrier, 0.0));
		double limit = 0.010;
		LifeParameters p = tortuousDeadLayer().with(Map.of("isolationProbability", 0.0, "overpotentialLimit", limit));
		LifeProtocol protocol = LifeProtocol.of("plate on Cu, strip to 0.5 V", RepeatStep.of(3,
				GalvanostaticStep.plate(J, Q),
				new GalvanostaticStep(PlatingDirection.STRIP, J, List.of(new StopCondition.AtVoltage(0.5)))));
		LifeResult r = run(cell, protocol, p);
		assertTrue(r.outcome().isCensored(), r.outcome().message());
		assertEquals(3, r.outcome().cycles());
		assertEquals(3 * 2.0 * Q / J, r.outcome().time(), 1e-6 * r.outcome().time(), "every strip takes back Q");
		assertTrue(2.0 * r.coupling().totalOverpotential() + J * cell.separatorResistance() < 0.1 * limit);
		double nucleation = 0.0;
		double depletion = 0.0;
		TimeSeries s = r.series();
		for (int i = 0; i < s.size(); i++) {
			if (s.current(i) > 0.0) {
				nucleation = Math.max(nucleation, Math.abs(s.polarisation(i)));
			} else if (s.current(i) < 0.0) {
				depletion = Math.max(depletion, Math.abs(s.polarisation(i)));
			}
		}
		assertTrue(nucleation > barrier && barrier > limit, "plating paid the barrier: " + nucleation + " V");
		assertTrue(depletion > 0.4, "stripping ran the metal out: " + depletion + " V");
	}

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
	 * A lean cell's run with its hand estimate: the model's discharges and the hand's, cycle by cycle
	 * ({@link #discharges}), from the run's first charge and discharge.
	 */
	private record LeanRun(LifeParameters p, LifeResult result, double grain, double d1, List<Double> hand) {

		/** Li worth a share of the cathode's capacity on the foil, isolating a fraction of what it plates. */
		static LeanRun of(double metalShare, double isolation, int cycles) throws SolverException {
			LifeCell cell = leanFullCell(metalShare * ReferenceCells.fullCell(true).cathode().capacity());
			LifeParameters p = deadMetalOnly(isolation);
			LifeResult r = run(cell, ReferenceCells.fullCellProtocol(cycles), p);
			double grain = new CellModel(cell, p).grainDiameter(cell.nominalCapacity() / 3600.0, 0.0);
			CycleRecord first = r.cycle(1).orElseThrow();
			return new LeanRun(p, r, grain, first.dischargeCapacity(), discharges(p, grain,
					cell.anode().initialMetal(), first.chargeCapacity(), first.dischargeCapacity(), cycles));
		}

		/** The hand's retention at cycle k. */
		double retention(int k) {
			return hand.get(k - 1) / d1;
		}

		/** The hand's drop of retention from cycle k − 1 to k. */
		double drop(int k) {
			return retention(k - 1) - retention(k);
		}

		/** The hand's time at the end of cycle n [s]: every half-cycle at the 1 C current. */
		double time(int n) {
			double charge = result.cycle(1).orElseThrow().chargeCapacity() + d1;
			for (int k = 2; k <= n; k++) {
				charge += hand.get(k - 2) + hand.get(k - 1);
			}
			return charge / (result.scenario().cell().nominalCapacity() / 3600.0);
		}

		/** How far the model's retention may lie below the hand's at cycle k: {@link #deadExcess} per plating so far. */
		double tolerance(int k) {
			return k * deadExcess(p, grain) / d1;
		}

		/** How far the model's time may lie before the hand's at the end of cycle n [s]: those excesses in every half-cycle. */
		double timeTolerance(int n) {
			return n * (n + 1) * deadExcess(p, grain) / (result.scenario().cell().nominalCapacity() / 3600.0);
		}
	}

	/**
	 * A cell with Li worth 0.3 of its cathode's capacity (0.45 mAh cm⁻²) on its foil, which isolates a
	 * tenth of what it plates (Li on bare Cu in carbonate, CE ≈ 90 %): the excess covers the first cycles'
	 * losses, then the anode runs dry within a cycle and the discharge drops by D₁·(loss − what was left)
	 * — more than the sudden-loss fraction (5 %) at a retention (≈ 91 %) still above the end-of-life 80 %:
	 * sudden capacity loss. With the end of life at 95 % the same drop ends the cell as inventory
	 * exhaustion: an anode that ran out names its own mode whenever the retention falls below the end of life.
	 */
	@Test
	void aFullCellWhoseAnodeRunsOutWithinAFewCyclesEndsBySuddenCapacityLoss() throws SolverException {
		LeanRun lean = LeanRun.of(0.3, 0.1, 30);
		LifeParameters p = lean.p();
		int expected = 2;
		while (!(lean.drop(expected) > p.suddenLossFraction())) {
			expected++;
		}
		assertEquals(4, expected, "by hand: two cycles on the excess, the third just, the fourth runs dry " + lean);
		assertTrue(lean.retention(4) > p.endOfLifeRetention() && lean.drop(4) > 0.08, "by hand: " + lean);

		LifeResult r = lean.result();
		LifeOutcome outcome = r.outcome();
		assertEquals(FailureMode.SUDDEN_CAPACITY_LOSS, outcome.failureMode(), outcome.message());
		assertEquals(expected, outcome.cycles(), outcome.message());
		CycleRecord last = r.cycles().get(r.cycles().size() - 1);
		assertEquals(expected, last.cycle());
		assertEquals(lean.retention(expected), last.retention(), lean.tolerance(expected));
		double metal = r.scenario().cell().anode().initialMetal();
		assertTrue(last.activeMetal() < 1e-6 * metal, "the anode ran dry: " + last.activeMetal() + " C/m2 left");
		assertEquals(lean.time(expected), outcome.time(), lean.timeTolerance(expected));
		assertTrue(outcome.message().startsWith(String.format(Locale.ROOT, "sudden capacity loss at %.0f h (cycle 4)",
				outcome.hours())), outcome.message());
		assertTrue(outcome.message().contains(String.format(Locale.ROOT, "retention %.1f %% (previous cycle %.1f %%",
				100.0 * last.retention(), 100.0 * r.retentionAt(3))), outcome.message());
		assertTrue(outcome.message().endsWith("the anode ran out of usable metal"), outcome.message());

		LifeResult strict = run(r.scenario().cell(), r.scenario().protocol(), p.with("endOfLifeRetention", 0.95));
		assertEquals(FailureMode.INVENTORY_EXHAUSTED, strict.outcome().failureMode(), strict.outcome().message());
		assertEquals(expected, strict.outcome().cycles());
		assertEquals(outcome.time(), strict.outcome().time(), 0.0, "the same run, only the mode differs");
	}

	/**
	 * The same lean cell with Li worth 0.2 of its cathode, isolating 3 % of what it plates: once the anode
	 * has run dry every discharge is what the last charge plated less its loss, (1 − f) of the one
	 * before, a gradual fade below the sudden-loss fraction, until the retention crosses 80 %. The anode
	 * limited every one of those discharges, so the cell ends by inventory exhaustion, not by capacity
	 * fade (which is what it reported while a discharge that ran the anode dry counted as ended by the
	 * cathode's cut-off).
	 */
	@Test
	void aFullCellFadingBecauseItsAnodeRunsOutEndsByInventoryExhaustion() throws SolverException {
		LeanRun lean = LeanRun.of(0.2, 0.03, 40);
		LifeParameters p = lean.p();
		int expected = 1;
		while (lean.retention(expected) >= p.endOfLifeRetention()) {
			expected++;
		}
		assertEquals(15, expected, "by hand " + lean);
		LifeResult r = lean.result();
		for (int k = 2; k <= expected; k++) {
			assertTrue(lean.drop(k) < p.suddenLossFraction(), "gradual at cycle " + k + ": " + lean);
			assertEquals(lean.retention(k), r.retentionAt(k), lean.tolerance(k), "cycle " + k);
		}
		assertEquals(lean.time(expected), r.outcome().time(), lean.timeTolerance(expected));
		LifeOutcome outcome = r.outcome();
		assertEquals(FailureMode.INVENTORY_EXHAUSTED, outcome.failureMode(), outcome.message());
		assertEquals(expected, outcome.cycles(), outcome.message());
		assertTrue(outcome.message().startsWith(String.format(Locale.ROOT, "inventory exhausted at %.0f h (cycle %d): "
				+ "retention %.1f %%", outcome.hours(), expected, 100.0 * r.retentionAt(expected))), outcome.message());
		assertTrue(outcome.message().endsWith("end of life below 80 %); the anode ran out of usable metal"),
				outcome.message());
	}
}
