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
 * A circular solid of the host in the cross-section: a fibre, or a section of a foam ligament.
 *
 * @param x         centre across the periodic width [µm]
 * @param y         centre above the bottom face of the host [µm]
 * @param radius    radius [µm]
 * @param substrate substrate id of its surface (e.g. {@code carbon}, or {@code cuo} where a surface
 *                  layer covers it)
 */
public record SolidCircle(double x, double y, double radius, String substrate) {
}
