/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anodyne.headless.internal.UsageException;
import org.junit.jupiter.api.Test;

/** The submission options are checked the way sbatch reads them, before anything is written. */
class SlurmOptionsTest {

	@Test
	void timeLimitsInEverySlurmFormatAreAccepted() throws Exception {
		for (String time : List.of("30", "90", "30:00", "2:00:00", "36:00:00", "1-0", "2-12", "1-12:30",
				"1-12:30:15", "0", "UNLIMITED", "infinite")) {
			assertEquals(time, SlurmOptions.of(null, time, null, null).time(), time);
		}
	}

	@Test
	void malformedTimeLimitsAreRefusedNamingTheValueAndTheFormats() {
		for (String time : List.of("2h", "1:2:3:4", "-5", "1.5", "10:60", "1:60:00", "1:00:60", "1-24", "1-2:60",
				"abc", "1-", ":30", "12 00")) {
			UsageException e = assertThrows(UsageException.class, () -> SlurmOptions.of(null, time, null, null), time);
			assertTrue(e.getMessage().startsWith("--time '" + time + "'"), e.getMessage());
			assertTrue(e.getMessage().contains("HOURS:MINUTES:SECONDS"), e.getMessage());
		}
	}

	@Test
	void partitionsAndCountsAreChecked() throws Exception {
		assertEquals("debug,long", SlurmOptions.of("debug,long", null, null, null).partition());
		UsageException partition = assertThrows(UsageException.class, () -> SlurmOptions.of("a b", null, null, null));
		assertTrue(partition.getMessage().contains("--partition 'a b'"), partition.getMessage());
		SlurmOptions counts = SlurmOptions.of(null, null, "4", "25");
		assertEquals(4, counts.maxParallel());
		assertEquals(25, counts.pointsPerTask());
		for (String bad : List.of("0", "-1", "two", "1e3")) {
			UsageException e = assertThrows(UsageException.class, () -> SlurmOptions.of(null, null, bad, null));
			assertEquals("--max-parallel must be a whole number from 1, not '" + bad + "'", e.getMessage());
			assertThrows(UsageException.class, () -> SlurmOptions.of(null, null, null, bad));
		}
	}

	@Test
	void aResubmissionKeepsTheLastOptionsUnlessGivenAgain() throws Exception {
		SlurmOptions last = SlurmOptions.of("debug", "10", "2", null);
		SlurmOptions again = last.overriddenBy(SlurmOptions.of(null, "20", null, "3"));
		assertEquals(new SlurmOptions("debug", "20", 2, 3), again);
	}
}
