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
import java.nio.file.Path;

import org.anodyne.results.picture.PngExporter;
import org.anodyne.results.picture.Scene;
import org.anodyne.results.picture.SvgExporter;

/**
 * A chart or map as it is shown, exportable as a picture and as the numbers behind it: what the
 * results editor's and the comparison view's Export actions write. A figure exposes its drawing
 * ({@link #toScene()}); the pictures are written by the one PNG and the one SVG exporter of result
 * pictures, so an export from the IDE is the same publication-quality picture the command line writes.
 */
public interface ResultFigure {

	/** A short name that can start a file name, e.g. {@code voltage-trace}. */
	String name();

	/**
	 * The figure as shown (range in view, zoom, colour scale) as a drawing on a page in points.
	 *
	 * @throws IOException when the figure shows nothing yet
	 */
	Scene toScene() throws IOException;

	/** Writes the figure as a PNG picture at the resolution of result pictures ({@link PngExporter#standard()}). */
	default void writePng(Path file) throws IOException {
		PngExporter.standard().write(toScene(), file);
	}

	/** Writes the figure as an SVG drawing (vector lines, axes and text). */
	default void writeSvg(Path file) throws IOException {
		SvgExporter.write(toScene(), file);
	}

	/**
	 * Writes the data shown as CSV with unit-bearing headers ({@code time [h]}), at full resolution
	 * over the range shown (not the down-sampled points drawn).
	 */
	void writeCsv(Path file) throws IOException;
}
