package org.anodyne.solver.life;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anodyne.solver.CancelledException;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.Orientation;
import org.junit.jupiter.api.Test;

class LifeSimulatorTest {

	private static final double Q = ReferenceCells.MAH_PER_CM2;
	private static final double J = 2.5;

	/** No SEI, no dead metal, no fade: only the kinetics and transport are left. */
	private static LifeParameters lossless() {
		return LifeParameters.defaults().with("freshSeiLoss", 0.0).with("deadMetalSupported", 0.0)
				.with("deadMetalUnsupported", 0.0).with("seiCurrentDensity", 0.0).with("cathodeFadePerCycle", 0.0);
	}

	private static LifeResult run(LifeCell cell, LifeProtocol protocol, LifeParameters p) throws SolverException {
		return LifeSimulator.run(ReferenceCells.scenario(cell, protocol, p));
	}

	private static double volumePerCharge() {
		return MetalProperties.lithium().volumeForCharge(1.0);
	}

	@Test
	void aLosslessSymmetricCellRunsItsProtocolAtTheAnalyticPolarisation() throws SolverException {
		for (Orientation orientation : Orientation.values()) {
			LifeCell cell = ReferenceCells.symmetricCell(orientation);
			LifeResult r = run(cell, LifeProtocol.platingCycles(J, Q, 10), lossless());
			assertTrue(r.outcome().isCensored(), r.outcome().message());
			assertEquals(10 * 2 * Q / J, r.outcome().time(), 1e-9 * r.outcome().time());
			assertEquals(10, r.cycles().size());
			double expected = 2.0 * r.coupling().totalOverpotential() + J * cell.separatorResistance();
			for (CycleRecord c : r.cycles()) {
				assertEquals(expected, c.meanOverpotential(), 1e-9 * expected, orientation + " cycle " + c.cycle());
				assertEquals(1.0, c.coulombicEfficiency(), 1e-12);
				assertEquals(1.0, c.metalEfficiency(), 1e-12);
			}
			TimeSeries s = r.series();
			for (int i = 0; i < s.size(); i++) {
				assertTrue(s.current(i) == 0.0 || Math.signum(s.voltage(i)) == -Math.signum(s.current(i)),
						"voltage sign at sample " + i);
				assertTrue(i == 0 || s.time(i) >= s.time(i - 1));
			}
		}
	}

	@Test
	void freshSeiLossExhaustsTheStrippedElectrodeAtTheAnalyticTime() throws SolverException {
		double lambda = 0.012;
		LifeParameters p = lossless().with("freshSeiLoss", lambda).with("penetrationThickness", 1.0);
		LifeResult r = run(ReferenceCells.symmetricCell(Orientation.UPRIGHT), LifeProtocol.platingCycles(J, Q, 1000), p);
		// Both electrodes hold Q0 − (n−1)λq at the start of cycle n; the counter strips first and runs dry
		// in the first cycle where that is less than q.
		double q0 = 6.0 * Q;
		int n = (int) Math.floor((q0 - Q) / (lambda * Q)) + 2;
		double left = q0 - (n - 1) * lambda * Q;
		assertEquals(FailureMode.INVENTORY_EXHAUSTED, r.outcome().failureMode(), r.outcome().message());
		assertEquals(n, r.outcome().cycles());
		assertEquals((n - 1) * 2.0 * Q / J + left / J, r.outcome().time(), 1e-9 * r.outcome().time());
	}

	@Test
	void theUprightLayerPenetratesTheSeparatorAtTheAnalyticTime() throws SolverException {
		double lambda = 0.01;
		double critical = 20e-6;
		LifeParameters p = lossless().with("freshSeiLoss", lambda).with("penetrationThickness", critical);
		LifeResult r = run(ReferenceCells.symmetricCell(Orientation.UPRIGHT), LifeProtocol.platingCycles(J, Q, 1000), p);
		// Someone plates at every moment, adding λJ·V_m/(zF(1−ε_d)) of layer per second against the separator.
		double rate = lambda * J * volumePerCharge() / (1.0 - p.inactiveLayerPorosity());
		assertEquals(FailureMode.SEPARATOR_PENETRATION, r.outcome().failureMode(), r.outcome().message());
		assertEquals(critical / rate, r.outcome().time(), 1e-9 * r.outcome().time());
	}

	@Test
	void continuousSeiLowersTheEfficiencyByTheParasiticChargeOfACycle() throws SolverException {
		LifeParameters p = lossless().with("seiCurrentDensity", 0.014);
		LifeResult r = run(ReferenceCells.symmetricCell(Orientation.INVERTED), LifeProtocol.platingCycles(J, Q, 5), p);
		double expected = 1.0 - 0.014 * r.coupling().exposedArea() * (2.0 * Q / J) / Q;
		assertEquals(expected, r.cycle(3).orElseThrow().metalEfficiency(), 1e-9);
	}

	@Test
	void aHalfCellStrippedToOneVoltMeasuresTheModelsEfficiency() throws SolverException {
		LifeParameters p = lossless().with("freshSeiLoss", 0.004).with("deadMetalUnsupported", 0.003);
		LifeCell cell = LifeCell.half(MetalProperties.lithium(), ReferenceCells.etherElectrolyte(), 4e-4,
				ReferenceCells.celgard2500(), AnodeDesign.foil(0.035, 0.0));
		LifeProtocol protocol = LifeProtocol.of("Li||Cu", RepeatStep.of(5, GalvanostaticStep.plate(5.0, Q),
				new GalvanostaticStep(PlatingDirection.STRIP, 5.0, List.of(new StopCondition.AtVoltage(1.0)))));
		LifeResult r = run(cell, protocol, p);
		assertTrue(r.outcome().isCensored(), r.outcome().message());
		for (CycleRecord c : r.cycles()) {
			assertEquals(1.0 - 0.004 - 0.003, c.coulombicEfficiency(), 1e-6, "cycle " + c.cycle());
			assertEquals(c.coulombicEfficiency(), c.metalEfficiency(), 1e-6);
		}
		assertTrue(r.series().polarisation(1) < -0.035, "bare Cu pays its nucleation barrier first");
	}

	@Test
	void aLongRestLosesMetalToCalendarSeiOnly() throws SolverException {
		double rest = 2000 * 3600.0;
		LifeParameters p = lossless().with("seiCurrentDensity", 0.014);
		LifeResult r = run(ReferenceCells.fullCell(Orientation.INVERTED), LifeProtocol.of("storage", new RestStep(rest)), p);
		assertTrue(r.outcome().isCensored(), r.outcome().message());
		assertEquals(rest, r.outcome().time(), 1e-9 * rest);
		double expected = 10.0 * Q - 0.014 * r.coupling().exposedArea() * rest;
		assertEquals(expected, r.cycle(1).orElseThrow().activeMetal(), 1e-9 * expected);
	}

	@Test
	void aLosslessFullCellKeepsItsCapacity() throws SolverException {
		LifeResult r = run(ReferenceCells.fullCell(Orientation.INVERTED), ReferenceCells.fullCellProtocol(20), lossless());
		assertTrue(r.outcome().isCensored(), r.outcome().message());
		double capacity = r.scenario().cell().cathode().capacity();
		assertTrue(r.cycle(1).orElseThrow().chargeCapacity() > 0.98 * capacity);
		for (CycleRecord c : r.cycles().subList(1, r.cycles().size())) {
			assertEquals(1.0, c.retention(), 1e-6);
			assertEquals(1.0, c.coulombicEfficiency(), 1e-6);
		}
	}

	@Test
	void cathodeFadeAloneIsGeometricPerCycle() throws SolverException {
		double fade = 1e-3;
		LifeParameters p = lossless().with("cathodeFadePerCycle", fade);
		LifeResult r = run(ReferenceCells.fullCell(Orientation.INVERTED), ReferenceCells.fullCellProtocol(60), p);
		double used = r.cycle(1).orElseThrow().dischargeCapacity() / r.scenario().cell().cathode().capacity();
		for (int n : new int[] { 10, 30, 60 }) {
			assertEquals(Math.pow(1.0 - fade * used, n - 1), r.retentionAt(n), 2e-4, "cycle " + n);
		}
	}

	@Test
	void consumingElectrolyteAcceleratesTheFade() throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		LifeCell cell = ReferenceCells.fullCell(Orientation.INVERTED);
		LifeResult consuming = run(cell, ReferenceCells.fullCellProtocol(500), p);
		LifeResult notConsuming = run(cell, ReferenceCells.fullCellProtocol(500), p.with("solventPerSeiMetal", 0.0));
		assertTrue(consuming.retentionAt(500) < notConsuming.retentionAt(500) - 0.01);
		assertTrue(consuming.cycle(500).orElseThrow().electrolyteFraction() < 0.9);
	}

	@Test
	void theCouplingsBufferDecidesTheInvertedLife() throws SolverException {
		LifeCell thick = ReferenceCells.symmetricCell(Orientation.INVERTED);
		LifeCell thin = thick.withAnode(thick.anode().withHostThickness(45e-6));
		LifeProtocol protocol = ReferenceCells.symmetricProtocol(J, 4000);
		LifeResult a = run(thick, protocol, LifeParameters.defaults());
		LifeResult b = run(thin, protocol, LifeParameters.defaults());
		assertEquals(FailureMode.SEPARATOR_PENETRATION, b.outcome().failureMode(), b.outcome().message());
		assertTrue(b.outcome().time() < 0.8 * a.outcome().time(),
				"thin host " + b.outcome().hours() + " h vs thick " + a.outcome().hours() + " h");
	}

	@Test
	void protocolsThatCannotFinishAreReportedNamingTheStep() {
		LifeCell symmetric = ReferenceCells.symmetricCell(Orientation.UPRIGHT);
		LifeProtocol wrongSide = LifeProtocol.of("wrong side", new CellCurrentStep(CellCurrentStep.Direction.CHARGE,
				new CurrentSetting.Density(J), List.of(new StopCondition.AtVoltage(3.8))));
		SolverException e1 = assertThrows(SolverException.class, () -> run(symmetric, wrongSide, LifeParameters.defaults()));
		assertTrue(e1.getMessage().contains("cannot finish") && e1.getMessage().contains("step 1"), e1.getMessage());

		SolverException e2 = assertThrows(SolverException.class,
				() -> run(symmetric, LifeProtocol.fullCellCycles(1.0, 4.0, 2.5, 3), LifeParameters.defaults()));
		assertTrue(e2.getMessage().contains("nominal capacity"), e2.getMessage());

		LifeCell full = ReferenceCells.fullCell(Orientation.INVERTED);
		SolverException e3 = assertThrows(SolverException.class,
				() -> run(full, LifeProtocol.fullCellCycles(1.0, 4.5, 2.5, 3), LifeParameters.defaults()));
		assertTrue(e3.getMessage().contains("safety window"), e3.getMessage());

		OcvCurve low = new OcvCurve(new double[] { 0.0, 0.5, 1.0 }, new double[] { 3.0, 3.3, 3.5 });
		LifeCell lowCathode = LifeCell.full(full.metal(), full.electrolyte(), full.electrolyteVolume(), full.separator(),
				full.anode(), new CathodeElectrode("low", 54_000, low, 2.0, 4.3, 2e-3));
		SolverException e4 = assertThrows(SolverException.class,
				() -> run(lowCathode, LifeProtocol.fullCellCycles(1.0, 4.0, 2.5, 3), LifeParameters.defaults()));
		assertTrue(e4.getMessage().contains("fully charged"), e4.getMessage());

		LifeCell half = LifeCell.half(MetalProperties.lithium(), ReferenceCells.etherElectrolyte(), 4e-4,
				ReferenceCells.celgard2500(), AnodeDesign.foil(0.035, 0.0));
		LifeProtocol endless = LifeProtocol.of("endless", new GalvanostaticStep(PlatingDirection.PLATE, J,
				List.of(new StopCondition.AtVoltage(-0.4))));
		LifeRunOptions options = LifeRunOptions.defaults();
		options = new LifeRunOptions(options.samplesPerStep(), 50 * 3600.0, options.maxCycles(), options.maxTime(),
				options.maxSteps(), options.complianceVoltage());
		LifeRunOptions finalOptions = options;
		SolverException e5 = assertThrows(SolverException.class, () -> LifeSimulator
				.run(ReferenceCells.scenario(half, endless, LifeParameters.defaults()), finalOptions, ProgressMonitor.NULL));
		assertTrue(e5.getMessage().contains("did not meet its stop condition"), e5.getMessage());
	}

	@Test
	void progressCountsEveryStepAndCancellationStopsTheRun() throws SolverException {
		CountingMonitor counting = new CountingMonitor(Integer.MAX_VALUE);
		LifeProtocol protocol = LifeProtocol.platingCycles(J, Q, 7);
		LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.symmetricCell(Orientation.INVERTED), protocol,
				LifeParameters.defaults()), LifeRunOptions.defaults(), counting);
		assertEquals(protocol.leafCount(), counting.worked);
		assertEquals(protocol.leafCount(), counting.total);

		CountingMonitor cancelling = new CountingMonitor(5);
		CancelledException e = assertThrows(CancelledException.class,
				() -> LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.symmetricCell(Orientation.INVERTED),
						protocol, LifeParameters.defaults()), LifeRunOptions.defaults(), cancelling));
		assertTrue(e.step().isPresent());
	}

	@Test
	void aCycleCapEndsTheRunCensored() throws SolverException {
		LifeResult r = LifeSimulator.run(
				ReferenceCells.scenario(ReferenceCells.symmetricCell(Orientation.INVERTED),
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
