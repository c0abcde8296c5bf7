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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anodyne.results.Provenance;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.results.StudySummary.PictureEntry;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.ResultViewer;
import org.anodyne.ui.results.charts.UnitText;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a run gave, at a glance: how it ended (the solver's message when it failed), its key numbers
 * with units, the pictures the study drew, where it came from, and the files it wrote. The tab the
 * results editor opens on.
 */
public final class OverviewViewer implements ResultViewer {

	/** Pictures are shown at most this wide, so that two fit side by side on a laptop's screen. */
	private static final int PICTURE_WIDTH = 640;

	private ScrolledComposite scroller;
	private Table scalars;
	private ScalarTip scalarTip;
	private Label status;
	private final List<Image> images = new ArrayList<>();
	private Font headingFont;

	@Override
	public void createControl(Composite parent, StudyResult result) {
		StudySummary s = result.summary();
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite body = new Composite(scroller, SWT.NONE);
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		body.setBackgroundMode(SWT.INHERIT_FORCE);
		body.setLayout(new GridLayout(1, false));

		Label heading = new Label(body, SWT.NONE);
		FontData fd = heading.getFont().getFontData()[0];
		headingFont = new Font(parent.getDisplay(), fd.getName(), fd.getHeight() + 4, SWT.BOLD);
		heading.setFont(headingFont);
		heading.setText("Study '" + s.study() + "' — " + kindLabel(s.kind()));

		status = new Label(body, SWT.WRAP);
		boolean ok = s.status() == StudyStatus.OK;
		status.setText((ok ? "Finished" : "Failed")
				+ (s.finishedAt().isEmpty() ? "" : " on " + Texts.timestamp(s.finishedAt()))
				+ " after " + Texts.time(s.wallSeconds()) + " of computing"
				+ (s.message().isEmpty() ? "." : ": " + s.message()));
		status.setForeground(parent.getDisplay().getSystemColor(ok ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		if (!s.scalars().isEmpty()) {
			Group numbers = group(body, "Key figures");
			scalars = new Table(numbers, SWT.BORDER | SWT.FULL_SELECTION);
			scalars.setHeaderVisible(true);
			scalars.setLinesVisible(true);
			TableColumn q = new TableColumn(scalars, SWT.NONE);
			q.setText("Quantity");
			TableColumn v = new TableColumn(scalars, SWT.NONE);
			v.setText("Value");
			for (Map.Entry<String, Object> e : s.scalars().entrySet()) {
				TableItem item = new TableItem(scalars, SWT.NONE);
				item.setText(new String[]{Texts.scalarLabel(e.getKey()),
						Texts.scalarValue(e.getKey(), e.getValue(), s.scalars())});
				item.setData(e.getKey());
			}
			q.pack();
			v.pack();
			v.setWidth(Math.max(v.getWidth(), 160));
			scalarTip = ScalarTip.attach(scalars);
		}

		if (!s.pictures().isEmpty()) {
			Group pictures = group(body, "Pictures");
			pictures.setLayout(new RowLayout(SWT.HORIZONTAL));
			for (PictureEntry p : s.pictures()) {
				Path file = result.directory().resolve(p.file());
				if (!Files.isRegularFile(file)) {
					continue;
				}
				Composite cell = new Composite(pictures, SWT.NONE);
				cell.setLayout(new GridLayout(1, false));
				Label picture = new Label(cell, SWT.NONE);
				Image image = scaled(parent, file);
				if (image != null) {
					images.add(image);
					picture.setImage(image);
				}
				Label caption = new Label(cell, SWT.WRAP);
				caption.setText(p.caption().isEmpty() ? p.name() : p.caption());
			}
		}

		Group origin = group(body, "Provenance");
		origin.setLayout(new GridLayout(2, false));
		Provenance p = s.provenance();
		row(origin, "Design file", p.modelFile());
		row(origin, "Cell", p.cell());
		row(origin, "Metal", p.metal());
		row(origin, "Current collector", p.collector());
		p.solverSettings().forEach((k, val) -> row(origin, UnitText.scalarLabel(k), Texts.scalar(val)));
		row(origin, "Anodyne", p.anodyneVersion());
		row(origin, "Result folder", result.directory().toString());

		if (!s.series().isEmpty()) {
			Group files = group(body, "Series");
			files.setLayout(new GridLayout(2, false));
			for (SeriesEntry e : s.series()) {
				row(files, e.file(),
						e.rows() + " rows: " + String.join(", ", e.columns().stream().map(c -> c.header()).toList()));
			}
		}

		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** Selects and shows the key figure of this scalar name; whether the table has it. */
	public boolean showScalar(String name) {
		if (scalars == null) {
			return false;
		}
		for (int i = 0; i < scalars.getItemCount(); i++) {
			if (name.equals(scalars.getItem(i).getData())) {
				scalars.setSelection(i);
				scroller.setOrigin(0, scalars.getParent().getLocation().y);
				return true;
			}
		}
		return false;
	}

	/** The key-figures table (quantity with unit, value), or null if the result has no scalars. */
	public Table scalarsTable() {
		return scalars;
	}

	/** The key figures' tooltip (meaning and help link), or null if the result has no scalars. */
	public ScalarTip scalarTip() {
		return scalarTip;
	}

	/** The status line: finished or failed, and the message. */
	public String statusText() {
		return status.getText();
	}

	private static String kindLabel(String kind) {
		return switch (kind) {
		case "deposition2D" -> "2D deposition";
		case "cycleLife" -> "cycle life";
		default -> kind;
		};
	}

	private static Group group(Composite parent, String title) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(title);
		g.setLayout(new GridLayout(1, false));
		g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return g;
	}

	private static void row(Composite parent, String name, String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		new Label(parent, SWT.NONE).setText(name + ":");
		Label v = new Label(parent, SWT.NONE);
		v.setText(value);
	}

	/**
	 * The picture at most {@value #PICTURE_WIDTH} pixels wide, scaled down with interpolation:
	 * ImageData's own scaling drops whole rows and columns of pixels, which breaks the thin strokes
	 * of titles and tick labels into an unreadable picture.
	 */
	private static Image scaled(Composite parent, Path file) {
		Image original;
		try {
			original = new Image(parent.getDisplay(), new ImageData(file.toString()));
		} catch (RuntimeException e) {
			// A picture SWT cannot decode is left out; the numbers and charts still show.
			return null;
		}
		Rectangle size = original.getBounds();
		if (size.width <= PICTURE_WIDTH) {
			return original;
		}
		int height = Math.max(1, size.height * PICTURE_WIDTH / size.width);
		Image small = new Image(parent.getDisplay(), PICTURE_WIDTH, height);
		GC gc = new GC(small);
		try {
			gc.setAntialias(SWT.ON);
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(original, 0, 0, size.width, size.height, 0, 0, PICTURE_WIDTH, height);
		} finally {
			gc.dispose();
			original.dispose();
		}
		return small;
	}

	@Override
	public Control getControl() {
		return scroller;
	}

	@Override
	public void dispose() {
		images.forEach(Image::dispose);
		images.clear();
		if (headingFont != null) {
			headingFont.dispose();
		}
	}
}
