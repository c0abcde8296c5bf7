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
 * Which face of the porous host carries the pre-deposited metal.
 */
public enum Orientation {
	/** The metal face looks at the separator: the pre-deposit fills the pores from the top face of the host. */
	UPRIGHT,
	/** The metal face looks away from the separator: the pre-deposit fills the pores from the bottom face. */
	INVERTED
}
