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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;

/**
 * Everything the 2D deposition solver needs: geometry, materials, kinetics, nucleation barriers and
 * how the cell is driven. All SI.
 * <p>
 * <b>Physics.</b> Binary z:z electroneutral electrolyte in the pores (free κ, D) and the separator
 * (κ·ε/τ, D·ε/τ, pore volume ε):
 * <blockquote>  ε ∂c/∂t = ∇·(D<sub>eff</sub> ∇c),   ∇·i = 0,   i = −κ<sub>eff</sub>∇φ + κ<sub>D</sub>∇ln c,   κ<sub>D</sub> = 2κ<sub>eff</sub>RT(1−t₊)/(zF)</blockquote>
 * where φ is the electrolyte potential measured against a metal reference in the local
 * electrolyte. On every working-electrode surface (collector solid or metal) with outward normal n
 * (out of the electrolyte), i·n = j and −D ∂c/∂n = (1−t₊) j/(zF): the anion is blocked, so salt is
 * depleted where metal plates. The cathodic overpotential is η = φ − φ<sub>s</sub> (U = 0 against the
 * metal itself), j &gt; 0 is plating.
 * <p>
 * <b>Nucleation barrier and coverage.</b> A surface is covered by metal with coverage θ ∈ [0, 1]:
 * θ = 1 on metal; on a collector surface θ rises smoothly (a smoothstep) from 0 to 1 as the metal
 * plated on it grows from 0 to the {@link Builder#coverageThickness(double) coverage thickness}.
 * The current is
 * <blockquote>  j = θ·K(η) + (1−θ)·K(max(η − Δη<sub>nuc</sub>, 0))</blockquote>
 * with K the {@link KineticLaw} and Δη<sub>nuc</sub> the substrate's barrier: the covered part reacts
 * as metal; the bare part carries no current at all up to its barrier (exactly, also for a zero
 * barrier at η ≤ 0), plates once η exceeds it, and <em>never strips</em> (it has no metal to strip).
 * An optional ramp in η, {@link NumericalSettings#nucleationOnsetWidth()} wide and above a positive
 * barrier only, can smooth the onset; by default the onset is sharp. Note the literal reading
 * "η<sub>eff</sub> = η − Δη with the anodic branch removed" would make bare surfaces plate
 * i₀·exp(−α<sub>c</sub>FΔη/RT) already at η = 0, i.e. plate below their barrier and drain metal from
 * covered surfaces; this form does not. A fibre given as {@linkplain Fibre#covered() covered} is
 * metal on its surface from the start: θ = 1 always, no barrier, stripping allowed, its geometry
 * unchanged (a film too thin to resolve).
 * <p>
 * <b>Counter electrode.</b> A planar metal electrode at the top boundary with its own kinetic law,
 * solid potential 0 (the reference), reacting over the pore fraction of the separator face; or,
 * with {@link Builder#counterElectrodeAtPotential(double)}, a face held at a prescribed electrolyte
 * potential (an ideally non-polarisable counter electrode, η = 0 there); a
 * working-electrode surface against the separator likewise reacts over the separator's pore
 * fraction. The package documentation lists the remaining modelling choices.
 */
public final class DepositionProblem {

	private final CellGeometry geometry;
	private final MetalProperties metal;
	private final ElectrolyteProperties electrolyte;
	private final double temperature;
	private final KineticLaw kinetics;
	private final KineticLaw counterKinetics;
	private final double counterPotential;
	private final NucleationBarriers barriers;
	private final double coverageThickness;
	private final Control control;
	private final NumericalSettings numerics;

	private DepositionProblem(Builder b) {
		this.geometry = b.geometry;
		this.metal = b.metal;
		this.electrolyte = b.electrolyte;
		this.temperature = b.temperature;
		this.kinetics = b.kinetics;
		this.counterPotential = b.counterPotential;
		this.counterKinetics = !Double.isNaN(counterPotential)
				? null
				: b.counterKinetics == null ? b.kinetics : b.counterKinetics;
		this.barriers = b.barriers;
		this.coverageThickness = b.coverageThickness;
		this.control = b.control;
		this.numerics = b.numerics;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder preset with every value of this problem, to derive variants (another current, grid ...). */
	public Builder toBuilder() {
		return new Builder().geometry(geometry).metal(metal).electrolyte(electrolyte).temperature(temperature)
				.kinetics(kinetics).counterKinetics(counterKinetics).counterElectrodeAtPotential(counterPotential)
				.barriers(barriers).coverageThickness(coverageThickness).control(control).numerics(numerics);
	}

	public CellGeometry geometry() {
		return geometry;
	}

	public MetalProperties metal() {
		return metal;
	}

	public ElectrolyteProperties electrolyte() {
		return electrolyte;
	}

	/** Temperature [K]. */
	public double temperature() {
		return temperature;
	}

	/** Kinetics of the working electrode's surfaces, per real area. */
	public KineticLaw kinetics() {
		return kinetics;
	}

	/** Kinetics of the counter electrode; null when it is held at a {@linkplain #counterPotential() prescribed potential}. */
	public KineticLaw counterKinetics() {
		return counterKinetics;
	}

	/**
	 * Electrolyte potential [V] prescribed at the counter-electrode face (against the counter
	 * electrode's solid), or NaN when the counter electrode has its own kinetics.
	 */
	public double counterPotential() {
		return counterPotential;
	}

	public NucleationBarriers barriers() {
		return barriers;
	}

	/** Metal thickness [m] over which a collector surface turns from bare to covered. */
	public double coverageThickness() {
		return coverageThickness;
	}

	public Control control() {
		return control;
	}

	public NumericalSettings numerics() {
		return numerics;
	}

	/**
	 * Nucleation barrier [V] of a substrate id; the metal's own id has barrier 0 unless the table
	 * says otherwise.
	 */
	public double barrier(String substrate) {
		if (!barriers.contains(substrate) && substrate.equals(metal.id())) {
			return 0.0;
		}
		return barriers.barrier(substrate);
	}

	/** Builds a {@link DepositionProblem}; geometry, metal, electrolyte, kinetics and control are required. */
	public static final class Builder {
		private CellGeometry geometry;
		private MetalProperties metal;
		private ElectrolyteProperties electrolyte;
		private double temperature = PhysicalConstants.DEFAULT_TEMPERATURE;
		private KineticLaw kinetics;
		private KineticLaw counterKinetics;
		private double counterPotential = Double.NaN;
		private NucleationBarriers barriers = NucleationBarriers.none();
		private double coverageThickness = 50e-9;
		private Control control;
		private NumericalSettings numerics = NumericalSettings.defaults();

		private Builder() {
		}

		public Builder geometry(CellGeometry geometry) {
			this.geometry = geometry;
			return this;
		}

		public Builder metal(MetalProperties metal) {
			this.metal = metal;
			return this;
		}

		public Builder electrolyte(ElectrolyteProperties electrolyte) {
			this.electrolyte = electrolyte;
			return this;
		}

		/** Temperature [K], default 298.15 K. */
		public Builder temperature(double temperature) {
			this.temperature = temperature;
			return this;
		}

		/** Kinetics of the working electrode (collector and metal surfaces), per real area. */
		public Builder kinetics(KineticLaw kinetics) {
			this.kinetics = kinetics;
			return this;
		}

		/** Kinetics of the counter electrode; defaults to the working electrode's. */
		public Builder counterKinetics(KineticLaw counterKinetics) {
			this.counterKinetics = counterKinetics;
			if (counterKinetics != null) {
				this.counterPotential = Double.NaN;
			}
			return this;
		}

		/**
		 * Holds the electrolyte at the counter-electrode face at a prescribed potential [V] against
		 * the counter electrode's solid (0 for an ideally non-polarisable metal counter electrode, as
		 * in a peer's "φ = 0 at the top" boundary condition) instead of giving it kinetics; NaN
		 * returns to kinetics.
		 */
		public Builder counterElectrodeAtPotential(double volts) {
			if (Double.isInfinite(volts)) {
				throw new IllegalArgumentException("counter-electrode potential must be finite, got " + volts);
			}
			this.counterPotential = volts;
			if (!Double.isNaN(volts)) {
				this.counterKinetics = null;
			}
			return this;
		}

		/** Nucleation barriers per substrate id; every collector substrate in the geometry needs one. */
		public Builder barriers(NucleationBarriers barriers) {
			this.barriers = barriers;
			return this;
		}

		/** Metal thickness [m] that turns a bare collector surface into a metal surface, default 50 nm. */
		public Builder coverageThickness(double coverageThickness) {
			this.coverageThickness = coverageThickness;
			return this;
		}

		public Builder control(Control control) {
			this.control = control;
			return this;
		}

		public Builder numerics(NumericalSettings numerics) {
			this.numerics = numerics;
			return this;
		}

		/**
		 * @throws IllegalArgumentException naming what is missing or inconsistent
		 */
		public DepositionProblem build() {
			List<String> missing = new ArrayList<>();
			if (geometry == null) {
				missing.add("geometry");
			}
			if (metal == null) {
				missing.add("metal");
			}
			if (electrolyte == null) {
				missing.add("electrolyte");
			}
			if (kinetics == null) {
				missing.add("kinetics");
			}
			if (control == null) {
				missing.add("control");
			}
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException("deposition problem is missing: " + String.join(", ", missing));
			}
			Objects.requireNonNull(barriers, "barriers");
			Objects.requireNonNull(numerics, "numerics");
			if (!(temperature > 0.0) || Double.isInfinite(temperature)) {
				throw new IllegalArgumentException(
						"temperature must be a positive number of kelvin, got " + temperature);
			}
			if (!(coverageThickness > 0.0) || Double.isInfinite(coverageThickness)) {
				throw new IllegalArgumentException(
						"coverage thickness must be positive, got " + coverageThickness + " m");
			}
			electrolyte.requireCompatible(metal);
			List<String> noBarrier = new ArrayList<>();
			for (String s : geometry.substrateIds()) {
				if (!barriers.contains(s) && !s.equals(metal.id())) {
					noBarrier.add(s);
				}
			}
			if (!noBarrier.isEmpty()) {
				throw new IllegalArgumentException("no nucleation barrier given for substrate(s) " + noBarrier
						+ " of the geometry (table has " + barriers.substrates() + ")");
			}
			return new DepositionProblem(this);
		}
	}
}
