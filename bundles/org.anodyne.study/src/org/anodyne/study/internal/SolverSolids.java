/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.util.List;

import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.Fibre;
import org.anodyne.solver.deposition.Orientation;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;
import org.anodyne.study.geometry.PolygonSolid;

/** The one place the study layer's solid types become the deposition solver's and back. */
public final class SolverSolids {

	private SolverSolids() {
	}

	/** Adds the host's solids to a solver geometry. */
	public static CellGeometry.Builder addTo(CellGeometry.Builder builder, HostStructure host) {
		for (CircleSolid c : host.fibres()) {
			builder.fibre(new Fibre(c.x(), c.y(), c.radius(), c.substrate(), c.covered()));
		}
		for (PlanarSolid solid : host.planarSolids()) {
			builder.planarSolid(solid.bottom(), solid.top(), solid.substrate());
		}
		for (PolygonSolid polygon : host.polygons()) {
			builder.polygon(polygon.xs(), polygon.ys(), polygon.substrate());
		}
		return builder;
	}

	/** The solver's face the pre-deposit fills from. */
	public static Orientation face(AnodeOrientation orientation) {
		return orientation == AnodeOrientation.INVERTED ? Orientation.INVERTED : Orientation.UPRIGHT;
	}

	/** The solver's fibre layouts ({@code FibreLayouts}) as the study layer's circles. */
	static List<CircleSolid> circles(List<Fibre> fibres) {
		return fibres.stream().map(f -> new CircleSolid(f.x(), f.y(), f.radius(), f.substrate(), f.covered())).toList();
	}
}
