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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import org.anodyne.results.SweepTable;
import org.anodyne.results.picture.Axis;
import org.anodyne.results.picture.Colormap;
import org.anodyne.ui.results.charts.ChartColours;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A sweep's output drawn against its parameters: against one parameter as markers (joined by lines,
 * one per combination of the other parameters, when the points lie on a grid), or over two parameters
 * as a heat map (a cell per pair of values of a grid; coloured markers at their places for scattered
 * points such as a Latin hypercube). Clicking a point (or cell) reports its index.
 */
final class SweepPlot extends Canvas {

	private static final int MARGIN_LEFT = 70;
	private static final int MARGIN_RIGHT = 90;
	private static final int MARGIN_TOP = 48;
	private static final int MARGIN_BOTTOM = 45;
	private static final int MARKER = 4;
	private static final int CLICK_PIXELS = 10;
	private static final int MAX_LINES = 8;

	/** Where a point was drawn, for clicks. */
	private record Hit(int index, Rectangle area) {
	}

	private SweepTable table;
	private int output = -1;
	private int x = -1;
	private int y = -1;
	private final List<Hit> hits = new ArrayList<>();
	private final List<IntConsumer> listeners = new ArrayList<>();

	SweepPlot(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.MouseUp, e -> pointAt(e.x, e.y).ifPresent(i -> listeners.forEach(l -> l.accept(i))));
	}

	/**
	 * Shows an output of the table against parameter {@code x}, and over parameter {@code y} as a heat
	 * map when {@code y >= 0}.
	 */
	void show(SweepTable newTable, int outputIndex, int xParameter, int yParameter) {
		table = newTable;
		output = outputIndex;
		x = xParameter;
		y = yParameter;
		redraw();
	}

	/** Called with a point's index when the user clicks it. */
	void addPointListener(IntConsumer listener) {
		listeners.add(listener);
	}

	/** True when two parameters are shown as a heat map. */
	boolean heatMap() {
		return y >= 0;
	}

	/** The index of the point drawn at a place of the canvas, if any. */
	Optional<Integer> pointAt(int px, int py) {
		Hit best = null;
		double bestDistance = Double.MAX_VALUE;
		for (Hit h : hits) {
			if (h.area().contains(px, py)) {
				return Optional.of(h.index());
			}
			double cx = h.area().x + h.area().width / 2.0;
			double cy = h.area().y + h.area().height / 2.0;
			double d = Math.hypot(cx - px, cy - py);
			if (d < bestDistance) {
				bestDistance = d;
				best = h;
			}
		}
		return best != null && bestDistance <= CLICK_PIXELS
				? Optional.of(best.index())
				: Optional.empty();
	}

	/** The centre of the point's marker or cell, for tests and keyboard users; null when not drawn. */
	Point centreOf(int index) {
		return hits.stream().filter(h -> h.index() == index).findFirst()
				.map(h -> new Point(h.area().x + h.area().width / 2, h.area().y + h.area().height / 2)).orElse(null);
	}

	private void paint(GC gc) {
		hits.clear();
		Rectangle client = getClientArea();
		gc.setAntialias(SWT.ON);
		if (table == null || output < 0 || x < 0 || table.points().isEmpty()) {
			gc.drawText("No points to show.", 10, 10, true);
			return;
		}
		Rectangle plot = new Rectangle(MARGIN_LEFT, MARGIN_TOP, Math.max(10, client.width - MARGIN_LEFT - MARGIN_RIGHT),
				Math.max(10, client.height - MARGIN_TOP - MARGIN_BOTTOM));
		String outputName = table.outputs().get(output).column().header();
		List<SweepTable.Point> points = table.points();
		double[] xs = points.stream().mapToDouble(p -> p.values()[x]).toArray();
		double[] zs = points.stream().mapToDouble(p -> p.number(table.outputs().get(output).name())).toArray();
		Axis xScale = scale(xs);
		if (y < 0) {
			Axis zScale = scale(zs);
			gc.drawText(outputName + " against " + table.parameters().get(x).column().header(), MARGIN_LEFT, 5, true);
			axes(gc, plot, xScale, table.parameters().get(x).column().header(), zScale, outputName);
			lines(gc, plot, xs, zs, xScale, zScale);
			for (int i = 0; i < points.size(); i++) {
				if (!Double.isFinite(zs[i])) {
					continue;
				}
				int px = plot.x + (int) Math.round(xScale.fraction(xs[i]) * plot.width);
				int py = plot.y + plot.height - (int) Math.round(zScale.fraction(zs[i]) * plot.height);
				gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
				gc.fillOval(px - MARKER, py - MARKER, 2 * MARKER, 2 * MARKER);
				hits.add(new Hit(points.get(i).index(),
						new Rectangle(px - MARKER, py - MARKER, 2 * MARKER, 2 * MARKER)));
			}
			return;
		}
		double[] ys = points.stream().mapToDouble(p -> p.values()[y]).toArray();
		gc.drawText(
				outputName + " over " + table.parameters().get(x).name() + " and " + table.parameters().get(y).name(),
				MARGIN_LEFT, 5, true);
		double[] finite = Arrays.stream(zs).filter(Double::isFinite).toArray();
		double lo = finite.length == 0 ? 0 : Arrays.stream(finite).min().getAsDouble();
		double hi = finite.length == 0 ? 1 : Arrays.stream(finite).max().getAsDouble();
		Axis zScale = Axis.of(lo, hi, 5, false);
		TreeSet<Double> ux = new TreeSet<>();
		TreeSet<Double> uy = new TreeSet<>();
		for (int i = 0; i < xs.length; i++) {
			ux.add(xs[i]);
			uy.add(ys[i]);
		}
		if ((long) ux.size() * uy.size() <= points.size()) {
			cells(gc, plot, xs, ys, zs, new ArrayList<>(ux), new ArrayList<>(uy), zScale);
		} else {
			Axis yScale = scale(ys);
			axes(gc, plot, xScale, table.parameters().get(x).column().header(), yScale,
					table.parameters().get(y).column().header());
			for (int i = 0; i < points.size(); i++) {
				int px = plot.x + (int) Math.round(xScale.fraction(xs[i]) * plot.width);
				int py = plot.y + plot.height - (int) Math.round(yScale.fraction(ys[i]) * plot.height);
				fill(gc, zScale, zs[i], new Rectangle(px - 2 * MARKER, py - 2 * MARKER, 4 * MARKER, 4 * MARKER), true);
				hits.add(new Hit(points.get(i).index(), new Rectangle(px - 2 * MARKER, py - 2 * MARKER, 4 * MARKER,
						4 * MARKER)));
			}
		}
		colourBar(gc, plot, zScale, outputName);
	}

	/** One cell per pair of grid values; several points in one cell (other parameters) show their mean. */
	private void cells(GC gc, Rectangle plot, double[] xs, double[] ys, double[] zs, List<Double> ux, List<Double> uy,
			Axis zScale) {
		int w = plot.width / ux.size();
		int h = plot.height / uy.size();
		Map<Long, double[]> sums = new LinkedHashMap<>();
		Map<Long, Integer> first = new LinkedHashMap<>();
		for (int i = 0; i < xs.length; i++) {
			long key = (long) ux.indexOf(xs[i]) << 32 | uy.indexOf(ys[i]);
			first.putIfAbsent(key, table.points().get(i).index());
			if (Double.isFinite(zs[i])) {
				double[] s = sums.computeIfAbsent(key, k -> new double[2]);
				s[0] += zs[i];
				s[1]++;
			}
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		for (Map.Entry<Long, Integer> e : first.entrySet()) {
			int i = (int) (e.getKey() >> 32);
			int j = (int) (e.getKey() & 0xffffffffL);
			double[] s = sums.get(e.getKey());
			Rectangle cell = new Rectangle(plot.x + i * w, plot.y + plot.height - (j + 1) * h, w, h);
			fill(gc, zScale, s == null ? Double.NaN : s[0] / s[1], cell, false);
			hits.add(new Hit(e.getValue(), cell));
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		for (int i = 0; i < ux.size(); i++) {
			String label = number(ux.get(i));
			Point size = gc.textExtent(label);
			gc.drawText(label, plot.x + i * w + (w - size.x) / 2, plot.y + plot.height + 4, true);
		}
		for (int j = 0; j < uy.size(); j++) {
			String label = number(uy.get(j));
			Point size = gc.textExtent(label);
			gc.drawText(label, plot.x - size.x - 6, plot.y + plot.height - j * h - (h + size.y) / 2, true);
		}
		gc.drawText(table.parameters().get(x).column().header(), plot.x + plot.width / 2 - 40,
				plot.y + plot.height + 22, true);
		gc.drawText(table.parameters().get(y).column().header(), 4, plot.y - 18, true);
	}

	private void fill(GC gc, Axis zScale, double z, Rectangle area, boolean oval) {
		int rgb = Colormap.VIRIDIS.colour(Double.isFinite(z) ? zScale.fraction(z) : Double.NaN);
		Color c = new Color(getDisplay(), new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
		gc.setBackground(c);
		if (oval) {
			gc.fillOval(area.x, area.y, area.width, area.height);
		} else {
			gc.fillRectangle(area);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
			gc.drawRectangle(area);
			if (!Double.isFinite(z)) {
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.drawText("no result", area.x + 3, area.y + 3, true);
			}
		}
		c.dispose();
	}

	private void colourBar(GC gc, Rectangle plot, Axis zScale, String label) {
		int bx = plot.x + plot.width + 15;
		for (int k = 0; k < plot.height; k++) {
			int rgb = Colormap.VIRIDIS.colour(1.0 - (double) k / plot.height);
			Color c = new Color(getDisplay(), new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
			gc.setForeground(c);
			gc.drawLine(bx, plot.y + k, bx + 14, plot.y + k);
			c.dispose();
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		for (double t : zScale.ticks()) {
			int py = plot.y + plot.height - (int) Math.round(zScale.fraction(t) * plot.height);
			gc.drawText(zScale.label(t), bx + 18, py - 7, true);
		}
		gc.drawText(label, Math.max(0, bx - 30), plot.y + plot.height + 22, true);
	}

	/** Lines through points that share the other parameters' values, when there are few such groups. */
	private void lines(GC gc, Rectangle plot, double[] xs, double[] zs, Axis xScale, Axis zScale) {
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < xs.length; i++) {
			StringBuilder key = new StringBuilder();
			double[] v = table.points().get(i).values();
			for (int k = 0; k < v.length; k++) {
				if (k != x) {
					key.append(table.parameters().get(k).name()).append(' ').append(number(v[k]))
							.append(' ');
				}
			}
			groups.computeIfAbsent(key.toString().strip(), g -> new ArrayList<>()).add(i);
		}
		if (groups.size() > MAX_LINES || groups.values().stream().allMatch(g -> g.size() < 2)) {
			return;
		}
		int colour = 0;
		int legendY = MARGIN_TOP;
		for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
			int rgb = ChartColours.colour(colour++);
			Color c = new Color(getDisplay(), new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
			gc.setForeground(c);
			gc.setLineWidth(2);
			List<Integer> members = new ArrayList<>(g.getValue());
			members.sort((a, b) -> Double.compare(xs[a], xs[b]));
			int[] previous = null;
			for (int i : members) {
				if (!Double.isFinite(zs[i])) {
					previous = null;
					continue;
				}
				int[] p = {plot.x + (int) Math.round(xScale.fraction(xs[i]) * plot.width),
						plot.y + plot.height - (int) Math.round(zScale.fraction(zs[i]) * plot.height)};
				if (previous != null) {
					gc.drawLine(previous[0], previous[1], p[0], p[1]);
				}
				previous = p;
			}
			if (!g.getKey().isEmpty()) {
				gc.drawLine(plot.x + plot.width + 8, legendY + 8, plot.x + plot.width + 20, legendY + 8);
				gc.drawText(g.getKey(), plot.x + plot.width + 22, legendY, true);
				legendY += 16;
			}
			gc.setLineWidth(1);
			c.dispose();
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
	}

	private void axes(GC gc, Rectangle plot, Axis xs, String xLabel, Axis ys, String yLabel) {
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawRectangle(plot);
		for (double t : xs.ticks()) {
			int px = plot.x + (int) Math.round(xs.fraction(t) * plot.width);
			gc.drawLine(px, plot.y + plot.height, px, plot.y + plot.height + 4);
			String label = xs.label(t);
			gc.drawText(label, px - gc.textExtent(label).x / 2, plot.y + plot.height + 5, true);
		}
		for (double t : ys.ticks()) {
			int py = plot.y + plot.height - (int) Math.round(ys.fraction(t) * plot.height);
			gc.drawLine(plot.x - 4, py, plot.x, py);
			String label = ys.label(t);
			gc.drawText(label, plot.x - gc.textExtent(label).x - 6, py - 7, true);
		}
		gc.drawText(xLabel, plot.x + plot.width / 2 - gc.textExtent(xLabel).x / 2, plot.y + plot.height + 22, true);
		gc.drawText(yLabel, 4, plot.y - 18, true);
	}

	/** A value as the table shows it: six significant digits, no trailing zeros. */
	static String number(double v) {
		if (!Double.isFinite(v)) {
			return String.valueOf(v);
		}
		return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.[0-9]*?)0+(?=$|e)", "$1")
				.replaceFirst("\\.(?=$|e)", "");
	}

	/** A scale over the finite values, a little wider than them so markers at the ends show whole. */
	private static Axis scale(double[] values) {
		double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
		if (finite.length == 0) {
			return Axis.of(0, 1, 5, false);
		}
		double lo = Arrays.stream(finite).min().getAsDouble();
		double hi = Arrays.stream(finite).max().getAsDouble();
		double pad = (hi - lo) * 0.05;
		return Axis.of(lo - pad, hi + pad, 6, false);
	}
}
