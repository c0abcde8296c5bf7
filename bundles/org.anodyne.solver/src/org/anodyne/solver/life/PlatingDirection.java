package org.anodyne.solver.life;

/** Whether a galvanostatic step puts metal onto the working electrode or takes it off. */
public enum PlatingDirection {
	/** Metal is deposited on the working electrode (current j &gt; 0 by the package's convention). */
	PLATE,
	/** Metal is removed from the working electrode (j &lt; 0). */
	STRIP
}
