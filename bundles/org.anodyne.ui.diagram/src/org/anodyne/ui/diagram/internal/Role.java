/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

/** What a layer of the stack is, which decides its colour, its handles and what dragging it does. */
public enum Role {
	/** The counter electrode of a full cell (its thickness is not in the model: drawn not to scale). */
	COUNTER_ELECTRODE, SEPARATOR,
	/** The current collector: the porous host (or a foil) with its cross-section. */
	HOST,
	/** The pre-deposited metal of an anode; dragging it to the other face flips the anode. */
	METAL,
	/** The lithiophilic surface layer on the pre-deposit face. */
	SURFACE_LAYER
}
