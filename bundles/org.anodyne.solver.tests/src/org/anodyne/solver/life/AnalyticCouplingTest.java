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

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

class AnalyticCouplingTest {

	private static final LifeParameters P = LifeParameters.defaults();
	private static final double VT = PhysicalConstants.thermalVoltage(PhysicalConstants.DEFAULT_TEMPERATURE);
	private static final double J = 2.5;

	private static double emptyHost(AnodeDesign a) {
		double dense = MetalProperties.lithium().volumeForCharge(a.initialMetal());
		return a.hostThickness() - dense / a.hostPorosity();
	}

	private static AnodeDesign invertedHost(double thickness) {
		AnodeDesign a = ReferenceCells.invertedCarbonCloth(6.0 * ReferenceCells.MAH_PER_CM2);
		return AnodeDesign.metalOnFarFace(thickness, a.hostPorosity(), a.fibreDiameter(), a.substrateBarrier(),
				a.initialMetal(), MetalProperties.lithium().volumeForCharge(1.0));
	}

	@Test
	void uprightFacePlatesEverythingAgainstTheSeparatorWithButlerVolmerKinetics() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(false);
		DepositionCoupling c = AnalyticCoupling.estimate(cell, P, J);
		assertEquals(1.0, c.separatorSideFraction());
		assertEquals(0.0, c.ohmicOverpotential());
		assertEquals(2.0 * VT * ChargeTransfer.asinh(J / (2.0 * P.exchangeCurrentDensity())),
				c.chargeTransferOverpotential(), 1e-12);
		ElectrolyteProperties el = cell.electrolyte();
		double halfSeparator = 0.5 * cell.separator().thickness();
		double limiting = 2.0 * PhysicalConstants.FARADAY * el.diffusivity() * cell.separator().transportFactor()
				* el.concentration() / ((1.0 - el.transferenceNumber()) * halfSeparator);
		double r = J / limiting;
		assertEquals(2.0 * (1.0 - el.transferenceNumber()) * VT * Math.log((1 + r) / (1 - r)),
				c.concentrationOverpotential(), 1e-12);
		assertEquals(limiting, c.limitingCurrentDensity(el.transferenceNumber(), 1, cell.temperature()),
				1e-9 * limiting);
	}

	@Test
	void invertedFrontGrowsBottomUpBehindTheEmptyHostsOhmicDrop() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		AnodeDesign anode = cell.anode();
		DepositionCoupling c = AnalyticCoupling.estimate(cell, P, J);
		double empty = emptyHost(anode);
		double hostConductivity = cell.electrolyte().conductivity() * Math.pow(anode.hostPorosity(), 1.5);
		assertTrue(c.separatorSideFraction() < 1e-6, "separator side " + c.separatorSideFraction());
		assertEquals(J * empty / hostConductivity, c.ohmicOverpotential(), 1e-6 * c.ohmicOverpotential());
		assertEquals(anode.hostPorosity() * empty, c.bufferPoreVolume(), 1e-18);
		assertEquals(empty, c.gapToSeparator(), 1e-3 * empty);
		assertEquals(0.0, c.nucleationOverpotential());
		assertEquals(1.0, c.platingArea(), 1e-9, "only the front plates: its own area");
		assertEquals(emptyHost(anode), anode.bufferHeight(), 1e-15);
		double barrierMargin = anode.substrateBarrier() - (c.chargeTransferOverpotential() + c.ohmicOverpotential());
		assertTrue(barrierMargin > 0.02, "top fibres stay " + barrierMargin + " V below their barrier");
	}

	@Test
	void atFiveMilliampsTheTopFibresPassTheirBarrierAndTakeCurrent() throws SolverException {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		DepositionCoupling slow = AnalyticCoupling.estimate(cell, P, J);
		DepositionCoupling fast = AnalyticCoupling.estimate(cell, P, 50.0);
		double empty = emptyHost(cell.anode());
		double hostConductivity = cell.electrolyte().conductivity() * Math.pow(cell.anode().hostPorosity(), 1.5);
		assertTrue(fast.nucleationOverpotential() > 0.0);
		assertTrue(fast.separatorSideFraction() > 0.02 && fast.separatorSideFraction() < 0.5,
				"separator side " + fast.separatorSideFraction());
		assertTrue(fast.gapToSeparator() < slow.gapToSeparator());
		assertTrue(fast.platingArea() > 2.0, "fibres add their area: " + fast.platingArea());
		assertTrue(fast.ohmicOverpotential() < 50.0 * empty / hostConductivity);
	}

	@Test
	void aThinnerHostLeavesLessBuffer() throws SolverException {
		LifeCell thick = ReferenceCells.symmetricCell(true);
		LifeCell thin = thick.withAnode(invertedHost(120e-6));
		DepositionCoupling a = AnalyticCoupling.estimate(thick, P, J);
		DepositionCoupling b = AnalyticCoupling.estimate(thin, P, J);
		assertTrue(b.bufferPoreVolume() < a.bufferPoreVolume());
		assertTrue(b.ohmicOverpotential() < a.ohmicOverpotential());
	}

	@Test
	void aFoilHasNoBufferAndPaysItsBarrierOnlyWhenBare() throws SolverException {
		LifeCell cell = LifeCell.half(MetalProperties.lithium(), ReferenceCells.etherElectrolyte(), 4e-4,
				ReferenceCells.celgard2500(), AnodeDesign.foil(0.035, 0.0));
		DepositionCoupling c = AnalyticCoupling.estimate(cell, P, J);
		assertEquals(1.0, c.separatorSideFraction());
		assertEquals(0.0, c.bufferPoreVolume());
		assertEquals(0.035, c.substrateBarrier());
		assertEquals(0.0, c.nucleationOverpotential());
	}

	@Test
	void aCurrentBeyondTheLimitingCurrentIsReportedNotComputed() {
		LifeCell cell = ReferenceCells.symmetricCell(true);
		SolverException e = assertThrows(SolverException.class, () -> AnalyticCoupling.estimate(cell, P, 5000.0));
		assertTrue(e.getMessage().contains("limiting current"), e.getMessage());
	}
}
