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

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Foil;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;

/**
 * A planar foil on the bottom wall. A foil has one face the electrolyte can reach, so the
 * pre-deposited metal sits on it whatever the anode's orientation says; the host region reaches
 * above the metal by the metal the study will plate plus two grid cells, so that the deposit has
 * electrolyte to grow into before the separator. A surface layer coats the foil's face.
 */
public final class FoilGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		if (!(collector instanceof Foil foil)) {
			throw new IllegalArgumentException("the foil generator cannot lay out a " + collector.eClass().getName());
		}
		double thickness = CollectorSolids.positive(foil, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		String substrate = context.surfaceLayerSubstrate() != null
				? context.surfaceLayerSubstrate()
				: CollectorSolids.substrate(foil);
		double room = context.preDepositThickness() + context.growthAllowance() + 2.0 * context.gridSpacing();
		return new HostStructure(thickness + room, thickness, 0.0, 0.0, 0.0, AnodeOrientation.INVERTED, List.of(),
				List.of(new PlanarSolid(0.0, thickness, substrate)));
	}
}
