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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.anodyne.solver.CancelledException;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/** Each mechanism of the life model against its analytic limit, and the runs' bookkeeping. */
class LifeSimulatorTest {

	private static final double Q = ReferenceCells.MAH_PER_CM2;
	private static final double J = 2.5;
	private static final double V = MetalProperties.lithium().volumeForCharge(1.0);

	/** No SEI and no dead metal: only kinetics, transport and roughening are left. */
	private static LifeParameters lossless() {
		return LifeParameters.defaults()
				.with(Map.of("seiChargePerArea", 0.0, "seiCalendarRate", 0.0, "isolationProbability", 0.0));
	}

	private static LifeCell withElectrolyte(LifeCell cell, double volume) {
		return new LifeCell(cell.configuration(), cell.metal(), cell.electrolyte(), volume, cell.separator(),
				cell.anode(), cell.cathode(), cell.temperature());
	}

	private static LifeResult run(LifeCell cell, LifeProtocol protocol, LifeParameters p) throws SolverException {
		return LifeSimulator.run(ReferenceCells.scenario(cell, protocol, p));
	}

	@Test
	void withoutSeiAndDeadMetalTheEfficiencyIsOneAndASmoothMetalKeepsTheAnalyticPolarisation()
			throws SolverException {
		// Whiskers a metre thick have no surface: the deposit does not roughen.
		LifeParameters p = lossless().with("whiskerDiameter", 1.0);
		for (boolean inverted : new boolean[]{true, false}) {
			LifeCell cell = ReferenceCells.symmetricCell(inverted);
			LifeResult r = run(cell, LifeProtocol.platingCycles(J, Q, 10), p);
			assertTrue(r.outcome().isCensored(), r.outcome().message());
			assertEquals(10 * 2 * Q / J, r.outcome().time(), 1e-9 * r.outcome().time());
			double expected = 2.0 * r.coupling().totalOverpotential() + J * cell.separatorResistance();
			for (CycleRecord c : r.cycles()) {
				assertEquals(expected, c.meanOverpotential(), 1e-4 * expected, "cycle " + c.cycle());
				assertEquals(1.0, c.coulombicEfficiency(), 1e-12);
				assertEquals(1.0, c.metalEfficiency(), 1e-12);
			}
			TimeSeries s = r.series();
			for (int i = 0; i < s.size(); i++) {
				assertTrue(s.current(i) == 0.0 || Math.signum(s.voltage(i)) == -Math.signum(s.current(i)),
						"voltage sign at sample " + i);
			}
		}
	}

	@Test
	void freshSurfaceSeiCostsItsChargePerAreaOfWhiskerSurface() throws SolverException {
		double sigma = 0.5;
		LifeParameters p = lossless().with("seiChargePerArea", sigma);
		LifeCell cell = ReferenceCells.symmetricCell(false);
		LifeResult r = run(cell, LifeProtocol.platingCycles(J, Q, 5), p);
		// A 1 mAh/cm2 deposit of whiskers of a few µm (a planar front: the local current is J) has
		// 4V_m·q/(zF·d) of surface, more than the face it covers.
		double grain = new CellModel(cell, p).grainDiameter(J, 0.0);
		double expected = 1.0 - sigma * 4.0 * V / grain;
		assertEquals(expected, r.cycle(3).orElseThrow().metalEfficiency(), 1e-9);
	}

	@Test
	void aFoilsLayerSpansTheSeparatorAtTheAnalyticTime() throws SolverException {
		LifeParameters p = lossless().with("seiChargePerArea", 18.0);
		// A foil's front has no host solid to recede into, so every layer grows against the separator.
		LifeCell cell = ReferenceCells.symmetricCell(AnodeDesign.foil(0.035, 6.0 * Q));
		double lambda = 18.0 * 4.0 * V / new CellModel(cell, p).grainDiameter(J, 0.0);
		LifeResult r = run(cell, LifeProtocol.platingCycles(J, Q, 1000), p);
		// Someone plates at every moment, adding λJ·V_m/(zF(1−ε_d)) of layer per second against the separator,
		// with no buffer in front of the face: the margin is the separator itself.
		double rate = lambda * J * V / (1.0 - p.inactiveLayerPorosity());
		assertEquals(FailureMode.SEPARATOR_PENETRATION, r.outcome().failureMode(), r.outcome().message());
		// Early in each step the fresh film on the foil's own area (at most 1 m²/m²) runs ahead of the whisker
		// law, by at most the time the whisker law takes to bind σ per m²: the event may fall in that phase.
		double filmPhase = 18.0 / (lambda * J);
		assertEquals(cell.separator().thickness() / rate, r.outcome().time(), filmPhase);
	}

	@Test
	void deadMetalOnAFreeFrontFollowsTheIsolationLaw() throws SolverException {
		double piso = 0.05;
		LifeParameters p = lossless().with("isolationProbability", piso);
		LifeCell cell = LifeCell.half(MetalProperties.lithium(), ReferenceCells.etherElectrolyte(), 4e-4,
				ReferenceCells.celgard2500(), AnodeDesign.foil(0.035, 10.0 * Q));
		LifeResult r = run(cell, LifeProtocol.platingCycles(J, Q, 3), p);
		// D(t) = p(1 − exp(−t/d)) with t = qV/(1−ε_m) the porous thickness grown so far, integrated over q.
		double length = (1.0 - p.mossPorosity()) * new CellModel(cell, p).grainDiameter(J, 0.0) / V;
		double dead = piso * (Q - length * -Math.expm1(-Q / length));
		// The model integrates it segment by segment (midpoint rule), hence the tolerance.
		assertEquals(1.0 - dead / Q, r.cycle(2).orElseThrow().metalEfficiency(), 3e-4);
	}

	@Test
	void aHostThatSupportsTheDepositLeavesLessDeadMetal() {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		LifeParameters p = LifeParameters.defaults();
		CellModel model = new CellModel(cell, p);
		double thick = 20e-6;
		double spacing = 4e-6;
		double free = model.deadShare(thick, 1.0, spacing, p.whiskerDiameter());
		double supported = model.deadShare(thick, 0.0, spacing, p.whiskerDiameter());
		assertEquals(p.isolationProbability() * -Math.expm1(-thick / p.whiskerDiameter()), free, 1e-15);
		double reach = thick * 2e-6 / (thick + 2e-6);
		assertEquals(p.isolationProbability() * -Math.expm1(-reach / p.whiskerDiameter()), supported, 1e-15);
		assertTrue(supported < free);
		assertEquals(free, model.deadShare(thick, 0.0, 0.0, p.whiskerDiameter()), 0.0, "a foil supports nothing");
	}

	@Test
	void sandsTimeOfTheLocalCurrentSetsTheMorphologySwitchAndASmallerAreaSwitchesEarlier() {
		LifeCell cell = ReferenceCells.symmetricCell(false);
		CellModel model = new CellModel(cell, LifeParameters.defaults());
		double limiting = 20.0;
		double current = 15.0;
		ElectrodeState spread = electrode(model, cell, current, 1.0, limiting);
		ElectrodeState focused = electrode(model, cell, current, 0.5, limiting);
		assertEquals(0.0, model.tipGrowthShare(spread, current, 0.0, 1e9), "below J_lim there is no switch");
		double local = current / 0.5;
		double ratio = limiting / local;
		double sand = cell.electrolyte().sandTime(local) / (1.0 - ratio * ratio);
		assertEquals(0.0, model.tipGrowthShare(focused, current, 0.0, 0.99 * sand));
		assertEquals(0.5, model.tipGrowthShare(focused, current, 0.0, 2.0 * sand), 1e-12);
		assertEquals(1.0, model.tipGrowthShare(focused, current, 1.5 * sand, 100.0), 0.0);
	}

	private static ElectrodeState electrode(CellModel model, LifeCell cell, double current, double area,
			double limiting) {
		double t = cell.electrolyte().transferenceNumber();
		double vt = org.anodyne.solver.PhysicalConstants.thermalVoltage(cell.temperature());
		double r = current / limiting;
		double concentration = 2.0 * (1.0 - t) * vt * Math.log((1 + r) / (1 - r));
		ElectrodeState e = new ElectrodeState(false, 6.0 * Q);
		model.attach(e, new DepositionCoupling(current, 1.0, area, 0.0, 0.0, 0.0, 0.0, 0.01, concentration, 0.0, 0.0));
		assertEquals(limiting, e.limitingCurrent, 1e-9 * limiting);
		return e;
	}

	/** An electrode of the inverted reference cell with its analytic coupling at J. */
	private static ElectrodeState assembled(CellModel model, LifeParameters p) throws SolverException {
		ElectrodeState e = new ElectrodeState(false, model.cell.anode().initialMetal());
		model.attach(e, AnalyticCoupling.estimate(model.cell, p, J));
		return e;
	}

	@Test
	void thePenetrationMarginIsTheBufferLeft() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		LifeParameters p = LifeParameters.defaults();
		CellModel model = new CellModel(cell, p);
		ElectrodeState e = assembled(model, p);
		double buffer = cell.anode().bufferHeight();
		assertEquals(buffer, model.gap(e), 1e-3 * buffer);
		double solid = 40e-6;
		e.bufferSolid = solid;
		double filled = solid / ((1.0 - p.inactiveLayerPorosity()) * cell.anode().hostPorosity());
		assertEquals(buffer - filled, model.gap(e), 1e-3 * buffer);
	}

	/** The upright cloth, whose front sits at the host's face, and a foil with the same metal. */
	private static List<LifeCell> uprightClothAndFoil() {
		return List.of(ReferenceCells.symmetricCell(false),
				ReferenceCells.symmetricCell(AnodeDesign.foil(0.035, 6.0 * Q)));
	}

	@Test
	void poresStrippingEmptiedInsideTheHostTakeTheSeparatorLayerOnceTheHeldShareHasFilledThem()
			throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		double porous = 1.0 / (1.0 - p.inactiveLayerPorosity());
		for (LifeCell cell : uprightClothAndFoil()) {
			CellModel model = new CellModel(cell, p);
			ElectrodeState e = assembled(model, p);
			DepositionCoupling c = e.coupling;
			e.separatorSolid = 4e-6;
			assertEquals(4e-6 * porous, model.separatorHeight(e), 1e-18, "nothing stripped: the layer stands whole");
			e.metal -= 2.0 * Q;
			if (c.supportLength() > 0.0) {
				// The upright electrode has no buffer: the held share overflows into the emptied pores first.
				assertEquals(0.0, c.bufferPoreVolume(), 0.0);
				double emptied = c.separatorSideFraction() * 2.0 * Q * V;
				assertEquals(emptied, model.recession(e) * cell.anode().hostPorosity(), 1e-18);
				e.bufferSolid = 1e-6;
				assertEquals(4e-6 * porous - (emptied - 1e-6 * porous), model.separatorHeight(e), 1e-15);
				e.bufferSolid = 6e-6;
				assertTrue(6e-6 * porous > emptied, "more held material than emptied pores");
				// Before, held material beyond the emptied pores vanished: the height stayed 4e-6 * porous.
				assertEquals(4e-6 * porous + (6e-6 * porous - emptied), model.separatorHeight(e), 1e-15,
						"held material the emptied pores cannot take stands above the face");
			} else {
				assertEquals(4e-6 * porous, model.separatorHeight(e), 1e-18, "a foil's stack follows its front");
			}
		}
	}

	/**
	 * The issue's relation: the penetration margin equals the room left in front of the metal — the
	 * separator, the empty buffer and the pores a host's stripped metal has left — less all inactive
	 * material, wherever the host held it, once the buffer is full.
	 */
	@Test
	void thePenetrationMarginEqualsTheRoomLeftInFrontOfTheMetal() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		double porous = 1.0 / (1.0 - p.inactiveLayerPorosity());
		for (LifeCell cell : List.of(ReferenceCells.symmetricCell(true), ReferenceCells.symmetricCell(false),
				ReferenceCells.symmetricCell(AnodeDesign.foil(0.035, 6.0 * Q)))) {
			CellModel model = new CellModel(cell, p);
			ElectrodeState e = assembled(model, p);
			double buffer = e.assembly.bufferPoreVolume();
			double fs = e.coupling.separatorSideFraction();
			double separator = cell.separator().thickness();
			for (double stripped : new double[]{0.0, 0.5, 2.0}) {
				// A host's stripped metal leaves its pores; a foil's stack follows its front.
				double freed = cell.anode().isFoil() ? 0.0 : stripped * Q * V;
				for (double held : new double[]{0.0, 2e-6, 0.5 * buffer, buffer + 3e-6, buffer + 20e-6}) {
					for (double against : new double[]{2e-6, 8e-6, 20e-6}) {
						e.metal = e.initialMetal - stripped * Q;
						e.bufferSolid = held;
						e.separatorSolid = against;
						double room = separator + buffer + freed;
						double inactive = (held + against) * porous;
						double margin = model.penetrationHeight() - model.separatorHeight(e);
						String state = cell.anode().describe() + ", " + stripped + " mAh/cm2 stripped, held " + held
								+ ", against " + against;
						if (held * porous >= buffer + (1.0 - fs) * freed) {
							assertEquals(Math.min(separator, room - inactive), margin, 1e-15, state);
						} else {
							// The buffer's room is the held share's: the layer against the separator cannot use it.
							assertTrue(margin <= room - inactive + 1e-15, state + ": the buffer not yet full");
						}
					}
				}
			}
		}
	}

	@Test
	void aFrontStrippedIntoItsHostIsHeldByTheHostButAFoilsFrontIsNot() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		for (LifeCell cell : uprightClothAndFoil()) {
			CellModel model = new CellModel(cell, p);
			ElectrodeState e = assembled(model, p);
			DepositionCoupling c = e.coupling;
			assertEquals(1.0, model.unsupportedFraction(e), 1e-12, "at assembly the front is at the face");
			e.metal -= Q;
			if (c.supportLength() > 0.0) {
				double depth = c.separatorSideFraction() * Q * V / cell.anode().hostPorosity();
				assertEquals(depth, model.recession(e), 1e-15);
				assertEquals(c.separatorSideFraction() * Math.exp(-depth / c.supportLength()),
						model.unsupportedFraction(e), 1e-12, "1 mAh/cm2 stripped leaves the host's solid in front");
			} else {
				assertEquals(1.0, model.unsupportedFraction(e), 0.0, "a foil holds nothing");
			}
		}
	}

	@Test
	void roughLayersFirstLowerTheOverpotentialThenInactiveLayersRaiseIt() throws SolverException {
		LifeResult r = run(ReferenceCells.symmetricCell(true), ReferenceCells.symmetricProtocol(J, 4000),
				LifeParameters.defaults());
		double first = r.cycle(1).orElseThrow().meanOverpotential();
		double tenth = r.cycle(10).orElseThrow().meanOverpotential();
		double last = r.cycles().get(r.cycles().size() - 1).meanOverpotential();
		assertTrue(tenth < first, "roughening: " + tenth + " V at cycle 10 vs " + first + " V at cycle 1");
		assertTrue(last > tenth, "inactive layer: " + last + " V at the end vs " + tenth + " V at cycle 10");
	}

	@Test
	void anAgedFilmOnTheMossRaisesItsResistanceInProportionAndLowersTheActiveArea() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		CellModel model = new CellModel(ReferenceCells.symmetricCell(true), p);
		ElectrodeState e = assembled(model, p);
		e.porousMetal = 2.0 * Q;
		e.mossFilm = p.seiChargePerArea();
		assertEquals(p.seiFilmResistance(), model.filmResistance(e), 1e-12, "a fresh film has R_SEI");
		double fresh = model.activeArea(e);
		e.mossFilm = 10.0 * p.seiChargePerArea();
		assertEquals(10.0 * p.seiFilmResistance(), model.filmResistance(e), 1e-12, "ten times the film, ten times R");
		double aged = model.activeArea(e);
		assertTrue(aged < fresh && aged > 1.0, "aged moss reacts less: area " + aged + " vs " + fresh);
	}

	@Test
	void theBarrierOnBareCollectorIsPaidOnlyUntilItsSurfacesAreCovered() {
		LifeParameters p = LifeParameters.defaults();
		CellModel model = new CellModel(ReferenceCells.symmetricCell(true), p);
		// Half the current pays a 40 mV barrier at the first instant, on a plating area of 2.
		DepositionCoupling c = new DepositionCoupling(J, 0.0, 2.0, 1e-4, 1e-4, 1e-5, 0.0, 0.01, 0.0, 0.02, 0.04);
		double cover = p.coverageCharge() * 2.0 * 0.5;
		assertEquals(cover, model.bareCoverCharge(c), 1e-9);
		assertEquals(0.02, model.barrierAfter(c, 0.0), 1e-15);
		assertEquals(0.02 * Math.exp(-1.0), model.barrierAfter(c, cover), 1e-15);
		double step = 100.0 * cover;
		assertEquals(0.02 * cover / step * -Math.expm1(-100.0), model.meanBarrier(c, step), 1e-15);
		assertEquals(0.02, model.meanBarrier(c, 0.0), 1e-15, "an unknown step pays the whole barrier");
		ElectrodeState e = new ElectrodeState(false, Q);
		model.attach(e, c, 0.0, step);
		assertEquals(model.grainDiameter(J / 2.0, model.meanBarrier(c, step)), e.grainDiameter, 1e-18,
				"the step's grains pay the barrier only on the charge that covers the bare surfaces");
	}

	@Test
	void aCellThatCannotChargeAtAllEndsWithAMessageNotAsStillRunning() {
		LifeCell cell = ReferenceCells.fullCell(true, 0.0);
		CathodeElectrode slow = new CathodeElectrode("slow", cell.cathode().capacity(), cell.cathode().ocv(),
				cell.cathode().lowerVoltageLimit(), cell.cathode().upperVoltageLimit(), 5e-6, 1e-18,
				cell.cathode().exchangeCurrentDensity(), cell.cathode().maxConcentration(), cell.cathode().thickness(),
				cell.cathode().porosity(), 0.0);
		SolverException e = assertThrows(SolverException.class,
				() -> run(cell.withCathode(slow), LifeProtocol.fullCellCycles(5.0, 3.8, 2.5, 3), lossless()));
		assertTrue(e.getMessage().contains("delivers no capacity") && e.getMessage().contains("step"), e.getMessage());
	}

	@Test
	void calendarSeiGrowsWithTheSquareRootOfTime() throws SolverException {
		double rest = 2000 * 3600.0;
		LifeParameters p = lossless().with("seiCalendarRate", 0.1);
		LifeResult r = run(ReferenceCells.fullCell(true, 0.0), LifeProtocol.of("storage", new RestStep(rest)), p);
		assertTrue(r.outcome().isCensored(), r.outcome().message());
		double expected = 10.0 * Q - 0.1 * Math.sqrt(rest);
		assertEquals(expected, r.cycle(1).orElseThrow().activeMetal(), 1e-6 * expected);
	}

	@Test
	void aSlowlyCycledParticleGivesItsFullCapacityAndRateCapabilityFollowsSolidDiffusion() throws SolverException {
		LifeCell cell = ReferenceCells.fullCell(true, 0.0);
		double capacity = cell.cathode().capacity();
		double previous = Double.POSITIVE_INFINITY;
		for (double rate : new double[]{0.05, 0.5, 2.0, 5.0}) {
			LifeResult r = run(cell, LifeProtocol.fullCellCycles(rate, 4.0, 2.5, 3), lossless());
			double delivered = r.cycle(2).orElseThrow().dischargeCapacity() / capacity;
			double lead = cell.cathode().surfaceLead(rate * capacity / 3600.0);
			assertEquals(1.0 - 2.0 * lead, delivered, 0.01, rate + " C");
			assertTrue(delivered < previous, rate + " C delivers less than the rate before");
			previous = delivered;
		}
	}

	@Test
	void moreElectrolyteDelaysDryOut() throws SolverException {
		LifeParameters p = DegradationPair.LITHIUM_CARBONATE.parameters();
		LifeResult lean = run(withElectrolyte(ReferenceCells.fullCell(true, 0.0), 6e-5),
				ReferenceCells.fullCellProtocol(400), p);
		LifeResult richer = run(withElectrolyte(ReferenceCells.fullCell(true, 0.0), 8e-5),
				ReferenceCells.fullCellProtocol(400), p);
		assertEquals(FailureMode.ELECTROLYTE_DEPLETED, lean.outcome().failureMode(), lean.outcome().message());
		assertTrue(richer.outcome().isCensored() || richer.outcome().time() > lean.outcome().time(),
				richer.outcome().message());
	}

	@Test
	void consumingElectrolyteAcceleratesTheCathodesFade() throws SolverException {
		// An SEI ten times the literature value's, so that 150 cycles use up a fifth of the electrolyte.
		LifeParameters p = DegradationPair.LITHIUM_CARBONATE.parameters().with("seiChargePerArea", 5.0);
		LifeCell cell = ReferenceCells.fullCell(true);
		LifeResult consuming = run(cell, ReferenceCells.fullCellProtocol(150), p);
		LifeResult notConsuming = run(cell, ReferenceCells.fullCellProtocol(150), p.with("solventPerSeiMetal", 0.0));
		assertTrue(consuming.retentionAt(150) < notConsuming.retentionAt(150) - 0.005,
				consuming.retentionAt(150) + " vs " + notConsuming.retentionAt(150));
		assertTrue(consuming.cycle(150).orElseThrow().electrolyteFraction() < 0.8);
	}

	/**
	 * A 60 µm host's 16 µm of buffer fills, so its metal plates unsupported at the separator sooner and
	 * loses more. It is not penetrated first: the pores its stripped metal leaves take its layer too, and
	 * both faces' layers, at most 2(L/(1 − ε<sub>d</sub>) − V<sub>buf</sub> − L), reach the separator only once
	 * each face has lost L ≈ 5.9 of its 6 mAh/cm2.
	 */
	@Test
	void aThinHostWithLittleBufferLivesShorter() throws SolverException {
		AnodeDesign thick = ReferenceCells.invertedCarbonCloth(6.0 * Q);
		AnodeDesign thin = AnodeDesign.metalOnFarFace(60e-6, thick.hostPorosity(), thick.fibreDiameter(),
				thick.substrateBarrier(), thick.initialMetal(), V);
		LifeProtocol protocol = ReferenceCells.symmetricProtocol(J, 6000);
		LifeResult a = run(ReferenceCells.symmetricCell(thick), protocol, LifeParameters.defaults());
		LifeResult b = run(ReferenceCells.symmetricCell(thin), protocol, LifeParameters.defaults());
		// The direction only.
		assertTrue(b.outcome().time() < a.outcome().time(),
				"60 µm host " + b.outcome().hours() + " h vs 350 µm " + a.outcome().hours() + " h");
		assertEquals(FailureMode.INVENTORY_EXHAUSTED, b.outcome().failureMode(), b.outcome().message());
	}

	@Test
	void protocolsThatCannotFinishAreReportedNamingTheStep() {
		LifeCell symmetric = ReferenceCells.symmetricCell(false);
		LifeProtocol wrongSide = LifeProtocol.of("wrong side", new CellCurrentStep(CellCurrentStep.Direction.CHARGE,
				new CurrentSetting.Density(J), List.of(new StopCondition.AtVoltage(3.8))));
		SolverException e1 = assertThrows(SolverException.class,
				() -> run(symmetric, wrongSide, LifeParameters.defaults()));
		assertTrue(e1.getMessage().contains("cannot finish") && e1.getMessage().contains("step 1"), e1.getMessage());

		SolverException e2 = assertThrows(SolverException.class,
				() -> run(symmetric, LifeProtocol.fullCellCycles(1.0, 4.0, 2.5, 3), LifeParameters.defaults()));
		assertTrue(e2.getMessage().contains("nominal capacity"), e2.getMessage());

		LifeCell full = ReferenceCells.fullCell(true);
		SolverException e3 = assertThrows(SolverException.class,
				() -> run(full, LifeProtocol.fullCellCycles(1.0, 4.5, 2.5, 3), LifeParameters.defaults()));
		assertTrue(e3.getMessage().contains("safety window"), e3.getMessage());

		OcvCurve low = new OcvCurve(new double[]{0.0, 0.5, 1.0}, new double[]{3.0, 3.3, 3.5});
		LifeCell lowCathode = LifeCell.full(full.metal(), full.electrolyte(), full.electrolyteVolume(),
				full.separator(),
				full.anode(), CathodeElectrode.lithiumIronPhosphate("low", 54_000, low, 2.0, 4.3));
		SolverException e4 = assertThrows(SolverException.class,
				() -> run(lowCathode, LifeProtocol.fullCellCycles(1.0, 4.0, 2.5, 3), LifeParameters.defaults()));
		assertTrue(e4.getMessage().contains("fully charged"), e4.getMessage());

		LifeCell half = LifeCell.half(MetalProperties.lithium(), ReferenceCells.etherElectrolyte(), 4e-4,
				ReferenceCells.celgard2500(), AnodeDesign.foil(0.035, 0.0));
		LifeProtocol endless = LifeProtocol.of("endless", new GalvanostaticStep(PlatingDirection.PLATE, J,
				List.of(new StopCondition.AtVoltage(-0.4))));
		LifeRunOptions options = LifeRunOptions.defaults();
		options = new LifeRunOptions(options.samplesPerStep(), 50 * 3600.0, options.maxCycles(), options.maxTime(),
				options.maxSteps(), options.complianceVoltage(), options.agedDenseFace());
		LifeRunOptions finalOptions = options;
		SolverException e5 = assertThrows(SolverException.class, () -> LifeSimulator
				.run(ReferenceCells.scenario(half, endless, LifeParameters.defaults()), finalOptions,
						ProgressMonitor.NULL));
		assertTrue(e5.getMessage().contains("did not meet its stop condition"), e5.getMessage());
	}

	@Test
	void progressCountsEveryStepAndCancellationStopsTheRun() throws SolverException {
		CountingMonitor counting = new CountingMonitor(Integer.MAX_VALUE);
		LifeProtocol protocol = LifeProtocol.platingCycles(J, Q, 7);
		LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.symmetricCell(true), protocol,
				LifeParameters.defaults()), LifeRunOptions.defaults(), counting);
		assertEquals(protocol.leafCount(), counting.worked);
		assertEquals(protocol.leafCount(), counting.total);

		CountingMonitor cancelling = new CountingMonitor(5);
		CancelledException e = assertThrows(CancelledException.class,
				() -> LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.symmetricCell(true),
						protocol, LifeParameters.defaults()), LifeRunOptions.defaults(), cancelling));
		assertTrue(e.step().isPresent());
	}

	@Test
	void aCycleCapEndsTheRunCensored() throws SolverException {
		LifeResult r = LifeSimulator.run(
				ReferenceCells.scenario(ReferenceCells.symmetricCell(true),
						LifeProtocol.platingCycles(J, Q, 100), LifeParameters.defaults()),
				LifeRunOptions.defaults().withMaxCycles(12), ProgressMonitor.NULL);
		assertTrue(r.outcome().isCensored());
		assertNull(r.outcome().failureMode());
		assertEquals(12, r.outcome().cycles());
		assertTrue(r.outcome().message().startsWith("still running at 96 h"), r.outcome().message());
	}

	private static final class CountingMonitor implements ProgressMonitor {
		private final int cancelAfter;
		long worked;
		long total;

		CountingMonitor(int cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public void begin(String taskName, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}

		@Override
		public boolean isCanceled() {
			return worked >= cancelAfter;
		}

		@Override
		public void subTask(String name) {
		}
	}
}
