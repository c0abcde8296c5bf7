package org.anodyne.ui.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A chart or map as it is shown, exportable as a picture and as the numbers behind it: what the
 * results editor's and the comparison view's Export actions write.
 */
public interface ResultFigure {

	/** A short name that can start a file name, e.g. {@code voltage-trace}. */
	String name();

	/** Writes the figure as shown (size, zoom, colours) as a PNG picture. */
	void writePng(Path file) throws IOException;

	/** Writes the figure as shown as an SVG drawing (vector lines, axes and text). */
	void writeSvg(Path file) throws IOException;

	/**
	 * Writes the data shown as CSV with unit-bearing headers ({@code time [h]}), at full resolution
	 * over the range shown (not the down-sampled points drawn).
	 */
	void writeCsv(Path file) throws IOException;
}
