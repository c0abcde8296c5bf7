/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaterialPropertiesTest {

	private static final double MAH_PER_CM2 = 36_000.0;

	@Test
	void oneMilliampHourPerSquareCentimetreOfLithiumIs4p85Micrometres() {
		double thickness = MetalProperties.lithium().volumeForCharge(MAH_PER_CM2);
		assertEquals(4.85e-6, thickness, 0.01e-6);
		assertEquals(29.1e-6, MetalProperties.lithium().volumeForCharge(6 * MAH_PER_CM2), 0.1e-6);
		assertEquals(MAH_PER_CM2, MetalProperties.lithium().chargeForVolume(thickness), 1e-9 * MAH_PER_CM2);
	}

	@Test
	void zincIsDivalentAndDepositsLessVolumePerCharge() {
		MetalProperties zn = MetalProperties.zinc();
		assertEquals(2, zn.chargeNumber());
		assertEquals(65.38e-3 / 7140.0, zn.molarVolume(), 1e-15);
		assertEquals(MAH_PER_CM2 * zn.molarVolume() / (2 * PhysicalConstants.FARADAY), zn.volumeForCharge(MAH_PER_CM2),
				1e-18);
	}

	@Test
	void binaryElectrolyteReferencesMatchTheTextbookFormulas() {
		ElectrolyteProperties el = new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.1, 1);
		double f = PhysicalConstants.FARADAY;
		assertEquals(2 * f * 2.93e-10 * 1000.0 / (0.55 * 100e-6), el.limitingCurrentDensity(100e-6), 1e-9);
		double j = 10.0;
		assertEquals(Math.PI * 2.93e-10 * Math.pow(1000.0 * f, 2) / (4 * Math.pow(j * 0.55, 2)), el.sandTime(j), 1e-6);
		double vt = PhysicalConstants.thermalVoltage(298.15);
		assertEquals(0.025693, vt, 1e-6);
		double jl = el.limitingCurrentDensity(100e-6);
		assertEquals(2 * 0.55 * vt * Math.log(1.5 / 0.5), el.concentrationOverpotential(0.5 * jl, 100e-6, 298.15),
				1e-12);
		assertEquals(2 * 1.1 * vt * 0.55, el.diffusionalConductivity(298.15), 1e-12);
	}

	@Test
	void invalidPropertiesAreRejectedWithTheOffendingValue() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new ElectrolyteProperties(1000.0, 2.93e-10, 1.2, 1.1, 1));
		assertTrue(e.getMessage().contains("1.2"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new MetalProperties("Li", 1, 6.94e-3, -534, -3.04));
		assertTrue(e.getMessage().contains("density") && e.getMessage().contains("Li"), e.getMessage());
		ElectrolyteProperties zincSulfate = new ElectrolyteProperties(1000.0, 7e-10, 0.4, 5.0, 2);
		e = assertThrows(IllegalArgumentException.class,
				() -> zincSulfate.requireCompatible(MetalProperties.lithium()));
		assertTrue(e.getMessage().contains("Li"), e.getMessage());
	}

	@Test
	void solverExceptionNamesStepTimeAndLocation() {
		SolverException e = new SolverException("non-finite potential", 12, 3.5,
				"x = 1.000 µm, y = 2.000 µm (cell 1, 2)");
		assertTrue(e.getMessage().startsWith("non-finite potential at step 12, t = 3.5 s, x = 1.000 µm"),
				e.getMessage());
		assertEquals(12, e.step().getAsLong());
		assertEquals(3.5, e.time().getAsDouble());
		CancelledException c = new CancelledException(4, 1.0);
		assertTrue(c instanceof SolverException);
		assertTrue(c.getMessage().contains("cancelled") && c.getMessage().contains("step 4"), c.getMessage());
	}
}
