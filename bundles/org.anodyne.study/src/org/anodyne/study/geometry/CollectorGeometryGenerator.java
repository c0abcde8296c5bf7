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

import org.anodyne.model.CurrentCollector;

/**
 * Turns one kind of current collector of the model into the solids of the 2D deposition solver's
 * cross-section: fibres, ligaments, planar solids. A generator handles one collector EClass and,
 * unless a more specific generator is contributed, its subclasses.
 * <p>
 * Generators are contributed through the extension point {@value CollectorGeometries#EXTENSION_POINT}
 * (schema {@code schema/collectorGeometries.exsd}); Anodyne's own four (carbon cloth, metal foam,
 * conductive fabric, foil) are contributed the same way. Implementations need a public no-argument
 * constructor and must be stateless: one instance serves every study.
 * <p>
 * A generator reads the collector's quantities in SI through the model's
 * {@link org.anodyne.model.units.Units} (never by converting units itself), and lays out only the
 * host. The study adds the pre-deposited metal, the separator and the counter electrode around it.
 */
public interface CollectorGeometryGenerator {

	/**
	 * Lays out the collector's solids in the periodic cross-section described by the context.
	 *
	 * @param collector the model element, an instance of the EClass the generator was contributed for
	 *                  (or of a subclass)
	 * @param context   width, grid, pre-deposit and surface layer of the study's cell
	 * @return the host's solids, in metres
	 * @throws IllegalArgumentException with a message naming the offending collector quantity when the
	 *                                  collector cannot be laid out (e.g. fibres wider than their pitch)
	 */
	HostStructure generate(CurrentCollector collector, GeometryContext context);
}
