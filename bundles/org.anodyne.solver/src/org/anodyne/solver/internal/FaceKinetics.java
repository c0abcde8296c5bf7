/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.internal;

import org.anodyne.solver.deposition.KineticLaw;

/**
 * The current on one electrode face, given the electrolyte state in the adjacent cell and the
 * solid potential: the scalar problem j = F(η(j), c<sub>s</sub>(j)/c₀) that every face solves inside
 * each Newton iteration of the potential.
 * <p>
 * The cell-centre values are carried to the face with the half-cell gradients the face flux
 * implies (second-order accurate for smooth fields):
 * <blockquote>  c<sub>s</sub> = c<sub>P</sub> − β j,   η = x − r j + ρ ln(c<sub>s</sub>/c<sub>P</sub>),   x = φ<sub>P</sub> − φ<sub>s</sub></blockquote>
 * with β = (h/2)(1−t₊)ε/(zFD<sub>eff</sub>), r = (h/2)ε/κ<sub>eff</sub> and ρ = 2V<sub>T</sub>(1−t₊)/z
 * (β = 0 while the electrolyte is still at rest, before any gradient has formed).
 * F combines the kinetic law K with coverage θ and barrier Δη:
 * F = θ·K(η) + (1−θ)·K(ramp(η − Δη)), where ramp(s) = 0 for s ≤ 0, so a bare surface carries no
 * current at all up to its barrier and never strips (see {@link #ramp(double, double)}).
 * <p>
 * g(j) = j − F is strictly increasing, and its root lies between 0 and both F(x) (the current at
 * j = 0) and the ohmic limit x/r (for r &gt; 0), because a plating root needs η &gt; 0 and the concentration term
 * only lowers η (and the other way round for stripping); with β &gt; 0 it also lies below
 * c<sub>P</sub>/β. Newton's method is kept inside that bracket (bisection when a step leaves it), so
 * the solve always converges. It stops when g is at the rounding level of its own terms, which is
 * scale-aware: it holds for i₀ from 10⁻³ to 10⁹ A/m² and any h.
 */
final class FaceKinetics {

	private static final double ROUNDING = 64.0 * Math.ulp(1.0);
	private static final int MAX_ITERATIONS = 400;

	private final double vt;
	private final double c0;
	private final double rho;
	private final double onsetWidth;

	double current;
	double conductance;
	double overpotential;
	double surfaceConcentration;

	private double f;
	private double fEta;
	private double fC;

	/**
	 * @param vt         RT/F [V]
	 * @param c0         bulk concentration [mol/m³]
	 * @param rho        2V<sub>T</sub>(1−t₊)/z [V]
	 * @param onsetWidth overpotential width [V] of the nucleation-onset ramp above a positive
	 *                   barrier, 0 for a sharp onset
	 */
	FaceKinetics(double vt, double c0, double rho, double onsetWidth) {
		this.vt = vt;
		this.c0 = c0;
		this.rho = rho;
		this.onsetWidth = onsetWidth;
	}

	/**
	 * Solves a face with kinetics and stores {@link #current}, {@link #conductance} (dj/dx),
	 * {@link #overpotential} and {@link #surfaceConcentration}.
	 *
	 * @return false if the inputs admit no finite solution
	 */
	boolean solve(KineticLaw law, double theta, double barrier, double x, double cP, double beta, double r,
			double guess) {
		if (!Double.isFinite(x) || !(cP > 0.0)) {
			return false;
		}
		evaluate(law, theta, barrier, x, cP / c0);
		double atZero = f;
		if (!Double.isFinite(atZero)) {
			return false;
		}
		if (atZero == 0.0) {
			return store(0.0, x, cP, fEta / (1.0 + fEta * r + fC * beta / c0));
		}
		double lo;
		double hi;
		if (atZero > 0.0) {
			lo = 0.0;
			hi = r >= 0.0 ? Math.min(atZero, x / r) : beyondRoot(law, theta, barrier, x, cP, beta, r, atZero);
			if (beta > 0.0) {
				hi = Math.min(hi, cP / beta);
			}
		} else {
			lo = r >= 0.0 ? Math.max(atZero, x / r) : beyondRoot(law, theta, barrier, x, cP, beta, r, atZero);
			hi = 0.0;
		}
		double j = guess > lo && guess < hi ? guess : 0.5 * (lo + hi);
		for (int it = 0; it < MAX_ITERATIONS; it++) {
			double cs = cP - beta * j;
			double log = beta == 0.0 ? 0.0 : Math.log(cs / cP);
			double eta = x - r * j + rho * log;
			evaluate(law, theta, barrier, eta, cs / c0);
			double g = j - f;
			double gp = 1.0 + fEta * (r + rho * beta / cs) + fC * beta / c0;
			double roundoff = ROUNDING * (Math.abs(j) + Math.abs(f)
					+ fEta * (Math.abs(x) + r * Math.abs(j) + rho * Math.abs(log))
					+ Math.abs(fC) * beta * Math.abs(j) / c0);
			if (Math.abs(g) <= roundoff || hi - lo <= ROUNDING * Math.max(Math.abs(lo), Math.abs(hi))) {
				overpotential = eta;
				surfaceConcentration = cs;
				current = j;
				conductance = fEta / gp;
				return Double.isFinite(conductance);
			}
			if (g > 0.0) {
				hi = j;
			} else {
				lo = j;
			}
			double next = j - g / gp;
			j = next > lo && next < hi ? next : 0.5 * (lo + hi);
		}
		return false;
	}

	/**
	 * With r &lt; 0 (the surface lies between the cell centre and the solid's inside, so the centre
	 * value is extrapolated) the ohmic term raises |η| and the root lies beyond F(x): doubling from
	 * F(x) until g changes sign brackets it (g stays increasing while |r|·∂F/∂η &lt; 1, which
	 * {@link ElectrodeFaces} ensures).
	 */
	private double beyondRoot(KineticLaw law, double theta, double barrier, double x, double cP, double beta, double r,
			double start) {
		double j = start;
		for (int it = 0; it < 64; it++) {
			double cs = cP - beta * j;
			if (!(cs > 0.0)) {
				return cP / beta;
			}
			evaluate(law, theta, barrier, x - r * j + (beta == 0.0 ? 0.0 : rho * Math.log(cs / cP)), cs / c0);
			if ((j - f) * start > 0.0) {
				return j;
			}
			j *= 2.0;
		}
		return j;
	}

	/**
	 * Solves a face held at equilibrium (η = 0 at the surface: a counter electrode at a prescribed
	 * potential, i.e. with unlimited exchange current): x − r j + ρ ln(c<sub>s</sub>/c<sub>P</sub>) = 0,
	 * here x = φ<sub>P</sub> − φ<sub>CE</sub>.
	 */
	boolean solveReversible(double x, double cP, double beta, double r) {
		if (!Double.isFinite(x) || !(cP > 0.0)) {
			return false;
		}
		if (beta == 0.0) {
			return storeReversible(x / r, cP, 0.0, r);
		}
		double lo = Math.min(0.0, x / r);
		double hi = Math.min(Math.max(0.0, x / r), cP / beta);
		double j = 0.5 * (lo + hi);
		for (int it = 0; it < MAX_ITERATIONS; it++) {
			double cs = cP - beta * j;
			double log = Math.log(cs / cP);
			double value = x - r * j + rho * log;
			if (Math.abs(value) <= ROUNDING * (Math.abs(x) + r * Math.abs(j) + rho * Math.abs(log))
					|| hi - lo <= ROUNDING * Math.max(Math.abs(lo), Math.abs(hi))) {
				return storeReversible(j, cP, beta, r);
			}
			if (value < 0.0) {
				hi = j;
			} else {
				lo = j;
			}
			double next = j + value / (r + rho * beta / cs);
			j = next > lo && next < hi ? next : 0.5 * (lo + hi);
		}
		return false;
	}

	private boolean storeReversible(double j, double cP, double beta, double r) {
		double cs = cP - beta * j;
		current = j;
		overpotential = 0.0;
		surfaceConcentration = cs;
		conductance = 1.0 / (r + rho * beta / cs);
		return Double.isFinite(j);
	}

	private boolean store(double j, double eta, double cs, double dj) {
		current = j;
		overpotential = eta;
		surfaceConcentration = cs;
		conductance = dj;
		return true;
	}

	/** Sets {@link #f}, {@link #fEta} = ∂F/∂η and {@link #fC} = ∂F/∂(c<sub>s</sub>/c₀). */
	private void evaluate(KineticLaw law, double theta, double barrier, double eta, double cr) {
		f = 0.0;
		fEta = 0.0;
		fC = 0.0;
		if (theta > 0.0) {
			f = theta * law.currentDensity(eta, cr, vt);
			fEta = theta * law.derivativeOverpotential(eta, cr, vt);
			fC = theta * law.derivativeConcentration(eta, cr, vt);
		}
		if (theta < 1.0) {
			double s = eta - barrier;
			if (s > 0.0) {
				double bare = 1.0 - theta;
				double e = ramp(s, barrier);
				double slope = rampSlope(s, barrier);
				f += bare * law.currentDensity(e, cr, vt);
				fEta += bare * slope * law.derivativeOverpotential(e, cr, vt);
				fC += bare * law.derivativeConcentration(e, cr, vt);
			}
		}
	}

	/**
	 * Effective overpotential of a bare surface s = η − Δη above its barrier: 0 for s ≤ 0 (exactly:
	 * no current below the barrier), s for s ≥ w, and the C¹ cubic 2s²/w − s³/w² between, which
	 * smooths the onset for Newton. The ramp applies only to a positive barrier: with Δη = 0 there
	 * is no nucleation step, and a lithiophilic surface plates exactly like metal.
	 */
	private double ramp(double s, double barrier) {
		if (barrier == 0.0 || onsetWidth == 0.0 || s >= onsetWidth) {
			return s;
		}
		double t = s / onsetWidth;
		return s * t * (2.0 - t);
	}

	private double rampSlope(double s, double barrier) {
		if (barrier == 0.0 || onsetWidth == 0.0 || s >= onsetWidth) {
			return 1.0;
		}
		double t = s / onsetWidth;
		return t * (4.0 - 3.0 * t);
	}
}
