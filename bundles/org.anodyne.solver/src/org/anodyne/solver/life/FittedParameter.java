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
 * A life parameter to fit, by its {@link LifeParameters} name, within positive bounds (the fit works on
 * its logarithm). The fit starts from the value in the starting parameters, clipped to the bounds.
 *
 * @param name  a name from {@link LifeParameters#names()} or {@link LifeCalibration#CATHODE_FADE}
 * @param lower lower bound, &gt; 0
 * @param upper upper bound, &gt; lower
 */
public record FittedParameter(String name, double lower, double upper) {

	public FittedParameter {
		if (!LifeCalibration.CATHODE_FADE.equals(name)) {
			LifeParameters.unit(name);
		}
		if (!(lower > 0.0) || !(upper > lower) || Double.isInfinite(upper)) {
			throw new IllegalArgumentException(
					"fitted parameter " + name + ": bounds must satisfy 0 < lower < upper, got "
							+ lower + " .. " + upper);
		}
	}
}
