package org.anodyne.ui.results.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anodyne.io.AtomicFiles;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.charts.Snapshots;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Charts or maps side by side as one figure: the PNG is the row as on screen, the SVG places each
 * panel's own drawing where it sits, the CSV is written by the caller (the runs' numbers in one
 * table).
 */
final class RowFigure implements ResultFigure {

	/** One panel of the row: its control, its picture and its SVG text. */
	interface Panel {
		Control control();

		ImageData picture() throws IOException;

		String svg() throws IOException;
	}

	/** Writes the CSV of the row. */
	interface CsvWriter {
		void write(Path file) throws IOException;
	}

	private final String name;
	private final Composite row;
	private final List<Panel> panels;
	private final CsvWriter csv;

	RowFigure(String name, Composite row, List<Panel> panels, CsvWriter csv) {
		this.name = name;
		this.row = row;
		this.panels = List.copyOf(panels);
		this.csv = csv;
	}

	@Override
	public String name() {
		return name;
	}

	/**
	 * Composes the panels' own pictures where they sit in the row; the row itself is not printed,
	 * because printing a composite of composites leaves its children unpainted on GTK.
	 */
	@Override
	public void writePng(Path file) throws IOException {
		Point size = row.getSize();
		if (size.x <= 0 || size.y <= 0 || !row.isVisible()) {
			throw new IOException("the figures are not on screen; show them before exporting them as PNG");
		}
		List<ImageData> pictures = new ArrayList<>();
		for (Panel p : panels) {
			pictures.add(p.picture());
		}
		Snapshots.writePng(Snapshots.paint(row.getDisplay(), size.x, size.y, gc -> {
			for (int k = 0; k < panels.size(); k++) {
				Point at = at(panels.get(k));
				Image part = new Image(row.getDisplay(), pictures.get(k));
				try {
					gc.drawImage(part, at.x, at.y);
				} finally {
					part.dispose();
				}
			}
		}), file);
	}

	/** Where a panel sits in the row. */
	private Point at(Panel p) {
		Rectangle b = p.control().getBounds();
		return row.getDisplay().map(p.control().getParent(), row, b.x, b.y);
	}

	@Override
	public void writeSvg(Path file) throws IOException {
		Point size = row.getSize();
		int width = Math.max(1, size.x);
		int height = Math.max(1, size.y);
		StringBuilder s = new StringBuilder();
		s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		s.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
						+ "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
				width, height, width, height, width, height));
		int k = 0;
		for (Panel p : panels) {
			String inner = p.svg();
			if (inner.isEmpty()) {
				continue;
			}
			Point at = at(p);
			// Each panel's drawing keeps its own ids (clip paths, gradients); prefix them so they stay apart.
			String body = inner.substring(inner.indexOf("<svg")).replace("id=\"", "id=\"p" + k + "-")
					.replace("url(#", "url(#p" + k + "-");
			body = body.replaceFirst("<svg ", String.format(Locale.ROOT, "<svg x=\"%d\" y=\"%d\" ", at.x, at.y));
			s.append(body);
			k++;
		}
		s.append("</svg>\n");
		AtomicFiles.writeString(file, s.toString());
	}

	@Override
	public void writeCsv(Path file) throws IOException {
		csv.write(file);
	}
}
