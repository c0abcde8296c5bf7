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
import java.util.List;
import java.util.Optional;

import org.anodyne.results.StudyResult;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.ResultViewer;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.charts.UnitText;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/**
 * Maps of the 2D solve: deposit, surface current density, concentration, potential over the cell's
 * cross-section, with fibres drawn, a colour scale fixed over the run, and a time slider through the
 * frames the study wrote. Opens on the deposit at the end of the run.
 */
public final class FieldMapViewer implements ResultViewer {

	private Composite control;
	private FieldSeries frames;
	private List<String[]> arrays;
	private Combo arrayChooser;
	private Scale slider;
	private Label instant;
	private FieldMapPanel map;
	private Button zoomToMetal;

	@Override
	public boolean canShow(StudyResult result) {
		return !result.summary().fields().isEmpty();
	}

	@Override
	public void createControl(Composite parent, StudyResult result) throws IOException {
		frames = new FieldSeries(result);
		arrays = frames.arrays();
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(7, false));
		new Label(control, SWT.NONE).setText("Quantity:");
		arrayChooser = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (String[] a : arrays) {
			arrayChooser.add(a[1]);
		}
		new Label(control, SWT.NONE).setText("Time:");
		slider = new Scale(control, SWT.HORIZONTAL);
		slider.setMinimum(0);
		slider.setMaximum(Math.max(1, frames.size() - 1));
		slider.setPageIncrement(1);
		slider.setEnabled(frames.size() > 1);
		GridData sliderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sliderData.minimumWidth = 160;
		slider.setLayoutData(sliderData);
		instant = new Label(control, SWT.NONE);
		instant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		zoomToMetal = new Button(control, SWT.PUSH);
		zoomToMetal.setText("Zoom to new metal");
		zoomToMetal.setToolTipText("Fill the panel with the rows where new metal plated (wheel: zoom, drag: pan)");
		Button whole = new Button(control, SWT.PUSH);
		whole.setText("Whole cell");
		whole.setToolTipText("Show the whole cross-section (or double-click the map)");
		map = new FieldMapPanel(control, SWT.NONE);
		map.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
		zoomToMetal.addListener(SWT.Selection, e -> map.zoomToNewMetal());
		whole.addListener(SWT.Selection, e -> map.resetZoom());

		String first = frames.defaultArray();
		for (int k = 0; k < arrays.size(); k++) {
			if (arrays.get(k)[0].equals(first)) {
				arrayChooser.select(k);
			}
		}
		slider.setSelection(frames.size() - 1);
		arrayChooser.addListener(SWT.Selection, e -> refreshSafely());
		slider.addListener(SWT.Selection, e -> refreshSafely());
		refresh();
	}

	/** Shows the named array at frame {@code index} (0 = earliest). */
	public void show(String arrayName, int index) throws IOException {
		for (int k = 0; k < arrays.size(); k++) {
			if (arrays.get(k)[0].equals(arrayName)) {
				arrayChooser.select(k);
			}
		}
		slider.setSelection(index);
		refresh();
	}

	/** Shows the frame of this name with the quantity shown now; whether the result has it. */
	public boolean showFrame(String name) {
		for (int k = 0; k < frames.size(); k++) {
			if (frames.entries().get(k).name().equals(name)) {
				slider.setSelection(k);
				refreshSafely();
				return true;
			}
		}
		return false;
	}

	/** The frame on the time slider now (0 = earliest). */
	public int frameIndex() {
		return slider.getSelection();
	}

	/** The map widget. */
	public FieldMapPanel map() {
		return map;
	}

	/** Number of frames on the time slider. */
	public int frameCount() {
		return frames.size();
	}

	/** Refreshes after a user's choice; a frame that cannot be read is reported beside the slider. */
	private void refreshSafely() {
		try {
			refresh();
		} catch (IOException e) {
			instant.setText("cannot read this frame: " + e.getMessage());
			instant.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
	}

	private void refresh() throws IOException {
		if (arrays.isEmpty() || frames.size() == 0) {
			return;
		}
		int index = Math.min(slider.getSelection(), frames.size() - 1);
		String array = arrays.get(Math.max(0, arrayChooser.getSelectionIndex()))[0];
		instant.setText(frames.instant(index));
		instant.setForeground(null);
		map.show(frames.frame(index), array, frames.scale(array), UnitText.words(array) + " — " + frames.instant(index),
				frames.entries().get(index).name());
		zoomToMetal.setEnabled(map.showsProfile());
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public Optional<ResultFigure> currentFigure() {
		return map == null || map.getFrame() == null ? Optional.empty() : Optional.of(map);
	}
}
