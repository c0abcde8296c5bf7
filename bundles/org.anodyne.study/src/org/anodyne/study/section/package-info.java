/**
 * The cross-section the deposition solver will see, described for viewers without any solver type:
 * {@link org.anodyne.study.section.CrossSections#describe(org.anodyne.model.Anode)} lays out an
 * anode's collector with its contributed generator and returns circles and bands in micrometres
 * ({@link org.anodyne.study.section.HostSection}). A diagram or report draws the host from it and
 * needs neither the solver nor the generator interface, whose signatures carry solver types.
 */
package org.anodyne.study.section;
