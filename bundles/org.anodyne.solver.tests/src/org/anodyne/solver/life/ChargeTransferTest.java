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

import org.junit.jupiter.api.Test;

class ChargeTransferTest {

	private static final double VT = 0.025693;

	@Test
	void symmetricInverseIsTheArcSinh() {
		double eta = ChargeTransfer.overpotential(25.0, 10.0, 0.5, 0.5, VT);
		assertEquals(2.0 * VT * ChargeTransfer.asinh(25.0 / 20.0), eta, 1e-15);
		assertEquals(25.0, ChargeTransfer.current(eta, 10.0, 0.5, 0.5, VT), 1e-12);
	}

	@Test
	void asymmetricInverseRoundTrips() {
		for (double j : new double[]{-500.0, -3.0, 0.01, 7.0, 800.0}) {
			double eta = ChargeTransfer.overpotential(j, 5.0, 0.3, 0.7, VT);
			assertEquals(j, ChargeTransfer.current(eta, 5.0, 0.3, 0.7, VT), 1e-10 * Math.abs(j));
		}
	}

	@Test
	void linearRegimeIsOhmicInTheExchangeCurrent() {
		double eta = ChargeTransfer.overpotential(1e-3, 10.0, 0.5, 0.5, VT);
		assertEquals(VT * 1e-3 / 10.0, eta, 1e-9 * eta);
	}

	@Test
	void exchangeCurrentIsRecoveredFromOneOperatingPoint() {
		double eta = ChargeTransfer.overpotential(2.5, 9.0, 0.5, 0.5, VT);
		assertEquals(9.0, ChargeTransfer.exchangeCurrent(2.5, eta, 0.5, 0.5, VT), 1e-10);
	}

	@Test
	void noMetalMeansInfiniteOverpotential() {
		assertEquals(Double.NEGATIVE_INFINITY, ChargeTransfer.overpotential(-1.0, 0.0, 0.5, 0.5, VT));
	}
}
