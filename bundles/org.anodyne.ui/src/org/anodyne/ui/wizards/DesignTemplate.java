/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.wizards;

import java.util.function.DoubleFunction;

import org.anodyne.model.CellDesign;
import org.anodyne.model.resource.DesignResources;

/**
 * What the New Anodyne Design wizard can start from: the paper's four cells (read from the shipped
 * examples, see {@link PaperCells}) or an empty design.
 */
public enum DesignTemplate {

	SYMMETRIC_INVERTED("Symmetric Li-CC cell, inverted", "li-cc-symmetric-inverted",
			"Two Li@carbon-cloth electrodes (6 mAh/cm² Li) with the Li face turned away from the separator;"
					+ " ether electrolyte, Celgard 2500, CR2025. Cycled at 0.25, 1 and 5 mA/cm² with 1 mAh/cm²;"
					+ " the paper's inverted cell still runs at 1800 h.",
			null), SYMMETRIC_UPRIGHT("Symmetric Li-CC cell, upright", "li-cc-symmetric-upright",
					"The same cell with the Li face towards the separator; in the paper it fails after about 1100 h"
							+ " (the 150th cycle) at 0.25 mA/cm².",
					null), FULL_INVERTED("Li-CC || LFP full cell, inverted", "li-cc-lfp-full-inverted",
							"Li@carbon-cloth (10 mAh/cm²) against LiFePO₄ (1.5 mAh/cm²) at 1 C in carbonate electrolyte,"
									+ " Li face away from the separator; the paper measures 93.7 % retention after 300 cycles and"
									+ " 82.3 % after 750.",
							null), FULL_UPRIGHT("Li-CC || LFP full cell, upright", "li-cc-lfp-full-upright",
									"The same full cell with the Li face towards the separator; it lasts about 400 cycles in the paper.",
									null), EMPTY("Empty design", "design",
											"A design with an empty materials library: add materials, cells, protocols and studies yourself.",
											grid -> PaperCells.empty("design", "New design"));

	private final String label;
	private final String fileStem;
	private final String description;
	private final DoubleFunction<CellDesign> build;

	/** A template with its own builder, or (null) the shipped example named by the file stem. */
	DesignTemplate(String label, String fileStem, String description, DoubleFunction<CellDesign> build) {
		this.label = label;
		this.fileStem = fileStem;
		this.description = description;
		this.build = build != null
				? build
				: grid -> PaperCells.example(fileStem + "." + DesignResources.FILE_EXTENSION, grid);
	}

	public String label() {
		return label;
	}

	/** Suggested file name without extension; the paper templates use their example's name. */
	public String fileStem() {
		return fileStem;
	}

	public String description() {
		return description;
	}

	/**
	 * A new design from this template.
	 *
	 * @param gridSpacing grid spacing in µm for the solver settings of the design's studies
	 */
	public CellDesign create(double gridSpacing) {
		return build.apply(gridSpacing);
	}
}
