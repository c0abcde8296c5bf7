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

import java.util.Locale;
/**
 * What a {@link CollectorGeometryGenerator} needs to know about the study besides the collector. SI.
 *
 * @param width                 periodic width W of the cross-section [m]
 * @param gridSpacing           grid spacing h [m]; solids smaller than it are lost on the grid
 * @param orientation           the anode's orientation: which face of the host the pre-deposit fills
 *                              from ({@link AnodeOrientation#INVERTED}: the bottom face, away from the
 *                              separator; {@link AnodeOrientation#UPRIGHT}: the top face, at the separator)
 * @param preDepositThickness   pre-deposited metal as a dense layer per geometric area [m]
 *                              (6 mAh cm⁻² of Li is 29.1 µm)
 * @param growthAllowance       dense metal the study will plate per geometric area [m]; a planar
 *                              collector leaves this much room (and some) above its metal
 * @param surfaceLayerSubstrate substrate id of the layer on the pre-deposit face (e.g. {@code cuo}),
 *                              or null when the anode has none
 */
public record GeometryContext(double width, double gridSpacing, AnodeOrientation orientation,
		double preDepositThickness,
		double growthAllowance, String surfaceLayerSubstrate) {

	public GeometryContext {
		if (!(width > 0.0) || !(gridSpacing > 0.0) || Double.isInfinite(width)) {
			throw new IllegalArgumentException("width and grid spacing must be positive, got " + width + " m and "
					+ gridSpacing + " m");
		}
		if (gridSpacing > width) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"grid spacing %.3g µm exceeds the domain width %.3g µm", gridSpacing * 1e6, width * 1e6));
		}
		if (orientation == null) {
			throw new IllegalArgumentException("the anode orientation is missing");
		}
		if (!(preDepositThickness >= 0.0) || !(growthAllowance >= 0.0)) {
			throw new IllegalArgumentException("pre-deposit and growth allowance must be >= 0");
		}
		if (surfaceLayerSubstrate != null && surfaceLayerSubstrate.isBlank()) {
			surfaceLayerSubstrate = null;
		}
	}

	/**
	 * How deep into a porous host the surface layer reaches from the pre-deposit face: the depth the
	 * pre-deposit fills (dense thickness over porosity) plus one solid diameter. The layer is made
	 * by coating the face (e.g. evaporated Cu, annealed to CuO), so it covers the outermost solids,
	 * which are the ones the pre-deposit buries and the first bare ones at its front.
	 */
	public double surfaceLayerDepth(double porosity, double solidDiameter) {
		return (porosity > 0.0 ? preDepositThickness / porosity : preDepositThickness) + solidDiameter;
	}

	/**
	 * The substrate of a collector solid centred at height y: the surface layer's within
	 * {@code depth} of the pre-deposit face, the collector's own elsewhere.
	 *
	 * @param y               height of the solid's centre above the bottom wall [m]
	 * @param hostThickness   thickness of the host [m]
	 * @param depth           reach of the surface layer into the host [m]
	 * @param bulkSubstrate   substrate of the collector's own surface
	 */
	public String substrateAt(double y, double hostThickness, double depth, String bulkSubstrate) {
		if (surfaceLayerSubstrate == null) {
			return bulkSubstrate;
		}
		double fromFace = orientation == AnodeOrientation.INVERTED ? y : hostThickness - y;
		return fromFace <= depth ? surfaceLayerSubstrate : bulkSubstrate;
	}
}
