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

import org.anodyne.model.Orientation;

/**
 * An anode's host as the deposition solver lays it out, in micrometres, y upward from the face that
 * lies on the bottom wall (away from the separator).
 *
 * @param width               periodic width of the cross-section [µm] (the study's domain width)
 * @param collectorThickness  thickness of the collector itself [µm]
 * @param porosity            pore fraction of the collector; 0 for a dense (planar) collector
 * @param orientation         the face the anode's pre-deposit is given on: {@code INVERTED} the bottom
 *                            face, away from the separator; {@code UPRIGHT} the top face, at it
 * @param preDepositThickness the pre-deposited metal as a dense layer [µm]
 * @param circles             circular solids (fibres, ligament sections), possibly overlapping
 * @param bands               solid bands across the width (foils)
 * @param polygons            solid polygons (e.g. vertical wires)
 */
public record HostSection(double width, double collectorThickness, double porosity, Orientation orientation,
		double preDepositThickness, List<SolidCircle> circles, List<SolidBand> bands, List<SolidPolygon> polygons) {

	public HostSection {
		circles = List.copyOf(circles);
		bands = List.copyOf(bands);
		polygons = List.copyOf(polygons);
	}

	/** True for a dense collector (a foil): the metal lies on a face instead of filling pores. */
	public boolean isPlanar() {
		return porosity == 0.0;
	}

	/**
	 * How deep the pre-deposit reaches into the host from its face [µm]: the dense thickness over the
	 * porosity (the metal fills the pores), at most the collector; for a planar collector the dense
	 * thickness itself, on the face.
	 */
	public double preDepositDepth() {
		return isPlanar() ? preDepositThickness : Math.min(collectorThickness, preDepositThickness / porosity);
	}
}
