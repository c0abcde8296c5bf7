/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.anodyne.ui.results.ResultFigure;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** Export buttons for the figure in view: PNG and SVG pictures, CSV of the numbers shown. */
final class ExportBar {

	/** The export formats. */
	enum Format {
		PNG("png", "PNG picture"), SVG("svg", "SVG drawing"), CSV("csv", "CSV of the data shown");

		final String extension;
		final String description;

		Format(String extension, String description) {
			this.extension = extension;
			this.description = description;
		}

		void write(ResultFigure figure, Path file) throws IOException {
			switch (this) {
			case PNG -> figure.writePng(file);
			case SVG -> figure.writeSvg(file);
			case CSV -> figure.writeCsv(file);
			}
		}
	}

	private final ToolBar bar;
	private final Supplier<Optional<ResultFigure>> figure;
	private final Supplier<Path> directory;
	private final Consumer<Path> exported;

	/**
	 * @param parent    where the buttons go
	 * @param figure    the figure in view, if any
	 * @param directory the folder the file dialog starts in
	 * @param exported  told of every file written
	 */
	ExportBar(Composite parent, Supplier<Optional<ResultFigure>> figure, Supplier<Path> directory,
			Consumer<Path> exported) {
		this.figure = figure;
		this.directory = directory;
		this.exported = exported;
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		for (Format f : Format.values()) {
			ToolItem item = new ToolItem(bar, SWT.PUSH);
			item.setText("Export " + f.name() + "…");
			item.setToolTipText("Save the chart or map in view as " + f.description);
			item.addListener(SWT.Selection, e -> askAndExport(f));
		}
	}

	Control getControl() {
		return bar;
	}

	/**
	 * Writes a figure into a folder as {@code <figure name>.<extension>}.
	 *
	 * @return the file written
	 */
	static Path export(ResultFigure figure, Path folder, Format format) throws IOException {
		Path file = folder.resolve(figure.name() + "." + format.extension);
		format.write(figure, file);
		return file;
	}

	private void askAndExport(Format format) {
		Optional<ResultFigure> shown = figure.get();
		if (shown.isEmpty()) {
			MessageDialog.openInformation(bar.getShell(), "Export",
					"This tab shows no chart or map to export. Choose a chart, map or comparison tab first.");
			return;
		}
		FileDialog dialog = new FileDialog(bar.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setText("Export " + format.description);
		dialog.setFilterExtensions(new String[]{"*." + format.extension});
		dialog.setFilterPath(directory.get().toString());
		dialog.setFileName(shown.get().name() + "." + format.extension);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith("." + format.extension)
				? chosen
				: chosen + "." + format.extension);
		try {
			format.write(shown.get(), file);
			exported.accept(file);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(bar.getShell(), "Export failed", "Cannot write " + file + ": " + e.getMessage());
		}
	}
}
