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

import java.util.Locale;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.SeparatorProperties;

/**
 * A documented estimate of the {@link DepositionCoupling} from geometry alone, so that the life
 * model runs without the 2D solver (the study layer uses the 2D solver's numbers instead).
 * <p>
 * The empty host between the metal front and the separator, H<sub>e</sub> =
 * {@link AnodeDesign#bufferHeight()}, has pore volume V<sub>buf</sub> = ε<sub>h</sub>H<sub>e</sub>; nothing
 * else of the assembly is read. Host transport is Bruggeman:
 * κ<sub>h</sub> = κε<sub>h</sub><sup>1.5</sup>, D<sub>h</sub> = Dε<sub>h</sub><sup>1.5</sup>; fibres have
 * surface a<sub>v</sub> = 4(1−ε<sub>h</sub>)/d<sub>f</sub> per volume and spacing
 * ℓ = d<sub>f</sub>√(π/(4(1−ε<sub>h</sub>))) (the support length).
 * <ul>
 * <li><b>Metal front at the separator</b> (H<sub>e</sub> = 0): all plating
 * lands on that face (the electrolyte behind a dense pre-deposit has no ionic path to the counter
 * electrode): f<sub>s</sub> = 1, no ohmic drop inside the electrode, η<sub>ct</sub> from Butler–Volmer
 * with i₀ on the face's area a = 1.</li>
 * <li><b>Buried metal front</b> (H<sub>e</sub> &gt; 0) or a bare host: a 1D porous-electrode problem across the
 * empty host, y from the front (0) to the separator (H<sub>e</sub>), solid equipotential:
 * <pre>  dη/dy = i/κ<sub>h</sub>,  di/dy = a<sub>v</sub> j<sub>f</sub>(η),  i(0) = i₀·BV(η(0)),  i(H<sub>e</sub>) = J</pre>
 * where i is the ionic current flowing towards the front and bare fibres plate only above their
 * barrier and never strip: j<sub>f</sub> = i₀·BV(η − Δη<sub>nuc</sub>) for η &gt; Δη<sub>nuc</sub>, else 0.
 * The front overpotential η(0) is found by bisection (i(H<sub>e</sub>) increases with it). Plating at
 * height y counts as separator side with weight exp(−(H<sub>e</sub>−y)/ℓ); the gap G₀ is the
 * current-weighted distance of the rest. This is the paper's mechanism in one dimension: growth stays
 * bottom-up while the fibres' overpotential η(0) + ohmic drop stays below their barrier.</li>
 * <li>Concentration polarisation along the electrode's own diffusion path (empty host plus half the
 * separator): J<sub>lim</sub> = 2zFc₀/((1−t₊)(H<sub>e</sub>/D<sub>h</sub> + L<sub>sep</sub>/(2D<sub>sep</sub>))),
 * η<sub>c</sub> = 2(1−t₊)(RT/zF)ln[(1+J/J<sub>lim</sub>)/(1−J/J<sub>lim</sub>)].</li>
 * <li>The plating area A<sub>p</sub> = J²/Σ I<sub>k</sub>j<sub>k</sub>: the real surface over which the
 * current spreads (J over the current-weighted local current density j<sub>k</sub> of the front and
 * the fibres): 1 for a front alone, more where fibres above a buried front take current, 1/n where
 * only n % of a surface plates. The morphology and SEI terms of the life model read it.</li>
 * </ul>
 */
public final class AnalyticCoupling {

	private static final int PROFILE_STEPS = 240;

	private AnalyticCoupling() {
	}

	/**
	 * The coupling of the cell's working electrode at a plating current density.
	 *
	 * @param cell           the cell
	 * @param parameters     i₀ and α<sub>c</sub> are used
	 * @param currentDensity J [A/m²] &gt; 0
	 * @throws SolverException if J reaches the limiting current of the electrode's diffusion path
	 */
	public static DepositionCoupling estimate(LifeCell cell, LifeParameters parameters, double currentDensity)
			throws SolverException {
		requireCurrent(currentDensity);
		AnodeDesign anode = cell.anode();
		if (anode.isFoil()) {
			return planar(cell, parameters, currentDensity, anode.substrateBarrier());
		}
		double eps = anode.hostPorosity();
		double empty = anode.bufferHeight();
		double buffer = eps * empty;
		double pitch = anode.fibreDiameter() * Math.sqrt(Math.PI / (4.0 * (1.0 - eps)));
		boolean hasMetal = anode.initialMetal() > 0.0;
		if (hasMetal && empty <= 0.0) {
			double vt = PhysicalConstants.thermalVoltage(cell.temperature());
			double ct = ChargeTransfer.overpotential(currentDensity, parameters.exchangeCurrentDensity(),
					parameters.cathodicTransferCoefficient(), 1.0 - parameters.cathodicTransferCoefficient(), vt);
			double conc = concentration(cell, currentDensity, 0.0, 1.0);
			return new DepositionCoupling(currentDensity, 1.0, 1.0, 0.0, 0.0, pitch, 0.0, ct, conc, 0.0,
					anode.substrateBarrier());
		}
		return new BuriedFront(cell, parameters, currentDensity, empty, pitch, hasMetal).solve(buffer);
	}

	/**
	 * A metal-covered planar electrode (the unlimited metal foil of a half cell): all current on one
	 * flat face at the separator.
	 */
	public static DepositionCoupling planarMetal(LifeCell cell, LifeParameters parameters, double currentDensity)
			throws SolverException {
		requireCurrent(currentDensity);
		return planar(cell, parameters, currentDensity, 0.0);
	}

	private static DepositionCoupling planar(LifeCell cell, LifeParameters parameters, double currentDensity,
			double barrier) throws SolverException {
		double vt = PhysicalConstants.thermalVoltage(cell.temperature());
		double ct = ChargeTransfer.overpotential(currentDensity, parameters.exchangeCurrentDensity(),
				parameters.cathodicTransferCoefficient(), 1.0 - parameters.cathodicTransferCoefficient(), vt);
		double conc = concentration(cell, currentDensity, 0.0, 1.0);
		return new DepositionCoupling(currentDensity, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, ct, conc, 0.0, barrier);
	}

	private static void requireCurrent(double currentDensity) {
		if (!(currentDensity > 0.0) || Double.isInfinite(currentDensity)) {
			throw new IllegalArgumentException("coupling estimate needs a positive plating current density, got "
					+ currentDensity + " A/m2");
		}
	}

	/** Concentration overpotential along the empty host (length, Bruggeman factor) plus half the separator. */
	private static double concentration(LifeCell cell, double currentDensity, double hostLength, double hostFactor)
			throws SolverException {
		ElectrolyteProperties el = cell.electrolyte();
		SeparatorProperties sep = cell.separator();
		double pathOverD = hostLength / (el.diffusivity() * hostFactor)
				+ 0.5 * sep.thickness() / (el.diffusivity() * sep.transportFactor());
		if (pathOverD == 0.0) {
			return 0.0;
		}
		double limiting = 2.0 * el.chargeNumber() * PhysicalConstants.FARADAY * el.concentration()
				/ ((1.0 - el.transferenceNumber()) * pathOverD);
		double ratio = currentDensity / limiting;
		if (ratio >= 1.0) {
			throw new SolverException(String.format(Locale.ROOT,
					"plating at %.4g mA/cm2 exceeds the limiting current %.4g mA/cm2 of the electrode's diffusion path "
							+ "(empty host %.0f µm + half separator)",
					currentDensity / Units.MA_PER_CM2, limiting / Units.MA_PER_CM2, hostLength / Units.MICROMETRE));
		}
		double vt = PhysicalConstants.thermalVoltage(cell.temperature());
		return 2.0 * (1.0 - el.transferenceNumber()) * vt / el.chargeNumber() * Math.log((1.0 + ratio) / (1.0 - ratio));
	}

	/** The 1D problem across the empty host above a buried front (or across a bare host). */
	private static final class BuriedFront {
		private final LifeCell cell;
		private final double current;
		private final double empty;
		private final double pitch;
		private final boolean hasFront;
		private final double i0;
		private final double alphaC;
		private final double alphaA;
		private final double vt;
		private final double barrier;
		private final double hostConductivity;
		private final double fibreArea;
		private final double bruggeman;

		BuriedFront(LifeCell cell, LifeParameters parameters, double current, double empty, double pitch,
				boolean hasFront) {
			this.cell = cell;
			this.current = current;
			this.empty = empty;
			this.pitch = pitch;
			this.hasFront = hasFront;
			AnodeDesign anode = cell.anode();
			this.i0 = parameters.exchangeCurrentDensity();
			this.alphaC = parameters.cathodicTransferCoefficient();
			this.alphaA = 1.0 - alphaC;
			this.vt = PhysicalConstants.thermalVoltage(cell.temperature());
			this.barrier = anode.substrateBarrier();
			this.bruggeman = Math.pow(anode.hostPorosity(), 1.5);
			this.hostConductivity = cell.electrolyte().conductivity() * bruggeman;
			this.fibreArea = anode.hostSurface();
		}

		DepositionCoupling solve(double buffer) throws SolverException {
			double lo = 0.0;
			double hi = hasFront
					? ChargeTransfer.overpotential(current, i0, alphaC, alphaA, vt)
					: barrier + ChargeTransfer.overpotential(current / (fibreArea * empty), i0, alphaC, alphaA, vt);
			for (int k = 0; k < 200 && hi - lo > 1e-13; k++) {
				double mid = 0.5 * (lo + hi);
				if (topCurrent(mid, null) < current) {
					lo = mid;
				} else {
					hi = mid;
				}
			}
			double eta0 = 0.5 * (lo + hi);
			double[][] profile = new double[2][PROFILE_STEPS + 1];
			topCurrent(eta0, profile);
			double h = empty / PROFILE_STEPS;
			double front = hasFront ? ChargeTransfer.current(eta0, i0, alphaC, alphaA, vt) : 0.0;
			double frontWeight = Math.exp(-empty / pitch);
			double separatorSide = front * frontWeight;
			double bufferedGap = front * (1.0 - frontWeight) * empty;
			double surface = front * eta0;
			double localMoment = front * front;
			double barrierShare = 0.0;
			for (int k = 0; k <= PROFILE_STEPS; k++) {
				double y = k * h;
				double w = (k == 0 || k == PROFILE_STEPS ? 0.5 : 1.0) * h;
				double eta = profile[0][k];
				double local = fibreCurrent(eta);
				double q = fibreArea * local * w;
				localMoment += q * local;
				double unsupported = Math.exp(-(empty - y) / pitch);
				separatorSide += q * unsupported;
				bufferedGap += q * (1.0 - unsupported) * (empty - y);
				surface += q * (eta - barrier);
				barrierShare += q * barrier;
			}
			double total = profile[0][PROFILE_STEPS];
			double fs = Math.min(1.0, Math.max(0.0, separatorSide / current));
			double gap = (1.0 - fs) * current > 1e-12 * current ? bufferedGap / ((1.0 - fs) * current) : empty;
			double ct = Math.max(surface / current, 1e-9);
			double nucleation = hasFront ? barrierShare / current : 0.0;
			double ohmic = Math.max(0.0, total - ct - barrierShare / current);
			double conc = concentration(cell, current, empty, bruggeman);
			double area = localMoment > 0.0 ? current * current / localMoment : 1.0;
			return new DepositionCoupling(current, fs, Math.max(area, 1e-6), Math.min(Math.max(gap, 0.0), empty),
					buffer,
					pitch, ohmic, ct, conc, nucleation, barrier);
		}

		private double fibreCurrent(double eta) {
			return eta > barrier ? ChargeTransfer.current(eta - barrier, i0, alphaC, alphaA, vt) : 0.0;
		}

		/**
		 * Integrates from the front to the separator with RK4 and returns the current arriving at the
		 * separator; stores (η, i) per node when a profile array is given. Stops early, returning +∞,
		 * once the current is far beyond J (the bisection only needs the sign).
		 */
		private double topCurrent(double eta0, double[][] profile) {
			double h = empty / PROFILE_STEPS;
			double eta = eta0;
			double i = hasFront ? ChargeTransfer.current(eta0, i0, alphaC, alphaA, vt) : 0.0;
			if (profile != null) {
				profile[0][0] = eta;
				profile[1][0] = i;
			}
			for (int k = 0; k < PROFILE_STEPS; k++) {
				double k1e = i / hostConductivity;
				double k1i = fibreArea * fibreCurrent(eta);
				double k2e = (i + 0.5 * h * k1i) / hostConductivity;
				double k2i = fibreArea * fibreCurrent(eta + 0.5 * h * k1e);
				double k3e = (i + 0.5 * h * k2i) / hostConductivity;
				double k3i = fibreArea * fibreCurrent(eta + 0.5 * h * k2e);
				double k4e = (i + h * k3i) / hostConductivity;
				double k4i = fibreArea * fibreCurrent(eta + h * k3e);
				eta += h / 6.0 * (k1e + 2.0 * k2e + 2.0 * k3e + k4e);
				i += h / 6.0 * (k1i + 2.0 * k2i + 2.0 * k3i + k4i);
				if (profile == null && i > 50.0 * current) {
					return Double.POSITIVE_INFINITY;
				}
				if (profile != null) {
					profile[0][k + 1] = eta;
					profile[1][k + 1] = i;
				}
			}
			return i;
		}
	}
}
