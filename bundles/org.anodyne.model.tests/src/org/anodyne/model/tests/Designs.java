/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;

/**
 * Valid designs the tests start from and then break, one constraint at a time: the paper's cells as
 * shipped in {@code examples/} (the one source of those cells), read from the source tree.
 */
public final class Designs {

	/** The paper's symmetric Li‖Li cell on carbon cloth, inverted, with a deposition and three life studies. */
	public static final String SYMMETRIC = "li-cc-symmetric-inverted.anodyne";
	/** The paper's inverted Li-CC‖LFP full cell with its 1 C life study. */
	public static final String FULL = "li-cc-lfp-full-inverted.anodyne";

	private Designs() {
	}

	/** The repository's examples folder (tests run in the tests bundle's folder), or {@code -Danodyne.examples}. */
	public static Path examples() {
		String override = System.getProperty("anodyne.examples");
		return override != null ? Path.of(override) : Path.of("..", "..", "examples");
	}

	/**
	 * A shipped example design, freshly loaded (tests may change it).
	 *
	 * @throws IllegalStateException naming the file when it is missing or does not load
	 */
	public static CellDesign example(String fileName) {
		Path file = examples().resolve(fileName);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(file.toAbsolutePath() + " does not exist; set -Danodyne.examples=<folder>");
		}
		LoadResult result = DesignResources.load(file);
		if (!result.ok()) {
			throw new IllegalStateException(file + " does not load: " + result.diagnostics());
		}
		return result.design();
	}

	/**
	 * The inverted symmetric example ({@value #SYMMETRIC}) with the inverted full cell of {@value #FULL}
	 * moved in: its carbonate electrolyte, LFP counter electrode, cell (on the symmetric example's
	 * Celgard 2500, the same separator), protocol and life study. So one design holds a symmetric and a
	 * full cell, protocols and studies of each kind. Cells: symmetric then full; studies: the
	 * symmetric example's four, then the full cell's life study.
	 */
	public static CellDesign valid() {
		CellDesign design = example(SYMMETRIC);
		CellDesign full = example(FULL);
		design.getLibrary().getElectrolytes().addAll(new ArrayList<>(full.getLibrary().getElectrolytes()));
		design.getLibrary().getCounterElectrodes().addAll(new ArrayList<>(full.getLibrary().getCounterElectrodes()));
		Cell fullCell = full.getCells().get(0);
		fullCell.setSeparator(design.getLibrary().getSeparators().get(0));
		design.getCells().add(fullCell);
		design.getProtocols().addAll(new ArrayList<>(full.getProtocols()));
		design.getStudies().addAll(new ArrayList<>(full.getStudies()));
		return design;
	}
}
