/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a result came from, so that it can be reproduced and so that a build can tell whether it is
 * still current.
 *
 * @param anodyneVersion version of the Anodyne bundles that computed it
 * @param modelFile      the design file, as the user named it
 * @param modelHash      content hash of the design file, {@code sha256:<hex>}
 * @param inputHash      hash over everything the result depends on (the design file and the
 *                       installed extensions that define metals and collectors), {@code sha256:<hex>};
 *                       null when not computed
 * @param cell           name of the cell the study runs
 * @param metal          id of the anode metal, e.g. {@code li}
 * @param collector      id of the current collector type, e.g. {@code CarbonCloth}
 * @param solverSettings the numerical settings used, names with units (e.g. {@code gridSpacingUm});
 *                       values are numbers, strings or booleans
 */
public record Provenance(String anodyneVersion, String modelFile, String modelHash, String inputHash, String cell,
		String metal, String collector, Map<String, Object> solverSettings) {

	public Provenance {
		Objects.requireNonNull(anodyneVersion, "anodyneVersion");
		Objects.requireNonNull(modelFile, "modelFile");
		Objects.requireNonNull(modelHash, "modelHash");
		cell = cell == null ? "" : cell;
		metal = metal == null ? "" : metal;
		collector = collector == null ? "" : collector;
		solverSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(solverSettings));
	}

	/** The same provenance with another input hash. */
	public Provenance withInputHash(String hash) {
		return new Provenance(anodyneVersion, modelFile, modelHash, hash, cell, metal, collector, solverSettings);
	}
}
