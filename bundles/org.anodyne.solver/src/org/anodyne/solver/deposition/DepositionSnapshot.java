/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

/**
 * The state of a deposition run at one output time.
 *
 * @param scalars design numbers
 * @param fields  fields on the grid
 */
public record DepositionSnapshot(DepositionScalars scalars, DepositionFields fields) {
}
