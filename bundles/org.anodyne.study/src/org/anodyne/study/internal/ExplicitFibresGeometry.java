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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;
import org.anodyne.model.resource.FibreCsv;
import org.anodyne.model.units.Units;
import org.anodyne.study.geometry.CircleSolid;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;

/**
 * Fibres exactly where an {@link ExplicitFibres} collector lists them (in the design, then in its
 * fibre file), each bare or metal-covered, with no fitting to a porosity: the layout of a paper or
 * a peer's solver, reproduced as given. x wraps over the domain width, which must equal the
 * collector's periodic width. A surface layer on the pre-deposit face applies to the bare fibres
 * within its reach as for the other fibrous hosts.
 */
public final class ExplicitFibresGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		if (!(collector instanceof ExplicitFibres host)) {
			throw new IllegalArgumentException(
					"the explicit-fibre generator cannot lay out a " + collector.eClass().getName());
		}
		double thickness = CollectorSolids.positive(host, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		double width = CollectorSolids.positive(host, AnodynePackage.Literals.EXPLICIT_FIBRES__PERIODIC_WIDTH);
		String own = CollectorSolids.substrate(host);
		if (Math.abs(context.width() - width) > 1e-9 * width) {
			throw new IllegalArgumentException("explicit fibres are laid out for a periodic width of "
					+ Units.format(width * 1e6, "um") + ", but the study's domain is "
					+ Units.format(context.width() * 1e6, "um")
					+ " wide");
		}
		List<CircleSolid> fibres = new ArrayList<>();
		int index = 0;
		for (ExplicitFibre f : host.getFibres()) {
			index++;
			fibres.add(fibre("listed fibre " + index, Units.si(f, AnodynePackage.Literals.EXPLICIT_FIBRE__X),
					Units.si(f, AnodynePackage.Literals.EXPLICIT_FIBRE__Y),
					Units.si(f, AnodynePackage.Literals.EXPLICIT_FIBRE__RADIUS), f.getSubstrate(), f.isCovered(), own,
					thickness));
		}
		for (FibreCsv.Row row : rows(host)) {
			fibres.add(fibre("fibre file '" + host.getFibreFile() + "', line " + row.line(), Units.toSi(row.x(), "um"),
					Units.toSi(row.y(), "um"), Units.toSi(row.radius(), "um"), row.substrate(), row.covered(), own,
					thickness));
		}
		if (fibres.isEmpty()) {
			throw new IllegalArgumentException("the explicit-fibre collector lists no fibres");
		}
		double porosity = CollectorSolids.porosity(host);
		double diameter = 0.0;
		TreeSet<Double> heights = new TreeSet<>();
		for (CircleSolid f : fibres) {
			diameter += 2.0 * f.radius() / fibres.size();
			heights.add(f.y());
		}
		// The spacing of the fibre rows: how far a deposit at the separator is from host solid.
		double support = heights.size() < 2 ? thickness : (heights.last() - heights.first()) / (heights.size() - 1);
		return new HostStructure(thickness, thickness, porosity, diameter, support, context.orientation(),
				CollectorSolids.withSurfaceLayer(fibres, context, thickness, porosity, diameter), List.of());
	}

	private static List<FibreCsv.Row> rows(ExplicitFibres host) {
		try {
			Optional<Path> file = FibreCsv.fibreFile(host);
			return file.isPresent() ? FibreCsv.read(file.get()) : List.of();
		} catch (FibreCsv.FormatException e) {
			throw new IllegalArgumentException("fibre file " + e.getMessage(), e);
		} catch (IOException e) {
			throw new IllegalArgumentException(
					"cannot read fibre file '" + host.getFibreFile() + "': " + e.getMessage(), e);
		}
	}

	private static CircleSolid fibre(String where, double x, double y, double r, String substrate, boolean covered,
			String own,
			double thickness) {
		if (!Double.isFinite(x) || !Double.isFinite(y) || !(r > 0.0) || Double.isInfinite(r)) {
			throw new IllegalArgumentException(
					where + ": position (" + x * 1e6 + ", " + y * 1e6 + ") µm and radius " + r * 1e6
							+ " µm must be finite numbers, the radius positive");
		}
		if (y - r < -1e-12 || y + r > thickness * (1.0 + 1e-12)) {
			throw new IllegalArgumentException(
					where + ": the fibre at y = " + Units.format(y * 1e6, "um") + " with radius "
							+ Units.format(r * 1e6, "um") + " does not lie inside the host (0 to "
							+ Units.format(thickness * 1e6, "um")
							+ ")");
		}
		return new CircleSolid(x, y, r, substrate == null || substrate.isBlank() ? own : substrate.strip(), covered);
	}
}
