/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.bench.AccuracyBenchmark;
import org.anodyne.solver.internal.DepositionEngine;
import org.junit.jupiter.api.Test;

/**
 * Kinetics that never fail, an exact nucleation onset, and problems set up as a peer would
 * (explicit bare and covered fibres, a counter electrode at a prescribed potential).
 */
class KineticsRobustnessTest {

	private static final double VT = PhysicalConstants.thermalVoltage(PhysicalConstants.DEFAULT_TEMPERATURE);
	private static final ElectrolyteProperties EL = new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.0, 1);
	private static final double[] EXCHANGE_CURRENTS = {1e-3, 1e-1, 10.0, 1e3, 1e5, 1e7, 1e9};

	/** exp(a x) − exp(−b x) by its Taylor series, accurate to rounding for |x| ≤ 1e-2. */
	private static double seriesBracket(double a, double b, double x) {
		double sum = 0.0;
		double pa = 1.0;
		double pb = 1.0;
		double factorial = 1.0;
		for (int n = 1; n < 12; n++) {
			pa *= a * x;
			pb *= -b * x;
			factorial *= n;
			sum += (pa - pb) / factorial;
		}
		return sum;
	}

	@Test
	void butlerVolmerKeepsFullPrecisionNearEquilibrium() {
		for (double[] alpha : new double[][]{{0.5, 0.5}, {0.3, 0.7}, {0.8, 0.4}}) {
			ButlerVolmer bv = new ButlerVolmer(1e7, alpha[0], alpha[1], 0.0);
			for (double eta = 1e-14; eta <= 1e-4; eta *= 10.0) {
				for (double sign : new double[]{1.0, -1.0}) {
					double expected = 1e7 * seriesBracket(alpha[1], alpha[0], sign * eta / VT);
					double j = bv.currentDensity(sign * eta, 1.0, VT);
					assertEquals(expected, j, 1e-14 * Math.abs(expected),
							"alpha_a = " + alpha[0] + ", alpha_c = " + alpha[1] + ", eta = " + sign * eta + " V");
				}
			}
		}
	}

	/**
	 * A small cell with every kind of electrode face: a bare carbon fibre (40 mV barrier), a
	 * metal-covered fibre, a metal foil, and the counter electrode.
	 */
	private static DepositionProblem.Builder everyFaceKind(double h, double i0, double counterI0, double current) {
		CellGeometry g = CellGeometry.builder().width(20e-6).gridSpacing(h).hostThickness(40e-6).metalFoil(2e-6)
				.fibre(new Fibre(5e-6, 25e-6, 4e-6, "carbon")).fibre(new Fibre(15e-6, 12e-6, 4e-6, "carbon", true))
				.separator(SeparatorProperties.bruggeman(10e-6, 0.55)).build();
		return DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium()).electrolyte(EL)
				.kinetics(ButlerVolmer.symmetric(i0)).counterKinetics(ButlerVolmer.symmetric(counterI0))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.040).build())
				.control(Control.galvanostatic(current));
	}

	@Test
	void faceSolvesConvergeForExchangeCurrentsFromMilliToGigaAmperesOnEveryFaceKind() throws SolverException {
		int solves = 0;
		for (double i0 : EXCHANGE_CURRENTS) {
			for (double current : new double[]{-1.0, 0.1, 2.5, 50.0}) {
				for (boolean sweepCounter : new boolean[]{false, true}) {
					DepositionProblem p = everyFaceKind(1e-6, sweepCounter ? 10.0 : i0, sweepCounter ? i0 : 10.0,
							current)
							.build();
					DepositionSnapshot s = new DepositionSolver(p).steadySplit(ProgressMonitor.NULL);
					String what = "i0 = " + i0 + " A/m2 on the " + (sweepCounter ? "counter" : "working")
							+ " electrode, J = " + current + " A/m2";
					assertEquals(current, s.scalars().currentDensity(), 1e-8 * Math.abs(current), what);
					assertTrue(Double.isFinite(s.scalars().solidPotential()), what);
					solves++;
				}
			}
			// A transient step also exercises the surface-concentration terms of the face solve.
			DepositionProblem p = everyFaceKind(1e-6, i0, i0, 2.5).build();
			DepositionRun run = new DepositionSolver(p).transientRun(
					TransientSettings.untilTime(2.0).withInitialTimeStep(1.0).withMaxTimeStep(1.0),
					ProgressMonitor.NULL);
			assertEquals(2.5, run.last().scalars().currentDensity(), 1e-8 * 2.5, "transient, i0 = " + i0);
		}
		assertEquals(EXCHANGE_CURRENTS.length * 8, solves);
	}

	@Test
	void fastCounterElectrodeReachesThePrescribedPotentialLimit() throws SolverException {
		for (double current : new double[]{0.5, 2.5, 7.0, 50.0}) {
			DepositionProblem fast = everyFaceKind(1e-6, 10.0, 1e9, current).build();
			DepositionProblem fixed = fast.toBuilder().counterElectrodeAtPotential(0.0).build();
			double phiFast = new DepositionSolver(fast).steadySplit(ProgressMonitor.NULL).scalars().solidPotential();
			double phiFixed = new DepositionSolver(fixed).steadySplit(ProgressMonitor.NULL).scalars().solidPotential();
			// The counter electrode's own overpotential at i0 = 1e9 A/m2: V_T j/i0 over its pore area.
			double expected = VT * current / 0.55 / 1e9;
			assertEquals(phiFixed - expected, phiFast, 1e-3 * expected + 1e-12, "J = " + current);
		}
	}

	/**
	 * A host 40 µm wide and 60 µm thick with six staggered rows of fibres, the lowest
	 * {@code coveredRows} of them metal-covered, the others bare with the given barrier.
	 */
	private static DepositionProblem fibreHost(double barrier, int coveredRows, double onsetWidth, Control control) {
		List<Fibre> fibres = new ArrayList<>();
		for (int k = 0; k < 6; k++) {
			double y = (5 + 10 * k) * 1e-6;
			for (int m = 0; m < 2; m++) {
				fibres.add(
						new Fibre((k % 2 == 0 ? 5 + 20 * m : 15 + 20 * m) * 1e-6, y, 4e-6, "carbon", k < coveredRows));
			}
		}
		CellGeometry g = CellGeometry.builder().width(40e-6).gridSpacing(1e-6).hostThickness(60e-6).fibres(fibres)
				.separator(SeparatorProperties.bruggeman(10e-6, 0.55)).build();
		return DepositionProblem.builder().geometry(g).metal(MetalProperties.lithium()).electrolyte(EL)
				.kinetics(ButlerVolmer.symmetric(10.0)).counterElectrodeAtPotential(0.0)
				.barriers(NucleationBarriers.builder().barrier("carbon", barrier).build()).control(control)
				.numerics(NumericalSettings.defaults().withNucleationOnsetWidth(onsetWidth)).build();
	}

	@Test
	void zeroBarrierHostAtZeroOverpotentialCarriesNoCurrent() throws SolverException {
		for (double width : new double[]{0.0, 0.25e-3}) {
			DepositionScalars s = new DepositionSolver(fibreHost(0.0, 0, width, Control.prescribedOverpotential(0.0)))
					.steadySplit(ProgressMonitor.NULL).scalars();
			assertEquals(0.0, s.currentDensity(), 0.0, "onset width " + width + " V");
			DepositionScalars below = new DepositionSolver(
					fibreHost(0.040, 0, width, Control.prescribedOverpotential(0.039)))
					.steadySplit(ProgressMonitor.NULL)
					.scalars();
			assertEquals(0.0, below.currentDensity(), 0.0, "1 mV below a 40 mV barrier, onset width " + width + " V");
		}
	}

	@Test
	void lithiophilicHostSplitsLikeMetalWhateverTheOnsetWidth() throws SolverException {
		Control control = Control.galvanostatic(2.5);
		double[] metal = new DepositionSolver(fibreHost(0.0, 6, 0.0, control)).steadySplit(ProgressMonitor.NULL)
				.fields().fibreCurrent();
		for (double width : new double[]{0.0, 0.25e-3, 1e-3, 5e-3}) {
			double[] bare = new DepositionSolver(fibreHost(0.0, 0, width, control)).steadySplit(ProgressMonitor.NULL)
					.fields().fibreCurrent();
			assertArrayEquals(metal, bare, 1e-9 * 2.5 * 40e-6, "onset width " + width + " V");
		}
	}

	/** At 40 A/m² the bare fibres above two covered rows sit just above their barrier. */
	@Test
	void anOnsetRampChangesTheSplitLessAsItNarrows() throws SolverException {
		Control control = Control.galvanostatic(40.0);
		double sharp = new DepositionSolver(fibreHost(0.040, 2, 0.0, control)).steadySplit(ProgressMonitor.NULL)
				.scalars().solidPotential();
		double previous = Double.POSITIVE_INFINITY;
		for (double width : new double[]{4e-3, 1e-3, 0.25e-3, 0.0625e-3}) {
			double smooth = new DepositionSolver(fibreHost(0.040, 2, width, control)).steadySplit(ProgressMonitor.NULL)
					.scalars().solidPotential();
			double change = Math.abs(smooth - sharp);
			assertTrue(change > 0.0 && change < previous && change <= 0.05 * width,
					"onset width " + width + " V moves phi_s by " + change + " V");
			previous = change;
		}
	}

	@Test
	void coveredFibresPlateAndStripWithoutBarrierWhileBareOnesDoNeither() throws SolverException {
		double eta = 0.010;
		double covered = new DepositionSolver(fibreHost(0.040, 6, 0.0, Control.prescribedOverpotential(eta)))
				.steadySplit(ProgressMonitor.NULL).scalars().currentDensity();
		double coveredStrip = new DepositionSolver(fibreHost(0.040, 6, 0.0, Control.prescribedOverpotential(-eta)))
				.steadySplit(ProgressMonitor.NULL).scalars().currentDensity();
		double bare = new DepositionSolver(fibreHost(0.040, 0, 0.0, Control.prescribedOverpotential(eta)))
				.steadySplit(ProgressMonitor.NULL).scalars().currentDensity();
		double bareStrip = new DepositionSolver(fibreHost(0.040, 0, 0.0, Control.prescribedOverpotential(-eta)))
				.steadySplit(ProgressMonitor.NULL).scalars().currentDensity();
		assertTrue(covered > 0.0 && coveredStrip < 0.0, covered + ", " + coveredStrip);
		assertEquals(0.0, bare, 0.0);
		assertEquals(0.0, bareStrip, 0.0);
	}

	@Test
	void perFibreCurrentsAddUpToTheCellCurrent() throws SolverException {
		DepositionSnapshot s = new DepositionSolver(fibreHost(0.0, 0, 0.0, Control.galvanostatic(2.5)))
				.steadySplit(ProgressMonitor.NULL);
		double sum = 0.0;
		for (double c : s.fields().fibreCurrent()) {
			assertTrue(c > 0.0);
			sum += c;
		}
		assertEquals(2.5 * 40e-6, sum, 1e-9 * 2.5 * 40e-6);
	}

	/**
	 * On the peer benchmark (inverted, 50 A/m², where the top fibres sit near their barrier) Newton
	 * needs the same number of iterations on every grid, give or take one, and the unknowns
	 * reported are those solved: φ in each electrolyte cell plus φ<sub>s</sub>.
	 */
	@Test
	void newtonIterationsDoNotGrowWithTheGrid() throws SolverException {
		List<Long> newton = new ArrayList<>();
		for (double h : new double[]{2e-6, 1e-6, 0.5e-6}) {
			for (boolean inverted : new boolean[]{true, false}) {
				DepositionProblem p = AccuracyBenchmark.peerProblem(h, 50.0, inverted);
				DepositionEngine engine = new DepositionEngine(p);
				engine.steadySplit(ProgressMonitor.NULL);
				long[] work = engine.workCounters();
				newton.add(work[1]);
				assertTrue(work[3] <= 12 * work[1], "CG iterations per Newton iteration at h = " + h + ": " + work[3]);
				int electrolyte = 0;
				for (byte code : p.geometry().cutKindCodes()) {
					electrolyte += CellKind.of(code).isElectrolyte() ? 1 : 0;
				}
				assertEquals(electrolyte + 1, engine.potentialUnknowns());
			}
		}
		long min = newton.stream().mapToLong(Long::longValue).min().orElseThrow();
		long max = newton.stream().mapToLong(Long::longValue).max().orElseThrow();
		assertTrue(max - min <= 1 && max <= 5, "Newton iterations per grid: " + newton);
	}
}
