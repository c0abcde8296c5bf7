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

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/**
 * The paper's cells (Li et al., Adv. Energy Mater. 2022, 2200584) as the wizard's templates: read
 * from the shipped example designs, the one source of those cells. The repository's
 * {@code examples/} folder is packed into this bundle's {@code examples/} by its pom (the only
 * bundle that needs them at run time: the model and study layers never open examples, and the
 * wizard is UI), so the templates are exactly the files users find in the examples project.
 */
final class PaperCells {

	/** Folder of the example designs inside this bundle. */
	static final String FOLDER = "examples/";

	private PaperCells() {
	}

	/**
	 * A fresh copy of a shipped example design with every study's grid spacing set.
	 *
	 * @param fileName    the example's file name, e.g. {@code li-cc-symmetric-inverted.anodyne}
	 * @param gridSpacing grid spacing in µm for the solver settings of the design's studies
	 * @throws IllegalStateException naming the file when it is missing from the bundle or does not load
	 */
	static CellDesign example(String fileName, double gridSpacing) {
		URL entry = FileLocator.find(Platform.getBundle(AnodyneUiPlugin.PLUGIN_ID),
				new org.eclipse.core.runtime.Path(FOLDER + fileName));
		if (entry == null) {
			throw new IllegalStateException("the example design " + FOLDER + fileName + " is missing from bundle "
					+ AnodyneUiPlugin.PLUGIN_ID + " (its pom packs the repository's examples/ into it)");
		}
		File file;
		try {
			file = new File(FileLocator.toFileURL(entry).getPath());
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the example design " + FOLDER + fileName + " of bundle "
					+ AnodyneUiPlugin.PLUGIN_ID + ": " + e.getMessage(), e);
		}
		LoadResult loaded = DesignResources.load(file.toPath());
		if (!loaded.ok()) {
			throw new IllegalStateException("the example design " + file + " does not load: " + loaded.diagnostics());
		}
		CellDesign design = loaded.design();
		for (Study study : design.getStudies()) {
			if (study.getSolver() != null) {
				study.getSolver().setGridSpacing(gridSpacing);
			}
		}
		return design;
	}

	/** A design with an empty materials library, for starting from scratch. */
	static CellDesign empty(String id, String name) {
		CellDesign design = AnodyneFactory.eINSTANCE.createCellDesign();
		design.setId(id);
		design.setName(name);
		design.setLibrary(AnodyneFactory.eINSTANCE.createMaterialLibrary());
		return design;
	}
}
