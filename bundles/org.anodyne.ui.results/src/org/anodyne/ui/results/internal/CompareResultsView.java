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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.Column;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudySummary.FieldEntry;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.ChartColours;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.Divergence;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.charts.FieldScale;
import org.anodyne.ui.results.charts.Plot;
import org.anodyne.ui.results.charts.PlotCsv;
import org.anodyne.ui.results.charts.Plots;
import org.anodyne.ui.results.charts.UnitText;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Two or more study runs on the same scales — inverted against upright first of all: a chart
 * overlaid (a colour per run), the same chart side by side with shared axes and linked zoom, field
 * maps side by side on one colour scale with one time slider, the key figures in one table, and for
 * cycle-life runs of a cell at several current densities its rate capability.
 */
public final class CompareResultsView extends ViewPart {

	public static final String ID = ResultsUi.COMPARE_VIEW_ID;

	/** A chart that the runs may have in common: a series' quantities of one {@link Plots#groupOf group}. */
	private record PlotKey(String series, String group, String label) {
	}

	/** One compared run and the charts read from it so far. */
	private record Run(String label, StudyResult result, Map<String, List<Plot>> plots, FieldSeries fields) {
	}

	private Composite body;
	private Composite legend;
	private Label message;
	private CTabFolder tabs;
	private final List<Run> runs = new ArrayList<>();
	private final List<PlotKey> keys = new ArrayList<>();
	private final List<String[]> arrays = new ArrayList<>();
	private final List<Double> times = new ArrayList<>();

	private CTabItem overlayTab;
	private CTabItem sideTab;
	private CTabItem mapsTab;
	private CTabItem figuresTab;
	private Combo overlayChooser;
	private ChartPanel overlay;
	private Combo sideChooser;
	private Composite sideRow;
	private final List<ChartPanel> sideCharts = new ArrayList<>();
	private Combo arrayChooser;
	private Scale timeSlider;
	private Label timeLabel;
	private Composite mapRow;
	private final List<FieldMapPanel> maps = new ArrayList<>();
	private Table figures;
	private RateCapability rate;
	private CTabItem rateTab;
	private Combo rateChooser;
	private ChartPanel rateChart;
	private double divergence = Double.NaN;

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		// F1: context ids are defined in org.anodyne.help's contexts.xml.
		PlatformUI.getWorkbench().getHelpSystem().setHelp(body, "org.anodyne.help.compare_results");
		Composite top = new Composite(body, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		legend = new Composite(top, SWT.NONE);
		legend.setLayout(new RowLayout(SWT.HORIZONTAL));
		legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new ExportBar(top, this::activeFigure, this::exportFolder, file -> WorkspaceFiles.refresh(file.getParent()))
				.getControl().setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		message = new Label(body, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		say("Select two or more study result folders (folders holding a summary.json) in the Project "
				+ "Explorer and choose Compare Results.", false);
	}

	/** Compares these runs (two or more), replacing what the view showed. */
	public void setResults(List<StudyResult> results) {
		if (results.size() < 2) {
			throw new IllegalArgumentException("comparing needs two or more results, got " + results.size());
		}
		runs.clear();
		List<String> labels = labels(results);
		for (int k = 0; k < results.size(); k++) {
			StudyResult r = results.get(k);
			runs.add(new Run(labels.get(k), r, new HashMap<>(),
					r.summary().fields().isEmpty() ? null : new FieldSeries(r)));
		}
		collectKeys();
		try {
			rate = RateCapability.of(results).orElse(null);
		} catch (IOException e) {
			rate = null;
			problem(e);
		}
		rebuild();
		setPartName("Compare: " + String.join(" vs ", labels));
	}

	/** The run labels, in order. */
	public List<String> runLabels() {
		return runs.stream().map(Run::label).toList();
	}

	/** The overlay chart. */
	public ChartPanel overlayChart() {
		return overlay;
	}

	/** The charts side by side, one per run. */
	public List<ChartPanel> sideBySideCharts() {
		return List.copyOf(sideCharts);
	}

	/** The maps side by side, one per run with fields. */
	public List<FieldMapPanel> maps() {
		return List.copyOf(maps);
	}

	/** The key figures table: a row per scalar, a column per run. */
	public Table figuresTable() {
		return figures;
	}

	/** The rate-capability chart, or null when the runs do not make one. */
	public ChartPanel rateChart() {
		return rateChart;
	}

	/** Shows this figure of merit on the rate-capability chart. */
	public void showRate(RateCapability.Figure figure) {
		rateChooser.select(figure.ordinal());
		showRate();
	}

	/** The labels of the charts that can be compared, in chooser order. */
	public List<String> chartLabels() {
		return keys.stream().map(PlotKey::label).toList();
	}

	/** Shows the chart at this chooser index in the overlay and side-by-side tabs. */
	public void selectChart(int index) {
		overlayChooser.select(index);
		sideChooser.select(index);
		showOverlay();
		showSideBySide();
	}

	/** Brings a tab to front: "overlay", "side by side", "maps", "rate capability" or "figures". */
	public void showTab(String which) {
		CTabItem item = switch (which) {
		case "overlay" -> overlayTab;
		case "side by side" -> sideTab;
		case "maps" -> mapsTab;
		case "figures" -> figuresTab;
		case "rate capability" -> rateTab;
		default -> throw new IllegalArgumentException("no tab '" + which + "'");
		};
		if (item != null) {
			tabs.setSelection(item);
		}
	}

	/** The figure of the tab in front, for export. */
	public Optional<ResultFigure> activeFigure() {
		if (tabs == null || tabs.getSelection() == null) {
			return Optional.empty();
		}
		CTabItem t = tabs.getSelection();
		if (t == overlayTab && overlay.getPlot() != null) {
			return Optional.of(overlay);
		}
		if (t == sideTab && !sideCharts.isEmpty() && sideCharts.get(0).getPlot() != null) {
			return Optional.of(new RowFigure("side-by-side-" + overlay.name(), sideCharts,
					file -> PlotCsv.write(overlay.getPlot(), overlay.visibleX()[0], overlay.visibleX()[1], file)));
		}
		if (t == rateTab && rateChart != null && rateChart.getPlot() != null) {
			return Optional.of(rateChart);
		}
		if (t == mapsTab && !maps.isEmpty() && maps.get(0).getFrame() != null) {
			return Optional.of(new RowFigure("maps-" + Plots.fileSafe(maps.get(0).getArray().name()), maps,
					this::writeMapsCsv));
		}
		return Optional.empty();
	}

	/**
	 * Short labels that tell the runs apart: the study names if they differ, else the designs'
	 * names (inverted and upright designs with the same study), else both.
	 */
	static List<String> labels(List<StudyResult> results) {
		List<String> studies = results.stream().map(r -> r.summary().study()).toList();
		if (new HashSet<>(studies).size() == studies.size()) {
			return studies;
		}
		List<String> designs = results.stream().map(r -> {
			Path parent = r.directory().toAbsolutePath().getParent();
			return parent == null || parent.getFileName() == null
					? r.directory().toString()
					: parent.getFileName().toString();
		}).toList();
		if (new HashSet<>(designs).size() == designs.size()) {
			return designs;
		}
		List<String> both = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int k = 0; k < results.size(); k++) {
			String l = designs.get(k) + " / " + studies.get(k);
			both.add(seen.add(l) ? l : l + " (" + (k + 1) + ")");
		}
		return both;
	}

	private void collectKeys() {
		keys.clear();
		Set<String> seen = new LinkedHashSet<>();
		for (Run r : runs) {
			for (SeriesEntry e : r.result().summary().series()) {
				List<Column> cols = e.columns();
				for (int c = 1; c < cols.size(); c++) {
					String group = Plots.groupOf(cols.get(c));
					if (seen.add(e.name() + "\u0000" + group)) {
						List<String> names = new ArrayList<>();
						for (int d = 1; d < cols.size(); d++) {
							if (Plots.groupOf(cols.get(d)).equals(group)) {
								names.add(cols.get(d).name());
							}
						}
						keys.add(new PlotKey(e.name(), group, UnitText.words(e.name()) + " — " + UnitText
								.axisTitle(names.size() <= 4 ? String.join(", ", names) : "value",
										cols.get(c).unit())));
					}
				}
			}
		}
		arrays.clear();
		times.clear();
		List<Run> withFields = runs.stream().filter(r -> r.fields() != null).toList();
		if (!withFields.isEmpty()) {
			Map<String, String[]> common = new LinkedHashMap<>();
			for (String[] a : withFields.get(0).fields().arrays()) {
				common.put(a[0], a);
			}
			for (Run r : withFields) {
				Set<String> names = new HashSet<>();
				r.fields().arrays().forEach(a -> names.add(a[0]));
				common.keySet().retainAll(names);
			}
			arrays.addAll(common.values());
			TreeSet<Double> all = new TreeSet<>();
			for (Run r : withFields) {
				r.fields().entries().stream().map(FieldEntry::timeSeconds).forEach(all::add);
			}
			times.addAll(all);
		}
	}

	private void rebuild() {
		for (Control c : legend.getChildren()) {
			c.dispose();
		}
		new Label(legend, SWT.NONE).setText("Comparing:");
		for (int k = 0; k < runs.size(); k++) {
			Label l = new Label(legend, SWT.NONE);
			int rgb = ChartColours.colour(k);
			l.setForeground(new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
			l.setText("■ " + runs.get(k).label());
			l.setToolTipText(runs.get(k).result().directory().toString());
		}
		if (tabs != null) {
			tabs.dispose();
		}
		sideCharts.clear();
		maps.clear();
		say("", false);
		tabs = new CTabFolder(body, SWT.TOP | SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		overlayTab = new CTabItem(tabs, SWT.NONE);
		overlayTab.setText("Overlay");
		Composite o = new Composite(tabs, SWT.NONE);
		o.setLayout(new GridLayout(2, false));
		overlayChooser = chooser(o);
		overlay = new ChartPanel(o, SWT.NONE);
		overlay.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		overlayChooser.addListener(SWT.Selection, e -> {
			sideChooser.select(overlayChooser.getSelectionIndex());
			showOverlay();
			showSideBySide();
		});
		overlayTab.setControl(o);

		sideTab = new CTabItem(tabs, SWT.NONE);
		sideTab.setText("Side by side");
		Composite s = new Composite(tabs, SWT.NONE);
		s.setLayout(new GridLayout(2, false));
		sideChooser = chooser(s);
		sideRow = new Composite(s, SWT.NONE);
		sideRow.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		sideRow.setLayout(new GridLayout(runs.size(), true));
		for (int k = 0; k < runs.size(); k++) {
			ChartPanel c = new ChartPanel(sideRow, SWT.NONE);
			c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			sideCharts.add(c);
		}
		for (ChartPanel c : sideCharts) {
			c.addZoomListener(range -> sideCharts.forEach(other -> other.zoomX(range[0], range[1])));
		}
		sideChooser.addListener(SWT.Selection, e -> {
			overlayChooser.select(sideChooser.getSelectionIndex());
			showOverlay();
			showSideBySide();
		});
		sideTab.setControl(s);

		if (!arrays.isEmpty()) {
			buildMapsTab();
		} else {
			mapsTab = null;
		}

		if (rate != null) {
			buildRateTab();
		} else {
			rateTab = null;
			rateChart = null;
		}

		figuresTab = new CTabItem(tabs, SWT.NONE);
		figuresTab.setText("Key figures");
		figures = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
		figures.setHeaderVisible(true);
		figures.setLinesVisible(true);
		fillFigures();
		figuresTab.setControl(figures);

		if (!keys.isEmpty()) {
			int first = mostDifferent();
			overlayChooser.select(first);
			sideChooser.select(first);
		}
		tabs.setSelection(overlayTab);
		body.layout(true, true);
		showOverlay();
		showSideBySide();
		showMaps();
		showRate();
	}

	/**
	 * The chooser index of the chart on which the runs differ most ({@link Divergence}), said above
	 * the tabs so that the user knows why the view opens there; the first chart if none can be told.
	 */
	private int mostDifferent() {
		int best = 0;
		double largest = Double.NaN;
		for (int k = 0; k < keys.size(); k++) {
			double d;
			try {
				d = divergence(k);
			} catch (IOException e) {
				problem(e);
				return 0;
			}
			if (!Double.isNaN(d) && !(d <= largest)) {
				largest = d;
				best = k;
			}
		}
		divergence = largest;
		if (!Double.isNaN(largest)) {
			say(String.format(Locale.ROOT,
					"Opened on '%s', the chart where the runs differ most: their root-mean-square difference is %.0f %% of"
							+ " the range the quantity spans (the largest of all charts they share).",
					keys.get(best).label(), 100 * largest), false);
		}
		return best;
	}

	/** The normalised difference between the runs on the chart at this chooser index (NaN if it cannot be told). */
	public double divergence(int index) throws IOException {
		return Divergence.of(plotsFor(keys.get(index)));
	}

	/** The label of the chart the overlay and side-by-side tabs show. */
	public String shownChartLabel() {
		int k = overlayChooser.getSelectionIndex();
		return k < 0 ? "" : keys.get(k).label();
	}

	/** The line above the tabs (why the view opened where it did, or what went wrong). */
	public String messageText() {
		return message.getText();
	}

	/** The normalised difference of the chart the view opened on (NaN if none could be told). */
	public double openingDivergence() {
		return divergence;
	}

	private void buildRateTab() {
		rateTab = new CTabItem(tabs, SWT.NONE);
		rateTab.setText("Rate capability");
		Composite c = new Composite(tabs, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		new Label(c, SWT.NONE).setText("Figure of merit:");
		rateChooser = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (RateCapability.Figure f : RateCapability.Figure.values()) {
			rateChooser.add(f.label());
		}
		rateChooser.select(0);
		rateChooser.addListener(SWT.Selection, e -> showRate());
		rateChart = new ChartPanel(c, SWT.NONE);
		rateChart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		rateTab.setControl(c);
	}

	private void showRate() {
		if (rate == null || rateChooser == null) {
			return;
		}
		Plot plot = rate.plot(RateCapability.Figure.values()[Math.max(0, rateChooser.getSelectionIndex())]);
		rateChart.setPlot(plot);
		// From zero on both axes, with room beyond the last point, so that no point sits on a frame edge.
		double[] x = plot.xExtent();
		double[] y = plot.yExtent(x[0], x[1]);
		rateChart.setSharedRanges(Double.isNaN(x[1]) ? null : new double[]{0, x[1] * 1.05},
				Double.isNaN(y[1]) || !(y[1] > 0) ? null : new double[]{0, y[1] * 1.1});
	}

	private Combo chooser(Composite parent) {
		new Label(parent, SWT.NONE).setText("Chart:");
		Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		keys.forEach(k -> c.add(k.label()));
		return c;
	}

	private void buildMapsTab() {
		mapsTab = new CTabItem(tabs, SWT.NONE);
		mapsTab.setText("Maps");
		Composite m = new Composite(tabs, SWT.NONE);
		m.setLayout(new GridLayout(7, false));
		new Label(m, SWT.NONE).setText("Quantity:");
		arrayChooser = new Combo(m, SWT.READ_ONLY | SWT.DROP_DOWN);
		arrays.forEach(a -> arrayChooser.add(a[1]));
		String preferred = runs.stream().filter(r -> r.fields() != null).findFirst().get().fields().defaultArray();
		for (int k = 0; k < arrays.size(); k++) {
			if (arrays.get(k)[0].equals(preferred)) {
				arrayChooser.select(k);
			}
		}
		new Label(m, SWT.NONE).setText("Time:");
		timeSlider = new Scale(m, SWT.HORIZONTAL);
		timeSlider.setMinimum(0);
		timeSlider.setMaximum(Math.max(1, times.size() - 1));
		timeSlider.setSelection(times.size() - 1);
		timeSlider.setEnabled(times.size() > 1);
		GridData sliderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sliderData.minimumWidth = 160;
		timeSlider.setLayoutData(sliderData);
		timeLabel = new Label(m, SWT.NONE);
		timeLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		// Each map zooms onto its own layer: the inverted cell's at the bottom, the upright's at the top.
		Button zoomToMetal = new Button(m, SWT.PUSH);
		zoomToMetal.setText("Zoom to new metal");
		zoomToMetal.addListener(SWT.Selection, e -> maps.forEach(FieldMapPanel::zoomToNewMetal));
		Button whole = new Button(m, SWT.PUSH);
		whole.setText("Whole cell");
		whole.addListener(SWT.Selection, e -> maps.forEach(FieldMapPanel::resetZoom));
		mapRow = new Composite(m, SWT.NONE);
		mapRow.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
		long withFields = runs.stream().filter(r -> r.fields() != null).count();
		mapRow.setLayout(new GridLayout((int) withFields, true));
		for (Run r : runs) {
			if (r.fields() != null) {
				FieldMapPanel p = new FieldMapPanel(mapRow, SWT.NONE);
				p.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
				maps.add(p);
			}
		}
		arrayChooser.addListener(SWT.Selection, e -> showMaps());
		timeSlider.addListener(SWT.Selection, e -> showMaps());
		mapsTab.setControl(m);
	}

	private List<Plot> plotsOf(Run run, String series) throws IOException {
		List<Plot> p = run.plots().get(series);
		if (p == null) {
			boolean has = run.result().summary().series().stream().anyMatch(e -> e.name().equals(series));
			p = has ? Plots.of(series, run.result().series(series)) : List.of();
			run.plots().put(series, p);
		}
		return p;
	}

	/** Each run's chart for the key, null where a run lacks it. */
	private List<Plot> plotsFor(PlotKey key) throws IOException {
		List<Plot> result = new ArrayList<>();
		for (Run r : runs) {
			result.add(plotsOf(r, key.series()).stream()
					.filter(p -> Plots.groupOf(p.traces().get(0).yColumn()).equals(key.group())).findFirst()
					.orElse(null));
		}
		return result;
	}

	private void showOverlay() {
		int k = overlayChooser.getSelectionIndex();
		if (k < 0 || k >= keys.size()) {
			return;
		}
		try {
			overlay.setPlot(Plots.overlay(runLabels(), plotsFor(keys.get(k))));
		} catch (IOException e) {
			problem(e);
		}
	}

	private void showSideBySide() {
		int k = sideChooser.getSelectionIndex();
		if (k < 0 || k >= keys.size()) {
			return;
		}
		try {
			List<Plot> plots = plotsFor(keys.get(k));
			double xlo = Double.POSITIVE_INFINITY;
			double xhi = Double.NEGATIVE_INFINITY;
			double ylo = Double.POSITIVE_INFINITY;
			double yhi = Double.NEGATIVE_INFINITY;
			for (Plot p : plots) {
				if (p == null) {
					continue;
				}
				double[] x = p.xExtent();
				if (Double.isNaN(x[0])) {
					continue;
				}
				double[] y = p.yExtent(x[0], x[1]);
				xlo = Math.min(xlo, x[0]);
				xhi = Math.max(xhi, x[1]);
				if (!Double.isNaN(y[0])) {
					ylo = Math.min(ylo, y[0]);
					yhi = Math.max(yhi, y[1]);
				}
			}
			double[] xs = xlo <= xhi ? new double[]{xlo, xhi} : null;
			double pad = (yhi - ylo) * 0.05;
			double[] ys = ylo <= yhi ? new double[]{ylo - pad, yhi + pad} : null;
			Plot any = plots.stream().filter(p -> p != null).findFirst().orElseThrow();
			for (int r = 0; r < runs.size(); r++) {
				Plot p = plots.get(r);
				ChartPanel c = sideCharts.get(r);
				Plot titled = p == null
						? new Plot(any.name(),
								runs.get(r).label() + " — has no " + any.title().toLowerCase(Locale.ROOT),
								any.xAxis(), any.yAxis(), List.of())
						: new Plot(p.name(), runs.get(r).label() + " — " + p.title(), p.xAxis(), p.yAxis(), p.traces());
				c.setPlot(titled);
				c.setSharedRanges(xs, ys);
			}
		} catch (IOException e) {
			problem(e);
		}
	}

	private void showMaps() {
		if (maps.isEmpty() || arrays.isEmpty() || times.isEmpty()) {
			return;
		}
		String array = arrays.get(Math.max(0, arrayChooser.getSelectionIndex()))[0];
		double t = times.get(Math.min(timeSlider.getSelection(), times.size() - 1));
		try {
			FieldScale scale = null;
			for (Run r : runs) {
				if (r.fields() != null) {
					FieldScale s = r.fields().scale(array);
					scale = scale == null ? s : scale.union(s);
				}
			}
			int m = 0;
			String instant = "";
			for (Run r : runs) {
				if (r.fields() == null) {
					continue;
				}
				int index = r.fields().indexAt(t);
				if (instant.isEmpty() || Math.abs(r.fields().entries().get(index).timeSeconds() - t) < 1e-6) {
					instant = r.fields().instant(index);
				}
				// A run without a frame at the slider's time shows its latest earlier one, and says when that is.
				boolean other = Math.abs(r.fields().entries().get(index).timeSeconds() - t) > 1e-6;
				maps.get(m++).show(r.fields().frame(index), array, scale, r.label() + " — " + UnitText.words(array)
						+ (other ? " at " + r.fields().instant(index) : ""),
						Plots.fileSafe(r.label()) + "-" + r.fields().entries().get(index).name());
			}
			// The profiles beside the maps share their scale as the maps share their colours.
			double top = maps.stream().filter(FieldMapPanel::showsProfile).mapToDouble(FieldMapPanel::profileTop).max()
					.orElse(Double.NaN);
			maps.forEach(map -> map.setSharedProfileTop(top));
			timeLabel.setText(instant);
		} catch (IOException e) {
			problem(e);
		}
	}

	private void fillFigures() {
		TableColumn q = new TableColumn(figures, SWT.NONE);
		q.setText("Quantity");
		for (Run r : runs) {
			TableColumn c = new TableColumn(figures, SWT.NONE);
			c.setText(r.label());
		}
		LinkedHashSet<String> names = new LinkedHashSet<>();
		runs.forEach(r -> names.addAll(r.result().summary().scalars().keySet()));
		TableItem status = new TableItem(figures, SWT.NONE);
		String[] s = new String[runs.size() + 1];
		s[0] = "Status";
		for (int k = 0; k < runs.size(); k++) {
			s[k + 1] = runs.get(k).result().summary().status().word();
		}
		status.setText(s);
		for (String n : names) {
			TableItem item = new TableItem(figures, SWT.NONE);
			String[] row = new String[runs.size() + 1];
			row[0] = Texts.scalarLabel(n);
			for (int k = 0; k < runs.size(); k++) {
				Map<String, Object> scalars = runs.get(k).result().summary().scalars();
				Object v = scalars.get(n);
				row[k + 1] = v == null ? "" : Texts.scalarValue(n, v, scalars);
			}
			item.setText(row);
			item.setData(n);
		}
		for (TableColumn c : figures.getColumns()) {
			c.pack();
		}
		ScalarTip.attach(figures);
	}

	/** Long-format CSV of the maps shown: a row per cell and run. */
	private void writeMapsCsv(Path file) throws IOException {
		AtomicFiles.writeText(file, w -> {
			FieldMapPanel first = maps.get(0);
			w.write("run,time [s],x [um],y [um]," + first.getArray().name() + " [" + first.getArray().unit() + "]\n");
			int m = 0;
			for (Run r : runs) {
				if (r.fields() == null) {
					continue;
				}
				FieldMapPanel p = maps.get(m++);
				FieldFrame f = p.getFrame();
				float[] v = p.getArray().values();
				String run = r.label().replace(',', ';');
				for (int j = 0; j < f.ny(); j++) {
					for (int i = 0; i < f.nx(); i++) {
						float value = v[j * f.nx() + i];
						w.write(run + "," + f.timeSeconds() + "," + (i + 0.5) * f.spacingUm() + ","
								+ (j + 0.5) * f.spacingUm()
								+ "," + (Float.isNaN(value) ? "NaN" : Float.toString(value)) + "\n");
					}
				}
			}
		});
	}

	private Path exportFolder() {
		if (runs.isEmpty()) {
			return Path.of(System.getProperty("user.home"));
		}
		Path p = runs.get(0).result().directory().toAbsolutePath().getParent();
		return p == null ? runs.get(0).result().directory() : p;
	}

	private void problem(IOException e) {
		say("Cannot read a compared result: " + e.getMessage(), true);
	}

	/** Shows a line above the tabs, or takes it away when empty. */
	private void say(String text, boolean error) {
		message.setText(text);
		message.setForeground(error ? body.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		((GridData) message.getLayoutData()).exclude = text.isEmpty();
		message.setVisible(!text.isEmpty());
		body.layout(true, true);
	}

	@Override
	public void setFocus() {
		(tabs != null ? tabs : body).setFocus();
	}
}
