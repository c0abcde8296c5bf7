/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;
import org.junit.jupiter.api.Test;

class ProgressAndTableTest {

	@Test
	void timeLeftIsExtrapolatedFromTheRateSoFar() throws Exception {
		AtomicBoolean cancel = new AtomicBoolean();
		StudyProgress p = new StudyProgress("life", cancel);
		p.begin("life", 1000);
		assertTrue(Double.isNaN(p.secondsLeft()), "no estimate before any work");
		Thread.sleep(1100);
		p.worked(250);
		double elapsed = p.elapsedSeconds();
		assertEquals(3 * elapsed, p.secondsLeft(), 0.05 * elapsed, "a quarter done in t leaves 3t");
		assertTrue(p.status().matches("life:  25% 0:01 elapsed, about 0:0[34] left"), p.status());
		assertTrue(!p.isCanceled());
		cancel.set(true);
		assertTrue(p.isCanceled(), "Ctrl-C reaches the solver through its monitor");
		assertEquals("1:01:05", StudyProgress.clock(3665));
	}

	@Test
	void theSummaryTableAlignsColumnsAndStatesTheKeyFigures() {
		String deposition = StudyRow.figures(ResultsFormat.KIND_DEPOSITION_2D,
				Map.of(ScalarNames.BOTTOM_FRACTION, 0.874,
						ScalarNames.SEPARATOR_GAP_UM, 239.4, ScalarNames.FINAL_OVERPOTENTIAL_MV, 17.24));
		assertEquals("87 % of new metal in the lower half, 239 µm gap to the separator, 17.2 mV", deposition);
		String life = StudyRow.figures(ResultsFormat.KIND_CYCLE_LIFE, Map.of(ScalarNames.CYCLES_TO_FAILURE, 225L,
				ScalarNames.HOURS_TO_FAILURE, 1800.0, ScalarNames.CENSORED, true, ScalarNames.COULOMBIC_EFFICIENCY,
				0.98761));
		assertEquals("≥ 225 cycles / 1800 h, still running at the end, CE 98.76 %", life);
		String table = StudyRow.table(List.of(new StudyRow("li-cc", "plate", "ok", 12.3, deposition, 0),
				new StudyRow("li-cc-upright", "life at 0.25", "failed, unchanged", Double.NaN, "diverged", 1)));
		List<String> lines = List.of(table.split("\n"));
		assertEquals(3, lines.size());
		assertEquals(lines.get(0).indexOf("STATUS"), lines.get(1).indexOf("ok"));
		assertEquals(lines.get(0).indexOf("STATUS"), lines.get(2).indexOf("failed, unchanged"));
		assertTrue(lines.get(1).contains(" 0:12  87 %"), table);
	}
}
