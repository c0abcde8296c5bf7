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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.Protocol;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.solver.life.CellCurrentStep;
import org.anodyne.solver.life.CurrentSetting;
import org.anodyne.solver.life.GalvanostaticStep;
import org.anodyne.solver.life.LifeProtocol;
import org.anodyne.solver.life.PlatingDirection;
import org.anodyne.solver.life.RepeatStep;
import org.anodyne.solver.life.RestStep;
import org.anodyne.solver.life.StopCondition;
import org.anodyne.study.internal.ProtocolTranslation;
import org.anodyne.study.StudyException;
import org.junit.jupiter.api.Test;

/** The model's protocols become the life package's, in SI, with nested repeats. */
class ProtocolTranslationTest {

	private static Protocol protocol(String text) {
		Protocol protocol = AnodyneFactory.eINSTANCE.createProtocol();
		protocol.setName("test");
		ProtocolText.ParseResult parsed = ProtocolText.apply(protocol, text);
		assertTrue(parsed.ok(), () -> parsed.errors().toString());
		return protocol;
	}

	@Test
	void stepsRepeatsAndStopsArriveInSi() throws StudyException {
		LifeProtocol life = ProtocolTranslation.translate(protocol(String.join("\n",
				"Repeat 3 times:",
				"  Plate at 0.25 mA/cm2 for 1 mAh/cm2",
				"  Rest for 30 min",
				"  Repeat 2 times:",
				"    Strip at 0.5 mA/cm2 for 2 h",
				"Charge at 1C until 3.8 V",
				"Discharge at 1.5 mA/cm2 until 2.5 V")));
		assertEquals(3 * (1 + 1 + 2) + 2, life.leafCount());
		RepeatStep outer = assertInstanceOf(RepeatStep.class, life.steps().get(0));
		assertEquals(3, outer.count());
		GalvanostaticStep plate = assertInstanceOf(GalvanostaticStep.class, outer.steps().get(0));
		assertEquals(PlatingDirection.PLATE, plate.direction());
		assertEquals(2.5, plate.currentDensity(), 1e-12, "0.25 mA/cm2 = 2.5 A/m2");
		assertEquals(List.of(new StopCondition.AfterCapacity(36_000.0)), plate.stops(), "1 mAh/cm2 = 36 000 C/m2");
		assertEquals(1800.0, assertInstanceOf(RestStep.class, outer.steps().get(1)).duration(), 1e-9);
		RepeatStep inner = assertInstanceOf(RepeatStep.class, outer.steps().get(2));
		GalvanostaticStep strip = assertInstanceOf(GalvanostaticStep.class, inner.steps().get(0));
		assertEquals(PlatingDirection.STRIP, strip.direction());
		assertEquals(List.of(new StopCondition.AfterTime(7200.0)), strip.stops());
		CellCurrentStep charge = assertInstanceOf(CellCurrentStep.class, life.steps().get(1));
		assertEquals(CellCurrentStep.Direction.CHARGE, charge.direction());
		assertEquals(new CurrentSetting.CRate(1.0), charge.current());
		assertEquals(List.of(new StopCondition.AtVoltage(3.8)), charge.stops());
		CellCurrentStep discharge = assertInstanceOf(CellCurrentStep.class, life.steps().get(2));
		assertEquals(new CurrentSetting.Density(15.0), discharge.current());
	}

	@Test
	void aStepWithoutAStopIsNamedByItsPosition() {
		Protocol p = protocol(
				"Repeat 2 times:\n  Plate at 0.25 mA/cm2 for 1 mAh/cm2\n  Strip at 0.25 mA/cm2 for 1 mAh/cm2");
		((org.anodyne.model.ConditionedStep) ((org.anodyne.model.RepeatStep) p.getSteps().get(0)).getSteps().get(1))
				.setStop(null);
		StudyException e = assertThrows(StudyException.class, () -> ProtocolTranslation.translate(p));
		assertTrue(e.getMessage().contains("step 1.2") && e.getMessage().contains("Strip at 0.25 mA/cm2")
				&& e.getMessage().contains("no stop condition"), e.getMessage());
	}

	@Test
	void aRestNeedsADuration() {
		Protocol p = protocol("Rest for 1 h");
		((org.anodyne.model.ConditionedStep) p.getSteps().get(0))
				.setStop(AnodyneFactory.eINSTANCE.createCapacityStop());
		StudyException e = assertThrows(StudyException.class, () -> ProtocolTranslation.translate(p));
		assertTrue(e.getMessage().contains("step 1") && e.getMessage().contains("a rest needs a duration"),
				e.getMessage());
	}

	@Test
	void theFirstPlatingStepIsFoundInsideRepeats() {
		Protocol p = protocol(
				"Rest for 1 h\nRepeat 5 times:\n  Strip at 1 mA/cm2 for 1 h\n  Plate at 2 mA/cm2 for 1 mAh/cm2");
		assertEquals("Plate at 2 mA/cm2 for 1 mAh/cm2",
				ProtocolText.printStep(ProtocolTranslation.firstPlating(p.getSteps())));
	}
}
