/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import java.util.List;

import org.anodyne.model.CurrentCollector;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;

/** A plug-in's own generator for its subclass of CarbonCloth (contributed in fragment.xml): a plain slab. */
public final class OwnClothGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		return new HostStructure(100e-6, 10e-6, 0.0, 0.0, 0.0, AnodeOrientation.INVERTED, List.of(),
				List.of(new PlanarSolid(0.0, 10e-6, "carbon")));
	}
}
