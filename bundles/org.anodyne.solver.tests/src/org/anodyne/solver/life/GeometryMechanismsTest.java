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

import java.util.List;
import java.util.Map;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms through which a host's geometry reaches the life model: grain size from the local
 * plating overpotential, the salt's diffusion potential in porous layers, and the coupling that
 * follows the front through the buffer.
 */
class GeometryMechanismsTest {

	private static final double J = 2.5;

	@Test
	void grainsScaleWithTheInverseOfThePlatingOverpotential() {
		LifeCell cell = ReferenceCells.symmetricCell(false);
		LifeParameters p = LifeParameters.defaults();
		CellModel model = new CellModel(cell, p);
		double vt = PhysicalConstants.thermalVoltage(cell.temperature());
		assertEquals(p.whiskerDiameter(), model.grainDiameter(CellModel.GRAIN_REFERENCE_CURRENT, 0.0), 1e-15,
				"the pair's diameter is the one at 1 mA/cm2 on metal");
		// Far below i0 Butler–Volmer is linear: spreading the current over 4× the area makes 4× coarser grains.
		double small = 1e-3 * p.exchangeCurrentDensity();
		assertEquals(4.0, model.grainDiameter(small / 4.0, 0.0) / model.grainDiameter(small, 0.0), 1e-6);
		double eta = ChargeTransfer.overpotential(J, p.exchangeCurrentDensity(), 0.5, 0.5, vt);
		double reference = ChargeTransfer.overpotential(CellModel.GRAIN_REFERENCE_CURRENT, p.exchangeCurrentDensity(),
				0.5,
				0.5, vt);
		assertEquals(p.whiskerDiameter() * reference / (eta + 0.03), model.grainDiameter(J, 0.03), 1e-15,
				"a nucleation barrier paid on bare fibres adds to the overpotential that forms the nuclei");
	}

	/**
	 * Both pairs' calendar rates are one measurement on this model's own area: Boyle et al. (Nature Energy
	 * 2021) lose 2–3 % of a 1 mAh/cm2 deposit in a 24 h rest; a deposit plated at 0.5 mA/cm2 on a foil grows
	 * the carbonate pair's grains of ≈ 0.39 µm (≈ 50 m2 of whisker surface per m2) and the ether pair's of
	 * ≈ 1.9 µm (≈ 10 m2 per m2).
	 */
	@Test
	void theCarbonateCalendarRateIsTheMeasuredRestLossOverTheModelsWhiskerSurface() {
		assertCalendarRateIsTheRestLossOverTheWhiskerSurface(DegradationPair.LITHIUM_CARBONATE, 0.39e-6, 50.0);
	}

	@Test
	void theEtherCalendarRateIsTheSameRestLossOverItsCoarserGrainsSurface() {
		assertCalendarRateIsTheRestLossOverTheWhiskerSurface(DegradationPair.LITHIUM_ETHER, 1.92e-6, 10.1);
	}

	private static void assertCalendarRateIsTheRestLossOverTheWhiskerSurface(DegradationPair pair,
			double expectedGrain, double expectedSurface) {
		LifeParameters p = pair.parameters();
		CellModel model = new CellModel(ReferenceCells.fullCell(true), p);
		double deposit = ReferenceCells.MAH_PER_CM2;
		double grain = model.grainDiameter(0.5 * ReferenceCells.MA_PER_CM2, 0.0);
		assertEquals(expectedGrain, grain, 0.01e-6, pair.describe());
		double surface = 4.0 * MetalProperties.lithium().volumeForCharge(deposit) / grain;
		assertEquals(expectedSurface, surface, 0.02 * expectedSurface, pair.describe());
		double low = 0.02 * deposit / (surface * Math.sqrt(86_400.0));
		double high = 0.03 * deposit / (surface * Math.sqrt(86_400.0));
		assertTrue(p.seiCalendarRate() >= low && p.seiCalendarRate() <= high,
				pair.describe() + ": " + p.seiCalendarRate() + " lies outside the 2-3 % range " + low + " .. " + high);
	}

	/**
	 * Once the source has re-solved the split with the front a depth d below the host's face, its area
	 * replaces the coupling's and the estimate counts only the surface laid open beyond d.
	 */
	@Test
	void aRecededSplitsAreaReplacesTheCouplingsAndTheEstimateCountsOnlyWhatLiesBeyondIt() {
		LifeParameters p = LifeParameters.defaults();
		double q = ReferenceCells.MAH_PER_CM2;
		AnodeDesign host = ReferenceCells.uprightCarbonCloth(6.0 * q);
		LifeCell cell = ReferenceCells.symmetricCell(host);
		CellModel model = new CellModel(cell, p);
		DepositionCoupling bare = new DepositionCoupling(J, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, 0.01, 0.0, 0.0, 0.0);
		ElectrodeState e = new ElectrodeState(false, host.initialMetal());
		model.attach(e, bare);
		e.metal -= 2.0 * q;
		double r = model.recession(e);
		double estimated = model.platingSurface(bare, r).area();
		double zone = estimated - 0.55;
		assertTrue(zone > 0.0, "the laid-open surface counts without a receded split");
		CellModel.PlatingSurface atDepth = model.platingSurface(bare, r, 0.9, r);
		assertEquals(0.9, atDepth.area(), 1e-12, "split at the front's depth: its area alone");
		assertEquals(0.9, atDepth.kinetic(), 1e-12);
		CellModel.PlatingSurface halfway = model.platingSurface(bare, r, 0.9, 0.5 * r);
		double beyond = model.platingSurface(bare, r).area() - model.platingSurface(bare, 0.5 * r).area();
		assertEquals(0.9 + beyond, halfway.area(), 1e-9, "the estimate adds only the surface beyond the split's depth");
		assertEquals(0.55 + zone, model.platingSurface(bare, r, Double.NaN, 0.0).area(), 1e-12,
				"no receded split: as before");
	}

	/**
	 * A run asks the source for the receded front's plating area only for an electrode whose metal
	 * starts against the separator (no buffer), at depths that double from a sixteenth of the host's
	 * solid spacing, and the larger area the separator no longer shades lets it live longer.
	 */
	@Test
	void onlyAFrontThatStartsAgainstTheSeparatorIsReSolvedWhereItRecedes() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		LifeCell cell = ReferenceCells.symmetricCell(false);
		LifeProtocol protocol = ReferenceCells.symmetricProtocol(J, 2000.0);
		double spacing = 15e-6;
		java.util.List<Double> asked = new java.util.ArrayList<>();
		// A barrier above the front's overpotential keeps the laid-open host surface out: only the shading differs.
		DepositionCoupling againstSeparator = new DepositionCoupling(J, 1.0, 0.55, 0.0, 0.0, spacing, 0.0, 0.01, 0.0,
				0.0, 0.5);
		CouplingSource receding = receding(againstSeparator, asked);
		LifeResult receded = LifeSimulator.run(new LifeScenario("receded", cell, protocol, p, receding));
		LifeResult shaded = LifeSimulator.run(new LifeScenario("shaded", cell, protocol, p,
				CouplingSource.fixed(againstSeparator)));
		assertTrue(!asked.isEmpty() && asked.size() <= LifeSimulator.MAX_RECESSION_REFRESHES, asked.toString());
		double first = LifeSimulator.RECESSION_REFRESH * spacing;
		for (double depth : asked) {
			double doublings = Math.log(depth / first) / Math.log(2.0);
			assertEquals(Math.rint(doublings), doublings, 1e-9, "depth " + depth + " is a doubling of " + first);
		}
		assertTrue(receded.outcome().hours() > shaded.outcome().hours(),
				receded.outcome().message() + " vs " + shaded.outcome().message());
		assertTrue(receded.notes().stream().anyMatch(n -> n.contains("plating area was recomputed")),
				receded.notes().toString());

		asked.clear();
		DepositionCoupling buffered = new DepositionCoupling(J, 0.0, 1.1, 50e-6, 40e-6, spacing, 0.0, 0.01, 0.0, 0.0,
				0.0);
		LifeSimulator
				.run(new LifeScenario("buffered", ReferenceCells.symmetricCell(true), protocol, p,
						receding(buffered, asked)));
		assertEquals(List.of(), asked, "a buffered front moves through its buffer, not away from the separator");
	}

	/** A source of one coupling whose receded fronts plate over 0.9 m²/m², recording each depth asked for. */
	private static CouplingSource receding(DepositionCoupling coupling, List<Double> asked) {
		return new CouplingSource() {
			@Override
			public DepositionCoupling couple(LifeCell c, LifeParameters lp, double j) {
				return coupling;
			}

			@Override
			public java.util.OptionalDouble recededPlatingArea(LifeCell c, LifeParameters lp, double j,
					double volume) {
				asked.add(volume / c.anode().hostPorosity());
				return java.util.OptionalDouble.of(0.9);
			}
		};
	}

	@Test
	void aHostThatSpreadsTheCurrentLosesLessMetalToSeiThanAPlanarFront() throws SolverException {
		LifeParameters p = LifeParameters.defaults().with(Map.of("isolationProbability", 0.0, "seiCalendarRate", 0.0));
		LifeCell cell = ReferenceCells.symmetricCell(false);
		double[] efficiency = new double[2];
		double[] areas = {1.0, 4.0};
		for (int k = 0; k < 2; k++) {
			DepositionCoupling c = new DepositionCoupling(J, 1.0, areas[k], 0.0, 0.0, 0.0, 0.0, 0.01, 0.0, 0.0, 0.04);
			LifeResult r = LifeSimulator.run(new LifeScenario("area " + areas[k], cell,
					LifeProtocol.platingCycles(J, ReferenceCells.MAH_PER_CM2, 3), p, CouplingSource.fixed(c)));
			efficiency[k] = r.cycle(2).orElseThrow().metalEfficiency();
		}
		assertTrue(efficiency[1] > efficiency[0], "4x plating area: " + efficiency[1] + " vs planar " + efficiency[0]);
	}

	/** A cloth-like host and a foam-like one (coarser solids, more pores), and a foil, each holding the metal. */
	private static List<AnodeDesign> hosts(double metal) {
		return List.of(ReferenceCells.uprightCarbonCloth(metal),
				AnodeDesign.metalOnSeparatorFace(500e-6, 0.9, 40e-6, 0.035, metal), AnodeDesign.foil(0.035, metal));
	}

	/**
	 * Stripping lays open host surface in front of the metal; the next plating spreads over it as over
	 * any bare collector surface: all of it reached when the host has no barrier, none of it below the
	 * barrier. Only the host's solid surface per volume and porosity enter, never the collector type.
	 */
	@Test
	void hostSurfaceStrippingLaysOpenJoinsThePlatingAreaAsAnyBareSurface() {
		LifeParameters p = LifeParameters.defaults();
		double q = ReferenceCells.MAH_PER_CM2;
		for (AnodeDesign host : hosts(6.0 * q)) {
			LifeCell cell = ReferenceCells.symmetricCell(host);
			CellModel model = new CellModel(cell, p);
			double vt = PhysicalConstants.thermalVoltage(cell.temperature());
			DepositionCoupling bare = new DepositionCoupling(J, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, 0.01, 0.0, 0.0, 0.0);
			ElectrodeState e = new ElectrodeState(false, host.initialMetal());
			model.attach(e, bare);
			assertEquals(0.55, e.platingArea, 0.0, "nothing stripped: the coupling's area");
			e.metal -= 2.0 * q;
			model.attach(e, bare, 0.0, q);
			double depth = model.recession(e);
			double expected = 0.55;
			if (!host.isFoil()) {
				double surface = 4.0 * (1.0 - host.hostPorosity()) / host.fibreDiameter();
				assertEquals(surface, host.hostSurface(), 1e-9 * surface);
				double kappa = Math.pow(host.hostPorosity(), 1.5)
						/ CellModel.electrolyteResistivity(cell.electrolyte(), vt);
				double reach = Math.sqrt(kappa * vt / (surface * p.exchangeCurrentDensity()));
				assertTrue(depth < 0.3 * reach, "the stripped depth lies well inside the reaction's reach");
				expected += surface * reach * Math.tanh(depth / reach);
			}
			assertEquals(expected, e.platingArea, 1e-9 * expected, host.describe());
			assertEquals(J / expected, J / e.platingArea, 1e-9 * J, "local current per real area");
			assertEquals(model.grainDiameter(J / expected, 0.0), e.grainDiameter, 1e-9 * e.grainDiameter);

			// With the host's barrier above the front's overpotential the bare surface takes nothing.
			DepositionCoupling barred = new DepositionCoupling(J, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, 0.01, 0.0, 0.0,
					0.5);
			model.attach(e, barred, 0.0, q);
			assertEquals(0.55, e.platingArea, 0.0, host.describe() + ": below the barrier");
			// Just above it, part of the current goes there: the area lies between the two.
			double eta = ChargeTransfer.overpotential(J / 0.55, p.exchangeCurrentDensity(), 0.5, 0.5, vt);
			DepositionCoupling partly = new DepositionCoupling(J, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, 0.01, 0.0, 0.0,
					0.5 * eta);
			model.attach(e, partly, 0.0, q);
			if (!host.isFoil()) {
				assertTrue(e.platingArea > 0.55 && e.platingArea < expected, host.describe() + ": " + e.platingArea);
			} else {
				assertEquals(0.55, e.platingArea, 0.0, "a foil lays no host surface open");
			}
		}
	}

	/**
	 * Plating kinetics react on the same surface the morphology reads. In the linear regime of
	 * Butler–Volmer (J ≪ i₀A) the front's overpotential is V<sub>T</sub>J/(i₀A): with no barrier the
	 * laid-open host surface Z joins the front's A<sub>p</sub> and η falls as A<sub>p</sub>/(A<sub>p</sub> + Z);
	 * with a barrier Δ below the front's η it draws at η − Δ, so A<sub>p</sub>η + Z(η − Δ) = V<sub>T</sub>J/i₀;
	 * above the front's η, on a foil or before stripping, η is the coupling's own. Stripping never sees it.
	 */
	@Test
	void platingKineticsReactOnTheHostSurfaceStrippingLaysOpen() {
		LifeParameters p = LifeParameters.defaults();
		double q = ReferenceCells.MAH_PER_CM2;
		double i0 = p.exchangeCurrentDensity();
		double current = 1e-3 * i0;
		for (AnodeDesign host : hosts(6.0 * q)) {
			LifeCell cell = ReferenceCells.symmetricCell(host);
			CellModel model = new CellModel(cell, p);
			double vt = PhysicalConstants.thermalVoltage(cell.temperature());
			double front = ChargeTransfer.overpotential(current / 0.55, i0, 0.5, 0.5, vt);
			ElectrodeState e = new ElectrodeState(false, host.initialMetal());
			DepositionCoupling bare = new DepositionCoupling(current, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, front, 0.0,
					0.0, 0.0);
			model.attach(e, bare);
			assertEquals(front, model.cost(e, current, false), 1e-9 * front, "nothing stripped: the coupling's η");
			e.metal -= 2.0 * q;
			model.attach(e, bare, 0.0, q);
			double zone = e.platingArea - 0.55;
			assertEquals(e.platingArea, e.kineticArea, 1e-9 * e.platingArea, "no barrier: one area");
			double linear = vt * current / (i0 * (0.55 + zone));
			assertEquals(linear, model.cost(e, current, false), 1e-4 * linear, host.describe() + ": η ∝ 1/area");
			assertEquals(front * 0.55 / (0.55 + zone), model.cost(e, current, false), 1e-4 * linear);
			assertEquals(front, model.cost(e, -current, true), 1e-9 * front, "stripping reacts on the metal alone");
			if (host.isFoil()) {
				assertEquals(0.0, zone, 0.0, "a foil lays no host surface open");
				continue;
			}
			assertTrue(zone > 0.0, host.describe() + ": " + zone);

			// A barrier at half the front's η: the host surface draws at η − Δ.
			double barrier = 0.5 * front;
			DepositionCoupling partly = new DepositionCoupling(current, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, front, 0.0,
					0.0, barrier);
			model.attach(e, partly, 0.0, q);
			double expected = (vt * current / i0 + zone * barrier) / (0.55 + zone);
			assertEquals(expected, model.cost(e, current, false), 1e-4 * expected, host.describe() + ": above Δ");
			assertTrue(e.kineticArea < e.platingArea, "the barrier holds the bare surface's current back");

			// A barrier above the front's η: nothing reaches the host surface.
			DepositionCoupling barred = new DepositionCoupling(current, 1.0, 0.55, 0.0, 0.0, 15e-6, 0.0, front, 0.0,
					0.0, 2.0 * front);
			model.attach(e, barred, 0.0, q);
			assertEquals(0.55, e.kineticArea, 0.0, host.describe() + ": below the barrier");
			assertEquals(front, model.cost(e, current, false), 1e-9 * front, host.describe() + ": below the barrier");
		}
	}

	/** The morphology switch reads the local current on that area: Sand's time comes later, or never. */
	@Test
	void sandsSwitchFollowsTheHostSurfaceStrippingLaidOpen() {
		LifeCell cell = ReferenceCells.symmetricCell(false);
		CellModel model = new CellModel(cell, LifeParameters.defaults());
		double vt = PhysicalConstants.thermalVoltage(cell.temperature());
		double current = 15.0;
		double limiting = 20.0;
		double r = current / limiting;
		double concentration = 2.0 * (1.0 - cell.electrolyte().transferenceNumber()) * vt
				* Math.log((1 + r) / (1 - r));
		DepositionCoupling c = new DepositionCoupling(current, 1.0, 0.5, 0.0, 0.0, 15e-6, 0.0, 0.01, concentration,
				0.0, 0.0);
		ElectrodeState e = new ElectrodeState(false, 6.0 * ReferenceCells.MAH_PER_CM2);
		model.attach(e, c);
		assertTrue(model.tipGrowthShare(e, current, 0.0, 1e6) > 0.0, "30 A/m2 on 0.5 m2/m2 passes J_lim");
		e.metal -= ReferenceCells.MAH_PER_CM2;
		model.attach(e, c, 0.0, ReferenceCells.MAH_PER_CM2);
		assertTrue(current / e.platingArea < limiting, "spread over " + e.platingArea + " m2/m2");
		assertEquals(0.0, model.tipGrowthShare(e, current, 0.0, 1e6), "below J_lim on the real area: no switch");
	}

	@Test
	void poresCarryTheSaltsDiffusionPotentialAsAResistivity() {
		ElectrolyteProperties el = ReferenceCells.etherElectrolyte();
		double vt = PhysicalConstants.thermalVoltage(PhysicalConstants.DEFAULT_TEMPERATURE);
		double length = 20e-6;
		double current = 1e-3;
		// The concentration overpotential across a layer at a small current is linear in it (SCIENCE.md §4).
		double limiting = 2.0 * el.chargeNumber() * PhysicalConstants.FARADAY * el.diffusivity() * el.concentration()
				/ ((1.0 - el.transferenceNumber()) * length);
		double ratio = current / limiting;
		double concentration = 2.0 * (1.0 - el.transferenceNumber()) * vt / el.chargeNumber()
				* Math.log((1.0 + ratio) / (1.0 - ratio));
		double expected = 1.0 / el.conductivity() + concentration / (current * length);
		assertEquals(expected, CellModel.electrolyteResistivity(el, vt), 1e-9 * expected);
	}

	@Test
	void theCouplingFollowsTheFrontThroughTheBuffer() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		LifeParameters p = LifeParameters.defaults();
		AnodeDesign a = cell.anode();
		DepositionCoupling moved = CouplingSource.analytic().couple(cell, p, J, 0.4);
		DepositionCoupling direct = AnalyticCoupling
				.estimate(cell.withAnode(a.withBufferHeight(0.6 * a.bufferHeight())), p, J);
		assertEquals(direct, moved);
		DepositionCoupling assembled = AnalyticCoupling.estimate(cell, p, J);
		assertTrue(moved.gapToSeparator() < assembled.gapToSeparator());
		assertEquals(assembled, CouplingSource.fixed(assembled).couple(cell, p, J, 0.4), "a fixed source cannot move");

		CellModel model = new CellModel(cell, p);
		ElectrodeState e = new ElectrodeState(false, a.initialMetal());
		model.attach(e, assembled);
		e.bufferSolid = 0.4 * assembled.bufferPoreVolume() * (1.0 - p.inactiveLayerPorosity());
		assertEquals(0.4, model.bufferFill(e), 1e-12);
		assertEquals(0.6 * assembled.gapToSeparator(), model.gap(e), 1e-12 * assembled.gapToSeparator());
		model.attach(e, moved, 0.4);
		assertEquals(0.4, model.bufferFill(e), 1e-12, "the fill is measured against the assembled buffer");
		assertEquals(moved.gapToSeparator(), model.gap(e), 1e-15, "at its own fill the new coupling's gap is the gap");
	}

	@Test
	void aRunRecomputesTheCouplingAsTheBufferFillsAndSaysSo() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		LifeParameters p = LifeParameters.defaults().with("isolationProbability", 0.2);
		LifeResult r = LifeSimulator.run(ReferenceCells.scenario(cell, LifeProtocol.platingCycles(J,
				ReferenceCells.MAH_PER_CM2, 60), p));
		assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("the coupling was recomputed")), r.notes().toString());
		LifeResult fixed = LifeSimulator.run(new LifeScenario("fixed", cell, LifeProtocol.platingCycles(J,
				ReferenceCells.MAH_PER_CM2, 60), p, CouplingSource.fixed(AnalyticCoupling.estimate(cell, p, J))));
		assertTrue(fixed.notes().stream().noneMatch(n -> n.startsWith("the coupling was recomputed")));
	}
}
