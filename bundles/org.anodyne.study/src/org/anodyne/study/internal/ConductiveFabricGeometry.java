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
import org.anodyne.model.ConductiveFabric;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.units.Units;
import org.anodyne.solver.deposition.FibreLayouts;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;

/**
 * A metal-coated polymer fabric (e.g. Cu-coated PET): polymer fibres with a conductive coating, seen
 * as circles of the coated diameter on a staggered lattice whose pitches reproduce the fabric's
 * porosity with whole columns and rows. Metal only ever meets the coating, so the coating metal is the
 * fibres' substrate (falling back to the collector's substrate when no coating metal is named).
 */
public final class ConductiveFabricGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		if (!(collector instanceof ConductiveFabric fabric)) {
			throw new IllegalArgumentException(
					"the conductive-fabric generator cannot lay out a " + collector.eClass().getName());
		}
		double thickness = CollectorSolids.positive(fabric, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		double core = CollectorSolids.positive(fabric, AnodynePackage.Literals.CONDUCTIVE_FABRIC__FIBRE_DIAMETER);
		double coating = Math.max(0.0, Units.si(fabric, AnodynePackage.Literals.CONDUCTIVE_FABRIC__COATING_THICKNESS));
		double porosity = CollectorSolids.porosity(fabric);
		String coatingMetal = fabric.getCoatingMetal();
		String substrate = coatingMetal == null || coatingMetal.isBlank()
				? CollectorSolids.substrate(fabric)
				: coatingMetal;
		double diameter = core + 2.0 * coating;
		double[] pitches = CollectorSolids.fittedLattice(context.width(), thickness, diameter, porosity, 0);
		double rowPitch = pitches[1];
		List<CircleSolid> fibres = SolverSolids.circles(FibreLayouts.staggeredLattice(context.width(), thickness,
				diameter, pitches[0], rowPitch, substrate));
		fibres = CollectorSolids.withSurfaceLayer(fibres, context, thickness, porosity, diameter);
		return new HostStructure(thickness, thickness, porosity, diameter, rowPitch, context.orientation(), fibres,
				List.of());
	}
}
