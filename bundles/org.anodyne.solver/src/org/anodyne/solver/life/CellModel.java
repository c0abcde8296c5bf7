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

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.PhysicalConstants;

/**
 * The equations of the reduced life model for one cell (see the package documentation): the
 * ageing of a constant-current segment and the cell voltage of a state. Stateless; all state lives
 * in {@link CellState}. Nothing here knows how the electrode was assembled: geometry and plating
 * conditions come from each electrode's {@link DepositionCoupling}.
 */
final class CellModel {

	final LifeCell cell;
	final LifeParameters p;
	/** +1 for a full cell (V = cathode − anode), −1 for symmetric and half cells (V = working − counter). */
	final double sign;
	private final double thermalVoltage;
	private final double alphaC;
	private final double alphaA;
	/** V<sub>m</sub>/(zF) [m³/C]: dense metal volume per charge. */
	private final double volumePerCharge;
	/** κ<sub>d</sub> = ε<sub>d</sub>/(τ<sub>d</sub>ρ<sub>e</sub>) [S/m] of the inactive layer. */
	private final double layerConductivity;
	/** ε<sub>m</sub><sup>1.5</sup>/ρ<sub>e</sub> [S/m] in the pores of a mossy deposit. */
	private final double mossConductivity;
	/** Local current density [A/m² of real surface] at which {@link LifeParameters#whiskerDiameter()} is given. */
	static final double GRAIN_REFERENCE_CURRENT = 10.0;
	private final double separatorResistance;
	private final double initialElectrolyte;
	/** Electrolyte the separator's and the cathode's pores hold [m³/m²]. */
	private final double fixedPores;
	private final double cathodeResistance;
	private final double cathodeLimitingCurrent;
	/** Whether the dense face's aged film resists the current ({@link LifeRunOptions#agedDenseFace()}). */
	private final boolean agedDenseFace;
	/** a<sub>h</sub> [1/m]: the host's solid surface per volume ({@link AnodeDesign#hostSurface()}); 0 for a foil. */
	private final double hostSurface;
	/** λ<sub>h</sub> [m]: the depth into the host's pores a plating reaction reaches (see {@link #platingSurface}). */
	private final double hostReach;

	CellModel(LifeCell cell, LifeParameters parameters) {
		this(cell, parameters, false);
	}

	CellModel(LifeCell cell, LifeParameters parameters, boolean agedDenseFace) {
		this.cell = cell;
		this.agedDenseFace = agedDenseFace;
		this.p = parameters;
		this.sign = cell.configuration() == CellConfiguration.FULL ? 1.0 : -1.0;
		this.thermalVoltage = PhysicalConstants.thermalVoltage(cell.temperature());
		this.alphaC = parameters.cathodicTransferCoefficient();
		// IUPAC transfer coefficients include the electrons: alpha_a + alpha_c = z (ButlerVolmer.forCharge).
		this.alphaA = cell.metal().chargeNumber() - alphaC;
		this.volumePerCharge = cell.metal().volumeForCharge(1.0);
		double kappa = cell.electrolyte().conductivity();
		double resistivity = electrolyteResistivity(cell.electrolyte(), thermalVoltage);
		this.layerConductivity = parameters.inactiveLayerPorosity()
				/ (parameters.inactiveLayerTortuosity() * resistivity);
		this.mossConductivity = Math.pow(parameters.mossPorosity(), 1.5) / resistivity;
		AnodeDesign anode = cell.anode();
		this.hostSurface = anode.hostSurface();
		this.hostReach = hostSurface > 0.0
				? Math.sqrt(Math.pow(anode.hostPorosity(), 1.5) / resistivity * thermalVoltage
						/ (hostSurface * parameters.exchangeCurrentDensity()))
				: 0.0;
		this.separatorResistance = cell.separatorResistance();
		this.initialElectrolyte = cell.electrolyteVolume();
		double separatorPores = cell.separator().thickness() * cell.separator().porosity();
		CathodeElectrode c = cell.cathode();
		if (c != null) {
			double transport = Math.pow(c.porosity(), 1.5);
			this.fixedPores = separatorPores + c.thickness() * c.porosity();
			this.cathodeResistance = c.thickness() / (3.0 * kappa * transport);
			double path = 0.5 * cell.separator().thickness() / cell.separator().transportFactor()
					+ 0.5 * c.thickness() / transport;
			this.cathodeLimitingCurrent = cell.electrolyte().limitingCurrentDensity(path);
		} else {
			this.fixedPores = separatorPores;
			this.cathodeResistance = 0.0;
			this.cathodeLimitingCurrent = Double.POSITIVE_INFINITY;
		}
	}

	/**
	 * Resistivity ρ<sub>e</sub> [Ω m] of the electrolyte to a steady current in the pores of a metal
	 * layer: ohmic 1/κ plus the diffusion potential of the salt gradient the current sets up,
	 * 2(1−t₊)²RT/(z²F²Dc₀) (the linear limit of the binary electrolyte's concentration overpotential,
	 * SCIENCE.md §4). Both scale with the pores' ε/τ, so inside a layer a few µm to a few tens of µm
	 * thick, where salt diffusion settles within seconds, ions meet this resistivity rather than 1/κ
	 * (Newman &amp; Thomas-Alyea, Electrochemical Systems, ch. 22).
	 */
	static double electrolyteResistivity(ElectrolyteProperties el, double thermalVoltage) {
		double z = el.chargeNumber();
		double diffusion = 2.0 * Math.pow(1.0 - el.transferenceNumber(), 2) * thermalVoltage
				/ (z * z * PhysicalConstants.FARADAY * el.diffusivity() * el.concentration());
		return 1.0 / el.conductivity() + diffusion;
	}

	/** Gives the electrode a new coupling of its assembled state and the rates derived from it. */
	void attach(ElectrodeState e, DepositionCoupling c) {
		attach(e, c, 0.0);
	}

	/**
	 * Gives the electrode a coupling computed at buffer fill φ<sub>c</sub> and the rates derived from
	 * it; the first coupling an electrode gets describes its assembled buffer.
	 */
	void attach(ElectrodeState e, DepositionCoupling c, double fill) {
		attach(e, c, fill, 0.0);
	}

	/**
	 * As {@link #attach(ElectrodeState, DepositionCoupling, double)} for a plating step that will plate
	 * the charge q [C/m²] (0 when not known: the grains then pay the coupling's whole barrier).
	 */
	void attach(ElectrodeState e, DepositionCoupling c, double fill, double stepCharge) {
		PlatingSurface surface = platingSurface(c, recession(e, c), e.recededArea, e.recededDepth);
		if (e.coupling == c && e.grainStepCharge == stepCharge && e.platingArea == surface.area()
				&& e.kineticArea == surface.kinetic()) {
			return;
		}
		if (e.assembly == null) {
			e.assembly = c;
		}
		e.coupling = c;
		e.couplingFill = fill;
		e.exchangeCurrent = c.effectiveExchangeCurrent(alphaC, alphaA, cell.temperature());
		e.limitingCurrent = c.limitingCurrentDensity(cell.electrolyte().transferenceNumber(),
				cell.metal().chargeNumber(), cell.temperature());
		e.ohmicResistance = c.ohmicResistance();
		e.grainStepCharge = stepCharge;
		e.platingArea = surface.area();
		e.kineticArea = surface.kinetic();
		e.grainDiameter = grainDiameter(c.currentDensity() / surface.area(), meanBarrier(c, stepCharge));
	}

	/**
	 * The surface a plating step spreads its current over, read two ways from one current distribution:
	 * {@code area}, J over the current-weighted local current density (the coupling's definition of
	 * A<sub>p</sub>, which the grains, the porous thickness, the fresh film and Sand's switch read), and
	 * {@code kinetic}, J/(i₀·BV(η)) at the front's overpotential η (what the charge transfer reads, so
	 * that its overpotential at the coupling's current is η). Both [m²/m²]; equal without a barrier.
	 */
	record PlatingSurface(double area, double kinetic) {
	}

	/**
	 * {@link PlatingSurface} of the coupling's plating current once stripping has taken the separator-side
	 * front a depth r into the host. Stripping has laid open the host surface there, as far as a reaction
	 * reaches into those pores: Z = a<sub>h</sub>λ<sub>h</sub>tanh(r/λ<sub>h</sub>), a<sub>h</sub> the host's solid
	 * surface per volume from its geometry ({@link AnodeDesign#hostSurface()}),
	 * λ<sub>h</sub> = √(κ<sub>h</sub>V<sub>T</sub>/(a<sub>h</sub>i₀)), κ<sub>h</sub> = ε<sub>h</sub><sup>1.5</sup>/ρ<sub>e</sub>
	 * (de Levie's depth for linear kinetics, as for the moss in {@link #activeArea}). That surface is bare
	 * collector, so it is treated as the split treats every bare surface: at the first instant of
	 * plating it draws i₀·BV(η − Δη<sub>nuc</sub>) where the front's η passes its barrier Δη<sub>nuc</sub>
	 * and nothing below, the front i₀·BV(η) on A<sub>p</sub>. η is the root of
	 * A<sub>p</sub>BV(η) + Z·BV(η − Δη<sub>nuc</sub>) = J/i₀, bracketed by 0 and the front's η on A<sub>p</sub>
	 * alone and found by bisection (the left side rises monotonically in η, so the root is unique and
	 * the bisection converges whatever the barrier; evaluating the barrier rule on A<sub>p</sub>'s η
	 * alone would let the bare surface draw at an η the front no longer has). The area is
	 * (A<sub>p</sub>f + Zg)²/(A<sub>p</sub>f² + Zg²), the kinetic area A<sub>p</sub> + Zg/f (f = BV(η),
	 * g = BV(η − Δη<sub>nuc</sub>)). A foil (a<sub>h</sub> = 0), an unstripped front or a front below the
	 * barrier keeps A<sub>p</sub> for both; with no barrier both are A<sub>p</sub> + Z. The surface follows
	 * the host the same way for every collector.
	 */
	PlatingSurface platingSurface(DepositionCoupling c, double recession) {
		return platingSurface(c, recession, Double.NaN, 0.0);
	}

	/**
	 * {@link #platingSurface(DepositionCoupling, double)} once the coupling source has re-solved the split
	 * with the front a depth d below the host's face (area A<sub>d</sub>; NaN: not re-solved): the split's
	 * area there replaces A<sub>p</sub> — the separator's pores no longer shade the front, and the host
	 * surface the split sees in front of it is its own — and only the surface laid open beyond d is this
	 * estimate's, a<sub>h</sub>λ<sub>h</sub>(tanh(r/λ<sub>h</sub>) − tanh(d/λ<sub>h</sub>)).
	 */
	PlatingSurface platingSurface(DepositionCoupling c, double recession, double recededArea, double recededDepth) {
		double front = Double.isNaN(recededArea) ? c.platingArea() : recededArea;
		double counted = Double.isNaN(recededArea) ? 0.0 : Math.min(recededDepth, recession);
		if (!(hostSurface > 0.0) || !(recession > 0.0)) {
			return new PlatingSurface(front, front);
		}
		double zone = hostSurface * hostReach
				* (Math.tanh(recession / hostReach) - Math.tanh(counted / hostReach));
		double i0 = p.exchangeCurrentDensity();
		double current = c.currentDensity();
		double barrier = c.substrateBarrier();
		double lo = 0.0;
		double hi = ChargeTransfer.overpotential(current / front, i0, alphaC, alphaA, thermalVoltage);
		if (!(hi > barrier)) {
			return new PlatingSurface(front, front);
		}
		for (int k = 0; k < 100 && hi - lo > 1e-12; k++) {
			double mid = 0.5 * (lo + hi);
			double drawn = front * ChargeTransfer.current(mid, i0, alphaC, alphaA, thermalVoltage)
					+ zone * ChargeTransfer.current(Math.max(mid - barrier, 0.0), i0, alphaC, alphaA, thermalVoltage);
			if (drawn < current) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double eta = 0.5 * (lo + hi);
		double f = ChargeTransfer.current(eta, 1.0, alphaC, alphaA, thermalVoltage);
		double g = ChargeTransfer.current(Math.max(eta - barrier, 0.0), 1.0, alphaC, alphaA, thermalVoltage);
		double weighted = front * f + zone * g;
		return new PlatingSurface(weighted * weighted / (front * f * f + zone * g * g), front + zone * g / f);
	}

	/**
	 * Charge Q<sub>b</sub> [C/m²] that covers the bare collector surfaces a plating step starts on:
	 * Q<sub>cov</sub> over their area, taken as the plating area times the share of the current that
	 * pays the barrier, A<sub>p</sub>·η<sub>nuc</sub>/Δη<sub>nuc</sub>. Once covered they plate on metal
	 * and pay nothing; the split's barrier cost is that of the first instant.
	 */
	double bareCoverCharge(DepositionCoupling c) {
		if (!(c.substrateBarrier() > 0.0) || !(c.nucleationOverpotential() > 0.0)) {
			return 0.0;
		}
		double share = Math.min(1.0, c.nucleationOverpotential() / c.substrateBarrier());
		return p.coverageCharge() * c.platingArea() * share;
	}

	/** Barrier η<sub>nuc</sub>·exp(−q/Q<sub>b</sub>) [V] paid once a step has plated q [C/m²]. */
	double barrierAfter(DepositionCoupling c, double plated) {
		double cover = bareCoverCharge(c);
		return cover > 0.0 ? c.nucleationOverpotential() * Math.exp(-plated / cover) : 0.0;
	}

	/**
	 * Barrier averaged over the charge q of a step, η<sub>nuc</sub>(Q<sub>b</sub>/q)(1 − e<sup>−q/Q<sub>b</sub></sup>)
	 * [V]: the metal a step plates on the bare surfaces before they are covered is what nucleates at
	 * the barrier; the whole barrier for q = 0.
	 */
	double meanBarrier(DepositionCoupling c, double stepCharge) {
		double cover = bareCoverCharge(c);
		if (!(stepCharge > 0.0) || cover <= 0.0) {
			return cover > 0.0 ? c.nucleationOverpotential() : 0.0;
		}
		return c.nucleationOverpotential() * cover / stepCharge * -Math.expm1(-stepCharge / cover);
	}

	/**
	 * Diameter [m] of the grains (whiskers, nodules) a deposit grows at local current density j per
	 * real area, paying a mean nucleation barrier η<sub>nuc</sub> where it lands on bare collector:
	 * d = d<sub>w</sub>·η<sub>ct</sub>(j<sub>ref</sub>)/(η<sub>ct</sub>(j) + η<sub>nuc</sub>), d<sub>w</sub> being the
	 * pair's diameter on metal at j<sub>ref</sub> = 1 mA cm⁻². Nucleus size scales with the inverse of
	 * the overpotential that forms it (Pei et al., Nano Lett. 17 (2017) 1132; Ely &amp; García, J.
	 * Electrochem. Soc. 160 (2013) A662), so a host that spreads the current over more metal area
	 * grows coarser metal with less surface than a planar front at the same geometric current, while
	 * metal forced onto bare fibres above their barrier grows fine.
	 */
	double grainDiameter(double localCurrent, double nucleation) {
		double reference = ChargeTransfer.overpotential(GRAIN_REFERENCE_CURRENT, p.exchangeCurrentDensity(), alphaC,
				alphaA, thermalVoltage);
		double eta = ChargeTransfer.overpotential(localCurrent, p.exchangeCurrentDensity(), alphaC, alphaA,
				thermalVoltage) + nucleation;
		return p.whiskerDiameter() * reference / eta;
	}

	/**
	 * Ionic resistance R<sub>f</sub> = R<sub>SEI</sub>·q<sub>f</sub>/σ<sub>SEI</sub> [Ω m² of surface] of the
	 * film on the mossy deposit's whiskers: a film of uniform resistivity conducts ions in proportion to
	 * its thickness, so the film a fresh surface forms (σ<sub>SEI</sub>) has R<sub>SEI</sub> and one that
	 * calendar growth has thickened to q<sub>f</sub> has q<sub>f</sub>/σ<sub>SEI</sub> times more. Aged moss
	 * thus reacts less (Peled, J. Electrochem. Soc. 126 (1979) 2047: the parabolic growth law itself
	 * follows from that resistance).
	 */
	double filmResistance(ElectrodeState e) {
		return filmResistance(e.mossFilm);
	}

	/**
	 * Ionic resistance [Ω m² of surface] of the film on the dense metal, R<sub>SEI</sub>·q<sub>d</sub>/σ<sub>SEI</sub>
	 * on the same thickness basis as the moss's ({@link #filmResistance}): the dense face has carried its
	 * film since the cell was assembled, so it is as thick as the calendar law has grown it since then.
	 */
	double denseFilmResistance(ElectrodeState e) {
		return filmResistance(e.denseFilm);
	}

	/** R<sub>SEI</sub>·max(q, σ<sub>SEI</sub>)/σ<sub>SEI</sub>; R<sub>SEI</sub> when there is no formation film to scale by. */
	private double filmResistance(double film) {
		double sigma = p.seiChargePerArea();
		if (!(sigma > 0.0)) {
			return p.seiFilmResistance();
		}
		return p.seiFilmResistance() * Math.max(film, sigma) / sigma;
	}

	/**
	 * SEI charge [C/m²] on the dense metal's surface: at least the formation film σ<sub>SEI</sub>, grown
	 * since assembly by the calendar law ({@link #calendarSei}) to √(σ<sub>SEI</sub>² + k<sub>cal</sub>²t).
	 */
	double denseFilm(ElectrodeState e) {
		return Math.max(e.denseFilm, p.seiChargePerArea());
	}

	/**
	 * Reactive area of the dense metal per geometric area: its surface (1) reacting through its film,
	 * g<sub>d</sub>/g₀ = 1/(1 + R<sub>d</sub>i₀/V<sub>T</sub>) with R<sub>d</sub> the film's resistance
	 * ({@link #denseFilmResistance}), the film in series with the charge transfer of linear kinetics (as
	 * for the whiskers in {@link #activeArea}). 1 unless the run lets that film resist
	 * ({@link LifeRunOptions#agedDenseFace()}).
	 */
	double denseArea(ElectrodeState e) {
		if (e.reservoir || !agedDenseFace) {
			return 1.0;
		}
		return 1.0 / (1.0 + denseFilmResistance(e) * p.exchangeCurrentDensity() / thermalVoltage);
	}

	/** Whisker surface per volume of the electrode's mossy deposit, 4(1−ε<sub>m</sub>)/d [1/m]. */
	private double mossSurface(ElectrodeState e) {
		return 4.0 * (1.0 - p.mossPorosity()) / e.grainDiameter;
	}

	/** Metal coverage θ = 1 − exp(−Q/Q<sub>cov</sub>) of the electrode's surface. */
	double coverage(ElectrodeState e) {
		if (e.reservoir) {
			return 1.0;
		}
		return -Math.expm1(-Math.max(e.metal, 0.0) / p.coverageCharge());
	}

	/**
	 * Fill fraction φ of the buffer: inactive layer plus the active metal grown beyond its
	 * assembled amount on the buffered side, over the buffer's pore volume.
	 */
	double bufferFill(ElectrodeState e) {
		double volume = e.assembly.bufferPoreVolume();
		if (volume <= 0.0) {
			return 1.0;
		}
		return Math.max(0.0, bufferOccupied(e) / volume);
	}

	/**
	 * Volume [m³/m²] the buffered side takes of the buffer: the held inactive layer plus the active metal
	 * grown beyond its assembled amount there, (1 − f<sub>s</sub>)(Q − Q₀)V<sub>m</sub>/(zF) (negative once
	 * stripping has taken that side's front below where it started, which widens the buffer).
	 */
	private double bufferOccupied(ElectrodeState e) {
		return e.bufferSolid / (1.0 - p.inactiveLayerPorosity())
				+ (1.0 - e.coupling.separatorSideFraction()) * (e.metal - e.initialMetal) * volumePerCharge;
	}

	/**
	 * G = G<sub>c</sub>(1 − (φ − φ<sub>c</sub>)/(1 − φ<sub>c</sub>)) [m]: the empty host left between the
	 * plating front and the separator, G<sub>c</sub> being the gap of the coupling computed at fill
	 * φ<sub>c</sub> (G₀(1 − φ) for the assembled cell's coupling).
	 */
	double gap(ElectrodeState e) {
		if (e.reservoir || e.couplingFill >= 1.0) {
			return 0.0;
		}
		double left = 1.0 - (bufferFill(e) - e.couplingFill) / (1.0 - e.couplingFill);
		return e.coupling.gapToSeparator() * Math.max(0.0, Math.min(1.0, left));
	}

	/**
	 * u = f<sub>s</sub>·exp(−r/ℓ) + (1 − f<sub>s</sub>)·exp(−G/ℓ): the share of new metal that grows against
	 * the separator with no host solid to hold it. The buffered share is held while the gap G is large
	 * and less as the buffer fills; the separator-side share while its front sits a depth r inside the
	 * host, where stripping has taken metal from between the host's solid ({@link #recession}). A foil
	 * (ℓ = 0) holds nothing: u = 1.
	 */
	double unsupportedFraction(ElectrodeState e) {
		DepositionCoupling c = e.coupling;
		double length = c.supportLength();
		if (!(length > 0.0)) {
			return 1.0;
		}
		double fs = c.separatorSideFraction();
		return fs * Math.exp(-recession(e) / length) + (1.0 - fs) * Math.exp(-gap(e) / length);
	}

	/**
	 * Depth r [m] by which the separator-side plating front lies inside the host: the separator-side
	 * share of the metal stripped below the assembled amount, f<sub>s</sub>(Q₀ − Q)V<sub>m</sub>/(zFε<sub>h</sub>).
	 * The pre-deposit fills the host's pores up to the face, so what stripping takes there leaves the
	 * host's solid standing in front of the metal, and metal plated back among it is held by it, which a
	 * bare foil's front is not.
	 */
	double recession(ElectrodeState e) {
		return recession(e, e.coupling);
	}

	/** {@link #recession(ElectrodeState)} with the separator-side fraction of coupling c. */
	double recession(ElectrodeState e, DepositionCoupling c) {
		if (e.reservoir || !(e.metal < e.initialMetal)) {
			return 0.0;
		}
		return c.separatorSideFraction() * (e.initialMetal - e.metal) * volumePerCharge / cell.anode().hostPorosity();
	}

	/** Thickness of the inactive layer pressed against the separator [m]. */
	double separatorLayer(ElectrodeState e) {
		return e.reservoir ? 0.0 : e.separatorSolid / (1.0 - p.inactiveLayerPorosity());
	}

	/** Total inactive layer thickness between the active metal and the separator [m]. */
	double layerThickness(ElectrodeState e) {
		if (e.reservoir) {
			return 0.0;
		}
		return separatorLayer(e)
				+ e.bufferSolid / ((1.0 - p.inactiveLayerPorosity()) * e.assembly.bufferPorosity());
	}

	/**
	 * Pore volume [m³/m²] that stripping has emptied inside the host at its separator face,
	 * f<sub>s</sub>(Q₀ − Q)V<sub>m</sub>/(zF) (the recession r times ε<sub>h</sub>): the host's solid keeps
	 * the separator where it was, so that space lies between the metal and the separator and takes the
	 * inactive layer first. Without host solid (ℓ = 0) the stack follows the receding front and nothing
	 * is left empty.
	 */
	double emptiedPores(ElectrodeState e) {
		if (e.reservoir || !(e.coupling.supportLength() > 0.0)) {
			return 0.0;
		}
		return recession(e) * cell.anode().hostPorosity();
	}

	/**
	 * Height [m] by which the inactive layers stand above the host's face: the layer against the
	 * separator plus what overflows the buffer, less the pores stripping emptied inside the host at its
	 * separator face ({@link #emptiedPores}), max(0, δ<sub>sep</sub> + O − E). The held share lies among
	 * the host's solid: in the buffer while it has room (as wide as the buffered side's metal leaves it,
	 * {@link #bufferOccupied}), in those pores once it overflows (an upright electrode has no buffer, so
	 * all of it), and what those pores cannot take stands above the face with the separator's layer:
	 * every inactive volume is somewhere. At the top of a charge the metal plated back has refilled most
	 * of the emptied pores, so there the held share usually overflows.
	 */
	double separatorHeight(ElectrodeState e) {
		if (e.reservoir) {
			return 0.0;
		}
		double overflow = Math.max(0.0, bufferOccupied(e) - e.assembly.bufferPoreVolume());
		return Math.max(0.0, separatorLayer(e) + overflow - emptiedPores(e));
	}

	/** Combined height of the inactive layers against the separator, both faces [m]. */
	double separatorLayers(CellState s) {
		return separatorHeight(s.working) + (s.counter == null ? 0.0 : separatorHeight(s.counter));
	}

	/** The layers' height at which they bridge the separator: its thickness [m]. */
	double penetrationHeight() {
		return cell.separator().thickness();
	}

	/**
	 * Reactive area of the metal per geometric area: the dense surface through its film ({@link #denseArea})
	 * plus the mossy deposit's whisker surface as far as ions reach it (de Levie's porous electrode, linear
	 * kinetics), its whiskers reacting through their SEI film: A<sub>d</sub> + a<sub>v</sub>λ(g/g₀)·tanh(L<sub>p</sub>/λ) with
	 * g₀ = i₀/V<sub>T</sub>, g = 1/(V<sub>T</sub>/i₀ + R<sub>f</sub>), λ = √(κ<sub>m</sub>/(a<sub>v</sub>g)),
	 * R<sub>f</sub> the aged film's resistance ({@link #filmResistance}) and L<sub>p</sub> the mossy layer's
	 * thickness. Roughening thus lowers the charge-transfer
	 * overpotential, up to a layer thickness of about λ (Wood et al., ACS Cent. Sci. 2016).
	 */
	double activeArea(ElectrodeState e) {
		double dense = denseArea(e);
		if (e.reservoir || e.porousMetal <= 0.0) {
			return dense;
		}
		double thickness = e.porousMetal * volumePerCharge / (1.0 - p.mossPorosity());
		double bare = p.exchangeCurrentDensity() / thermalVoltage;
		double filmed = 1.0 / (1.0 / bare + filmResistance(e));
		double surface = mossSurface(e);
		double lambda = Math.sqrt(mossConductivity / (surface * filmed));
		return dense + surface * lambda * (filmed / bare) * Math.tanh(thickness / lambda);
	}

	/**
	 * Voltage cost [V] ≥ 0 of passing current density j (positive = plating on this electrode):
	 * |j|(R<sub>Ω</sub> + δ/κ<sub>d</sub>) + |η<sub>ct</sub>| + η<sub>c</sub> + nucleation, with the exchange
	 * current on the reactive area. Stripping uses i₀θ, so the cost diverges as the metal runs out;
	 * plating pays (1 − θ)Δη<sub>nuc</sub> on a bare substrate. With {@code resistive} set, θ = 1 and no
	 * nucleation: the part that measures runaway.
	 */
	double cost(ElectrodeState e, double j, boolean resistive) {
		if (j == 0.0) {
			return 0.0;
		}
		DepositionCoupling c = e.coupling;
		double magnitude = Math.abs(j);
		double theta = resistive ? 1.0 : coverage(e);
		double limiting = e.limitingCurrent;
		if (magnitude >= limiting) {
			return Double.POSITIVE_INFINITY;
		}
		double ratio = magnitude / limiting;
		double concentration = 2.0 * (1.0 - cell.electrolyte().transferenceNumber()) * thermalVoltage
				/ cell.metal().chargeNumber() * Math.log((1.0 + ratio) / (1.0 - ratio));
		double ohmic = magnitude * (e.ohmicResistance + layerThickness(e) / layerConductivity);
		double i0 = e.exchangeCurrent * activeArea(e);
		double chargeTransfer;
		double nucleation = 0.0;
		if (j > 0.0) {
			// Plating also reacts on the host surface stripping laid open: the step's kinetic area (a ratio
			// of exactly 1 where nothing is laid open, so such cells keep their numbers bit for bit).
			double spread = i0 * (e.kineticArea / c.platingArea());
			chargeTransfer = ChargeTransfer.overpotential(magnitude, spread, alphaC, alphaA, thermalVoltage);
			if (!resistive) {
				nucleation = barrierAfter(c, e.stepCharge) + (1.0 - theta) * c.substrateBarrier();
			}
		} else {
			chargeTransfer = -ChargeTransfer.overpotential(-magnitude, i0 * theta, alphaC, alphaA, thermalVoltage);
		}
		return ohmic + chargeTransfer + concentration + nucleation;
	}

	/** Cathode surface state of charge at signed current J: the mean plus or minus the diffusion lead. */
	double cathodeSurface(CellState s, double current) {
		CathodeElectrode c = cell.cathode();
		return s.cathodeCharge + Math.signum(current) * c.surfaceLead(current) * c.capacity() / s.cathodeCapacity;
	}

	/** Open-circuit voltage of the cell at rest [V]: the cathode's OCV for a full cell, 0 otherwise. */
	double equilibrium(CellState s) {
		return cell.cathode() != null ? cell.cathode().ocv().voltage(s.cathodeCharge) : 0.0;
	}

	/** The cathode's polarisation [V] at |J|: particle kinetics, pore electrolyte and concentration. */
	private double cathodeCost(double magnitude) {
		CathodeElectrode c = cell.cathode();
		if (magnitude >= cathodeLimitingCurrent) {
			return Double.POSITIVE_INFINITY;
		}
		double i0 = c.exchangeCurrentDensity() * c.particleArea();
		double kinetics = ChargeTransfer.overpotential(magnitude, i0, 0.5, 0.5, thermalVoltage);
		double ratio = magnitude / cathodeLimitingCurrent;
		double concentration = 2.0 * (1.0 - cell.electrolyte().transferenceNumber()) * thermalVoltage
				/ cell.metal().chargeNumber() * Math.log((1.0 + ratio) / (1.0 - ratio));
		return kinetics + magnitude * cathodeResistance + concentration;
	}

	/** Total polarisation magnitude [V] at signed current density J (positive plates the working electrode). */
	double polarisation(CellState s, double current, boolean resistive) {
		if (current == 0.0) {
			return 0.0;
		}
		double magnitude = Math.abs(current);
		double total = cost(s.working, current, resistive) + magnitude * separatorResistance;
		if (s.counter != null) {
			total += cost(s.counter, -current, resistive);
		} else {
			total += cathodeCost(magnitude);
		}
		return total;
	}

	/**
	 * Cell voltage [V]: the cathode's OCV at its particles' surface (full cell) plus
	 * sign·sgn(J)·polarisation (may be infinite when metal runs out).
	 */
	double voltage(CellState s, double current) {
		double open = cell.cathode() != null ? cell.cathode().ocv().voltage(cathodeSurface(s, current)) : 0.0;
		return open + sign * Math.signum(current) * polarisation(s, current, false);
	}

	/**
	 * Electrolyte the cell needs to keep its ion path wet [m³/m²]: the separator's and cathode's pores
	 * and those of the inactive layers that grow into the path. The empty host is where the cell's
	 * spare electrolyte sits, so it is not counted. Less than this left and the cell dries out.
	 */
	double poresToWet(CellState s) {
		return fixedPores + openPores(s.working) + (s.counter == null ? 0.0 : openPores(s.counter));
	}

	private double openPores(ElectrodeState e) {
		if (e.reservoir) {
			return 0.0;
		}
		double layerPores = (e.separatorSolid + e.bufferSolid) * p.inactiveLayerPorosity()
				/ (1.0 - p.inactiveLayerPorosity());
		return layerPores;
	}

	/**
	 * Advances the state by dt at constant current density J, with rates frozen at the segment start
	 * (explicit; segments are a fraction of a half-cycle, over which the layers change little).
	 */
	void advance(CellState s, double current, double dt) {
		double dq = Math.abs(current) * dt;
		double seiBefore = s.working.seiLoss + (s.counter == null ? 0.0 : s.counter.seiLoss);
		double uWorking = unsupportedFraction(s.working);
		double uCounter = s.counter == null ? 0.0 : unsupportedFraction(s.counter);
		if (current > 0.0) {
			plate(s.working, Math.abs(current), dq, dt, uWorking);
			if (s.counter != null) {
				strip(s.counter, dq);
			}
		} else if (current < 0.0) {
			strip(s.working, dq);
			if (s.counter != null) {
				plate(s.counter, Math.abs(current), dq, dt, uCounter);
			}
		} else {
			rest(s.working);
			if (s.counter != null) {
				rest(s.counter);
			}
		}
		calendarSei(s.working, dt, uWorking);
		if (s.counter != null) {
			calendarSei(s.counter, dt, uCounter);
		}
		if (cell.cathode() != null && current != 0.0) {
			s.cathodeCharge += current * dt / s.cathodeCapacity;
			double acceleration = initialElectrolyte / s.electrolyte;
			s.cathodeCapacity = Math.max(
					s.cathodeCapacity - cell.cathode().fadePerCycle() * acceleration * dq / 2.0,
					1e-9 * cell.cathode().capacity());
		}
		double seiAfter = s.working.seiLoss + (s.counter == null ? 0.0 : s.counter.seiLoss);
		double solventMoles = p.solventPerSeiMetal() * (seiAfter - seiBefore)
				/ (cell.metal().chargeNumber() * PhysicalConstants.FARADAY);
		s.electrolyte = Math.max(s.electrolyte - solventMoles * p.solventMolarVolume(), 1e-6 * initialElectrolyte);
		s.time += dt;
	}

	/**
	 * Share χ of plating between t₀ and t₀ + dt that happens after the effective Sand's time of the
	 * local current density j = J/A<sub>p</sub> (the step's {@link #platingSurface} area): τ = τ<sub>Sand</sub>(j)/(1 − (J<sub>lim</sub>/j)²) when j
	 * exceeds the limiting current density J<sub>lim</sub> of the electrode's diffusion path, never
	 * otherwise (below J<sub>lim</sub> a steady concentration profile exists and the surface is not
	 * depleted).
	 */
	double tipGrowthShare(ElectrodeState e, double current, double t0, double dt) {
		double local = current / e.platingArea;
		double limiting = e.limitingCurrent;
		if (!(local > limiting)) {
			return 0.0;
		}
		double ratio = limiting / local;
		double sand = cell.electrolyte().sandTime(local) / (1.0 - ratio * ratio);
		if (t0 + dt <= sand) {
			return 0.0;
		}
		return (t0 + dt - Math.max(t0, sand)) / dt;
	}

	/**
	 * Dead share of plated metal: p<sub>iso</sub>(1 − exp(−t<sub>c</sub>/d<sub>w</sub>)) with t<sub>c</sub>
	 * the distance from the deposit's outer surface to the nearest conductor: its porous thickness
	 * t<sub>p</sub> on a free front, at most half the host's solid spacing ℓ where the host supports it
	 * (t<sub>p</sub>(ℓ/2)/(t<sub>p</sub> + ℓ/2)).
	 */
	double deadShare(double porousThickness, double unsupported, double supportLength, double grain) {
		double free = deadFor(porousThickness, grain);
		if (unsupported >= 1.0 || supportLength <= 0.0) {
			return free;
		}
		double half = 0.5 * supportLength;
		double supported = deadFor(porousThickness * half / (porousThickness + half), grain);
		return unsupported * free + (1.0 - unsupported) * supported;
	}

	private double deadFor(double distance, double grain) {
		return p.isolationProbability() * -Math.expm1(-distance / grain);
	}

	/**
	 * Fresh surface [m²/m²] a plating step has exposed after plating q: the coated host area
	 * A<sub>p</sub>(1 − exp(−q/Q<sub>cov</sub>)) while the deposit is a thin film, the whisker surface
	 * 4V<sub>m</sub>q/(zFd) of grains of diameter d once that is larger.
	 */
	double freshSurface(double plated, double platingArea, double grain) {
		double film = platingArea * -Math.expm1(-plated / p.coverageCharge());
		return Math.max(film, 4.0 * volumePerCharge * plated / grain);
	}

	private void plate(ElectrodeState e, double current, double dq, double dt, double unsupported) {
		if (e.reservoir) {
			return;
		}
		DepositionCoupling c = e.coupling;
		double tip = tipGrowthShare(e, current, e.stepTime, dt);
		double porosity = p.mossPorosity() + (p.dendritePorosity() - p.mossPorosity()) * tip;
		double stepAfter = e.stepCharge + dq;
		double porousThickness = (e.stepCharge + 0.5 * dq) * volumePerCharge / (e.platingArea * (1.0 - porosity));
		double dead = deadShare(porousThickness, unsupported, c.supportLength(), e.grainDiameter) * dq;
		double fresh = p.seiChargePerArea() * (freshSurface(stepAfter, e.platingArea, e.grainDiameter)
				- freshSurface(e.stepCharge, e.platingArea, e.grainDiameter));
		fresh = Math.min(fresh, dq - dead);
		double kept = dq - fresh - dead;
		if (e.porousMetal + kept > 0.0) {
			// New whiskers carry a fresh film; the mean film over the moss is surface-weighted.
			e.mossFilm = (e.mossFilm * e.porousMetal + p.seiChargePerArea() * kept) / (e.porousMetal + kept);
		}
		e.metal += kept;
		e.porousMetal += kept;
		e.seiLoss += fresh;
		e.deadLoss += dead;
		e.stepCharge = stepAfter;
		e.stepTime += dt;
		depositInactive(e, fresh + dead, unsupported);
	}

	/** Stripping draws on the mossy and the dense metal in proportion to their reactive areas. */
	private void strip(ElectrodeState e, double dq) {
		if (e.reservoir) {
			return;
		}
		double area = activeArea(e);
		e.porousMetal = Math.max(0.0, e.porousMetal - dq * (area - denseArea(e)) / area);
		e.metal -= dq;
		e.porousMetal = Math.min(e.porousMetal, Math.max(e.metal, 0.0));
		rest(e);
	}

	/** A plating step ends: the next one starts a new deposit layer and a new Sand's clock. */
	private static void rest(ElectrodeState e) {
		e.stepCharge = 0.0;
		e.stepTime = 0.0;
	}

	/**
	 * Parabolic calendar SEI: each film thickens at a rate ∝ 1/thickness, q → √(q² + k<sub>cal</sub>²dt)
	 * (the exact step of the parabolic law). On the dense surface, area θ, the film is as old as the cell:
	 * σ<sub>SEI</sub> at assembly, √(σ<sub>SEI</sub>² + k<sub>cal</sub>²t) at time t, binding θ times its
	 * growth. On the mossy deposit's reached whisker surface the growth of the moss's own film (the mean
	 * film stands for the moss's mix of ages).
	 */
	private void calendarSei(ElectrodeState e, double dt, double unsupported) {
		if (e.reservoir || p.seiCalendarRate() == 0.0) {
			return;
		}
		double k = p.seiCalendarRate();
		double dense = denseFilm(e);
		double denseGrown = Math.sqrt(dense * dense + k * k * dt);
		double denseLoss = coverage(e) * (denseGrown - dense);
		e.denseFilm = denseGrown;
		double film = Math.max(e.mossFilm, p.seiChargePerArea());
		double grown = Math.sqrt(film * film + k * k * dt);
		double mossLoss = 0.0;
		if (e.porousMetal > 0.0) {
			double reached = (activeArea(e) - denseArea(e)) * coverage(e);
			double wetted = wettedMossSurface(e);
			mossLoss = reached * (grown - film);
			e.mossFilm = film + (grown - film) * Math.min(1.0, reached / wetted);
		}
		double loss = Math.min(denseLoss + mossLoss, Math.max(e.metal, 0.0));
		e.metal -= loss;
		e.porousMetal = Math.max(0.0, Math.min(e.porousMetal - loss, e.metal));
		e.seiLoss += loss;
		depositInactive(e, loss, unsupported);
	}

	/** Whisker surface of the electrode's mossy deposit per geometric area, 4V<sub>m</sub>Q<sub>p</sub>/(zFd) [m²/m²]. */
	double wettedMossSurface(ElectrodeState e) {
		return 4.0 * volumePerCharge * Math.max(e.porousMetal, 0.0) / e.grainDiameter;
	}

	private void depositInactive(ElectrodeState e, double charge, double unsupported) {
		double solid = charge * volumePerCharge;
		e.separatorSolid += unsupported * solid;
		e.bufferSolid += (1.0 - unsupported) * solid;
	}
}
