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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.MetalFoam;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;

/**
 * Open-cell metal foam in cross-section: the plane cuts ligaments (struts) of the foam's ligament
 * diameter d on a lattice whose horizontal pitch is one pore plus one ligament. Struts cut across
 * show as circles; struts cut obliquely as elongated sections, drawn as three overlapping circles of
 * diameter d half a diameter apart (2d long, d high). Rows alternate between the two, every other row shifted
 * by half a pitch; the number of rows reproduces the foam's porosity, and the outermost rows sit on
 * the two faces because a foam's surface is struts (which also holds the pre-deposit against the
 * collector). In 3D the foam is one connected solid; in the section the solids are islands, and
 * the solver treats them as one equipotential, which is what the connected foam is.
 */
public final class MetalFoamGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		if (!(collector instanceof MetalFoam foam)) {
			throw new IllegalArgumentException(
					"the metal-foam generator cannot lay out a " + collector.eClass().getName());
		}
		double thickness = CollectorSolids.positive(foam, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		double d = CollectorSolids.positive(foam, AnodynePackage.Literals.METAL_FOAM__LIGAMENT_DIAMETER);
		double pore = CollectorSolids.positive(foam, AnodynePackage.Literals.METAL_FOAM__PORE_SIZE);
		double porosity = CollectorSolids.porosity(foam);
		String substrate = CollectorSolids.substrate(foam);
		if (d >= thickness) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"metal foam: ligament diameter %.3g µm is not smaller than the foam thickness %.3g µm", d * 1e6,
					thickness * 1e6));
		}
		double width = context.width();
		int columns = Math.max(1, (int) Math.round(width / (pore + d)));
		double pitch = width / columns;
		if (pitch <= 2.0 * d) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"metal foam: a lattice pitch of %.3g µm (pore %.3g µm + ligament, fitted to the %.3g µm width) "
							+ "leaves no pore between ligaments of %.3g µm",
					pitch * 1e6, pore * 1e6, width * 1e6, d * 1e6));
		}
		double r = 0.5 * d;
		double circle = Math.PI * r * r;
		// Three circles r apart: the middle one plus twice a circle less its lens with the middle one.
		double elongated = (5.0 * Math.PI / 3.0 + Math.sqrt(3.0)) * r * r;
		double meanSection = 0.5 * (circle + elongated);
		double rowPitch = meanSection / (pitch * (1.0 - porosity));
		int rows = Math.max(1, (int) Math.round(thickness / rowPitch));
		List<CircleSolid> solids = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			double y = rows == 1 ? 0.5 * thickness : r + row * (thickness - d) / (rows - 1);
			double shift = (row % 2 == 1) ? 0.5 * pitch : 0.0;
			for (int c = 0; c < columns; c++) {
				double x = (c + 0.5) * pitch + shift;
				solids.add(new CircleSolid(x, y, r, substrate));
				if (row % 2 == 1) {
					solids.add(new CircleSolid(x - r, y, r, substrate));
					solids.add(new CircleSolid(x + r, y, r, substrate));
				}
			}
		}
		double support = rows == 1 ? thickness : (thickness - d) / (rows - 1);
		solids = CollectorSolids.withSurfaceLayer(solids, context, thickness, porosity, d);
		return new HostStructure(thickness, thickness, porosity, d, support, context.orientation(), solids, List.of());
	}
}
