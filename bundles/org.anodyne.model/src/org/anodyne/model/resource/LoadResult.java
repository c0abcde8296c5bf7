/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.resource;

import java.util.List;

import org.anodyne.model.CellDesign;
import org.anodyne.model.validation.Severity;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What loading a design produced: the design (null when the file could not be read at all), the
 * resource it lives in, and the problems met, each with file, line and column.
 */
public record LoadResult(CellDesign design, Resource resource, List<FileDiagnostic> diagnostics) {

	public LoadResult {
		diagnostics = List.copyOf(diagnostics);
	}

	/** Whether a design was read and no error was reported. */
	public boolean ok() {
		return design != null && diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
	}
}
