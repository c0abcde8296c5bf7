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

import java.util.Map;

import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.junit.jupiter.api.Test;

/**
 * A full cell's capacity between its voltage cut-offs shrinks as the anode's impedance and the
 * cathode's polarisation grow, and both effects vanish at low rate. Relation: a charge ends where
 * OCV(s<sub>surface</sub>) + P reaches the upper cut-off and a discharge where OCV(s<sub>surface</sub>) − P
 * reaches the lower one, the particle surface leading the mean by Δs = J·R<sub>p</sub>²/(15D<sub>s</sub>C)
 * ({@link CathodeElectrode}), so from the second cycle on a discharge delivers
 * D = C·[OCV⁻¹(V<sub>up</sub> − P) − OCV⁻¹(V<sub>low</sub> + P) − 2Δs]. On LiFePO₄'s steep ends (the table's
 * last and first segments) more polarisation ΔP costs C·ΔP·(1/OCV′<sub>top</sub> + 1/OCV′<sub>bottom</sub>),
 * slower solid diffusion 2C·(Δs′ − Δs).
 * <p>
 * The cell: the paper's Li‖LiFePO₄ with its 10 mAh cm⁻² of Li on a planar Cu foil, no cathode fade, no
 * SEI or dead metal, and whiskers too coarse to roughen, so that the anode's charge transfer is
 * Butler–Volmer at i₀ on its face and nothing ages between the cycles.
 */
class CapacityBetweenCutOffsTest {

	private static final double UPPER = 4.0;
	private static final double LOWER = 2.5;

	private static final LifeCell CELL = ReferenceCells.fullCell(true, 0.0)
			.withAnode(AnodeDesign.foil(0.035, 10.0 * ReferenceCells.MAH_PER_CM2));

	private static final LifeParameters SMOOTH_AND_LOSSLESS = DegradationPair.LITHIUM_CARBONATE.parameters()
			.with(Map.of("seiChargePerArea", 0.0, "seiCalendarRate", 0.0, "isolationProbability", 0.0,
					"whiskerDiameter", 1.0));

	/** Discharge capacity of cycle 2 over the cathode's capacity. */
	private static double delivered(LifeCell cell, LifeParameters p, double rate) throws SolverException {
		LifeResult r = LifeSimulator.run(
				ReferenceCells.scenario(cell, LifeProtocol.fullCellCycles(rate, UPPER, LOWER, 2), p));
		return r.cycle(2).orElseThrow().dischargeCapacity() / cell.cathode().capacity();
	}

	private static double current(double rate) {
		return rate * CELL.cathode().capacity() / 3600.0;
	}

	/** The cathode with its solid diffusivity divided by a factor: the same particles, slower inside. */
	private static LifeCell slowerDiffusion(double factor) {
		CathodeElectrode c = CELL.cathode();
		return CELL.withCathode(new CathodeElectrode(c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(),
				c.upperVoltageLimit(), c.particleRadius(), c.solidDiffusivity() / factor, c.exchangeCurrentDensity(),
				c.maxConcentration(), c.thickness(), c.porosity(), 0.0));
	}

	/** The Li charge transfer overpotential [V] at J on a smooth face (α = ½: plating and stripping alike). */
	private static double chargeTransfer(double j, double exchangeCurrent) {
		return ChargeTransfer.overpotential(j, exchangeCurrent, 0.5, 0.5,
				PhysicalConstants.thermalVoltage(CELL.temperature()));
	}

	/** 1/OCV′ [1/V] summed over the table's last and first segments, where the cut-offs fall. */
	private static double endCompliance() {
		double[] s = CELL.cathode().ocv().stateOfCharge();
		double[] v = CELL.cathode().ocv().voltages();
		int n = s.length;
		return (s[n - 1] - s[n - 2]) / (v[n - 1] - v[n - 2]) + (s[1] - s[0]) / (v[1] - v[0]);
	}

	/** State of charge at which the table reaches voltage u. */
	private static double inverse(double u) {
		double[] s = CELL.cathode().ocv().stateOfCharge();
		double[] v = CELL.cathode().ocv().voltages();
		int i = 1;
		while (v[i] < u) {
			i++;
		}
		return s[i - 1] + (s[i] - s[i - 1]) * (u - v[i - 1]) / (v[i] - v[i - 1]);
	}

	@Test
	void capacityFallsAsTheAnodesExchangeCurrentFallsByItsOvervoltageOnTheOcvEnds() throws SolverException {
		double j = current(1.0);
		double i0 = SMOOTH_AND_LOSSLESS.exchangeCurrentDensity();
		double reference = delivered(CELL, SMOOTH_AND_LOSSLESS, 1.0);
		double previous = reference;
		for (double slower : new double[]{3.0, 1.0, 0.3}) {
			double d = delivered(CELL, SMOOTH_AND_LOSSLESS.with("exchangeCurrentDensity", slower), 1.0);
			assertTrue(d < previous, "i0 " + slower + " A/m2 delivers less than the faster anode: " + d);
			double extra = chargeTransfer(j, slower) - chargeTransfer(j, i0);
			assertEquals(-extra * endCompliance(), d - reference, 1e-6, "i0 " + slower + " A/m2");
			previous = d;
		}
	}

	@Test
	void capacityFallsByTwiceTheParticlesSurfaceLeadAsSolidDiffusionSlows() throws SolverException {
		double j = current(1.0);
		double reference = delivered(CELL, SMOOTH_AND_LOSSLESS, 1.0);
		double lead = CELL.cathode().surfaceLead(j);
		double previous = reference;
		for (double factor : new double[]{2.0, 4.0, 8.0}) {
			LifeCell slow = slowerDiffusion(factor);
			double d = delivered(slow, SMOOTH_AND_LOSSLESS, 1.0);
			assertTrue(d < previous, "D_s/" + factor + " delivers less: " + d);
			assertEquals(factor * lead, slow.cathode().surfaceLead(j), 1e-15);
			assertEquals(-2.0 * (factor - 1.0) * lead, d - reference, 1e-6, "D_s/" + factor);
			previous = d;
		}
	}

	/**
	 * Δs is proportional to the current and the overpotentials vanish with it, so at C/1000 every variant
	 * delivers C·[OCV⁻¹(V<sub>up</sub>) − OCV⁻¹(V<sub>low</sub>)], and what slow particles cost falls with the rate.
	 */
	@Test
	void atLowRateBothEffectsVanishAndTheCellDeliversTheCapacityBetweenItsCutOffs() throws SolverException {
		double full = inverse(UPPER) - inverse(LOWER);
		double slow = 0.001;
		double reference = delivered(CELL, SMOOTH_AND_LOSSLESS, slow);
		double sluggishAnode = delivered(CELL, SMOOTH_AND_LOSSLESS.with("exchangeCurrentDensity", 0.3), slow);
		double slowParticles = delivered(slowerDiffusion(8.0), SMOOTH_AND_LOSSLESS, slow);
		for (double d : new double[]{reference, sluggishAnode, slowParticles}) {
			assertEquals(full, d, 2e-4, "C/1000 delivers the capacity between the cut-offs on the OCV");
		}
		double lostAtOneC = delivered(CELL, SMOOTH_AND_LOSSLESS, 1.0) - delivered(slowerDiffusion(8.0),
				SMOOTH_AND_LOSSLESS, 1.0);
		assertEquals(lostAtOneC / 1000.0, reference - slowParticles, 1e-8, "slow particles' loss scales with J");
		assertEquals(-(chargeTransfer(current(slow), 0.3) - chargeTransfer(current(slow),
				SMOOTH_AND_LOSSLESS.exchangeCurrentDensity())) * endCompliance(),
				sluggishAnode - reference, 1e-7, "what is left of the anode's effect at C/1000");
	}
}
