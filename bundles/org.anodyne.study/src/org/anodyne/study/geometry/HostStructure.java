/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.geometry;

import java.util.List;

/**
 * The solids a {@link CollectorGeometryGenerator} lays out for one collector, in metres, plus the few
 * numbers the cycle-life coupling needs about the host. The solids are the study layer's own types
 * (circles, full-width bands, polygons), so a generator in a third-party bundle needs no solver type;
 * the study layer translates them for the solver.
 *
 * @param hostThickness     height of the solver's host region above the bottom wall [m]: the collector
 *                          thickness for a porous host; for a foil, the foil plus the room the metal
 *                          grows into
 * @param collectorThickness thickness of the collector itself [m]
 * @param porosity          pore fraction of the collector, in (0, 1) for porous hosts and 0 for a foil
 * @param solidDiameter     diameter of the host's fibres or ligaments [m]; 0 for a foil
 * @param supportLength     spacing of the host's solids across the thickness [m]: a deposit closer than
 *                          this to the separator has no host solid left to hold it; 0 for a foil
 * @param preDepositFace    the face of the host region the pre-deposit fills from: the anode's
 *                          orientation for a porous host; {@link AnodeOrientation#INVERTED} (from the
 *                          bottom, i.e. onto the foil) for a foil lying on the bottom wall
 * @param fibres            circular solids (fibres, ligament sections), possibly overlapping
 * @param planarSolids      bands across the width (foils)
 * @param polygons          polygons, e.g. vertical wires or strips as rectangles
 */
public record HostStructure(double hostThickness, double collectorThickness, double porosity, double solidDiameter,
		double supportLength, AnodeOrientation preDepositFace, List<CircleSolid> fibres, List<PlanarSolid> planarSolids,
		List<PolygonSolid> polygons) {

	/** A host of circles and bands only. */
	public HostStructure(double hostThickness, double collectorThickness, double porosity, double solidDiameter,
			double supportLength, AnodeOrientation preDepositFace, List<CircleSolid> fibres,
			List<PlanarSolid> planarSolids) {
		this(hostThickness, collectorThickness, porosity, solidDiameter, supportLength, preDepositFace, fibres,
				planarSolids, List.of());
	}

	public HostStructure {
		if (!(hostThickness > 0.0) || Double.isInfinite(hostThickness)) {
			throw new IllegalArgumentException("host thickness must be positive, got " + hostThickness + " m");
		}
		if (!(collectorThickness > 0.0 && collectorThickness <= hostThickness * (1.0 + 1e-12))) {
			throw new IllegalArgumentException("collector thickness must lie in (0, host thickness], got "
					+ collectorThickness + " m");
		}
		if (!(porosity >= 0.0 && porosity < 1.0)) {
			throw new IllegalArgumentException("porosity must lie in [0, 1), got " + porosity);
		}
		if (!(solidDiameter >= 0.0) || !(supportLength >= 0.0)) {
			throw new IllegalArgumentException("solid diameter and support length must be >= 0");
		}
		if (preDepositFace == null) {
			throw new IllegalArgumentException("the pre-deposit face is missing");
		}
		fibres = List.copyOf(fibres);
		planarSolids = List.copyOf(planarSolids);
		polygons = List.copyOf(polygons);
		if (fibres.isEmpty() && planarSolids.isEmpty() && polygons.isEmpty()) {
			throw new IllegalArgumentException("a host needs at least one solid (circle, planar solid or polygon)");
		}
	}

	/** True for a dense planar collector (a foil): no pores, the metal sits on its face. */
	public boolean isPlanar() {
		return porosity == 0.0;
	}
}
