/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The cross-section the deposition solver will see, described for viewers without any solver type:
 * {@link org.anodyne.study.section.CrossSections#describe(org.anodyne.model.Anode)} lays out an
 * anode's collector with its contributed generator and returns circles and bands in micrometres
 * ({@link org.anodyne.study.section.HostSection}). A diagram or report draws the host from it and
 * needs neither the solver nor the generator interface, whose signatures carry solver types.
 */
package org.anodyne.study.section;
