/**
 * The cell-stack diagram: {@link org.anodyne.ui.diagram.CellStackView} draws the cells of the design in
 * the active design editor to scale and edits them through that editor's editing domain;
 * {@link org.anodyne.ui.diagram.DiagramExport} writes the picture as PNG or SVG. Edit parts, figures,
 * the GEF–EMF command-stack bridge and the palette are in {@code internal}.
 */
package org.anodyne.ui.diagram;
