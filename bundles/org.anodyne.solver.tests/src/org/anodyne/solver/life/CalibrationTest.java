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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * The calibration of the two pairs on the paper's named targets only (SCIENCE.md §1), through the
 * analytic coupling of the reference cells: it reproduces the targets and is well posed (fitting from
 * elsewhere returns to the same values). The documented defaults are fitted through the 2D split of
 * the example designs instead (study.tests' LifeReproductionTest); since the split is read from the
 * cut-cell fields the two paths no longer agree on the upright cell — the 2D split plates the upright
 * front through the separator's pores (plating area 0.55 of the geometric area), the analytic design
 * on all of it — so the analytic fit's isolation probability is ≈ 1.5× the documented one. That gap is
 * printed, not asserted.
 */
class CalibrationTest {

	@Test
	void theAnalyticCouplingCalibratesOnTheSameTargetsAndTheCarbonatePairReproducesItsTarget()
			throws SolverException {
		LifeParameters ether = DegradationPair.LITHIUM_ETHER.parameters();
		CalibrationResult fit = LifeCalibration.fit(ether, ReferenceCells.etherFitted(),
				ReferenceCells.etherTargets(ether), 30, ProgressMonitor.NULL);
		System.out.println(fit.report());
		assertTrue(fit.converged(), fit.report());
		LifeParameters fitted = ether;
		for (CalibrationResult.FittedValue f : fit.fitted()) {
			fitted = fitted.with(Map.of(f.name(), f.value()));
			System.out.printf("%s: analytic fit %.5g, documented (2D split) %.5g%n", f.name(), f.value(),
					ether.value(f.name()));
		}
		List<CalibrationTarget> targets = ReferenceCells.etherTargets(fitted);
		assertEquals(1100.0, targets.get(0).predict(fitted), 0.05 * 1100.0, targets.get(0).label());
		assertEquals(0.0145, targets.get(1).predict(fitted), 0.10 * 0.0145, targets.get(1).label());
		assertEquals(0.017, targets.get(2).predict(fitted), 0.10 * 0.017, targets.get(2).label());
		LifeParameters carbonate = DegradationPair.LITHIUM_CARBONATE.parameters();
		CalibrationTarget full = ReferenceCells.carbonateTargets(carbonate).get(0);
		assertEquals(0.937, full.predict(carbonate), 0.006, full.label());
		assertTrue(DegradationPair.LITHIUM_ETHER.calibrated() && DegradationPair.LITHIUM_CARBONATE.calibrated());
		assertTrue(!DegradationPair.of("Na", DegradationPair.SolventFamily.ETHER).calibrated());
	}

	@Test
	void fittingFromElsewhereReturnsToTheSameValues() throws SolverException {
		LifeParameters ether = DegradationPair.LITHIUM_ETHER.parameters();
		CalibrationResult reference = LifeCalibration.fit(ether, ReferenceCells.etherFitted(),
				ReferenceCells.etherTargets(ether), 30, ProgressMonitor.NULL);
		LifeParameters start = ether.with(Map.of("exchangeCurrentDensity", 3.0, "isolationProbability", 0.005));
		CalibrationResult fit = LifeCalibration.fit(start, ReferenceCells.etherFitted(),
				ReferenceCells.etherTargets(start), 30, ProgressMonitor.NULL);
		assertTrue(fit.converged(), fit.report());
		for (int k = 0; k < fit.fitted().size(); k++) {
			double expected = reference.fitted().get(k).value();
			assertEquals(expected, fit.fitted().get(k).value(), 0.05 * expected,
					fit.fitted().get(k).name() + " from elsewhere vs from the documented values");
		}
		// The carbonate target calibrates the cathode's capacity loss: bisection from a factor of 10 either side.
		LifeParameters carbonate = DegradationPair.LITHIUM_CARBONATE.parameters();
		double lo = CathodeElectrode.LFP_CAPACITY_LOSS / 10.0;
		double hi = CathodeElectrode.LFP_CAPACITY_LOSS * 10.0;
		for (int k = 0; k < 20; k++) {
			double mid = Math.sqrt(lo * hi);
			LifeResult r = LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.fullCell(true, mid),
					ReferenceCells.fullCellProtocol(300), carbonate));
			if (r.retentionAt(300) >= 0.937) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		System.out.printf("analytic k_c %.5g, documented (2D) %.5g%n", Math.sqrt(lo * hi),
				CathodeElectrode.LFP_CAPACITY_LOSS);
		assertEquals(CathodeElectrode.LFP_CAPACITY_LOSS, Math.sqrt(lo * hi), 0.5 * CathodeElectrode.LFP_CAPACITY_LOSS);
		assertEquals(DegradationPair.LITHIUM_ETHER.parameters().seiChargePerArea(), carbonate.seiChargePerArea(), 0.0,
				"with the cathode's loss calibrated, carbonate SEI keeps the ethers' literature-typical value");
	}
}
