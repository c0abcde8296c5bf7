/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import org.anodyne.model.Anode;
import org.anodyne.study.section.HostSection;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;

/**
 * Where one element of a cell sits on the figure, in the cell figure's coordinates.
 *
 * @param element   the model element the figure stands for
 * @param role      what it is
 * @param bounds    its rectangle
 * @param anode     the anode it belongs to (host, metal, layer), else null
 * @param host      the rectangle of that anode's host, else null
 * @param section   the host's cross-section, null without one (no generator, or it cannot be laid out)
 * @param mirrored  true for an anode above the separator (a symmetric cell's counter anode): its
 *                  face away from the separator is the top one
 * @param toScale   false for a layer whose height is not its thickness (counter electrode, a
 *                  nanometre surface layer)
 * @param dimension the dimension label beside it, e.g. "350 µm"
 * @param note      why a host has no cross-section (no generator, or the generator's message), else null
 */
public record Slot(EObject element, Role role, Rectangle bounds, Anode anode, Rectangle host, HostSection section,
		boolean mirrored, boolean toScale, String dimension, String note) {
}
