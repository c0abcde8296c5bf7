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
 * F combines the kinetic law with coverage θ and barrier Δη:
 * θ·K(η) + (1−θ)·softplus(K(η − Δη)). g(j) = j − F is strictly increasing and, because c<sub>s</sub> → 0
 * drives η → −∞, has exactly one root below c<sub>P</sub>/β; Newton with bisection safeguards finds it.
 */
final class FaceKinetics {

	private final double vt;
	private final double c0;
	private final double rho;
	private final double onsetWidth;

	double current;
	double conductance;
	double overpotential;
	double surfaceConcentration;

	/**
	 * @param vt         RT/F [V]
	 * @param c0         bulk concentration [mol/m³]
	 * @param rho        2V<sub>T</sub>(1−t₊)/z [V]
	 * @param onsetWidth overpotential width of the nucleation onset [V]
	 */
	FaceKinetics(double vt, double c0, double rho, double onsetWidth) {
		this.vt = vt;
		this.c0 = c0;
		this.rho = rho;
		this.onsetWidth = onsetWidth;
	}

	/**
	 * Solves the face and stores {@link #current}, {@link #conductance} (dj/dx),
	 * {@link #overpotential} and {@link #surfaceConcentration}.
	 *
	 * @return false if no finite solution was found
	 */
	boolean solve(KineticLaw law, double theta, double barrier, double x, double cP, double beta, double r,
			double guess) {
		double currentScale = law.derivativeOverpotential(0.0, 1.0, vt) * vt;
		double softWidth = law.derivativeOverpotential(0.0, 1.0, vt) * onsetWidth;
		double jMax = beta > 0.0 ? cP / beta : Double.POSITIVE_INFINITY;
		double lo = Double.NEGATIVE_INFINITY;
		double hi = jMax;
		double j = guess;
		if (!(j < jMax) || !Double.isFinite(j)) {
			j = jMax > 0 && Double.isFinite(jMax) ? 0.5 * jMax : 0.0;
		}
		// Converge to rounding: the face currents enter the global residual, which must be able to
		// reach the Newton tolerance even where κ/h or i0 is large.
		double tol = 1e-300 + 1e-30 * currentScale;
		for (int it = 0; it < 200; it++) {
			double cs = cP - beta * j;
			double eta = x - r * j + rho * Math.log(cs / cP);
			double cr = cs / c0;
			double f;
			double fEta;
			double fC;
			if (theta >= 1.0) {
				f = law.currentDensity(eta, cr, vt);
				fEta = law.derivativeOverpotential(eta, cr, vt);
				fC = law.derivativeConcentration(eta, cr, vt);
			} else {
				double kb = law.currentDensity(eta - barrier, cr, vt);
				double s = kb / softWidth;
				double soft = s > 0 ? kb + softWidth * Math.log1p(Math.exp(-s)) : softWidth * Math.log1p(Math.exp(s));
				double sigma = s > 0 ? 1.0 / (1.0 + Math.exp(-s)) : Math.exp(s) / (1.0 + Math.exp(s));
				f = (1.0 - theta) * soft;
				fEta = (1.0 - theta) * sigma * law.derivativeOverpotential(eta - barrier, cr, vt);
				fC = (1.0 - theta) * sigma * law.derivativeConcentration(eta - barrier, cr, vt);
				if (theta > 0.0) {
					f += theta * law.currentDensity(eta, cr, vt);
					fEta += theta * law.derivativeOverpotential(eta, cr, vt);
					fC += theta * law.derivativeConcentration(eta, cr, vt);
				}
			}
			double g = j - f;
			double gp = 1.0 + fEta * (r + rho * beta / cs) + fC * beta / c0;
			if (g > 0) {
				hi = Math.min(hi, j);
			} else {
				lo = Math.max(lo, j);
			}
			double next = j - g / gp;
			if (!(next > lo && next < hi)) {
				if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
					next = j - Math.copySign(currentScale, g);
				} else if (lo == Double.NEGATIVE_INFINITY) {
					next = hi - Math.max(2.0 * Math.abs(hi - j), Math.max(Math.abs(hi), currentScale));
				} else if (hi == Double.POSITIVE_INFINITY) {
					next = lo + Math.max(2.0 * Math.abs(j - lo), Math.max(Math.abs(lo), currentScale));
				} else {
					next = 0.5 * (lo + hi);
				}
			}
			boolean done = Math.abs(g) <= 1e-15 * (Math.abs(j) + Math.abs(f)) + tol
					|| Math.abs(next - j) <= tol + 1e-15 * Math.abs(j)
					|| (Double.isFinite(lo) && Double.isFinite(hi)
							&& hi - lo <= tol + 1e-15 * Math.max(Math.abs(hi), Math.abs(lo)));
			if (done || it == 199) {
				current = j;
				conductance = fEta / gp;
				overpotential = eta;
				surfaceConcentration = cs;
				return done && Double.isFinite(j) && Double.isFinite(conductance);
			}
			j = next;
		}
		return false;
	}
}
