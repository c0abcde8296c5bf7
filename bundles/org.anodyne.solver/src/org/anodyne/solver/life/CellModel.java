package org.anodyne.solver.life;

import org.anodyne.solver.PhysicalConstants;

/**
 * The equations of the reduced life model for one cell (see the package documentation): the
 * ageing of a constant-current segment and the cell voltage of a state. Stateless; all state lives
 * in {@link CellState}.
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
	/** κ<sub>d</sub> = κε<sub>d</sub>/τ<sub>d</sub> [S/m] of the inactive layer. */
	private final double layerConductivity;
	private final double separatorResistance;
	private final double initialElectrolyte;

	CellModel(LifeCell cell, LifeParameters parameters) {
		this.cell = cell;
		this.p = parameters;
		this.sign = cell.configuration() == CellConfiguration.FULL ? 1.0 : -1.0;
		this.thermalVoltage = PhysicalConstants.thermalVoltage(cell.temperature());
		this.alphaC = parameters.cathodicTransferCoefficient();
		this.alphaA = 1.0 - alphaC;
		this.volumePerCharge = cell.metal().volumeForCharge(1.0);
		this.layerConductivity = cell.electrolyte().conductivity() * parameters.inactiveLayerPorosity()
				/ parameters.inactiveLayerTortuosity();
		this.separatorResistance = cell.separatorResistance();
		this.initialElectrolyte = cell.electrolyteVolume();
	}

	/** Gives the electrode a new coupling and the rates derived from it. */
	void attach(ElectrodeState e, DepositionCoupling c) {
		if (e.coupling == c) {
			return;
		}
		e.coupling = c;
		e.exchangeCurrent = c.effectiveExchangeCurrent(alphaC, cell.temperature());
		e.limitingCurrent = c.limitingCurrentDensity(cell.electrolyte().transferenceNumber(),
				cell.metal().chargeNumber(), cell.temperature());
		e.ohmicResistance = c.ohmicResistance();
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
		DepositionCoupling c = e.coupling;
		if (c.bufferPoreVolume() <= 0.0) {
			return 1.0;
		}
		double occupied = e.bufferSolid / (1.0 - p.inactiveLayerPorosity())
				+ (1.0 - c.separatorSideFraction()) * (e.metal - e.initialMetal) * volumePerCharge;
		return Math.max(0.0, occupied / c.bufferPoreVolume());
	}

	/**
	 * u = f<sub>s</sub> + (1 − f<sub>s</sub>)·exp(−G/ℓ), G = G₀(1 − φ): the share of new metal that
	 * grows against the separator with no fibres to hold it. It rises as the buffer fills.
	 */
	double unsupportedFraction(ElectrodeState e) {
		DepositionCoupling c = e.coupling;
		double fs = c.separatorSideFraction();
		if (fs >= 1.0) {
			return 1.0;
		}
		double gap = c.gapToSeparator() * Math.max(0.0, 1.0 - bufferFill(e));
		double exposed = c.supportLength() > 0.0 ? Math.exp(-gap / c.supportLength()) : 1.0;
		return fs + (1.0 - fs) * exposed;
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
				+ e.bufferSolid / ((1.0 - p.inactiveLayerPorosity()) * e.coupling.bufferPorosity());
	}

	/** Combined inactive layers against the separator, both faces [m]. */
	double separatorLayers(CellState s) {
		return separatorLayer(s.working) + (s.counter == null ? 0.0 : separatorLayer(s.counter));
	}

	/**
	 * Voltage cost [V] ≥ 0 of passing current density j (positive = plating on this electrode):
	 * |j|(R<sub>Ω</sub> + δ/κ<sub>d</sub>) + |η<sub>ct</sub>| + η<sub>c</sub> + nucleation. Stripping uses
	 * i₀θ, so the cost diverges as the metal runs out; plating pays (1 − θ)Δη<sub>nuc</sub> on a bare
	 * substrate. With {@code resistive} set, θ = 1 and no nucleation: the part that measures runaway.
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
		double i0 = e.exchangeCurrent;
		double chargeTransfer;
		double nucleation = 0.0;
		if (j > 0.0) {
			chargeTransfer = ChargeTransfer.overpotential(magnitude, i0, alphaC, alphaA, thermalVoltage);
			if (!resistive) {
				nucleation = c.nucleationOverpotential() + (1.0 - theta) * c.substrateBarrier();
			}
		} else {
			chargeTransfer = -ChargeTransfer.overpotential(-magnitude, i0 * theta, alphaC, alphaA, thermalVoltage);
		}
		return ohmic + chargeTransfer + concentration + nucleation;
	}

	/** Open-circuit voltage of the cell [V]: the cathode's OCV for a full cell, 0 otherwise. */
	double equilibrium(CellState s) {
		return cell.cathode() != null ? cell.cathode().ocv().voltage(s.cathodeCharge) : 0.0;
	}

	/** Total polarisation magnitude [V] at signed current density J (positive plates the working electrode). */
	double polarisation(CellState s, double current, boolean resistive) {
		if (current == 0.0) {
			return 0.0;
		}
		double total = cost(s.working, current, resistive) + Math.abs(current) * separatorResistance;
		if (s.counter != null) {
			total += cost(s.counter, -current, resistive);
		} else {
			total += Math.abs(current) * cell.cathode().resistance();
		}
		return total;
	}

	/** Cell voltage [V]: V<sub>eq</sub> + sign·sgn(J)·polarisation (may be infinite when metal runs out). */
	double voltage(CellState s, double current) {
		return equilibrium(s) + sign * Math.signum(current) * polarisation(s, current, false);
	}

	/**
	 * Advances the state by dt at constant current density J, with rates frozen at the segment start
	 * (explicit; segments are a fraction of a half-cycle, over which the layers change little).
	 */
	void advance(CellState s, double current, double dt) {
		double dq = Math.abs(current) * dt;
		double seiBefore = s.working.seiLoss + (s.counter == null ? 0.0 : s.counter.seiLoss);
		double thetaWorking = coverage(s.working);
		double uWorking = unsupportedFraction(s.working);
		double thetaCounter = s.counter == null ? 0.0 : coverage(s.counter);
		double uCounter = s.counter == null ? 0.0 : unsupportedFraction(s.counter);
		if (current > 0.0) {
			plate(s.working, dq, uWorking);
			if (s.counter != null) {
				strip(s.counter, dq);
			}
		} else if (current < 0.0) {
			strip(s.working, dq);
			if (s.counter != null) {
				plate(s.counter, dq, uCounter);
			}
		}
		continuousSei(s.working, dt, thetaWorking, uWorking);
		if (s.counter != null) {
			continuousSei(s.counter, dt, thetaCounter, uCounter);
		}
		if (cell.cathode() != null && current != 0.0) {
			s.cathodeCharge += current * dt / s.cathodeCapacity;
			double acceleration = initialElectrolyte / s.electrolyte;
			s.cathodeCapacity = Math.max(s.cathodeCapacity - p.cathodeFadePerCycle() * acceleration * dq / 2.0,
					1e-9 * cell.cathode().capacity());
		}
		double seiAfter = s.working.seiLoss + (s.counter == null ? 0.0 : s.counter.seiLoss);
		double solventMoles = p.solventPerSeiMetal() * (seiAfter - seiBefore)
				/ (cell.metal().chargeNumber() * PhysicalConstants.FARADAY);
		s.electrolyte = Math.max(s.electrolyte - solventMoles * p.solventMolarVolume(), 1e-6 * initialElectrolyte);
		s.time += dt;
	}

	private void plate(ElectrodeState e, double dq, double unsupported) {
		if (e.reservoir) {
			return;
		}
		double fresh = p.freshSeiLoss() * dq;
		double dead = (p.deadMetalSupported() * (1.0 - unsupported) + p.deadMetalUnsupported() * unsupported) * dq;
		e.metal += dq - fresh - dead;
		e.seiLoss += fresh;
		e.deadLoss += dead;
		depositInactive(e, fresh + dead, unsupported);
	}

	private static void strip(ElectrodeState e, double dq) {
		if (!e.reservoir) {
			e.metal -= dq;
		}
	}

	private void continuousSei(ElectrodeState e, double dt, double theta, double unsupported) {
		if (e.reservoir || p.seiCurrentDensity() == 0.0) {
			return;
		}
		double loss = Math.min(p.seiCurrentDensity() * e.coupling.exposedArea() * theta * dt, Math.max(e.metal, 0.0));
		e.metal -= loss;
		e.seiLoss += loss;
		depositInactive(e, loss, unsupported);
	}

	private void depositInactive(ElectrodeState e, double charge, double unsupported) {
		double solid = charge * volumePerCharge;
		e.separatorSolid += unsupported * solid;
		e.bufferSolid += (1.0 - unsupported) * solid;
	}
}
