/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anodyne.model.CapacityStop;
import org.anodyne.model.ChargeStep;
import org.anodyne.model.DischargeStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.RestStep;
import org.anodyne.model.StrippingStep;
import org.anodyne.model.TimeUnit;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.model.protocol.ProtocolText.ParseError;
import org.anodyne.model.protocol.ProtocolText.ParseResult;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class ProtocolTextTest {

	private static ParseResult ok(String text) {
		ParseResult result = ProtocolText.parse(text);
		assertTrue(result.ok(), () -> "unexpected errors " + result.errors());
		return result;
	}

	private static void roundTrips(String text) {
		ParseResult result = ok(text);
		assertEquals(text, ProtocolText.print(result.steps()), "printing the parsed text gives it back");
		ParseResult again = ok(ProtocolText.print(result.steps()));
		assertEquals(result.steps().size(), again.steps().size());
		for (int i = 0; i < result.steps().size(); i++) {
			assertTrue(EcoreUtil.equals(result.steps().get(i), again.steps().get(i)), "step " + i + " survives");
		}
	}

	@Test
	void everyStepKindRoundTrips() {
		roundTrips("Plate at 0.25 mA/cm2 for 1 mAh/cm2");
		roundTrips("Strip at 5 mA/cm2 for 12 min");
		roundTrips("Plate at 1 mA/cm2 until -0.5 V");
		roundTrips("Strip at 0.5 mA/cm2 until 1 V");
		roundTrips("Charge at 1C until 3.8 V");
		roundTrips("Charge at 0.5C for 2 h");
		roundTrips("Charge at 1.5 mA/cm2 for 1.5 mAh/cm2");
		roundTrips("Discharge at 2C until 2.5 V");
		roundTrips("Discharge at 0.75 mA/cm2 for 30 s");
		roundTrips("Rest for 10 min");
		roundTrips("Repeat 1 time:\n  Rest for 1 h");
		roundTrips("Repeat 750 times:\n  Charge at 1C until 3.8 V\n  Rest for 10 min\n  Discharge at 1C until 2.5 V");
	}

	@Test
	void nestedRepeatsRoundTrip() {
		String text = """
				Plate at 6 mA/cm2 for 6 mAh/cm2
				Repeat 3 times:
				  Repeat 10 times:
				    Plate at 0.25 mA/cm2 for 4 h
				    Strip at 0.25 mA/cm2 for 4 h
				  Rest for 30 min
				Rest for 1 h""".stripIndent();
		roundTrips(text);
		List<org.anodyne.model.Step> steps = ok(text).steps();
		assertEquals(3, steps.size());
		RepeatStep outer = assertInstanceOf(RepeatStep.class, steps.get(1));
		assertEquals(3, outer.getCount());
		RepeatStep inner = assertInstanceOf(RepeatStep.class, outer.getSteps().get(0));
		assertEquals(10, inner.getCount());
		assertEquals(2, inner.getSteps().size());
		assertInstanceOf(RestStep.class, outer.getSteps().get(1));
	}

	@Test
	void parsesIntoTheModelWithTypedUnitsConverted() {
		List<org.anodyne.model.Step> steps = ok("""
				plate AT 250 µA/cm2 for 1000 uAh/cm2
				Strip at 0.25 mA cm-2 for 4 hours
				Charge at 1.5 mA/cm2 until 3800 mV
				Discharge at 1 C until 2.5 V
				# comments and blank lines are skipped

				Rest for 10 min""").steps();
		PlatingStep plate = assertInstanceOf(PlatingStep.class, steps.get(0));
		assertEquals(0.25, plate.getCurrentDensity(), 1e-12);
		assertEquals(1.0, assertInstanceOf(CapacityStop.class, plate.getStop()).getCapacity(), 1e-12);
		StrippingStep strip = assertInstanceOf(StrippingStep.class, steps.get(1));
		DurationStop fourHours = assertInstanceOf(DurationStop.class, strip.getStop());
		assertEquals(4.0, fourHours.getDuration(), 1e-12);
		assertEquals(TimeUnit.HOURS, fourHours.getUnit());
		ChargeStep charge = assertInstanceOf(ChargeStep.class, steps.get(2));
		assertFalse(charge.isSetCRate());
		assertEquals(1.5, charge.getCurrentDensity(), 1e-12);
		assertEquals(3.8, assertInstanceOf(VoltageStop.class, charge.getStop()).getVoltage(), 1e-12);
		DischargeStep discharge = assertInstanceOf(DischargeStep.class, steps.get(3));
		assertEquals(1.0, discharge.getCRate(), 1e-12);
		assertFalse(discharge.isSetCurrentDensity());
		RestStep rest = assertInstanceOf(RestStep.class, steps.get(4));
		assertEquals(TimeUnit.MINUTES, ((DurationStop) rest.getStop()).getUnit());
		assertEquals(
				"Plate at 0.25 mA/cm2 for 1 mAh/cm2\nStrip at 0.25 mA/cm2 for 4 h\nCharge at 1.5 mA/cm2 until 3.8 V\n"
						+ "Discharge at 1C until 2.5 V\nRest for 10 min",
				ProtocolText.print(steps), "the canonical form");
	}

	private static ParseError onlyError(String text) {
		ParseResult result = ProtocolText.parse(text);
		assertEquals(1, result.errors().size(), () -> "expected one error, got " + result.errors());
		return result.errors().get(0);
	}

	private static void error(String text, int line, int column, String fragment) {
		ParseError e = onlyError(text);
		assertEquals(line, e.line(), e.toString());
		assertEquals(column, e.column(), e.toString());
		assertTrue(e.message().contains(fragment), () -> "'" + e.message() + "' should say '" + fragment + "'");
	}

	@Test
	void reportsParseErrorsWithLineAndColumn() {
		error("Plate at 0.25 mA/cm2 for 1 mAh/cm2\nSmelt at 3 mA/cm2 for 1 h", 2, 1, "unknown step 'Smelt'");
		error("Plate at 0.25 mA/cm2", 1, 21, "no stop condition");
		error("Plate at 0.25 furlongs/cm2 for 1 h", 1, 15, "expected a unit");
		error("Plate at 1 V for 1 h", 1, 12, "not a current density unit");
		error("Plate 0.25 mA/cm2 for 1 h", 1, 7, "expected 'at'");
		error("Plate at fast for 1 h", 1, 10, "expected a current density");
		error("Charge at 1C until 3.8 mAh/cm2", 1, 24, "expected a voltage");
		error("Charge at quickly until 3.8 V", 1, 11, "C-rate");
		error("Rest until 3 V", 1, 6, "expected 'for'");
		error("Rest for 1 mAh/cm2", 1, 10, "a time");
		error("Rest for 10 min please", 1, 17, "unexpected 'please'");
		error("Repeat many times:\n  Rest for 1 h", 1, 8, "how many times");
		error("Repeat 0 times:\n  Rest for 1 h", 1, 8, "at least 1");
		error("Repeat 3 times\n  Rest for 1 h", 1, 15, "expected ':'");
		error("Repeat 3 times:\nRest for 1 h", 1, 1, "the repeat has no steps");
		error("Repeat 3 times:", 1, 1, "the repeat has no steps");
		error("Repeat 2 times:\n    Rest for 1 h\n  Rest for 2 h", 3, 1, "matches no enclosing block");
		error("  Rest for 1 h", 1, 1, "matches no enclosing block");
		error("Repeat 2 times:\n\tRest for 1 h", 2, 1, "spaces, not tabs");
	}

	@Test
	void collectsErrorsOfEveryLine() {
		ParseResult result = ProtocolText.parse("Rest for 1 h\nBoil for 1 h\nRest\nPlate at 1 mA/cm2 for 1 h");
		assertEquals(List.of(2, 3), result.errors().stream().map(ParseError::line).toList());
		assertEquals("line 3, column 5: a rest needs a time: add 'for 10 min'", result.errors().get(1).toString());
	}

	@Test
	void applyLeavesTheProtocolAloneWhenTheTextHasErrors() {
		Protocol protocol = AnodyneFactory.eINSTANCE.createProtocol();
		assertTrue(ProtocolText.apply(protocol, "Rest for 1 h").ok());
		assertFalse(ProtocolText.apply(protocol, "Rest for ever").ok());
		assertEquals("Rest for 1 h", ProtocolText.print(protocol));
	}
}
