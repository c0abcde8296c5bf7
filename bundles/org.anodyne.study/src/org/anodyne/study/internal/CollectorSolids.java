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
import org.anodyne.model.units.Units;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.GeometryContext;
import org.eclipse.emf.ecore.EAttribute;

/** Helpers the built-in collector generators share: SI reads with messages, substrate assignment. */
final class CollectorSolids {

	private CollectorSolids() {
	}

	/** A positive quantity of the collector in SI, or an error naming the attribute and its value. */
	static double positive(CurrentCollector collector, EAttribute attribute) {
		double value = Units.si(collector, attribute);
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT, "%s '%s': %s must be positive, got %s",
					collector.eClass().getName(), label(collector), attribute.getName(),
					Units.format(((Number) collector.eGet(attribute)).doubleValue(),
							Units.unitOf(attribute).map(Units.Unit::symbol).orElse("1"))));
		}
		return value;
	}

	/** The collector's porosity, which must lie in (0, 1) for a porous host. */
	static double porosity(CurrentCollector collector) {
		double porosity = Units.si(collector, AnodynePackage.Literals.CURRENT_COLLECTOR__POROSITY);
		if (!(porosity > 0.0 && porosity < 1.0)) {
			throw new IllegalArgumentException(collector.eClass().getName() + " '" + label(collector)
					+ "': porosity must lie in (0, 1), got " + porosity);
		}
		return porosity;
	}

	/** The collector's own surface substrate id. */
	static String substrate(CurrentCollector collector) {
		String substrate = collector.getSubstrate();
		if (substrate == null || substrate.isBlank()) {
			throw new IllegalArgumentException(collector.eClass().getName() + " '" + label(collector)
					+ "' has no substrate id (e.g. 'carbon', 'copper'); its nucleation barrier cannot be looked up");
		}
		return substrate;
	}

	/** The fibres with the surface layer's substrate on those within its reach of the pre-deposit face. */
	static List<CircleSolid> withSurfaceLayer(List<CircleSolid> fibres, GeometryContext context, double hostThickness,
			double porosity, double diameter) {
		double depth = context.surfaceLayerDepth(porosity, diameter);
		List<CircleSolid> out = new ArrayList<>(fibres.size());
		for (CircleSolid f : fibres) {
			String substrate = context.substrateAt(f.y(), hostThickness, depth, f.substrate());
			out.add(substrate.equals(f.substrate())
					? f
					: new CircleSolid(f.x(), f.y(), f.radius(), substrate, f.covered()));
		}
		return out;
	}

	/**
	 * The pitches (x, row) of a staggered lattice of circles that fills a host with the given
	 * porosity as closely as whole numbers of columns across the periodic width and rows across the
	 * thickness allow, preferring pitches close to each other; neighbours never touch.
	 *
	 * @param columns the number of columns when the layout fixes it, else 0 to choose it
	 * @return {x-pitch, row pitch} [m]
	 */
	static double[] fittedLattice(double width, double thickness, double diameter, double porosity, int columns) {
		double area = Math.PI * diameter * diameter / 4.0;
		double solids = (1.0 - porosity) * width * thickness / area;
		double[] best = null;
		double bestScore = Double.POSITIVE_INFINITY;
		int maxColumns = Math.max(1, (int) Math.floor(width / diameter));
		for (int c = columns > 0 ? columns : 1; c <= (columns > 0 ? columns : maxColumns); c++) {
			int r = Math.max(1, (int) Math.round(solids / c));
			double xPitch = width / c;
			double rowPitch = thickness / r;
			// In a staggered lattice the nearest neighbours are half an x-pitch across and one row up.
			double neighbour = Math.min(xPitch, Math.hypot(0.5 * xPitch, rowPitch));
			if (neighbour <= diameter) {
				continue;
			}
			double error = Math.abs((double) r * c - solids) / solids;
			double score = error + 0.01 * Math.abs(Math.log(xPitch / rowPitch));
			if (score < bestScore) {
				bestScore = score;
				best = new double[]{xPitch, rowPitch};
			}
		}
		if (best == null) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"fibres of %.3g µm cannot fill a %.3g µm host %.3g µm wide to a porosity of %.3g without touching",
					diameter * 1e6, thickness * 1e6, width * 1e6, porosity));
		}
		return best;
	}

	/**
	 * Centre spacing of a square array of circles of this diameter with this porosity,
	 * √(πd²/(4(1−ε))): the support length of a host whose layout does not fix its row pitch.
	 */
	static double equivalentPitch(double diameter, double porosity) {
		return Math.sqrt(Math.PI * diameter * diameter / (4.0 * (1.0 - porosity)));
	}

	private static String label(CurrentCollector collector) {
		if (collector.eContainer() instanceof org.anodyne.model.Anode anode
				&& anode.eContainer() instanceof org.anodyne.model.Cell cell) {
			return cell.getName() != null ? cell.getName() : String.valueOf(cell.getId());
		}
		return "(unnamed)";
	}
}
