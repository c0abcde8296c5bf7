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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProtocolTest {

	@Test
	void nestedRepeatsExpandToTheProductOfTheirCounts() {
		ProtocolStep inner = RepeatStep.of(2, GalvanostaticStep.strip(2.5, 36_000), new RestStep(600));
		LifeProtocol protocol = LifeProtocol.of("nested", RepeatStep.of(3, GalvanostaticStep.plate(2.5, 36_000), inner),
				new RestStep(60));
		assertEquals(3 * (1 + 2 * 2) + 1, protocol.leafCount());
	}

	@Test
	void hugeRepeatCountsSaturateInsteadOfOverflowing() {
		ProtocolStep deep = new RestStep(1);
		for (int i = 0; i < 5; i++) {
			deep = RepeatStep.of(Integer.MAX_VALUE, deep);
		}
		assertEquals(Long.MAX_VALUE, LifeProtocol.of("deep", deep).leafCount());
	}

	@Test
	void stepsDescribeThemselvesInBatteryUnits() {
		assertEquals("Plate at 0.25 mA/cm2 for 1 mAh/cm2", GalvanostaticStep.plate(2.5, 36_000).describe());
		assertEquals("Charge at 1C until 3.8 V", CellCurrentStep.chargeUntil(1.0, 3.8).describe());
		assertEquals("Rest for 10 min", new RestStep(600).describe());
		assertEquals("Repeat 2 times: Rest for 8 h", RepeatStep.of(2, new RestStep(8 * 3600)).describe());
	}

	@Test
	void stepsThatCouldNeverFinishAreRefusedWithAReason() {
		IllegalArgumentException noStop = assertThrows(IllegalArgumentException.class,
				() -> new GalvanostaticStep(PlatingDirection.PLATE, 2.5, List.of()));
		assertTrue(noStop.getMessage().contains("stop condition"), noStop.getMessage());
		IllegalArgumentException noCurrent = assertThrows(IllegalArgumentException.class,
				() -> GalvanostaticStep.plate(0.0, 36_000));
		assertTrue(noCurrent.getMessage().contains("positive"), noCurrent.getMessage());
		IllegalArgumentException noCount = assertThrows(IllegalArgumentException.class,
				() -> RepeatStep.of(0, new RestStep(1)));
		assertTrue(noCount.getMessage().contains("count"), noCount.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new StopCondition.AfterTime(Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> new LifeProtocol("empty", List.of()));
	}

	@Test
	void cRateNeedsANominalCapacity() {
		CurrentSetting oneC = new CurrentSetting.CRate(1.0);
		assertEquals(15.0, oneC.currentDensity(54_000), 1e-12);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> oneC.currentDensity(Double.NaN));
		assertTrue(e.getMessage().contains("nominal capacity"), e.getMessage());
	}

	@Test
	void signedCurrentFollowsThePlatingConvention() {
		assertEquals(2.5, GalvanostaticStep.plate(2.5, 1).signedCurrentDensity());
		assertEquals(-2.5, GalvanostaticStep.strip(2.5, 1).signedCurrentDensity());
		assertEquals(-15.0, CellCurrentStep.dischargeUntil(1.0, 2.5).signedCurrentDensity(54_000), 1e-12);
	}
}
