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

/**
 * Butler–Volmer kinetics for metal deposition, per real surface area:
 * <blockquote>  j = i₀ (c<sub>s</sub>/c₀)<sup>γ</sup> [exp(α<sub>c</sub> η/V<sub>T</sub>) − exp(−α<sub>a</sub> η/V<sub>T</sub>)]</blockquote>
 * with V<sub>T</sub> = RT/F, η &gt; 0 plating and j &gt; 0 plating. Because the solver measures the
 * electrolyte potential against a metal reference in the local electrolyte, η is already the
 * surface overpotential at the local concentration, and the exchange current scales as
 * c<sup>α<sub>a</sub></sup> for M<sup>z+</sup> + ze⁻ ⇌ M; {@link #of(double, double, double)}
 * therefore sets γ = α<sub>a</sub>. Linear regime: η ≈ V<sub>T</sub> j/i₀ when α<sub>a</sub> + α<sub>c</sub> = 1;
 * Tafel slope 2.303 V<sub>T</sub>/α<sub>c</sub> per decade (118 mV at α = 0.5).
 * <p>
 * The bracket is evaluated as expm1(α<sub>c</sub>x) − expm1(−α<sub>a</sub>x) (2 sinh(αx) when
 * α<sub>a</sub> = α<sub>c</sub>), x = η/V<sub>T</sub>, so it keeps full relative precision as η → 0: at a
 * large i₀ (fast counter electrodes, metal faces) the current is i₀ times a tiny bracket, and the
 * difference of two exponentials would lose up to all of its digits there.
 * Exponents are continued linearly beyond ±200 so that no input produces an infinite current: the
 * law stays strictly increasing, and such arguments only occur in diverging iterates.
 *
 * @param exchangeCurrentDensity     i₀ [A/m² real area] at c₀
 * @param anodicTransferCoefficient  α<sub>a</sub> &gt; 0
 * @param cathodicTransferCoefficient α<sub>c</sub> &gt; 0
 * @param concentrationExponent      γ ≥ 0
 */
public record ButlerVolmer(double exchangeCurrentDensity, double anodicTransferCoefficient,
		double cathodicTransferCoefficient, double concentrationExponent) implements KineticLaw {

	private static final double EXPONENT_CAP = 200.0;
	private static final double EXP_CAP = Math.exp(EXPONENT_CAP);

	public ButlerVolmer {
		if (!(exchangeCurrentDensity > 0.0) || Double.isInfinite(exchangeCurrentDensity)) {
			throw new IllegalArgumentException(
					"exchange current density must be positive, got " + exchangeCurrentDensity + " A/m2");
		}
		if (!(anodicTransferCoefficient > 0.0 && anodicTransferCoefficient < 10.0)
				|| !(cathodicTransferCoefficient > 0.0 && cathodicTransferCoefficient < 10.0)) {
			throw new IllegalArgumentException("transfer coefficients must be positive, got alpha_a = "
					+ anodicTransferCoefficient + ", alpha_c = " + cathodicTransferCoefficient);
		}
		if (!(concentrationExponent >= 0.0 && concentrationExponent < 10.0)) {
			throw new IllegalArgumentException("concentration exponent must be >= 0, got " + concentrationExponent);
		}
	}

	/** Butler–Volmer with γ = α<sub>a</sub>. */
	public static ButlerVolmer of(double exchangeCurrentDensity, double anodicTransferCoefficient,
			double cathodicTransferCoefficient) {
		return new ButlerVolmer(exchangeCurrentDensity, anodicTransferCoefficient, cathodicTransferCoefficient,
				anodicTransferCoefficient);
	}

	/**
	 * Butler–Volmer for M<sup>z+</sup> + ze⁻ ⇌ M with the IUPAC (2014) transfer coefficients, which
	 * include the electrons transferred: α<sub>a</sub> + α<sub>c</sub> = z (one rate-determining step,
	 * stoichiometric number 1). For z = 2 with the first electron rate-determining (Zn²⁺, Bockris) and a
	 * symmetry factor ½, α<sub>c</sub> = ½ and α<sub>a</sub> = 3⁄2. The linear regime is then
	 * η ≈ V<sub>T</sub> j/(z i₀) = RT j/(zF i₀), and the exchange current scales as
	 * c<sup>α<sub>a</sub>/z</sup>, so z = 1 gives {@link #of(double, double, double)} with
	 * α<sub>a</sub> = 1 − α<sub>c</sub>.
	 *
	 * @param chargeNumber z ≥ 1
	 */
	public static ButlerVolmer forCharge(double exchangeCurrentDensity, double cathodicTransferCoefficient,
			int chargeNumber) {
		if (chargeNumber < 1) {
			throw new IllegalArgumentException("charge number must be >= 1, got " + chargeNumber);
		}
		double anodic = chargeNumber - cathodicTransferCoefficient;
		return new ButlerVolmer(exchangeCurrentDensity, anodic, cathodicTransferCoefficient, anodic / chargeNumber);
	}

	/** Symmetric Butler–Volmer, α<sub>a</sub> = α<sub>c</sub> = ½, γ = ½. */
	public static ButlerVolmer symmetric(double exchangeCurrentDensity) {
		return of(exchangeCurrentDensity, 0.5, 0.5);
	}

	@Override
	public double currentDensity(double overpotential, double concentrationRatio, double thermalVoltage) {
		return prefactor(concentrationRatio) * bracket(overpotential / thermalVoltage);
	}

	@Override
	public double derivativeOverpotential(double overpotential, double concentrationRatio, double thermalVoltage) {
		double x = overpotential / thermalVoltage;
		return prefactor(concentrationRatio) / thermalVoltage
				* (cathodicTransferCoefficient * dexp(cathodicTransferCoefficient * x)
						+ anodicTransferCoefficient * dexp(-anodicTransferCoefficient * x));
	}

	@Override
	public double derivativeConcentration(double overpotential, double concentrationRatio, double thermalVoltage) {
		if (concentrationExponent == 0.0) {
			return 0.0;
		}
		double cr = Math.max(concentrationRatio, 0.0);
		double x = overpotential / thermalVoltage;
		double bracket = bracket(x);
		if (cr == 0.0) {
			return concentrationExponent < 1.0
					? 0.0
					: (concentrationExponent == 1.0 ? exchangeCurrentDensity * bracket : 0.0);
		}
		return exchangeCurrentDensity * concentrationExponent * Math.pow(cr, concentrationExponent - 1.0) * bracket;
	}

	private double prefactor(double concentrationRatio) {
		if (concentrationExponent == 0.0) {
			return exchangeCurrentDensity;
		}
		return exchangeCurrentDensity * Math.pow(Math.max(concentrationRatio, 0.0), concentrationExponent);
	}

	/** exp(α<sub>c</sub>x) − exp(−α<sub>a</sub>x) without cancellation near x = 0. */
	private double bracket(double x) {
		double a = cathodicTransferCoefficient * x;
		double b = -anodicTransferCoefficient * x;
		if (Math.abs(a) <= EXPONENT_CAP && Math.abs(b) <= EXPONENT_CAP) {
			if (cathodicTransferCoefficient == anodicTransferCoefficient) {
				return 2.0 * Math.sinh(a);
			}
			return Math.expm1(a) - Math.expm1(b);
		}
		return exp(a) - exp(b);
	}

	private static double exp(double x) {
		if (x > EXPONENT_CAP) {
			return EXP_CAP * (1.0 + (x - EXPONENT_CAP));
		}
		if (x < -EXPONENT_CAP) {
			return 1.0 / (EXP_CAP * (1.0 + (-EXPONENT_CAP - x)));
		}
		return Math.exp(x);
	}

	private static double dexp(double x) {
		if (x > EXPONENT_CAP) {
			return EXP_CAP;
		}
		if (x < -EXPONENT_CAP) {
			double g = EXP_CAP * (1.0 + (-EXPONENT_CAP - x));
			return EXP_CAP / (g * g);
		}
		return Math.exp(x);
	}
}
