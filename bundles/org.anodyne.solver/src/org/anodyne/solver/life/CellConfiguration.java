/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

/** How the working metal electrode is paired. */
public enum CellConfiguration {
	/**
	 * Two identical metal electrodes: each half-cycle plates one and strips the other, and both age.
	 * The cell voltage is the sum of the two electrodes' overpotentials and the separator's drop.
	 */
	SYMMETRIC,
	/** The metal anode against a cathode with finite capacity, an OCV curve and voltage limits. */
	FULL,
	/**
	 * The working electrode (e.g. bare Cu, or a host) against a metal foil counter electrode with an
	 * unlimited reservoir of metal that does not age (metal‖Cu).
	 */
	HALF
}
