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
 * The design numbers of one instant of a deposition run. SI units; "geometric" means per area of
 * the electrode's footprint (the periodic width times unit depth).
 *
 * @param step                         time step number (0 for the first instant)
 * @param time                         t [s]
 * @param charge                       charge passed so far [C/m² geometric]
 * @param currentDensity               total working-electrode current at this instant [A/m² geometric], positive plating
 * @param solidPotential               φ<sub>s</sub> of the working electrode against the counter electrode's solid [V]
 * @param cellOverpotential            −φ<sub>s</sub> [V]: positive while plating onto the working electrode
 *                                     (ohmic, concentration and both electrodes' kinetic parts)
 * @param newMetalFractionLowerHalf    fraction of the metal plated so far that lies in the lower half of the
 *                                     host; at t = 0 the limit t → 0, i.e. the current fraction
 * @param currentFractionLowerHalf     fraction of the current at this instant flowing into surfaces in the
 *                                     lower half of the host
 * @param initialCurrentFractionLowerHalf the same at t = 0 (the steady current split)
 * @param maxDepositHeight             highest point of metal above the bottom wall [m]
 * @param separatorGap                 free height between that point and the separator [m], ≥ 0
 * @param ohmicBarrierNumber           Π = J·H/(κ<sub>eff</sub>·Δη<sub>nuc</sub>) with H the gap, κ<sub>eff</sub> = κ·ε<sub>host</sub><sup>1.5</sup>
 *                                     and Δη<sub>nuc</sub> the barrier of the bare collector surface with the
 *                                     largest area (0 if no bare surface is left, +∞ if its barrier is 0)
 * @param bareSurfaceBarrierRatio      max over bare collector surfaces of η/Δη<sub>nuc</sub>: below 1 the bare
 *                                     fibres stay under their barrier (0 if no bare surface is left)
 * @param limitingCurrentRatio         J/J<sub>lim</sub> with J<sub>lim</sub> = 2zFc₀/((1−t₊)·Σ L/D<sub>eff</sub>) over
 *                                     separator and gap
 * @param sandTimeRatio                t/τ<sub>Sand</sub> with τ<sub>Sand</sub> = πD(zc₀F)²/(4(J(1−t₊))²) for the bulk D
 * @param chargeConservationError      |deposited volume − ∫I dt·V<sub>m</sub>/(zF)| relative to the latter
 *                                     (0 at t = 0); I is the applied current in galvanostatic runs
 * @param minSurfaceConcentration      lowest salt concentration on any working-electrode surface [mol/m³]
 * @param depositedThickness           net new metal per geometric area [m³/m² = m]
 */
public record DepositionScalars(long step, double time, double charge, double currentDensity, double solidPotential,
		double cellOverpotential, double newMetalFractionLowerHalf, double currentFractionLowerHalf,
		double initialCurrentFractionLowerHalf, double maxDepositHeight, double separatorGap, double ohmicBarrierNumber,
		double bareSurfaceBarrierRatio, double limitingCurrentRatio, double sandTimeRatio,
		double chargeConservationError, double minSurfaceConcentration, double depositedThickness) {
}
