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

/**
 * A solid band across the whole width of the cross-section, such as a foil.
 *
 * @param bottom    lower edge above the bottom face of the host [µm]
 * @param top       upper edge [µm]
 * @param substrate substrate id of its surface
 */
public record SolidBand(double bottom, double top, String substrate) {
}
