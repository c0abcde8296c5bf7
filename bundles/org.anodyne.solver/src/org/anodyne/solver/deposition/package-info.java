/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The 2D deposition solver: where metal plates in a porous (or planar) current collector, from
 * the first instant (the steady current split) through a transient to a given charge.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * CellGeometry geometry = CellGeometry.builder()
 *         .width(100e-6).gridSpacing(1e-6).hostThickness(300e-6)
 *         .fibres(FibreLayouts.staggeredLattice(100e-6, 300e-6, 9e-6, 20e-6,
 *                 FibreLayouts.rowPitchForPorosity(9e-6, 20e-6, 0.75), "carbon"))
 *         .separator(SeparatorProperties.bruggeman(25e-6, 0.55))
 *         .preDeposit(MetalProperties.lithium().volumeForCharge(216_000), Orientation.INVERTED)
 *         .build();
 * DepositionProblem problem = DepositionProblem.builder().geometry(geometry)
 *         .metal(MetalProperties.lithium())
 *         .electrolyte(new ElectrolyteProperties(1000, 2.93e-10, 0.45, 1.1, 1))
 *         .kinetics(ButlerVolmer.symmetric(10.0))
 *         .barriers(NucleationBarriers.builder().barrier("carbon", 0.040).build())
 *         .control(Control.galvanostatic(2.5)).build();
 * DepositionSnapshot first = new DepositionSolver(problem).steadySplit(monitor);
 * DepositionRun run = new DepositionSolver(problem).transientRun(
 *         TransientSettings.untilCharge(36_000).withOutputTimes(3600, 7200), monitor);
 * }</pre>
 * Everything is SI (m, s, A/m², C/m², mol/m³, V). Current densities of the control and of the
 * scalars are per <em>geometric</em> area (the footprint W × unit depth); exchange current
 * densities and surface current densities are per <em>real</em> surface area.
 *
 * <h2>Sign conventions</h2>
 * φ is the electrolyte potential measured against a metal reference electrode in the local
 * electrolyte, φ<sub>s</sub> the potential of the working electrode's solid (collector and metal,
 * one equipotential) against the counter electrode's solid (0). n points out of the electrolyte
 * into the electrode. The cathodic overpotential η = φ − φ<sub>s</sub> is positive for plating,
 * and j &gt; 0 is plating (cations leave the electrolyte into the electrode). The cell
 * overpotential reported is −φ<sub>s</sub>, positive while plating onto the working electrode.
 *
 * <h2>Model</h2>
 * See {@link org.anodyne.solver.deposition.DepositionProblem} for the equations, the nucleation
 * barrier and coverage, and the counter electrode. Further modelling choices:
 * <ul>
 * <li>The deposit is a volume of fluid: each electrolyte cell holds a metal fill fraction.
 * Plating through an electrode face fills the electrolyte cell next to it; a full cell becomes
 * metal and passes its excess to its electrolyte neighbour along the growth direction, so
 * deposits move and merge while metal volume equals ∫j dt·V<sub>m</sub>/(zF) to rounding.
 * Transport sees a partially filled cell as electrolyte.</li>
 * <li>The separator's pores (tens of nm) admit no metal: metal plated against the separator
 * creeps through the metal to the nearest free pore of the host; only a full host would let the
 * separator fill. Metal reaching the counter electrode (possible without a separator) ends a run
 * as a short circuit.</li>
 * <li>When a cell fills, the salt in it leaves the model with the displaced electrolyte (the
 * electrolyte volume shrinks by the deposit volume).</li>
 * <li>Fibres can be given one by one (a peer's exact layout), each bare or
 * {@linkplain org.anodyne.solver.deposition.Fibre#covered() covered} by an unresolved metal film;
 * the counter electrode has its own kinetics or is held at a prescribed potential (a design
 * says which with its study's solver settings' {@code counterElectrodePotential}).</li>
 * <li>Collector solids (fibres, substrate bands, polygons of plug-in collector types) are
 * embedded boundaries: cut cells with exact cut volumes, face apertures and surface pieces
 * ({@link org.anodyne.solver.deposition.CutCellGeometry}); the scheme is second order up to the
 * surfaces (φ<sub>s</sub> of the peer benchmark: observed order 2.0). The old staircase (a cell is
 * solid when its centre is inside; fibre areas corrected to the true perimeter; first order) stays
 * selectable with {@link org.anodyne.solver.deposition.NumericalSettings.Boundary#STAIRCASE} for
 * comparison. Deposit fronts are reconstructed by default on the cut-cell path
 * ({@link org.anodyne.solver.deposition.NumericalSettings.Front#RECONSTRUCTED}): a partly filled
 * cell of the open pores carries a PLIC segment (ELVIRA normal, exact fill) that narrows its faces
 * and carries the plating current as a cut piece does, solved from the cell's centre or, once the
 * front has passed it, from the neighbour the normal points into; the fill stays the conserved
 * quantity. The length that current flows through is the front's curve inside the cell, from the
 * height functions of its column (row) and its neighbours', not the segment's: PLIC segments on a
 * curved front leave gaps and overlaps at the cell edges, and their total length converges at first
 * order. Where the front meets a collector solid, the cell's electrolyte is the cell minus the
 * solid minus the deposit's half-plane: the segment clipped against the solid, the solid's surface
 * buried behind the front no electrode face. A solid's part above the host lies in the separator
 * and is collector surface like the rest. A cell stores salt in its electrolyte volume (1 − fill)·V, and the electrolyte the metal
 * displaces flows off towards the counter electrode with its salt. The staircase path keeps the
 * volume-of-fluid front ({@link org.anodyne.solver.deposition.NumericalSettings.Front#CELL_FACES}: a
 * filled cell turns metal whole and its open faces are the front).</li>
 * <li>Kinetics at a surface use the concentration and potential carried from the cell centre to
 * the face with the gradient the face flux implies, except at the first instant when the
 * electrolyte is at rest.</li>
 * </ul>
 *
 * <h2>Numerics</h2>
 * Cell-centred finite volumes on a uniform grid, periodic in x. Each time step: backward-Euler
 * diffusion of c with the current surface fluxes, deposit update, then the quasi-static potential
 * by Newton's method with the face currents eliminated face by face and φ<sub>s</sub> obtained by
 * superposition of two linear solves. The nucleation onset of bare surfaces is sharp, so the face
 * law is only piecewise smooth; Newton uses its one-sided derivative (a semismooth Newton
 * method) and takes the same few iterations on every grid. Each face solve is a safeguarded
 * Newton iteration inside a bracket that always holds the root and stops at the rounding level of
 * its own terms, so it cannot fail for any exchange current. Linear systems are solved matrix-free by conjugate gradients
 * preconditioned with a geometric multigrid V-cycle (coefficient coarsening), so the work grows
 * linearly with the number of cells. The time step grows geometrically and is limited by the fill
 * rate (no cell gains more than a set fraction of its volume per step), by the output times and by
 * an optional maximum. Cut cells less than half open do not limit the step: they may overfill and
 * pass the excess on (flux redistribution, exactly conservative), since backward Euler and the
 * quasi-static potential are stable whatever a cell's volume — only the fill limit would shrink
 * with it. Equal geometries share their preparation (cut cells and multigrid hierarchy) within a
 * process.
 */
package org.anodyne.solver.deposition;
