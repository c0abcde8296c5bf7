/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CurrentCollector;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/**
 * The results on the stack: the newest deposition result of each cell, its new metal overlaid on
 * the cell's host, and a time slider over the result's frames (hidden while nothing is overlaid).
 */
public final class DepositBar {

	private final Composite bar;
	private final Label label;
	private final Scale slider;
	private final Runnable redraw;
	private final Map<Cell, DepositResults> results = new LinkedHashMap<>();
	private DiagramState state;

	/**
	 * @param parent a composite with a grid layout
	 * @param redraw redraws the diagram after the overlay changed
	 */
	public DepositBar(Composite parent, Runnable redraw) {
		this.redraw = redraw;
		bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(2, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		label = new Label(bar, SWT.NONE);
		label.setLayoutData(new GridData(260, SWT.DEFAULT));
		slider = new Scale(bar, SWT.HORIZONTAL);
		slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		slider.addListener(SWT.Selection, e -> showFrame(slider.getSelection()));
		setVisible(false);
	}

	/**
	 * Overlays the newest deposit of each cell of the design whose result lies beside the design file,
	 * at the last frame.
	 *
	 * @return whether any cell has one
	 */
	public boolean show(Path designFile, CellDesign design, DiagramState diagram) {
		clear(diagram);
		for (Cell cell : design.getCells()) {
			if (cell.getAnode() != null && cell.getAnode().getCollector() != null) {
				DepositResults.of(designFile, cell).ifPresent(r -> results.put(cell, r));
			}
		}
		setVisible(!results.isEmpty());
		if (results.isEmpty()) {
			return false;
		}
		int last = results.values().stream().mapToInt(r -> r.frames().size() - 1).max().orElse(0);
		slider.setMinimum(0);
		slider.setMaximum(Math.max(1, last));
		slider.setSelection(last);
		showFrame(last);
		return true;
	}

	/** Removes every overlay and hides the slider. */
	public void clear(DiagramState diagram) {
		state = diagram;
		results.clear();
		if (state != null) {
			state.clearOverlays();
		}
		setVisible(false);
	}

	/** Shows frame k (in time order; the last one where a result has fewer) on each cell's host. */
	public void showFrame(int k) {
		if (state == null) {
			return;
		}
		state.clearOverlays();
		StringBuilder text = new StringBuilder();
		for (Map.Entry<Cell, DepositResults> entry : results.entrySet()) {
			DepositResults result = entry.getValue();
			int frame = Math.max(0, Math.min(result.frames().size() - 1, k));
			CurrentCollector collector = entry.getKey().getAnode().getCollector();
			try {
				state.setOverlay(collector, result.overlay(frame, collector.getThickness()));
				if (text.isEmpty()) {
					text.append("New metal of ").append(result.result().summary().study()).append(", ")
							.append(result.frames().get(frame).label());
				}
			} catch (IOException e) {
				text.setLength(0);
				text.append("Cannot read ").append(result.result().directory()).append(": ").append(e.getMessage());
			}
		}
		label.setText(text.toString());
		bar.layout();
		redraw.run();
	}

	private void setVisible(boolean visible) {
		((GridData) bar.getLayoutData()).exclude = !visible;
		bar.setVisible(visible);
		bar.getParent().layout();
	}
}
