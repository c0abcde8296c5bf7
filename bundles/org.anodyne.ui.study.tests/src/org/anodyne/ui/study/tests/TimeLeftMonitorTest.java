/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.ui.study.internal.TimeLeftMonitor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The time-left estimate in the task name of a study run. */
class TimeLeftMonitorTest {

	@Test
	void estimateExtrapolatesTheRateSoFar() {
		List<String> names = new ArrayList<>();
		IProgressMonitor inner = new NullProgressMonitor() {
			@Override
			public void setTaskName(String name) {
				names.add(name);
			}
		};
		long[] now = {0};
		IProgressMonitor m = new TimeLeftMonitor(inner, () -> now[0]);
		m.beginTask("Running study 'life'", 1000);
		now[0] = 2_000_000_000L;
		m.worked(10);
		assertEquals(List.of(), names, "1 % done is too early to guess");
		now[0] = 30_000_000_000L;
		m.worked(240);
		assertEquals("Running study 'life' — about 2 min left", names.get(names.size() - 1),
				"a quarter in 30 s: 90 s to go, said as 2 min");
		now[0] = 55_000_000_000L;
		m.worked(650);
		assertEquals("Running study 'life' — about 5 s left", names.get(names.size() - 1));
	}

	@Test
	void durationsAreRoundedAsPeopleSayThem() {
		assertEquals("40 s", TimeLeftMonitor.duration(41));
		assertEquals("3 min", TimeLeftMonitor.duration(170));
		assertEquals("1 h 20 min", TimeLeftMonitor.duration(4800));
	}
}
