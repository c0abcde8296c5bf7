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

import java.io.IOException;
import java.util.Optional;

import org.anodyne.results.StudyResult;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One way of looking at a study result: a tab of the results editor. Contributed through the
 * extension point {@value ResultsUi#VIEWERS_EXTENSION_POINT}, keyed by the result kind written in
 * summary.json, so that a plug-in that writes results of its own kind can show them its own way.
 * <p>
 * The editor creates one instance per opened result, calls {@link #canShow(StudyResult)}, then
 * {@link #createControl(Composite, StudyResult)} once, all on the UI thread, and {@link #dispose()}
 * when the tab goes away. A viewer must have a public no-argument constructor.
 */
public interface ResultViewer {

	/**
	 * Whether the result holds anything this viewer shows (a time-series viewer has nothing to show
	 * for a result without time series). Viewers that answer false get no tab. Only the summary is
	 * read at this point; series and fields are read by {@link #createControl}.
	 */
	default boolean canShow(StudyResult result) {
		return true;
	}

	/**
	 * Builds the viewer's controls under {@code parent} and shows the result.
	 *
	 * @throws IOException if a file of the result cannot be read; the editor shows the message in the tab
	 */
	void createControl(Composite parent, StudyResult result) throws IOException;

	/** The top control made by {@link #createControl}. */
	Control getControl();

	/** The chart or map shown now, for export; empty when the viewer shows nothing exportable. */
	default Optional<ResultFigure> currentFigure() {
		return Optional.empty();
	}

	/** Releases what {@link #createControl} allocated besides its controls (images, colours, caches). */
	default void dispose() {
	}
}
