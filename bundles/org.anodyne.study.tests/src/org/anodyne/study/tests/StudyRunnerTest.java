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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.anodyne.model.PlatingStep;
import org.anodyne.model.Study;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.study.Progress;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a study run ends, and what it leaves on disk, for the user's mistakes and the solver's. */
class StudyRunnerTest {

	private final StudyRunner runner = Examples.runner();

	/** Cancels once the solver has reported the given amount of work. */
	private static final class CancelAfter implements Progress {
		private final int limit;
		private int worked;
		private boolean begun;

		CancelAfter(int limit) {
			this.limit = limit;
		}

		@Override
		public void begin(String taskName, int totalWork) {
			begun = true;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}

		@Override
		public boolean isCanceled() {
			return worked >= limit;
		}

		@Override
		public void subTask(String name) {
		}
	}

	private static Study coarseDeposition() {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "deposition-inverted");
		study.getSolver().setGridSpacing(5.0);
		return study;
	}

	@Test
	void aCycleLifeStudyWritesItsScalarsSeriesAndPictures(@TempDir Path dir) throws IOException {
		Study study = Examples.study(Examples.FULL_INVERTED, "life-1c-inverted");
		study.getSolver().setMaxCycles(40);
		StudyOutcome outcome = runner.run(study, dir.resolve("full"), null);
		assertEquals(StudyOutcome.Status.OK, outcome.status(), outcome.message());
		StudyResult result = StudyResult.read(dir.resolve("full"));
		assertEquals(StudyStatus.OK, result.summary().status());
		assertEquals(40.0, result.summary().number(ScalarNames.CYCLES_TO_FAILURE).orElseThrow(), 0.0);
		assertEquals(Boolean.TRUE, result.summary().flag(ScalarNames.CENSORED).orElseThrow());
		assertEquals("none", result.summary().text(ScalarNames.FAILURE_MODE).orElseThrow());
		Map<Integer, Double> retention = result.summary().cycleMap(ScalarNames.RETENTION);
		assertEquals(40, retention.size());
		assertEquals(1.0, retention.get(1), 1e-12);
		assertTrue(retention.get(40) < 1.0);
		assertTrue(result.summary().number(ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV).orElseThrow() > 0.0);
		assertEquals("li", result.summary().provenance().metal());
		assertEquals("CarbonCloth", result.summary().provenance().collector());
		assertTrue(Files.isRegularFile(dir.resolve("full/cycles.csv")));
		assertTrue(Files.isRegularFile(dir.resolve("full/voltage.csv")));
		assertTrue(Files.isRegularFile(dir.resolve("full/retention-plot.png")));
	}

	@Test
	void aSolveThatDoesNotConvergeFailsWithTheSolversMessage(@TempDir Path dir) throws IOException {
		Study study = coarseDeposition();
		// Newton cannot reach a relative residual of 1e-30 in double precision.
		study.getSolver().setTolerance(1e-30);
		StudyOutcome outcome = runner.run(study, dir.resolve("diverged"), null);
		assertEquals(StudyOutcome.Status.FAILED, outcome.status());
		assertFalse(outcome.message().contains("Exception") || outcome.message().contains("\tat "), outcome.message());
		assertTrue(outcome.scalars().isEmpty());
		StudyResult result = StudyResult.read(dir.resolve("diverged"));
		assertEquals(StudyStatus.FAILED, result.summary().status());
		assertEquals(outcome.message(), result.summary().message());
	}

	@Test
	void anInvalidDesignFailsNamingTheElementAndTheValue() {
		Study study = coarseDeposition();
		study.getCell().getElectrolyte().setConductivity(-1.1);
		StudyOutcome outcome = runner.run(study, null, null);
		assertEquals(StudyOutcome.Status.FAILED, outcome.status());
		assertTrue(outcome.message().contains("conductivity") && outcome.message().contains("-1.1"), outcome.message());
	}

	@Test
	void aPlatingStepWithAVoltageStopCannotBeA2dStudy() {
		Study study = coarseDeposition();
		PlatingStep step = (PlatingStep) study.getProtocol().getSteps().get(0);
		step.setStop(org.anodyne.model.AnodyneFactory.eINSTANCE.createVoltageStop());
		StudyOutcome outcome = runner.run(study, null, null);
		assertEquals(StudyOutcome.Status.FAILED, outcome.status());
		assertTrue(outcome.message().contains("capacity or a time"), outcome.message());
	}

	@Test
	void cancellationLeavesThePreviousResultUntouched(@TempDir Path dir) throws IOException {
		Path target = dir.resolve("deposition");
		StudyOutcome first = runner.run(coarseDeposition(), target, null);
		assertEquals(StudyOutcome.Status.OK, first.status(), first.message());
		String before = Files.readString(target.resolve("summary.json"));
		CancelAfter monitor = new CancelAfter(100);
		StudyOutcome cancelled = runner.run(coarseDeposition(), target, monitor);
		assertTrue(monitor.begun);
		assertEquals(StudyOutcome.Status.CANCELLED, cancelled.status(), cancelled.message());
		assertNull(cancelled.directory());
		assertEquals(before, Files.readString(target.resolve("summary.json")));
		try (var siblings = Files.list(dir)) {
			assertEquals(1, siblings.count(), "no staging directory left behind");
		}
	}
}
