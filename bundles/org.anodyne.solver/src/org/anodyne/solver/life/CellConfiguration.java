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
