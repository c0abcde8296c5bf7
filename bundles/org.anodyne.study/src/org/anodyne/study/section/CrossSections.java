/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.units.Units;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;
import org.anodyne.study.geometry.PolygonSolid;

/**
 * Describes an anode's host as the solver will see it, without exposing solver types: the same
 * contributed generator a study uses, with the same width, grid and pre-deposit, converted to
 * micrometres. The width and grid are those of the first study of the anode's cell (the model's
 * defaults when no study names the cell), so the picture is the cross-section a study would solve.
 */
public final class CrossSections {

	private static final String MICROMETRE = "um";

	private CrossSections() {
	}

	/** {@link #describe(Anode, CollectorGeometries, MetalRegistry)} with the platform's registries. */
	public static Optional<HostSection> describe(Anode anode) {
		return describe(anode, CollectorGeometries.getDefault(), MetalRegistry.getDefault());
	}

	/**
	 * The anode's host laid out by its collector's generator.
	 *
	 * @return empty when the anode has no collector or no generator handles its type (a plug-in's
	 *         collector without a geometry contribution)
	 * @throws IllegalArgumentException with the generator's message (what and which value) when the
	 *                                  collector cannot be laid out
	 */
	public static Optional<HostSection> describe(Anode anode, CollectorGeometries geometries, MetalRegistry metals) {
		CurrentCollector collector = anode.getCollector();
		if (collector == null) {
			return Optional.empty();
		}
		Optional<CollectorGeometryGenerator> generator = geometries.generatorFor(collector.eClass());
		if (generator.isEmpty()) {
			return Optional.empty();
		}
		SolverSettings settings = settingsOf(anode);
		double width = Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__DOMAIN_WIDTH);
		double grid = Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__GRID_SPACING);
		double preDepositUm = preDepositThickness(anode, metals);
		AnodeOrientation orientation = AnodeOrientation.of(anode.getOrientation());
		String layer = anode.getSurfaceLayer() == null ? null : anode.getSurfaceLayer().getSubstrate();
		GeometryContext context = new GeometryContext(width, grid, orientation, Units.toSi(preDepositUm, MICROMETRE),
				0.0, layer);
		HostStructure host = generator.get().generate(collector, context);
		List<SolidCircle> circles = new ArrayList<>(host.fibres().size());
		for (CircleSolid f : host.fibres()) {
			circles.add(new SolidCircle(um(f.x()), um(f.y()), um(f.radius()), f.substrate()));
		}
		List<SolidBand> bands = new ArrayList<>(host.planarSolids().size());
		for (PlanarSolid p : host.planarSolids()) {
			bands.add(new SolidBand(um(p.bottom()), um(p.top()), p.substrate()));
		}
		List<SolidPolygon> polygons = new ArrayList<>(host.polygons().size());
		for (PolygonSolid p : host.polygons()) {
			polygons.add(new SolidPolygon(Arrays.stream(p.xs()).map(CrossSections::um).boxed().toList(),
					Arrays.stream(p.ys()).map(CrossSections::um).boxed().toList(), p.substrate()));
		}
		return Optional.of(new HostSection(um(width), um(host.collectorThickness()), host.porosity(),
				anode.getOrientation(), preDepositUm, circles, bands, polygons));
	}

	/**
	 * The anode's pre-deposit as a dense layer [µm]: its loading through the metal's molar volume; 0
	 * when the metal is not in the registry (validation reports that).
	 */
	public static double preDepositThickness(Anode anode, MetalRegistry metals) {
		return metals.metal(anode.getMetal())
				.map(m -> Math.max(0.0, anode.getPreDepositLoading())
						* m.micrometresPerMilliampHourPerSquareCentimetre())
				.orElse(0.0);
	}

	/** The solver settings of the first study of the anode's cell, else the model's defaults. */
	private static SolverSettings settingsOf(Anode anode) {
		if (anode.eContainer() instanceof Cell cell && cell.eContainer() instanceof CellDesign design) {
			for (Study study : design.getStudies()) {
				if (study.getCell() == cell && study.getSolver() != null) {
					return study.getSolver();
				}
			}
		}
		return AnodyneFactory.eINSTANCE.createSolverSettings();
	}

	private static double um(double metres) {
		return Units.fromSi(metres, MICROMETRE);
	}
}
