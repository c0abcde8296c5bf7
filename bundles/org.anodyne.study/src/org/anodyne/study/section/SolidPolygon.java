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
