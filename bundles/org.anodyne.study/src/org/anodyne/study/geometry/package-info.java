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
 * How a type of current collector becomes solids in the 2D deposition solver's cross-section, and the
 * extension point {@code org.anodyne.study.collectorGeometries} through which plug-ins add their own
 * collector types: implement {@link org.anodyne.study.geometry.CollectorGeometryGenerator} for your
 * EClass and contribute it; subclasses without their own generator use their supertype's.
 */
package org.anodyne.study.geometry;
