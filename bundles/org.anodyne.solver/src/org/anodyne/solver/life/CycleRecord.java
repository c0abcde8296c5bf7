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

/**
 * One cycle of a life run. A cycle starts when plating on the working electrode (charging) begins
 * after a stripping (discharge) step, so "plate, strip" and "charge, discharge" are one cycle each;
 * rests belong to the cycle they fall in. Capacities in C/m², voltages in V, thicknesses in m.
 *
 * @param cycle                   1-based index
 * @param startTime               [s]
 * @param endTime                 [s]
 * @param chargeCapacity          charge passed plating the working electrode (charging) [C/m²]
 * @param dischargeCapacity       charge passed stripping it (discharging) [C/m²]
 * @param coulombicEfficiency     discharge/charge as a cycler measures it (NaN without charge); 1 in
 *                                fixed-capacity symmetric cycling by construction
 * @param retention               discharge capacity over the first cycle's (NaN without discharge)
 * @param meanOverpotential       time-average |V − V<sub>eq</sub>| while current flows
 * @param peakOverpotential       largest |V − V<sub>eq</sub>|
 * @param metalEfficiency         the model's Coulombic efficiency of the working electrode: 1 − metal
 *                                lost to SEI and dead metal during the cycle / metal plated on it
 * @param activeMetal             active metal left on the working electrode at the end [C/m²]
 * @param inactiveLayerThickness  inactive layer of the working electrode at the end [m]
 * @param separatorLayerThickness height of the inactive layers against the separator above the host's face, both faces [m]
 * @param electrolyteFraction     electrolyte left over the initial volume
 * @param cathodeCapacity         cathode capacity at the end [C/m²], NaN without cathode
 */
public record CycleRecord(int cycle, double startTime, double endTime, double chargeCapacity,
		double dischargeCapacity, double coulombicEfficiency, double retention, double meanOverpotential,
		double peakOverpotential, double metalEfficiency, double activeMetal, double inactiveLayerThickness,
		double separatorLayerThickness, double electrolyteFraction, double cathodeCapacity) {
}
