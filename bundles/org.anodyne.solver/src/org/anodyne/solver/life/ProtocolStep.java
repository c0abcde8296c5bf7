package org.anodyne.solver.life;

/**
 * One step of a cycling protocol in the life model's own, EMF-free representation. The study layer
 * translates the model's protocol into these records; {@link LifeSimulator} executes them.
 * <p>
 * Current sign convention of the whole package: j &gt; 0 plates metal onto the working electrode
 * (in a full cell: charging), j &lt; 0 strips it (discharging).
 */
public sealed interface ProtocolStep permits GalvanostaticStep, CellCurrentStep, RestStep, RepeatStep {

	/** The step in the protocol text form ("Plate at 0.25 mA/cm2 for 1 mAh/cm2"), for messages. */
	String describe();

	/**
	 * Number of current/rest steps this step expands to, saturating at {@link Long#MAX_VALUE}.
	 */
	long leafCount();
}
