/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results;

import java.util.Optional;

import org.anodyne.results.ScalarNames;

/** Identifiers of the result viewers' workbench contributions, for plug-ins and tests. */
public final class ResultsUi {

	/** Extension point for result viewers (schema/viewers.exsd). */
	public static final String VIEWERS_EXTENSION_POINT = "org.anodyne.ui.results.viewers";

	/** The results editor, opened on a study result's summary.json. */
	public static final String RESULTS_EDITOR_ID = "org.anodyne.ui.results.editor";

	/** The sweep table, opened on a sweep's sweep.json. */
	public static final String SWEEP_EDITOR_ID = "org.anodyne.ui.results.sweepEditor";

	/** The view that overlays or lines up two or more study results. */
	public static final String COMPARE_VIEW_ID = "org.anodyne.ui.results.compare";

	/** Runs the studies of the selected or edited design (contributed by {@code org.anodyne.ui.study}). */
	public static final String RUN_STUDY_COMMAND = "org.anodyne.ui.results.runStudy";

	/** Opens the comparison view on the selected result folders. */
	public static final String COMPARE_COMMAND = "org.anodyne.ui.results.compareResults";

	/** A {@code resultKind} that matches every kind of result. */
	public static final String ANY_KIND = "*";

	/**
	 * Where the user guide (plug-in {@code org.anodyne.help}) keeps the reference page of each result
	 * quantity, one page per summary.json name; the one place that spells this out.
	 */
	private static final String QUANTITY_HELP = "/org.anodyne.help/guide/reference/quantities/";

	private ResultsUi() {
	}

	/**
	 * The help page of a scalar of summary.json, as an href for the workbench's help system
	 * ({@code IWorkbenchHelpSystem.displayHelpResource}); empty for a scalar that is not one of
	 * Anodyne's (a third party's result kind), which has no page.
	 */
	public static Optional<String> helpHref(String scalarName) {
		return ScalarNames.describe(scalarName).map(d -> QUANTITY_HELP + scalarName + ".html");
	}
}
