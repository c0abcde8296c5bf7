/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.results.FieldFrame.FieldMask;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.picture.Axis;
import org.anodyne.results.picture.Scene.Anchor;
import org.anodyne.results.picture.Scene;
import org.anodyne.ui.results.ResultFigure;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A map of one field array over the cell's cross-section: bottom wall at the bottom, equal µm per
 * pixel both ways and as large as the panel allows, a colour bar with the quantity and its unit,
 * cells without a value (inside fibres and dense metal) painted in the colour of what they are, and
 * the outlines of fibres, deposit and separator drawn over it. A metal occupancy also gets a profile
 * beside the map, its mean over each row, so that where the new metal went (bottom or top of the
 * host) reads at a glance. The mouse wheel zooms about the pointer, dragging pans, a double click
 * shows the whole cross-section again; {@link #zoomToNewMetal()} fills the panel with the plated
 * layer. Hovering shows the value under the pointer.
 */
public final class FieldMapPanel extends Canvas implements ResultFigure {

	private static final int TITLE_HEIGHT = 26;
	private static final int LEFT = 64;
	private static final int BOTTOM = 46;
	private static final int LEGEND_ROW = 22;
	private static final int BAR_GAP = 18;
	private static final int BAR_WIDTH = 18;
	private static final int RIGHT = BAR_GAP + BAR_WIDTH + 92;
	/**
	 * Width of the row-mean profile beside an occupancy map (at least, and at most when the map
	 * leaves room to spare), and its gap to the map, wide enough for the axes' end labels.
	 */
	private static final int PROFILE_WIDTH = 110;
	private static final int PROFILE_MAX_WIDTH = 260;
	private static final int PROFILE_GAP = 26;
	private static final String PROFILE_CAPTION = "share of row filled";
	/** Zoom per wheel notch, and the fewest cells a zoomed view keeps across its shorter side. */
	private static final double WHEEL_ZOOM = 1.25;
	private static final int MIN_VIEW_CELLS = 4;
	private static final int MARGIN = 8;
	/** Outlines are drawn only where a cell is at least this many pixels wide; below, they would hide the map. */
	private static final double MIN_OUTLINE_PIXELS = 1.2;

	private FieldFrame frame;
	private FieldArray array;
	/** The mask whose boundaries are drawn: "kind" if there is one, else the first. */
	private FieldMask outlineMask;
	/** Per cell, what its colour says when it is painted as what it is rather than by value; null otherwise. */
	private String[] painted = new String[0];
	private FieldScale scale = FieldScale.of(0, 1);
	private String title = "";
	private String frameName = "";
	private Image raster;
	private int[] outline = new int[0];
	/** The cells in view, [i0, i1) × [j0, j1); the whole frame unless zoomed. */
	private int viewI0;
	private int viewI1;
	private int viewJ0;
	private int viewJ1;
	private double sharedProfileTop = Double.NaN;
	/** Where a pan started: pointer x, y and the view's i0, j0 then; null when not dragging. */
	private int[] drag;

	public FieldMapPanel(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(e -> {
			Point size = getSize();
			paintMap(e.gc, size.x, size.y);
		});
		addListener(SWT.MouseMove, e -> {
			if (drag != null) {
				pan(e.x, e.y);
			} else {
				setToolTipText(describe(e.x, e.y));
			}
		});
		addListener(SWT.MouseVerticalWheel, e -> {
			double[] at = cellAt(e.x, e.y);
			if (at != null) {
				zoom(e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, at[0], at[1]);
			}
		});
		addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && frame != null && cellAt(e.x, e.y) != null) {
				drag = new int[]{e.x, e.y, viewI0, viewJ0};
			}
		});
		addListener(SWT.MouseUp, e -> drag = null);
		addListener(SWT.MouseDoubleClick, e -> resetZoom());
		addDisposeListener(e -> disposeRaster());
	}

	/**
	 * Shows an array of a frame on a colour scale.
	 *
	 * @param newFrame the field frame
	 * @param arrayName the array to colour by
	 * @param newScale  the colour scale (shared by maps side by side)
	 * @param newTitle  the title above the map
	 * @param name      a short name of the frame for export file names
	 * @throws IllegalArgumentException if the frame has no such array
	 */
	public void show(FieldFrame newFrame, String arrayName, FieldScale newScale, String newTitle, String name) {
		this.array = newFrame.array(arrayName).orElseThrow(() -> new IllegalArgumentException(
				"the field has no array '" + arrayName + "'; it has "
						+ newFrame.arrays().stream().map(FieldArray::name).toList()));
		if (frame == null || newFrame.nx() != frame.nx() || newFrame.ny() != frame.ny()) {
			viewI0 = 0;
			viewI1 = newFrame.nx();
			viewJ0 = 0;
			viewJ1 = newFrame.ny();
		}
		if (newFrame != frame) {
			this.outlineMask = newFrame.mask("kind")
					.orElse(newFrame.masks().isEmpty() ? null : newFrame.masks().get(0));
			this.outline = outlineMask == null ? new int[0] : outline(newFrame, outlineMask.codes());
		}
		this.painted = painted(newFrame, array, FieldScale.isOccupancy(array.name(), array.unit()));
		this.frame = newFrame;
		this.scale = newScale;
		this.title = newTitle;
		this.frameName = name;
		disposeRaster();
		redraw();
	}

	public FieldFrame getFrame() {
		return frame;
	}

	public FieldArray getArray() {
		return array;
	}

	public FieldScale getScale() {
		return scale;
	}

	/** The part of the cross-section in view, {x0, x1, y0, y1} in µm. */
	public double[] viewUm() {
		double h = frame == null ? 1 : frame.spacingUm();
		return new double[]{viewI0 * h, viewI1 * h, viewJ0 * h, viewJ1 * h};
	}

	/**
	 * Zooms by a factor (above 1 closer) keeping the point at (xUm, yUm) where it is, within the
	 * cross-section and no closer than a few cells.
	 */
	public void zoom(double factor, double xUm, double yUm) {
		if (frame == null) {
			return;
		}
		double h = frame.spacingUm();
		double ci = xUm / h;
		double cj = yUm / h;
		int w = viewI1 - viewI0;
		int ht = viewJ1 - viewJ0;
		double shrink = factor > 1
				? Math.min(factor, Math.max(1.0, (double) Math.min(w, ht) / MIN_VIEW_CELLS))
				: factor;
		int nw = (int) Math.round(Math.min(frame.nx(), Math.max(1, w / shrink)));
		int nh = (int) Math.round(Math.min(frame.ny(), Math.max(1, ht / shrink)));
		int i0 = (int) Math.round(ci - (ci - viewI0) * nw / w);
		int j0 = (int) Math.round(cj - (cj - viewJ0) * nh / ht);
		setView(i0, j0, nw, nh);
	}

	/** Shows the whole cross-section again. */
	public void resetZoom() {
		if (frame != null) {
			setView(0, 0, frame.nx(), frame.ny());
		}
	}

	/**
	 * Zooms onto the rows holding new metal, the full width of the cross-section shown as wide as
	 * the panel allows: a thin layer in a tall host then fills the panel instead of a strip of it.
	 *
	 * @return whether there was new metal to zoom onto
	 */
	public boolean zoomToNewMetal() {
		if (frame == null || !showsProfile()) {
			return false;
		}
		setView(0, 0, frame.nx(), frame.ny());
		double[] p = rowProfile();
		double top = 0;
		for (double v : p) {
			top = Math.max(top, v);
		}
		int lo = -1;
		int hi = -1;
		for (int j = 0; j < p.length; j++) {
			if (top > 0 && p[j] > 0.02 * top) {
				lo = lo < 0 ? j : lo;
				hi = j;
			}
		}
		if (lo < 0) {
			return false;
		}
		Layout whole = layout(Math.max(getSize().x, 200), Math.max(getSize().y, 200));
		int rowsForWidth = (int) Math.ceil(frame.nx() * (double) whole.availH / whole.availW);
		int rows = Math.max(rowsForWidth, hi - lo + 1 + 2 * MIN_VIEW_CELLS);
		setView(0, (lo + hi + 1) / 2 - rows / 2, frame.nx(), rows);
		return true;
	}

	private void setView(int i0, int j0, int w, int h) {
		int cw = Math.min(frame.nx(), w);
		int ch = Math.min(frame.ny(), h);
		viewI0 = Math.max(0, Math.min(frame.nx() - cw, i0));
		viewJ0 = Math.max(0, Math.min(frame.ny() - ch, j0));
		viewI1 = viewI0 + cw;
		viewJ1 = viewJ0 + ch;
		redraw();
	}

	private void pan(int x, int y) {
		Layout l = layout(getSize().x, getSize().y);
		int di = (int) Math.round((drag[0] - x) / l.pixelsPerCell);
		int dj = (int) Math.round((y - drag[1]) / l.pixelsPerCell);
		setView(drag[2] + di, drag[3] + dj, viewI1 - viewI0, viewJ1 - viewJ0);
	}

	/** The cell coordinates (fractional, in cells) under a pixel of the map, or null off the map. */
	private double[] cellAt(int x, int y) {
		if (frame == null) {
			return null;
		}
		Layout l = layout(getSize().x, getSize().y);
		if (x < l.mapX || x > l.mapX + l.mapW || y < l.mapY || y > l.mapY + l.mapH) {
			return null;
		}
		double h = frame.spacingUm();
		return new double[]{(viewI0 + (double) (x - l.mapX) / l.mapW * (viewI1 - viewI0)) * h,
				(viewJ0 + (double) (l.mapY + l.mapH - y) / l.mapH * (viewJ1 - viewJ0)) * h};
	}

	/** Whether the row-mean profile is drawn: for a metal occupancy. */
	public boolean showsProfile() {
		return array != null && scale.palette() == FieldScale.Palette.OCCUPANCY;
	}

	/**
	 * The array's mean over each row of cells in view, bottom row first: for an occupancy, the share
	 * of the row's width filled with new metal. Cells painted as host or pre-deposit count as empty.
	 */
	public double[] rowProfile() {
		double[] p = new double[frame.ny()];
		float[] v = array.values();
		for (int j = 0; j < frame.ny(); j++) {
			double sum = 0;
			for (int i = viewI0; i < viewI1; i++) {
				int k = j * frame.nx() + i;
				if (painted[k] == null && Float.isFinite(v[k])) {
					sum += v[k];
				}
			}
			p[j] = sum / Math.max(1, viewI1 - viewI0);
		}
		return p;
	}

	/**
	 * Fixes the end of the profile's scale, so that maps side by side read on one scale; NaN gives
	 * each map the end its own rows in view need.
	 */
	public void setSharedProfileTop(double top) {
		sharedProfileTop = top;
		redraw();
	}

	/** The largest row mean over every row, as far as a profile shared with this map must reach. */
	public double profileTop() {
		double top = 0;
		for (double v : rowProfile()) {
			top = Math.max(top, v);
		}
		return top;
	}

	/** The scale along the profile: from 0 to the shared end, or to the largest row mean in view. */
	public Axis profileScale() {
		return profileScale(rowProfile());
	}

	private Axis profileScale(double[] p) {
		double top = 0;
		for (int j = viewJ0; j < viewJ1; j++) {
			top = Math.max(top, p[j]);
		}
		if (sharedProfileTop > top) {
			top = sharedProfileTop;
		}
		return Axis.of(0, top > 0 ? top : 1, 2, false);
	}

	/** The title above the map. */
	public String getTitle() {
		return title;
	}

	/** The colour bar's title: quantity and unit, e.g. "Concentration [mol/L]", "New metal (fraction of cell)". */
	public String scaleTitle() {
		if (array == null) {
			return "";
		}
		String title = UnitText.axisTitle(UnitText.words(array.name()).toLowerCase(Locale.ROOT), array.unit());
		// A bare "New metal" does not say that 1 means a cell full of metal.
		return scale.palette() == FieldScale.Palette.OCCUPANCY ? title + " (fraction of cell)" : title;
	}

	/** The colour a cell is painted in, 0xRRGGBB: the scale's colour of its value, or the colour of what it is. */
	public int cellColour(int i, int j) {
		int k = j * frame.nx() + i;
		return painted[k] != null ? maskColour(painted[k]) : scale.colour(array.values()[k]);
	}

	/** What the masks say cells are, as far as the colours go. */
	private enum Material {
		HOST(0x333333), OLD_METAL(0xc8c8c8), METAL(0xa9b7c6), SEPARATOR(0xd9cfb0), COUNTER(0x7a6a58), FLUID(0xeeeeee);

		final int colour;

		Material(int colour) {
			this.colour = colour;
		}

		static Material of(String meaning) {
			String m = meaning.toLowerCase(Locale.ROOT);
			if (m.contains("fib") || m.contains("substrate") || m.contains("host") || m.contains("collector")
					|| m.contains("wall")) {
				return HOST;
			}
			if (m.contains("pre-dep") || m.contains("predep") || m.contains("old metal")
					|| m.contains("initial metal")) {
				return OLD_METAL;
			}
			if (m.contains("separator")) {
				return SEPARATOR;
			}
			if (m.contains("counter") || m.contains("cathode")) {
				return COUNTER;
			}
			if ((m.contains("metal") || m.contains("deposit") || m.contains("lithium")) && !m.contains("electrolyte")) {
				return METAL;
			}
			return FLUID;
		}
	}

	/**
	 * The colour of cells painted as what they are, by what a mask's legend calls them: the host's
	 * fibres and walls dark grey and pre-deposited metal light grey always (a value there says
	 * nothing about where new metal went), and cells without a value as metal (steel blue),
	 * separator (sand) or electrolyte (light grey). New metal itself is never painted grey: it is
	 * coloured by how full its cell is.
	 */
	public static int maskColour(String meaning) {
		return Material.of(meaning).colour;
	}

	/**
	 * Per cell, the legend meaning it is painted as, or null if its value is shown: host and
	 * pre-deposited metal by any mask, for an occupancy also the separator and counter electrode
	 * where they hold no metal (else they would look like empty electrolyte), else cells without a
	 * finite value by the most specific mask.
	 */
	private static String[] painted(FieldFrame frame, FieldArray array, boolean occupancy) {
		float[] v = array.values();
		String[] result = new String[v.length];
		for (int k = 0; k < v.length; k++) {
			String fixed = null;
			String missing = null;
			Material missingMaterial = null;
			for (FieldMask m : frame.masks()) {
				Optional<String> meaning = m.meaning(m.codes()[k] & 0xff);
				if (meaning.isEmpty()) {
					continue;
				}
				Material material = Material.of(meaning.get());
				if (material == Material.HOST || (material == Material.OLD_METAL && fixed == null)) {
					fixed = meaning.get();
				}
				if (occupancy && fixed == null && (material == Material.SEPARATOR || material == Material.COUNTER)
						&& !(v[k] > 0)) {
					fixed = meaning.get();
				}
				if (missingMaterial == null || material.ordinal() < missingMaterial.ordinal()) {
					missing = meaning.get();
					missingMaterial = material;
				}
			}
			if (fixed != null) {
				result[k] = fixed;
			} else if (!Float.isFinite(v[k])) {
				result[k] = missing != null ? missing : "no value";
			}
		}
		return result;
	}

	/** The meanings of the painted cells, as the legend lists them (host first). */
	List<String> paintedMeanings() {
		TreeMap<Material, LinkedHashSet<String>> byMaterial = new TreeMap<>();
		for (String p : painted) {
			if (p != null) {
				byMaterial.computeIfAbsent(Material.of(p), m -> new LinkedHashSet<>()).add(p);
			}
		}
		List<String> result = new ArrayList<>();
		byMaterial.values().forEach(result::addAll);
		return result;
	}

	@Override
	public String name() {
		return "map-" + Plots.fileSafe(array == null ? "field" : array.name())
				+ (frameName.isEmpty() ? "" : "-" + frameName);
	}

	/**
	 * The map as shown, as a drawing: the cells in view as a raster, the outline, axes, the row
	 * profile, the colour bar and the legend as shapes, at the panel's size (900 × 700 when not shown).
	 */
	@Override
	public Scene toScene() throws IOException {
		requireFrame();
		Point size = getSize();
		int w = size.x > 200 ? size.x : 900;
		int h = size.y > 200 ? size.y : 700;
		Layout l = layout(w, h);
		Scene scene = new Scene(w, h, title);
		scene.add(new Scene.Text(l.mapX + l.mapW / 2.0, 18, title, 14, Anchor.MIDDLE, false, Scene.BLACK));
		scene.add(new Scene.Raster(l.mapX, l.mapY, l.mapW, l.mapH, viewI1 - viewI0, viewJ1 - viewJ0, cellsInView()));
		if (!outlineHidden(l)) {
			for (int k = 0; k < outline.length; k += 4) {
				// Runs are horizontal or vertical: clipping to the view is clamping.
				double x1 = clamp(l.px(outline[k]), l.mapX, l.mapX + l.mapW);
				double y1 = clamp(l.py(outline[k + 1]), l.mapY, l.mapY + l.mapH);
				double x2 = clamp(l.px(outline[k + 2]), l.mapX, l.mapX + l.mapW);
				double y2 = clamp(l.py(outline[k + 3]), l.mapY, l.mapY + l.mapH);
				boolean inside = outline[k] == outline[k + 2]
						? x1 == l.px(outline[k]) && y1 != y2
						: y1 == l.py(outline[k + 1]) && x1 != x2;
				if (inside) {
					scene.add(new Scene.Line(x1, y1, x2, y2, Scene.BLACK, 1));
				}
			}
		}
		scene.add(new Scene.Rect(l.mapX, l.mapY, l.mapW, l.mapH, -1, Scene.BLACK, 1));
		double lastRight = Double.NEGATIVE_INFINITY;
		for (double t : l.xScale.ticks()) {
			double x = l.mapX + l.xScale.fraction(t) * l.mapW;
			scene.add(new Scene.Line(x, l.mapY + l.mapH, x, l.mapY + l.mapH + 4, Scene.BLACK, 1));
			double half = l.xScale.label(t).length() * 3.3;
			if (x - half > lastRight + 4) {
				scene.add(new Scene.Text(x, l.mapY + l.mapH + 17, l.xScale.label(t), 12, Anchor.MIDDLE, false,
						Scene.BLACK));
				lastRight = x + half;
			}
		}
		for (double t : l.yScale.ticks()) {
			double y = l.mapY + l.mapH - l.yScale.fraction(t) * l.mapH;
			scene.add(new Scene.Line(l.mapX - 4, y, l.mapX, y, Scene.BLACK, 1));
			scene.add(new Scene.Text(l.mapX - 7, y + 4, l.yScale.label(t), 12, Anchor.END, false, Scene.BLACK));
		}
		scene.add(new Scene.Text(l.mapX + l.mapW / 2.0, l.mapY + l.mapH + 34, "x [µm]", 12, Anchor.MIDDLE, false,
				Scene.BLACK));
		scene.add(new Scene.Text(16, l.mapY + l.mapH / 2.0, "y [µm]", 12, Anchor.MIDDLE, true, Scene.BLACK));
		if (showsProfile()) {
			double[] p = rowProfile();
			Axis along = profileScale(p);
			int fill = scale.colour(scale.max());
			for (int j = viewJ0; j < viewJ1; j++) {
				double bar = along.fraction(p[j]) * l.profileW;
				if (bar > 0) {
					scene.add(new Scene.Rect(l.profileX, l.py(j + 1), bar, l.py(j) - l.py(j + 1), fill, -1, 0));
				}
			}
			scene.add(new Scene.Rect(l.profileX, l.mapY, l.profileW, l.mapH, -1, Scene.BLACK, 1));
			scene.add(new Scene.Text(l.profileX, l.mapY + l.mapH + 17, "0", 12, Anchor.START, false, Scene.BLACK));
			scene.add(new Scene.Text(l.profileX + l.profileW, l.mapY + l.mapH + 17, along.label(along.max()), 12,
					Anchor.END,
					false, Scene.BLACK));
			scene.add(new Scene.Text(l.profileX + l.profileW / 2.0, l.mapY + l.mapH + 34, PROFILE_CAPTION, 12,
					Anchor.MIDDLE,
					false, Scene.BLACK));
		}
		scene.add(
				new Scene.ColourBar(l.barX, l.mapY, BAR_WIDTH, l.mapH, scale.colormap(), barScale(), scaleTitle(), 12));
		int lx = l.mapX;
		for (String meaning : paintedMeanings()) {
			scene.add(new Scene.Rect(lx, l.legendY, 14, 12, maskColour(meaning), Scene.BLACK, 1));
			scene.add(new Scene.Text(lx + 19, l.legendY + 11, meaning, 12, Anchor.START, false, Scene.BLACK));
			lx += 34 + (int) (meaning.length() * 6.6);
		}
		return scene;
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}

	/** Writes one row per cell: its centre, the array's value and the codes of the frame's masks. */
	@Override
	public void writeCsv(Path file) throws IOException {
		requireFrame();
		double h = frame.spacingUm();
		float[] v = array.values();
		List<FieldMask> masks = frame.masks();
		StringBuilder header = new StringBuilder("x [um],y [um]," + array.name() + " [" + array.unit() + "]");
		masks.forEach(m -> header.append(',').append(m.name()).append(" [-]"));
		AtomicFiles.writeText(file, w -> {
			w.write(header + "\n");
			for (int j = 0; j < frame.ny(); j++) {
				for (int i = 0; i < frame.nx(); i++) {
					int k = j * frame.nx() + i;
					StringBuilder row = new StringBuilder();
					row.append(PlotCsv.number((i + 0.5) * h)).append(',').append(PlotCsv.number((j + 0.5) * h))
							.append(',')
							.append(Float.isNaN(v[k]) ? "NaN" : Float.toString(v[k]));
					for (FieldMask m : masks) {
						row.append(',').append(m.codes()[k] & 0xff);
					}
					w.write(row.append('\n').toString());
				}
			}
		});
	}

	private void requireFrame() throws IOException {
		if (frame == null) {
			throw new IOException("the map shows no field yet");
		}
	}

	/** Where the parts of the map go in a drawing of the given size. */
	private final class Layout {
		final int mapX;
		final int mapY;
		final int mapW;
		final int mapH;
		final int barX;
		final int legendY;
		final double pixelsPerCell;
		final Axis xScale;
		final Axis yScale;

		final int profileX;
		final int profileW;
		/** The room the map has, before it keeps its aspect ratio. */
		final int availW;
		final int availH;

		Layout(int width, int height) {
			double wUm = (viewI1 - viewI0) * frame.spacingUm();
			double hUm = (viewJ1 - viewJ0) * frame.spacingUm();
			int legend = paintedMeanings().isEmpty() ? 0 : LEGEND_ROW;
			int profile = showsProfile() ? PROFILE_GAP + PROFILE_WIDTH : 0;
			availW = Math.max(40, width - LEFT - RIGHT - MARGIN - profile);
			availH = Math.max(40, height - TITLE_HEIGHT - BOTTOM - legend - MARGIN);
			double s = Math.min(availW / wUm, availH / hUm);
			mapW = Math.max(1, (int) Math.round(wUm * s));
			mapH = Math.max(1, (int) Math.round(hUm * s));
			mapX = LEFT;
			mapY = TITLE_HEIGHT;
			profileX = mapX + mapW + PROFILE_GAP;
			// A tall, narrow cross-section leaves width over: the profile takes some of it.
			profileW = profile == 0 ? 0 : Math.min(PROFILE_MAX_WIDTH, PROFILE_WIDTH + Math.max(0, availW - mapW));
			barX = mapX + mapW + (profile == 0 ? 0 : PROFILE_GAP + profileW) + BAR_GAP;
			legendY = mapY + mapH + BOTTOM - 4;
			pixelsPerCell = (double) mapW / (viewI1 - viewI0);
			double h = frame.spacingUm();
			xScale = Axis.of(viewI0 * h, viewI1 * h, Math.max(2, mapW / 70), false);
			yScale = Axis.of(viewJ0 * h, viewJ1 * h, Math.max(2, mapH / 50), false);
		}

		/** Pixel x of a cell-edge coordinate. */
		double px(int i) {
			return mapX + (double) (i - viewI0) / (viewI1 - viewI0) * mapW;
		}

		/** Pixel y of a cell-edge coordinate (y grows upward in cells, downward in pixels). */
		double py(int j) {
			return mapY + mapH - (double) (j - viewJ0) / (viewJ1 - viewJ0) * mapH;
		}
	}

	private Layout layout(int width, int height) {
		return new Layout(width, height);
	}

	private boolean outlineHidden(Layout l) {
		return l.pixelsPerCell < MIN_OUTLINE_PIXELS;
	}

	private Axis barScale() {
		return Axis.of(scale.min(), scale.max(), 5, false);
	}

	/** Paints the whole figure into a GC of the given size. */
	void paintMap(GC gc, int width, int height) {
		if (frame == null || array == null) {
			return;
		}
		Layout l = layout(width, height);
		Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
		gc.setForeground(black);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Point t = gc.textExtent(title);
		gc.drawText(title, l.mapX + Math.max(0, (l.mapW - t.x) / 2), 4, true);

		if (raster == null) {
			raster = new Image(getDisplay(), cellsImageData());
		}
		gc.setInterpolation(SWT.NONE);
		gc.drawImage(raster, viewI0, frame.ny() - viewJ1, viewI1 - viewI0, viewJ1 - viewJ0, l.mapX, l.mapY, l.mapW,
				l.mapH);
		gc.setAntialias(SWT.OFF);
		if (!outlineHidden(l)) {
			gc.setLineWidth(1);
			gc.setClipping(l.mapX, l.mapY, l.mapW + 1, l.mapH + 1);
			for (int k = 0; k < outline.length; k += 4) {
				gc.drawLine((int) Math.round(l.px(outline[k])), (int) Math.round(l.py(outline[k + 1])),
						(int) Math.round(l.px(outline[k + 2])), (int) Math.round(l.py(outline[k + 3])));
			}
			gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
		}
		if (showsProfile()) {
			paintProfile(gc, l);
		}
		gc.drawRectangle(l.mapX, l.mapY, l.mapW, l.mapH);
		int th = gc.getFontMetrics().getHeight();
		int lastRight = Integer.MIN_VALUE;
		for (double v : l.xScale.ticks()) {
			int x = (int) Math.round(l.mapX + l.xScale.fraction(v) * l.mapW);
			gc.drawLine(x, l.mapY + l.mapH, x, l.mapY + l.mapH + 4);
			String label = l.xScale.label(v);
			int w = gc.textExtent(label).x;
			// A narrow map has room for fewer labels than ticks: a label that would touch the last one is left out.
			if (x - w / 2 > lastRight + 4) {
				gc.drawText(label, x - w / 2, l.mapY + l.mapH + 5, true);
				lastRight = x - w / 2 + w;
			}
		}
		String xTitle = "x [µm]";
		gc.drawText(xTitle, l.mapX + (l.mapW - gc.textExtent(xTitle).x) / 2, l.mapY + l.mapH + 6 + th, true);
		for (double v : l.yScale.ticks()) {
			int y = (int) Math.round(l.mapY + l.mapH - l.yScale.fraction(v) * l.mapH);
			gc.drawLine(l.mapX - 4, y, l.mapX, y);
			String label = l.yScale.label(v);
			gc.drawText(label, l.mapX - 6 - gc.textExtent(label).x, y - th / 2, true);
		}
		verticalText(gc, "y [µm]", 4, l.mapY + l.mapH / 2);

		for (int y = 0; y < l.mapH; y++) {
			int c = scale.colormap().colour(1.0 - (double) y / Math.max(1, l.mapH - 1));
			Color colour = new Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
			gc.setForeground(colour);
			gc.drawLine(l.barX, l.mapY + y, l.barX + BAR_WIDTH - 1, l.mapY + y);
		}
		gc.setForeground(black);
		gc.drawRectangle(l.barX - 1, l.mapY - 1, BAR_WIDTH + 1, l.mapH + 1);
		Axis bar = barScale();
		int labelsWidth = 0;
		for (double v : bar.ticks()) {
			int y = (int) Math.round(l.mapY + l.mapH - 1 - bar.fraction(v) * (l.mapH - 1));
			gc.drawLine(l.barX + BAR_WIDTH, y, l.barX + BAR_WIDTH + 3, y);
			String label = bar.label(v);
			labelsWidth = Math.max(labelsWidth, gc.textExtent(label).x);
			gc.drawText(label, l.barX + BAR_WIDTH + 6, y - th / 2, true);
		}
		verticalText(gc, scaleTitle(), l.barX + BAR_WIDTH + 10 + labelsWidth, l.mapY + l.mapH / 2);

		int lx = l.mapX;
		for (String meaning : paintedMeanings()) {
			int c = maskColour(meaning);
			gc.setBackground(new Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff));
			gc.fillRectangle(lx, l.legendY, 14, 12);
			gc.drawRectangle(lx, l.legendY, 14, 12);
			gc.drawText(meaning, lx + 19, l.legendY + 6 - th / 2, true);
			lx += 34 + gc.textExtent(meaning).x;
		}
	}

	/** The row-mean profile beside the map, on the map's height scale, in the colour of full metal. */
	private void paintProfile(GC gc, Layout l) {
		double[] p = rowProfile();
		Axis along = profileScale(p);
		int c = scale.colour(scale.max());
		Color fill = new Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
		gc.setBackground(fill);
		for (int j = viewJ0; j < viewJ1; j++) {
			int y0 = (int) Math.round(l.py(j + 1));
			int y1 = (int) Math.round(l.py(j));
			int w = (int) Math.round(along.fraction(p[j]) * l.profileW);
			if (w > 0) {
				gc.fillRectangle(l.profileX, y0, w, Math.max(1, y1 - y0));
			}
		}
		Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
		gc.setForeground(black);
		gc.drawRectangle(l.profileX, l.mapY, l.profileW, l.mapH);
		int th = gc.getFontMetrics().getHeight();
		for (double v : List.of(0.0, along.max())) {
			int x = l.profileX + (int) Math.round(along.fraction(v) * l.profileW);
			gc.drawLine(x, l.mapY + l.mapH, x, l.mapY + l.mapH + 4);
			String label = along.label(v);
			int w = gc.textExtent(label).x;
			gc.drawText(label, Math.max(l.profileX, Math.min(x - w / 2, l.profileX + l.profileW - w)),
					l.mapY + l.mapH + 5, true);
		}
		gc.drawText(PROFILE_CAPTION, l.profileX + (l.profileW - gc.textExtent(PROFILE_CAPTION).x) / 2,
				l.mapY + l.mapH + 6 + th,
				true);
	}

	private void verticalText(GC gc, String text, int x, int centreY) {
		Point e = gc.textExtent(text);
		Transform tr = new Transform(getDisplay());
		try {
			tr.translate(x, centreY + e.x / 2f);
			tr.rotate(-90);
			gc.setTransform(tr);
			gc.drawText(text, 0, 0, true);
			gc.setTransform(null);
		} finally {
			tr.dispose();
		}
	}

	private ImageData cellsImageData() {
		int nx = frame.nx();
		int ny = frame.ny();
		ImageData data = new ImageData(nx, ny, 24, new PaletteData(0xff0000, 0x00ff00, 0x0000ff));
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				data.setPixel(i, ny - 1 - j, cellColour(i, j));
			}
		}
		return data;
	}

	/** The colours of the cells in view, top row first. */
	private int[] cellsInView() {
		int w = viewI1 - viewI0;
		int h = viewJ1 - viewJ0;
		int[] rgb = new int[w * h];
		for (int j = viewJ0; j < viewJ1; j++) {
			for (int i = viewI0; i < viewI1; i++) {
				rgb[(viewJ1 - 1 - j) * w + (i - viewI0)] = cellColour(i, j);
			}
		}
		return rgb;
	}

	private String describe(int x, int y) {
		if (frame == null) {
			return null;
		}
		Layout l = layout(getSize().x, getSize().y);
		int i = viewI0 + (int) Math.floor((double) (x - l.mapX) / l.mapW * (viewI1 - viewI0));
		int j = viewJ0 + (int) Math.floor((double) (l.mapY + l.mapH - y) / l.mapH * (viewJ1 - viewJ0));
		if (i < viewI0 || j < viewJ0 || i >= viewI1 || j >= viewJ1) {
			return null;
		}
		int k = j * frame.nx() + i;
		float v = array.values()[k];
		String where = String.format(Locale.ROOT, "x = %.1f µm, y = %.1f µm", (i + 0.5) * frame.spacingUm(),
				(j + 0.5) * frame.spacingUm());
		String what = painted[k] != null
				? " (" + painted[k] + ")"
				: outlineMask == null
						? ""
						: outlineMask.meaning(outlineMask.codes()[k] & 0xff).map(m -> " (" + m + ")").orElse("");
		String value = Float.isFinite(v)
				? String.format(Locale.ROOT, "%.4g %s", v, UnitText.pretty(array.unit())).strip()
				: "no value";
		return where + ": " + value + what;
	}

	private void disposeRaster() {
		if (raster != null) {
			raster.dispose();
			raster = null;
		}
	}

	/**
	 * Boundaries between cells of different mask codes, merged into straight runs, as
	 * {x1, y1, x2, y2} quadruples in cell-edge coordinates (y upward).
	 */
	static int[] outline(FieldFrame frame, byte[] codes) {
		int nx = frame.nx();
		int ny = frame.ny();
		List<int[]> runs = new ArrayList<>();
		for (int i = 0; i + 1 < nx; i++) {
			int start = -1;
			for (int j = 0; j <= ny; j++) {
				boolean edge = j < ny && codes[j * nx + i] != codes[j * nx + i + 1];
				if (edge && start < 0) {
					start = j;
				} else if (!edge && start >= 0) {
					runs.add(new int[]{i + 1, start, i + 1, j});
					start = -1;
				}
			}
		}
		for (int j = 0; j + 1 < ny; j++) {
			int start = -1;
			for (int i = 0; i <= nx; i++) {
				boolean edge = i < nx && codes[j * nx + i] != codes[(j + 1) * nx + i];
				if (edge && start < 0) {
					start = i;
				} else if (!edge && start >= 0) {
					runs.add(new int[]{start, j + 1, i, j + 1});
					start = -1;
				}
			}
		}
		int[] flat = new int[runs.size() * 4];
		for (int r = 0; r < runs.size(); r++) {
			System.arraycopy(runs.get(r), 0, flat, r * 4, 4);
		}
		return flat;
	}
}
