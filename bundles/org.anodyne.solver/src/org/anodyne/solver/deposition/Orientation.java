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
