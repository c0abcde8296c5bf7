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
import java.util.Locale;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.FibreLayout;
import org.anodyne.model.StaggeredLattice;
import org.anodyne.model.WovenTows;
import org.anodyne.model.units.Units;
import org.anodyne.solver.deposition.FibreLayouts;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;

/**
 * Carbon cloth: carbon fibres seen in cross-section as circles, either bundled into woven tows or on
 * a staggered lattice. A lattice's missing pitch (or both, without a layout) is chosen so that whole
 * columns across the width and whole rows across the thickness reproduce the cloth's porosity; tows
 * are stacked in as many layers as reproduce the porosity (at least one, at most as many as fit).
 */
public final class CarbonClothGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		if (!(collector instanceof CarbonCloth cloth)) {
			throw new IllegalArgumentException(
					"the carbon-cloth generator cannot lay out a " + collector.eClass().getName());
		}
		double thickness = CollectorSolids.positive(cloth, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		double diameter = CollectorSolids.positive(cloth, AnodynePackage.Literals.CARBON_CLOTH__FIBRE_DIAMETER);
		double porosity = CollectorSolids.porosity(cloth);
		String substrate = CollectorSolids.substrate(cloth);
		FibreLayout layout = cloth.getLayout();
		List<CircleSolid> fibres;
		double support;
		if (layout instanceof WovenTows tows) {
			fibres = tows(tows, context.width(), thickness, diameter, porosity, substrate);
			support = CollectorSolids.equivalentPitch(diameter, porosity);
		} else {
			double xPitch = Double.NaN;
			double rowPitch = Double.NaN;
			if (layout instanceof StaggeredLattice lattice) {
				if (lattice.getXPitch() > 0.0) {
					xPitch = Units.si(lattice, AnodynePackage.Literals.STAGGERED_LATTICE__XPITCH);
				}
				if (lattice.getRowPitch() > 0.0) {
					rowPitch = Units.si(lattice, AnodynePackage.Literals.STAGGERED_LATTICE__ROW_PITCH);
				}
			}
			if (Double.isNaN(rowPitch)) {
				int columns = Double.isNaN(xPitch) ? 0 : Math.max(1, (int) Math.round(context.width() / xPitch));
				double[] pitches = CollectorSolids.fittedLattice(context.width(), thickness, diameter, porosity,
						columns);
				xPitch = pitches[0];
				rowPitch = pitches[1];
			} else if (Double.isNaN(xPitch)) {
				xPitch = FibreLayouts.rowPitchForPorosity(diameter, rowPitch, porosity);
			}
			fibres = SolverSolids.circles(
					FibreLayouts.staggeredLattice(context.width(), thickness, diameter, xPitch, rowPitch, substrate));
			support = rowPitch;
		}
		fibres = CollectorSolids.withSurfaceLayer(fibres, context, thickness, porosity, diameter);
		return new HostStructure(thickness, thickness, porosity, diameter, support, context.orientation(), fibres,
				List.of());
	}

	private static List<CircleSolid> tows(WovenTows tows, double width, double thickness, double diameter,
			double porosity,
			String substrate) {
		int perTow = tows.getFibresPerTow();
		if (perTow < 1) {
			throw new IllegalArgumentException("woven tows need at least one fibre per tow, got " + perTow);
		}
		double pitch = Units.si(tows, AnodynePackage.Literals.WOVEN_TOWS__TOW_PITCH);
		if (!(pitch > 0.0)) {
			throw new IllegalArgumentException(
					"woven tows need a positive tow pitch, got " + tows.getTowPitch() + " µm");
		}
		int towsPerLayer = Math.max(1, (int) Math.round(width / pitch));
		double fibreArea = Math.PI * diameter * diameter / 4.0;
		int layers = Math.max(1,
				(int) Math.round((1.0 - porosity) * width * thickness / (towsPerLayer * perTow * fibreArea)));
		IllegalArgumentException lastFailure = null;
		// Fewer, taller layers give each tow more room: step down until the tows fit.
		for (int n = layers; n >= 1; n--) {
			try {
				return SolverSolids.circles(
						FibreLayouts.tows(width, thickness, diameter, perTow, pitch, n, 0.2 * diameter, substrate));
			} catch (IllegalArgumentException e) {
				lastFailure = e;
			}
		}
		throw new IllegalArgumentException(String.format(Locale.ROOT,
				"woven tows of %d fibres of %.3g µm at a pitch of %.3g µm do not fit a %.3g µm cloth: %s", perTow,
				diameter * 1e6, pitch * 1e6, thickness * 1e6, lastFailure.getMessage()));
	}
}
