/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.internal;

import org.anodyne.solver.SolverException;

/** Work done since the engine was built, for the benchmark and for diagnosing slow runs. */
final class EngineCounters {

	long potentialSolves;
	long newtonIterations;
	long linearSolves;
	long linearIterations;

	long[] toArray() {
		return new long[]{potentialSolves, newtonIterations, linearSolves, linearIterations};
	}

	/** Throws naming the first cell whose value is not finite. */
	void checkFinite(double[] field, String what, CellState state, Domain domain) throws SolverException {
		for (int k = 0; k < field.length; k++) {
			if (!Double.isFinite(field[k])) {
				throw new SolverException("non-finite " + what, state.step, state.time, domain.grid.describe(k));
			}
		}
	}
}
