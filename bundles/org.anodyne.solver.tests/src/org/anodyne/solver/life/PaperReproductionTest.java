package org.anodyne.solver.life;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.Orientation;
import org.junit.jupiter.api.Test;

/**
 * Reproduces Li et al. 2022 (SCIENCE.md §1) with one parameter set for both orientations:
 * calibrated on four points, then tested on what was not used to calibrate. Tolerance ±15 % unless
 * stated.
 */
class PaperReproductionTest {

	private static final LifeParameters P = LifeParameters.defaults();
	private static final double J = 0.25 * ReferenceCells.MA_PER_CM2;

	private static LifeResult symmetric(Orientation orientation, double currentDensity, double hours)
			throws SolverException {
		return LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.symmetricCell(orientation),
				ReferenceCells.symmetricProtocol(currentDensity, hours), P));
	}

	private static LifeResult full(Orientation orientation, int cycles) throws SolverException {
		return LifeSimulator.run(ReferenceCells.scenario(ReferenceCells.fullCell(orientation),
				ReferenceCells.fullCellProtocol(cycles), P));
	}

	private static void within(double expected, double actual, double tolerance, String what) {
		System.out.printf(Locale.ROOT, "%-60s paper %10.4g  model %10.4g  (%+.1f %%)%n", what, expected, actual,
				100.0 * (actual - expected) / expected);
		assertEquals(expected, actual, tolerance * Math.abs(expected), what);
	}

	@Test
	void calibrationReproducesTheDefaultsAndFitsItsFourPoints() throws SolverException {
		LifeParameters start = P.with("exchangeCurrentDensity", 3.0).with("penetrationThickness", 20e-6)
				.with("cathodeFadePerCycle", 1e-3);
		CalibrationResult fit = LifeCalibration.fit(start, ReferenceCells.fittedParameters(),
				ReferenceCells.calibrationTargets(start), 40, ProgressMonitor.NULL);
		System.out.print(fit.report());
		assertTrue(fit.converged());
		for (CalibrationResult.FittedValue f : fit.fitted()) {
			assertEquals(P.value(f.name()), f.value(), 0.01 * P.value(f.name()), f.name() + " vs the documented default");
		}
		for (CalibrationResult.TargetFit t : fit.targets()) {
			assertTrue(Math.abs(t.relativeResidual()) < 0.15, t.label() + ": " + t.relativeResidual());
		}
	}

	@Test
	void calibratedPointsAreReproduced() throws SolverException {
		LifeResult upright = symmetric(Orientation.UPRIGHT, J, 4000);
		within(1100.0, upright.outcome().hours(), 0.15, "upright symmetric 0.25 mA/cm2 hours to failure");
		assertEquals(FailureMode.SEPARATOR_PENETRATION, upright.outcome().failureMode(), upright.outcome().message());
		within(14.5e-3, upright.firstCycleOverpotential(), 0.15, "upright first-cycle overpotential [V]");
		within(17e-3, symmetric(Orientation.INVERTED, J, 8).firstCycleOverpotential(), 0.15,
				"inverted first-cycle overpotential [V]");
		within(0.937, full(Orientation.INVERTED, 300).retentionAt(300), 0.15, "inverted full cell retention at 300");
	}

	@Test
	void invertedSymmetricCellStillRunsAt1800HoursAndLivesAboutTwiceAsLong() throws SolverException {
		LifeResult protocol = symmetric(Orientation.INVERTED, J, 1800);
		assertTrue(protocol.outcome().isCensored(), protocol.outcome().message());
		assertTrue(protocol.outcome().message().startsWith("still running at 1800 h"), protocol.outcome().message());
		double inverted = symmetric(Orientation.INVERTED, J, 6000).outcome().hours();
		double upright = symmetric(Orientation.UPRIGHT, J, 6000).outcome().hours();
		double ratio = inverted / upright;
		System.out.printf(Locale.ROOT, "life inverted %.0f h / upright %.0f h = %.2f at 0.25 mA/cm2%n", inverted, upright,
				ratio);
		assertTrue(ratio >= 1.6 && ratio <= 2.6, "life ratio " + ratio);
	}

	@Test
	void fullCellsFollowThePaper() throws SolverException {
		LifeResult inverted = full(Orientation.INVERTED, 750);
		within(0.823, inverted.retentionAt(750), 0.15, "inverted full cell retention at 750");
		assertTrue(inverted.outcome().isCensored(), inverted.outcome().message());
		LifeResult upright = full(Orientation.UPRIGHT, 1000);
		assertTrue(!upright.outcome().isCensored(), upright.outcome().message());
		within(400.0, upright.outcome().cycles(), 0.15, "upright full cell end of life [cycles]");
	}

	@Test
	void coulombicEfficiencyComesOutHigherForTheInvertedAnode() throws SolverException {
		double symInverted = symmetric(Orientation.INVERTED, J, 400).meanMetalEfficiency(2, 50);
		double symUpright = symmetric(Orientation.UPRIGHT, J, 400).meanMetalEfficiency(2, 50);
		double fullInverted = full(Orientation.INVERTED, 50).meanMetalEfficiency(2, 50);
		double fullUpright = full(Orientation.UPRIGHT, 50).meanMetalEfficiency(2, 50);
		System.out.printf(Locale.ROOT, "metal CE symmetric 0.25 mA/cm2: inverted %.4f upright %.4f; full 1C: %.4f / %.4f%n",
				symInverted, symUpright, fullInverted, fullUpright);
		assertTrue(symInverted > symUpright);
		assertTrue(fullInverted > fullUpright);
	}

	@Test
	void lifeRatiosAtHigherCurrentsAreReported() throws SolverException {
		for (double mA : new double[] { 1.0, 5.0 }) {
			double j = mA * ReferenceCells.MA_PER_CM2;
			LifeResult inverted = symmetric(Orientation.INVERTED, j, 6000);
			LifeResult upright = symmetric(Orientation.UPRIGHT, j, 6000);
			System.out.printf(Locale.ROOT, "%.0f mA/cm2: inverted %s; upright %s; ratio %.2f%n", mA,
					inverted.outcome().message(), upright.outcome().message(),
					inverted.outcome().time() / upright.outcome().time());
			assertTrue(!inverted.outcome().isCensored() && !upright.outcome().isCensored());
		}
	}
}
