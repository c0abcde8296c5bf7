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
