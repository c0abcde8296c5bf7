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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.anodyne.results.picture.Scene;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.charts.Trace.Points;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * A {@link Plot} drawn by SWTChart, thinned to the pixels it has and re-thinned from the full data on
 * every zoom: drag across the plot to zoom to that time span, turn the mouse wheel to zoom about the
 * pointer, double-click to see everything again. The ordinate follows the data in view, so a zoom
 * into a few hours of a 2000-hour trace shows millivolt detail.
 */
public final class ChartPanel extends Composite implements ResultFigure {

	/** Rows kept per pixel column: the down-sampler keeps first, last, minimum and maximum of each. */
	private static final int POINTS_PER_PIXEL = 4;
	/** Traces longer than this are drawn with thin lines, which stay legible when dense. */
	private static final int THIN_LINE_ROWS = 2000;
	private static final int MIN_DRAG_PIXELS = 5;
	private static final double WHEEL_ZOOM = 1.25;

	private final Chart chart;
	private final List<Consumer<double[]>> zoomListeners = new ArrayList<>();
	private final Map<Trace, Points> drawn = new IdentityHashMap<>();
	private Plot plot;
	private double[] full = {0, 1};
	private double[] view = {0, 1};
	private double[] sharedY;
	private double[] shownY = {0, 1};
	private int dragStart = -1;
	private int dragNow = -1;
	private Font titleFont;
	/** What the scale leaves out, e.g. "down to -5000 mV"; empty when everything is on it. */
	private String offScale = "";

	public ChartPanel(Composite parent, int style) {
		super(parent, style);
		setLayout(new FillLayout());
		chart = new Chart(this, SWT.NONE);
		Color white = getDisplay().getSystemColor(SWT.COLOR_WHITE);
		Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
		chart.setBackground(white);
		chart.getPlotArea().setBackground(white);
		FontData fd = chart.getTitle().getFont().getFontData()[0];
		titleFont = new Font(getDisplay(), fd.getName(), Math.max(10, fd.getHeight() + 1), SWT.BOLD);
		chart.getTitle().setFont(titleFont);
		chart.getTitle().setForeground(black);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setForeground(black);
			axis.getTick().setForeground(black);
			axis.getGrid().setForeground(new Color(0xdd, 0xdd, 0xdd));
			axis.getGrid().setStyle(LineStyle.SOLID);
		}
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getLegend().setBackground(white);
		chart.getLegend().setForeground(black);
		hookMouse(chart.getPlotArea().getControl());
		addDisposeListener(e -> titleFont.dispose());
	}

	/** Shows a plot, zoomed out to all of it (or to the shared ranges, if set). */
	public void setPlot(Plot newPlot) {
		// Creating series lays the legend out again, which resizes the plot area and calls refresh();
		// until every series exists there is no plot to refresh, else it would index series not yet made.
		this.plot = null;
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		drawn.clear();
		chart.getTitle().setText(newPlot.title());
		chart.getAxisSet().getXAxis(0).getTitle().setText(newPlot.xAxis().title());
		chart.getAxisSet().getYAxis(0).getTitle().setText(newPlot.yAxis().title());
		List<Trace> traces = newPlot.traces();
		for (int k = 0; k < traces.size(); k++) {
			Trace t = traces.get(k);
			ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "trace" + k);
			s.setDescription(t.label());
			Color c = new Color(t.colour() >> 16 & 0xff, t.colour() >> 8 & 0xff, t.colour() & 0xff);
			s.setLineColor(c);
			s.setSymbolColor(c);
			s.setLineWidth(t.rowCount() > THIN_LINE_ROWS ? 1 : 2);
			s.setLineStyle(switch (t.dash()) {
			case SOLID -> LineStyle.SOLID;
			case DASH -> LineStyle.DASH;
			case DOT -> LineStyle.DOT;
			});
			s.setSymbolType(t.markers() ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
			s.setSymbolSize(3);
			s.setAntialias(SWT.ON);
		}
		this.plot = newPlot;
		full = dataRange();
		view = full.clone();
		refresh();
	}

	/**
	 * Fixes the ranges shown when zoomed out, so that charts side by side share their scales; null
	 * for either means "the data's own".
	 */
	public void setSharedRanges(double[] x, double[] y) {
		this.sharedY = y == null ? null : y.clone();
		if (plot != null) {
			full = x != null ? x.clone() : dataRange();
			view = full.clone();
			refresh();
		}
	}

	/** Zooms the abscissa to [lo, hi] and the ordinate to the data in that span. */
	public void zoomX(double lo, double hi) {
		if (plot == null || !(hi > lo) || (lo == view[0] && hi == view[1])) {
			return;
		}
		view = new double[]{lo, hi};
		refresh();
		for (Consumer<double[]> l : zoomListeners) {
			l.accept(view.clone());
		}
	}

	/** Shows the whole plot again. */
	public void resetZoom() {
		zoomX(full[0], full[1]);
	}

	/** Called with [lo, hi] after every zoom made here, e.g. to zoom charts beside this one alike. */
	public void addZoomListener(Consumer<double[]> listener) {
		zoomListeners.add(listener);
	}

	public Plot getPlot() {
		return plot;
	}

	/** The SWTChart chart, for its axes and series. */
	public Chart getChart() {
		return chart;
	}

	/** [lo, hi] of the abscissa in view. */
	public double[] visibleX() {
		return view.clone();
	}

	/** [lo, hi] of the ordinate in view. */
	public double[] visibleY() {
		return shownY.clone();
	}

	/** The number of points handed to the chart for trace {@code index} (after thinning). */
	public int displayedPoints(int index) {
		return chart.getSeriesSet().getSeries()[index].getXSeries().length;
	}

	@Override
	public String name() {
		return plot == null ? "chart" : plot.name();
	}

	/**
	 * The chart as shown (range in view, the title with its off-scale note) as a publication figure:
	 * the points drawn on screen, the same colours, dashes and markers, at a journal column's size.
	 */
	@Override
	public Scene toScene() throws IOException {
		requirePlot();
		org.anodyne.results.picture.Chart figure = org.anodyne.results.picture.Chart
				.of(plot.title(), plot.xAxis().title(), plot.yAxis().title())
				.note(offScale.isEmpty() ? "" : "(off scale: " + offScale + ")")
				.range(view[0], view[1], shownY[0], shownY[1]);
		int width = Math.max(100, chart.getPlotArea().getSize().x);
		for (Trace t : plot.traces()) {
			Points p = drawn.getOrDefault(t, t.display(view[0], view[1], POINTS_PER_PIXEL * width));
			double[] dash = switch (t.dash()) {
			case SOLID -> null;
			case DASH -> org.anodyne.results.picture.Chart.DASHED;
			case DOT -> org.anodyne.results.picture.Chart.DOTTED;
			};
			figure.line(
					new org.anodyne.results.picture.Chart.Line(t.label(), p.x(), p.y(), t.colour(), dash, t.markers()));
		}
		return figure.render();
	}

	@Override
	public void writeCsv(Path file) throws IOException {
		requirePlot();
		PlotCsv.write(plot, view[0], view[1], file);
	}

	private void requirePlot() throws IOException {
		if (plot == null) {
			throw new IOException("the chart shows nothing yet");
		}
	}

	private double[] dataRange() {
		double[] e = plot.xExtent();
		if (Double.isNaN(e[0])) {
			return new double[]{0, 1};
		}
		return padded(e[0], e[1], 0);
	}

	private void refresh() {
		if (plot == null || chart.isDisposed()) {
			return;
		}
		int width = Math.max(100, chart.getPlotArea().getSize().x);
		int budget = POINTS_PER_PIXEL * width;
		ISeries<?>[] series = chart.getSeriesSet().getSeries();
		List<Trace> traces = plot.traces();
		for (int k = 0; k < traces.size(); k++) {
			Points p = traces.get(k).display(view[0], view[1], budget);
			drawn.put(traces.get(k), p);
			series[k].setYSeries(new double[0]);
			series[k].setXSeries(p.x());
			series[k].setYSeries(p.y());
		}
		boolean zoomedOut = view[0] <= full[0] && view[1] >= full[1];
		offScale = "";
		if (zoomedOut && sharedY != null) {
			shownY = sharedY.clone();
		} else {
			double[] all = plot.yExtent(view[0], view[1]);
			double[] y = plot.typicalYExtent(view[0], view[1]);
			shownY = Double.isNaN(y[0]) ? new double[]{0, 1} : padded(y[0], y[1], 0.05);
			offScale = org.anodyne.results.picture.Chart.offScaleNote(all, y, UnitText.pretty(plot.yAxis().unit()));
		}
		chart.getTitle()
				.setText(plot.title() + (offScale.isEmpty() ? "" : " (off scale: " + offScale + "; zoom in to see)"));
		chart.getAxisSet().getXAxis(0).setRange(new Range(view[0], view[1]));
		chart.getAxisSet().getYAxis(0).setRange(new Range(shownY[0], shownY[1]));
		chart.redraw();
	}

	/** The note the title carries on points the scale leaves out; empty when there are none. */
	public String offScaleNote() {
		String title = chart.getTitle().getText();
		return plot == null || title.equals(plot.title()) ? "" : title.substring(plot.title().length());
	}

	/** [lo, hi] widened by a fraction of its span; a point becomes a small range around it. */
	static double[] padded(double lo, double hi, double fraction) {
		double span = hi - lo;
		if (!(span > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12)) {
			double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
			return new double[]{lo - pad, hi + pad};
		}
		return new double[]{lo - span * fraction, hi + span * fraction};
	}

	private void hookMouse(Control area) {
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				if (dragStart >= 0 && dragNow >= 0) {
					e.gc.setAlpha(50);
					e.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLUE));
					e.gc.fillRectangle(Math.min(dragStart, dragNow), 0, Math.abs(dragNow - dragStart),
							area.getSize().y);
					e.gc.setAlpha(255);
				}
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
		area.addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				dragStart = e.x;
				dragNow = -1;
			}
		});
		area.addListener(SWT.MouseMove, e -> {
			if (dragStart >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
				dragNow = e.x;
				area.redraw();
			}
		});
		area.addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && dragStart >= 0) {
				int a = dragStart;
				int b = dragNow;
				dragStart = -1;
				dragNow = -1;
				area.redraw();
				if (b >= 0 && Math.abs(b - a) >= MIN_DRAG_PIXELS) {
					IAxis x = chart.getAxisSet().getXAxis(0);
					zoomX(x.getDataCoordinate(Math.min(a, b)), x.getDataCoordinate(Math.max(a, b)));
				}
			}
		});
		area.addListener(SWT.MouseDoubleClick, e -> resetZoom());
		area.addListener(SWT.MouseVerticalWheel, this::wheel);
		area.addListener(SWT.Resize, e -> refresh());
	}

	private void wheel(Event e) {
		if (plot == null || e.count == 0) {
			return;
		}
		double at = chart.getAxisSet().getXAxis(0).getDataCoordinate(e.x);
		double f = e.count > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM;
		double lo = at - (at - view[0]) * f;
		double hi = at + (view[1] - at) * f;
		zoomX(Math.max(lo, full[0]), Math.min(hi, full[1]));
	}
}
