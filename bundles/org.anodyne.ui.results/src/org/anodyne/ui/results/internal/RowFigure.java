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
import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.picture.Scene;
import org.anodyne.ui.results.ResultFigure;

/**
 * Charts or maps side by side as one figure: the panels' own drawings placed left to right on one
 * page (so the pictures are written by the same exporters as every figure), the CSV written by the
 * caller (the runs' numbers in one table).
 */
final class RowFigure implements ResultFigure {

	/** Space between two panels, in points. */
	private static final double GAP = 12;

	/** Writes the CSV of the row. */
	interface CsvWriter {
		void write(Path file) throws IOException;
	}

	private final String name;
	private final List<? extends ResultFigure> panels;
	private final CsvWriter csv;

	RowFigure(String name, List<? extends ResultFigure> panels, CsvWriter csv) {
		this.name = name;
		this.panels = List.copyOf(panels);
		this.csv = csv;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Scene toScene() throws IOException {
		List<Scene> scenes = new ArrayList<>();
		for (ResultFigure p : panels) {
			scenes.add(p.toScene());
		}
		double width = scenes.stream().mapToDouble(Scene::width).sum() + GAP * Math.max(0, scenes.size() - 1);
		double height = scenes.stream().mapToDouble(Scene::height).max().orElse(10);
		Scene row = new Scene(Math.max(10, width), Math.max(10, height), name);
		double x = 0;
		for (Scene s : scenes) {
			row.add(new Scene.Inset(x, 0, s));
			x += s.width() + GAP;
		}
		return row;
	}

	@Override
	public void writeCsv(Path file) throws IOException {
		csv.write(file);
	}
}
