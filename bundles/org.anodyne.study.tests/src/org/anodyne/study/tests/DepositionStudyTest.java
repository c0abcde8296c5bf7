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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.anodyne.model.PlatingStep;
import org.anodyne.model.Study;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the solver's issue: the paper's carbon-cloth cells (the example designs) plating 1 mAh cm⁻²
 * at 0.25 mA cm⁻² — inverted puts at least 80 % of the new metal in the lower half of the host,
 * upright at least 80 % in the upper half — and the same figures printed at 1 and 5 mA cm⁻², with
 * the bare fibres' margin to their nucleation barrier. On a 4 µm test grid (the design's own is 2 µm).
 */
class DepositionStudyTest {

	private static final double TEST_GRID_UM = 4.0;

	private final StudyRunner runner = Examples.runner();

	private StudyOutcome plate(String orientation, double currentDensity, Path directory) {
		Study study = Examples.study("li-cc-symmetric-" + orientation + ".anodyne", "deposition-" + orientation);
		study.getSolver().setGridSpacing(TEST_GRID_UM);
		((PlatingStep) study.getProtocol().getSteps().get(0)).setCurrentDensity(currentDensity);
		StudyOutcome outcome = runner.run(study, directory, null);
		assertEquals(StudyOutcome.Status.OK, outcome.status(), outcome.message());
		double barrierMv = 1e3 * runner.metals().nucleationBarrier("li", "carbon").orElseThrow();
		System.out.printf(Locale.ROOT,
				"%-8s %5.2f mA/cm2: new metal in lower half %5.1f %%, current into lower half at start %5.1f %%, "
						+ "top of deposit %5.1f µm, gap %5.1f µm, final overpotential %6.1f mV, Pi %.3f, J/Jlim %.3f, "
						+ "bare fibres at %.2f of their barrier (margin %.1f mV), charge error %.1e%n",
				orientation, currentDensity, 100 * outcome.number(ScalarNames.BOTTOM_FRACTION).orElseThrow(),
				100 * outcome.number(ScalarNames.BOTTOM_CURRENT_FRACTION).orElseThrow(),
				outcome.number(ScalarNames.MAX_DEPOSIT_HEIGHT_UM).orElseThrow(),
				outcome.number(ScalarNames.SEPARATOR_GAP_UM).orElseThrow(),
				outcome.number(ScalarNames.FINAL_OVERPOTENTIAL_MV).orElseThrow(),
				outcome.number(ScalarNames.PI).orElseThrow(),
				outcome.number(ScalarNames.J_OVER_JLIM).orElseThrow(),
				outcome.number("bareSurfaceBarrierRatio").orElseThrow(),
				(1.0 - outcome.number("bareSurfaceBarrierRatio").orElseThrow()) * barrierMv,
				outcome.number(ScalarNames.CHARGE_ERROR).orElseThrow());
		assertTrue(outcome.number(ScalarNames.CHARGE_ERROR).orElseThrow() < 1e-6, "charge is conserved");
		return outcome;
	}

	@Test
	void theInvertedAnodeFillsItsHostFromTheBottom(@TempDir Path results) throws IOException {
		StudyOutcome inverted = plate("inverted", 0.25, results.resolve("inverted"));
		assertTrue(inverted.number(ScalarNames.BOTTOM_FRACTION).orElseThrow() >= 0.8, inverted.scalars()::toString);
		assertTrue(inverted.number(ScalarNames.SEPARATOR_GAP_UM).orElseThrow() > 200.0,
				"the new metal stays far from the separator");
		StudyResult written = StudyResult.read(results.resolve("inverted"));
		assertEquals(inverted.number(ScalarNames.BOTTOM_FRACTION).orElseThrow(),
				written.summary().number(ScalarNames.BOTTOM_FRACTION).orElseThrow(), 0.0);
		assertTrue(Files.isRegularFile(results.resolve("inverted/deposit.png")));
		assertTrue(Files.isRegularFile(results.resolve("inverted/deposition.csv")));
		assertTrue(Files.isRegularFile(results.resolve("inverted/fields/frame-00.vtk")));
	}

	@Test
	void theUprightAnodeGrowsAtTheSeparator() {
		StudyOutcome upright = plate("upright", 0.25, null);
		assertTrue(upright.number(ScalarNames.BOTTOM_FRACTION).orElseThrow() <= 0.2, upright.scalars()::toString);
		assertEquals(0.0, upright.number(ScalarNames.SEPARATOR_GAP_UM).orElseThrow(), 1e-9,
				"the upright metal face starts against the separator");
	}

	@Test
	void atHigherCurrentsTheFiguresArePrinted() {
		for (double current : new double[]{1.0, 5.0}) {
			for (String orientation : new String[]{"inverted", "upright"}) {
				plate(orientation, current, null);
			}
		}
	}
}
