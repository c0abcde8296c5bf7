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

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;

/** Cells shared by the deposition tests. */
final class TestCells {

	/** 1 mAh cm⁻² in C/m². */
	static final double MAH_PER_CM2 = 36_000.0;
	/** 1 mA cm⁻² in A/m². */
	static final double MA_PER_CM2 = 10.0;

	/** The paper's ether electrolyte: 1 M LiTFSI in DOL/DME, D from the paper, typical κ and t₊. */
	static final ElectrolyteProperties ETHER = new ElectrolyteProperties(1000.0, 2.93e-10, 0.45, 1.1, 1);

	/**
	 * Lithium made 10⁵ times denser: the electrode surface does not move, so analytic solutions for a
	 * stationary electrode apply exactly.
	 */
	static final MetalProperties IMMOBILE_LITHIUM = new MetalProperties("Li", 1, 6.94e-3, 534.0e5, -3.04);

	private TestCells() {
	}

	/**
	 * A planar metal electrode at the bottom (a metal foil one cell thick) facing a counter electrode
	 * across a free electrolyte gap, without separator: the 1D cell of SCIENCE.md §4.
	 */
	static DepositionProblem.Builder planar(double h, int columns, double gap, MetalProperties metal,
			ElectrolyteProperties electrolyte, double currentDensity) {
		CellGeometry g = CellGeometry.builder().width(columns * h).gridSpacing(h).hostThickness(gap + h).metalFoil(h)
				.build();
		return DepositionProblem.builder().geometry(g).metal(metal).electrolyte(electrolyte)
				.kinetics(ButlerVolmer.symmetric(10.0)).control(Control.galvanostatic(currentDensity));
	}

	/**
	 * The paper's carbon-cloth electrode: a 300 µm host of 9 µm carbon fibres in a staggered
	 * lattice (x-pitch 20 µm, porosity 0.75), 6 mAh cm⁻² of Li pre-deposited on one face, a 25 µm
	 * Celgard-like separator (ε 0.55, Bruggeman), ether electrolyte, i₀ = 1 mA cm⁻² per real area,
	 * barrier 40 mV on carbon.
	 */
	static DepositionProblem carbonCloth(double h, double width, Orientation orientation, double currentDensity) {
		double host = 300e-6;
		double diameter = 9e-6;
		double xPitch = 20e-6;
		MetalProperties li = MetalProperties.lithium();
		CellGeometry g = CellGeometry.builder().width(width).gridSpacing(h).hostThickness(host)
				.fibres(FibreLayouts.staggeredLattice(width, host, diameter, xPitch,
						FibreLayouts.rowPitchForPorosity(diameter, xPitch, 0.75), "carbon"))
				.separator(SeparatorProperties.bruggeman(25e-6, 0.55))
				.preDeposit(li.volumeForCharge(6 * MAH_PER_CM2), orientation).build();
		return DepositionProblem.builder().geometry(g).metal(li).electrolyte(ETHER)
				.kinetics(ButlerVolmer.symmetric(1.0 * MA_PER_CM2))
				.barriers(NucleationBarriers.builder().barrier("carbon", 0.040).build())
				.control(Control.galvanostatic(currentDensity)).build();
	}
}
