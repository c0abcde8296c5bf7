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
 * The cell-stack diagram: {@link org.anodyne.ui.diagram.CellStackView} draws the cells of the design in
 * the active design editor to scale and edits them through that editor's editing domain;
 * {@link org.anodyne.ui.diagram.DiagramExport} writes the picture as PNG or SVG. Edit parts, figures,
 * the GEF–EMF command-stack bridge and the palette are in {@code internal}.
 */
package org.anodyne.ui.diagram;
