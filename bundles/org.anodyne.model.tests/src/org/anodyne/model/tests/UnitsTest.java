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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.units.Units;
import org.junit.jupiter.api.Test;

class UnitsTest {

	private static final double EPS = 1e-12;

	@Test
	void convertsEngineeringUnitsToSi() {
		assertEquals(10.0, Units.toSi(1, "mA/cm2"), EPS, "1 mA cm⁻² = 10 A m⁻²");
		assertEquals(36000.0, Units.toSi(1, "mAh/cm2"), 1e-9, "1 mAh cm⁻² = 36 000 C m⁻²");
		assertEquals(350e-6, Units.toSi(350, "um"), EPS);
		assertEquals(150e-9, Units.toSi(150, "nm"), EPS);
		assertEquals(1000.0, Units.toSi(1, "mol/L"), EPS, "1 M = 1000 mol m⁻³");
		assertEquals(4e-4, Units.toSi(40, "uL/cm2"), EPS, "40 µL cm⁻² = 0.4 mm of electrolyte");
		assertEquals(1.1, Units.toSi(11, "mS/cm"), EPS, "11 mS cm⁻¹ = 1.1 S m⁻¹");
		assertEquals(0.094, Units.toSi(9.4, "mg/cm2"), EPS, "mg cm⁻² = 10 g m⁻²");
		assertEquals(540000.0, Units.toSi(150, "mAh/g"), 1e-6, "150 mAh g⁻¹ = 540 C g⁻¹");
		assertEquals(600.0, Units.toSi(10, "min"), EPS);
		assertEquals(0.017, Units.toSi(17, "mV"), EPS);
		assertEquals(1.0 / 3600, Units.toSi(1, "C"), EPS, "1 C is one capacity per hour");
		assertEquals(0.25, Units.convert(250, "uA/cm2", "mA/cm2"), EPS);
	}

	@Test
	void acceptsTheUsualSpellingsOfUnits() {
		for (String spelling : new String[]{"mA/cm2", "mA cm-2", "mA cm⁻²", "mA·cm⁻²", "mA cm^-2"}) {
			assertEquals("mA/cm2", Units.require(spelling).symbol(), spelling);
		}
		assertEquals("uA/cm2", Units.require("µA/cm2").symbol());
		assertEquals("uA/cm2", Units.require("μA cm-2").symbol(), "Greek mu as well as the micro sign");
		assertEquals("mol/L", Units.require("mol L-1").symbol());
		assertEquals("m2/s", Units.require("m² s⁻¹").symbol());
		assertEquals("ohm m", Units.require("Ω m").symbol());
		assertEquals("1", Units.require("").symbol());
	}

	@Test
	void parsesTypedQuantities() {
		assertEquals(0.25, Units.parseIn("250 µA/cm2", "mA/cm2"), EPS);
		assertEquals(0.25, Units.parseIn("0.25 mA cm⁻²", "mA/cm2"), EPS);
		assertEquals(6.0, Units.parseIn("6", "mAh/cm2"), EPS, "a bare number is in the target unit");
		assertEquals(2.93e-10, Units.parseIn("2.93e-6 cm2/s", "m2/s"), 1e-22);
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> Units.parseIn("3 furlongs", "um"));
		assertTrue(unknown.getMessage().contains("furlongs"), unknown.getMessage());
		IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
				() -> Units.parseIn("3 V", "mA/cm2"));
		assertTrue(mismatch.getMessage().contains("cannot convert V"), mismatch.getMessage());
	}

	@Test
	void readsTheUnitOfEveryQuantityFromTheMetamodel() {
		AnodynePackage p = AnodynePackage.eINSTANCE;
		assertEquals("um", Units.unitOf(p.getCurrentCollector_Thickness()).orElseThrow().symbol());
		assertEquals("mAh/cm2", Units.unitOf(p.getAnode_PreDepositLoading()).orElseThrow().symbol());
		assertEquals("mol/L", Units.unitOf(p.getElectrolyte_Concentration()).orElseThrow().symbol());
		assertEquals("uL/cm2", Units.unitOf(p.getCell_ElectrolyteVolume()).orElseThrow().symbol());
		assertEquals("S/m", Units.unitOf(p.getElectrolyte_Conductivity()).orElseThrow().symbol());
		assertEquals("nm", Units.unitOf(p.getSurfaceLayer_Thickness()).orElseThrow().symbol());
		// Every annotated unit in the metamodel must be one Units knows.
		p.getEClassifiers().stream().filter(c -> c instanceof org.eclipse.emf.ecore.EClass)
				.flatMap(c -> ((org.eclipse.emf.ecore.EClass) c).getEAttributes().stream())
				.filter(a -> a.getEAnnotation(Units.ANNOTATION_SOURCE) != null)
				.forEach(a -> assertTrue(Units.unitOf(a).isPresent(), a.getName()));

		CarbonCloth cloth = AnodyneFactory.eINSTANCE.createCarbonCloth();
		cloth.setThickness(350);
		assertEquals(350e-6, Units.si(cloth, p.getCurrentCollector_Thickness()), EPS);
	}

	@Test
	void formatsValuesForLabels() {
		assertEquals("350 µm", Units.format(350, "um"));
		assertEquals("0.25 mA cm⁻²", Units.format(0.25, "mA/cm2"));
		assertEquals("2.93·10⁻¹⁰ m² s⁻¹", Units.format(2.93e-10, "m2/s"));
		assertEquals("0.75", Units.format(0.75, "1"));
		assertEquals("2 wt%", Units.format(2, "wt%"));
	}
}
