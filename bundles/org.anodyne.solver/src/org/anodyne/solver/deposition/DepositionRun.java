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

import java.util.List;

/**
 * Result of a transient plating run.
 *
 * @param snapshots   snapshots in time order: t = 0, the requested output times, and the end
 * @param termination why the run ended
 * @param endTime     time reached [s]; for {@link Termination#ELECTROLYTE_DEPLETED} the interpolated
 *                    moment the surface concentration reached zero
 * @param steps       time steps taken
 * @param message     a sentence describing the end, for logs and the UI
 */
public record DepositionRun(List<DepositionSnapshot> snapshots, Termination termination, double endTime, long steps,
		String message) {

	public DepositionRun {
		snapshots = List.copyOf(snapshots);
	}

	/** The last snapshot. */
	public DepositionSnapshot last() {
		return snapshots.get(snapshots.size() - 1);
	}

	/** The first snapshot (t = 0, the steady current split). */
	public DepositionSnapshot first() {
		return snapshots.get(0);
	}

	/** How a transient ends. */
	public enum Termination {
		/** The requested time or charge was reached. */
		COMPLETED,
		/**
		 * The salt concentration at a working-electrode surface reached zero (Sand's time): beyond it
		 * the cell cannot carry the current without another reaction, and the model stops.
		 */
		ELECTROLYTE_DEPLETED,
		/** Metal grew into the cells touching the counter electrode. */
		SHORT_CIRCUIT
	}
}
