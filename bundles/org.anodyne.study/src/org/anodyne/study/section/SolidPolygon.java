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

import java.util.List;

/**
 * A solid polygon of the host, e.g. a vertical wire, in micrometres.
 *
 * @param xs        vertex abscissae [µm], counter-clockwise
 * @param ys        vertex heights above the bottom wall [µm]
 * @param substrate substrate id of its surface
 */
public record SolidPolygon(List<Double> xs, List<Double> ys, String substrate) {

	public SolidPolygon {
		xs = List.copyOf(xs);
		ys = List.copyOf(ys);
	}
}
