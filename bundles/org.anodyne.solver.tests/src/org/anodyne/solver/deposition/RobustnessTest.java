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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.anodyne.solver.CancelledException;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/** Progress, cancellation, errors that name step, time and place, and the physical end points. */
class RobustnessTest {

	private static final class CountingMonitor implements ProgressMonitor {
		final AtomicInteger begun = new AtomicInteger();
		final AtomicInteger work = new AtomicInteger();
		final AtomicInteger subTasks = new AtomicInteger();
		final AtomicInteger checks = new AtomicInteger();
		final int cancelAfterChecks;

		CountingMonitor(int cancelAfterChecks) {
			this.cancelAfterChecks = cancelAfterChecks;
		}

		@Override
		public void begin(String taskName, int totalWork) {
			begun.incrementAndGet();
		}

		@Override
		public void worked(int w) {
			work.addAndGet(w);
		}

		@Override
		public boolean isCanceled() {
			return checks.incrementAndGet() > cancelAfterChecks;
		}

		@Override
		public void subTask(String name) {
			subTasks.incrementAndGet();
		}
	}

	private static DepositionProblem planar() {
		return TestCells.planar(5e-6, 2, 100e-6, MetalProperties.lithium(), TestCells.ETHER, 10.0).build();
	}

	@Test
	void progressIsReportedAndCancellationCheckedAtEveryStep() throws SolverException {
		CountingMonitor monitor = new CountingMonitor(Integer.MAX_VALUE);
		DepositionRun run = new DepositionSolver(planar()).transientRun(TransientSettings.untilTime(100.0), monitor);
		assertEquals(1, monitor.begun.get());
		assertEquals(run.steps(), monitor.subTasks.get());
		assertTrue(monitor.checks.get() >= run.steps());
		assertEquals(1000, monitor.work.get());
	}

	@Test
	void cancellationStopsTheRunAndSaysWhere() {
		CountingMonitor monitor = new CountingMonitor(4);
		CancelledException e = assertThrows(CancelledException.class,
				() -> new DepositionSolver(planar()).transientRun(TransientSettings.untilTime(100.0), monitor));
		assertEquals(3, e.step().getAsLong(), e.getMessage());
		assertTrue(e.time().getAsDouble() > 0.0);
	}

	@Test
	void nonFiniteKineticsStopsWithStepTimeAndLocation() {
		KineticLaw broken = (eta, cr, vt) -> eta > 0.005 ? Double.NaN : 10.0 * eta / vt;
		DepositionProblem p = planar().toBuilder().kinetics(broken).build();
		SolverException e = assertThrows(SolverException.class,
				() -> new DepositionSolver(p).steadySplit(ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("electrode face"), e.getMessage());
		assertTrue(e.step().isPresent() && e.time().isPresent() && e.location().isPresent(), e.getMessage());
		assertTrue(e.location().get().contains("µm"), e.getMessage());
	}

	@Test
	void divergenceIsReportedNotHidden() {
		NumericalSettings oneIteration = new NumericalSettings(1e-10, 1, 0.05, 1e-9, 500, 0.25e-3);
		DepositionProblem p = planar().toBuilder().numerics(oneIteration).build();
		SolverException e = assertThrows(SolverException.class,
				() -> new DepositionSolver(p).steadySplit(ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
		assertTrue(e.getMessage().contains("at step 0, t = 0 s"), e.getMessage());
	}

	@Test
	void currentAboveTheLimitEndsAtDepletionNotInNaN() throws SolverException {
		double jLim = TestCells.ETHER.limitingCurrentDensity(100e-6);
		DepositionProblem p = TestCells.planar(5e-6, 2, 100e-6, TestCells.IMMOBILE_LITHIUM, TestCells.ETHER, 1.5 * jLim)
				.build();
		DepositionRun run = new DepositionSolver(p).transientRun(TransientSettings.untilTime(100.0),
				ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.ELECTROLYTE_DEPLETED, run.termination());
		assertTrue(run.message().contains("depleted"), run.message());
		assertTrue(Double.isFinite(run.last().scalars().cellOverpotential()));
	}

	@Test
	void metalReachingTheCounterElectrodeIsAShortCircuit() throws SolverException {
		DepositionProblem p = TestCells.planar(2e-6, 2, 10e-6, MetalProperties.lithium(), TestCells.ETHER, 50.0)
				.build();
		DepositionRun run = new DepositionSolver(p).transientRun(
				TransientSettings.untilCharge(20 * TestCells.MAH_PER_CM2),
				ProgressMonitor.NULL);
		assertEquals(DepositionRun.Termination.SHORT_CIRCUIT, run.termination(), run.message());
		assertTrue(run.message().contains("µm"), run.message());
		assertTrue(run.last().scalars().chargeConservationError() < 1e-6);
	}

	@Test
	void anEndChargeThatIsNeverReachedIsReportedAtOnce() {
		DepositionProblem stripping = planar().toBuilder().control(Control.prescribedOverpotential(-0.01)).build();
		SolverException e = assertThrows(SolverException.class, () -> new DepositionSolver(stripping)
				.transientRun(TransientSettings.untilCharge(TestCells.MAH_PER_CM2), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("never reached"), e.getMessage());
	}

	@Test
	void inconsistentInputsAreRejectedWithWhatAndWhere() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CellGeometry.builder().width(20e-6).gridSpacing(1e-6).hostThickness(20e-6).foil(2e-6, "copper")
						.preDeposit(30e-6, Orientation.INVERTED).build());
		assertTrue(e.getMessage().contains("exceeds the host's pore volume"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> CellGeometry.builder().width(20e-6).gridSpacing(1e-6).hostThickness(20e-6).foil(2e-6, "copper")
						.preDeposit(2e-6, Orientation.UPRIGHT).build());
		assertTrue(e.getMessage().contains("does not touch the current collector"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> CellGeometry.builder().width(20e-6).gridSpacing(1e-6).hostThickness(20e-6)
						.fibre(new Fibre(10e-6, 18e-6, 4e-6, "carbon")).build());
		assertTrue(e.getMessage().contains("counter electrode"), e.getMessage());
		CellGeometry g = CellGeometry.builder().width(20e-6).gridSpacing(1e-6).hostThickness(20e-6)
				.fibre(new Fibre(10e-6, 8e-6, 4e-6, "carbon")).build();
		e = assertThrows(IllegalArgumentException.class,
				() -> DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium())
						.electrolyte(TestCells.ETHER)
						.kinetics(ButlerVolmer.symmetric(10)).control(Control.galvanostatic(1)).build());
		assertTrue(e.getMessage().contains("carbon"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> DepositionProblem.builder().geometry(g).build());
		assertTrue(e.getMessage().contains("metal") && e.getMessage().contains("kinetics"), e.getMessage());
	}
}
