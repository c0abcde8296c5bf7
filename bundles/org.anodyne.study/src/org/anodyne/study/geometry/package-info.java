/**
 * How a type of current collector becomes solids in the 2D deposition solver's cross-section, and the
 * extension point {@code org.anodyne.study.collectorGeometries} through which plug-ins add their own
 * collector types: implement {@link org.anodyne.study.geometry.CollectorGeometryGenerator} for your
 * EClass and contribute it; subclasses without their own generator use their supertype's.
 */
package org.anodyne.study.geometry;
