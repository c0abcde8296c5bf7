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
 * Everything one life run needs: the cell, the protocol, the parameters and where the deposition
 * coupling comes from.
 *
 * @param name       label for results and messages
 * @param cell       the cell
 * @param protocol   the protocol
 * @param parameters the life-model parameters
 * @param coupling   the source of the working electrode's deposition coupling
 */
public record LifeScenario(String name, LifeCell cell, LifeProtocol protocol, LifeParameters parameters,
		CouplingSource coupling) {

	public LifeScenario {
		if (name == null || name.isBlank()) {
			name = protocol == null ? "life run" : protocol.name();
		}
		if (cell == null || protocol == null || parameters == null || coupling == null) {
			throw new IllegalArgumentException(
					"life scenario '" + name + "' needs a cell, a protocol, parameters and a coupling source");
		}
	}

	/** A scenario using the analytic coupling estimate. */
	public static LifeScenario analytic(String name, LifeCell cell, LifeProtocol protocol, LifeParameters parameters) {
		return new LifeScenario(name, cell, protocol, parameters, CouplingSource.analytic());
	}

	/** The same scenario with one parameter replaced by name. */
	public LifeScenario withParameter(String parameter, double value) {
		return new LifeScenario(name, cell, protocol, parameters.with(parameter, value), coupling);
	}

	/** The same scenario with other parameters. */
	public LifeScenario withParameters(LifeParameters newParameters) {
		return new LifeScenario(name, cell, protocol, newParameters, coupling);
	}

	/** The same scenario with another protocol. */
	public LifeScenario withProtocol(LifeProtocol newProtocol) {
		return new LifeScenario(name, cell, newProtocol, parameters, coupling);
	}

	/** The same scenario with another cell. */
	public LifeScenario withCell(LifeCell newCell) {
		return new LifeScenario(name, newCell, protocol, parameters, coupling);
	}
}
