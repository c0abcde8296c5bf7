/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.metals;

/**
 * A surface metal can nucleate on: a host material ({@code carbon}, {@code copper}), a coating
 * ({@code cuo}) or a metal itself (every metal is implicitly a substrate with its own id).
 *
 * @param id          stable id used in models
 * @param name        display name
 * @param description what the surface is, for tooltips
 * @param contributor symbolic name of the contributing bundle
 */
public record SubstrateDefinition(String id, String name, String description, String contributor) {
}
