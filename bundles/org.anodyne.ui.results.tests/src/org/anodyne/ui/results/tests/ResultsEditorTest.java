/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.results.Column;
import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudySummary;
import org.anodyne.results.picture.PngExporter;
import org.anodyne.results.picture.Scene;
import org.anodyne.ui.results.ResultFigure;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.ChartPanel;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.charts.FieldScale;
import org.anodyne.ui.results.internal.CycleViewer;
import org.anodyne.ui.results.internal.FieldMapViewer;
import org.anodyne.ui.results.internal.OverviewViewer;
import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.results.internal.TimeSeriesViewer;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results editor on result folders written with the results bundle's writer. */
class ResultsEditorTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Ui.project("viewers");
		Ui.page().closeAllEditors(false);
	}

	@AfterEach
	void tearDown() {
		Ui.page().closeAllEditors(false);
	}

	private ResultsEditor open(IFolder dir) throws Exception {
		dir.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile summary = dir.getFile("summary.json");
		assertTrue(summary.exists(), "no summary.json in " + dir);
		IEditorPart part = IDE.openEditor(Ui.page(), summary);
		assertTrue(part instanceof ResultsEditor, "summary.json opens in " + part);
		Ui.settle(200);
		return (ResultsEditor) part;
	}

	/**
	 * A life result's voltage trace is drawn by two tabs (against time; per cycle against capacity)
	 * from one read of its CSV: after the editor is up the file can go and the result still answers it.
	 */
	@Test
	void theVoltageTraceIsReadOnceForBothTabsThatDrawIt() throws Exception {
		Path dir = Ui.location(project).resolve("results/traced/life");
		Series.Builder trace = Series.builder(new Column("time", "h"), new Column("current density", "mA/cm2"),
				new Column("voltage", "V"));
		Series.Builder cycles = Series.builder(Column.dimensionless("cycle"), new Column("start", "h"),
				new Column("end", "h"));
		for (int c = 0; c < 3; c++) {
			trace.add(2 * c, 1, 3.4).add(2 * c + 1, 1, 3.5).add(2 * c + 1, -1, 3.3).add(2 * c + 2, -1, 3.2);
			cycles.add(c + 1, 2 * c, 2 * c + 2);
		}
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeSeries("voltage", trace.build());
			out.writeSeries("cycles", cycles.build());
			out.commit(StudySummary.builder("life", ResultsFormat.KIND_CYCLE_LIFE)
					.provenance(new Provenance("0.2.0.test", "traced.anodyne", "sha256:00", null, "Li-CC", "li",
							"CarbonCloth", Map.of()))
					.build());
		}
		ResultsEditor editor = open(project.getFolder("results/traced/life"));
		TimeSeriesViewer time = (TimeSeriesViewer) editor.showViewer("org.anodyne.ui.results.timeSeries").orElseThrow();
		CycleViewer perCycle = (CycleViewer) editor.showViewer("org.anodyne.ui.results.cycles").orElseThrow();
		assertTrue(time.plots().stream().anyMatch(p -> p.name().startsWith("voltage")), "voltage against time");
		assertTrue(perCycle.plots().stream().anyMatch(p -> p.title().startsWith("Voltage vs capacity")),
				"voltage against capacity per cycle");

		Files.delete(dir.resolve("voltage.csv"));
		assertEquals(12, editor.getResult().series("voltage").rowCount(),
				"the trace both tabs drew is the one read when the first of them asked for it");
	}

	@Test
	void cycleLifeResultOpensOnItsOverviewWithChartsOfItsKind() throws Exception {
		IFolder dir = project.getFolder("results/li-cc-upright/life");
		ResultFixtures.cycleLife(Ui.location(project).resolve("results/li-cc-upright/life"), "life", "li-cc-upright",
				20, 0.99);
		ResultsEditor editor = open(dir);
		assertEquals(List.of("Overview", "Time series", "Per cycle"), editor.getTabTitles());
		assertEquals("life", editor.getPartName());

		OverviewViewer overview = (OverviewViewer) editor.getViewers().get(0);
		assertTrue(overview.statusText().startsWith("Finished"), overview.statusText());
		TableItem[] rows = overview.scalarsTable().getItems();
		assertEquals("Cycles to failure", rows[0].getText(0));
		assertEquals("20 cycles", rows[0].getText(1));
		assertEquals("Time to failure", rows[1].getText(0));
		assertEquals("160 h", rows[1].getText(1));
		assertEquals("First-cycle overpotential", rows[5].getText(0));
		assertEquals("14.51 mV", rows[5].getText(1));
		assertEquals("Capacity retention", rows[6].getText(0));
		assertEquals(String.format(java.util.Locale.ROOT, "%.4g %% at cycle 20", 100 * Math.pow(0.99, 19)),
				rows[6].getText(1));
		for (TableItem row : rows) {
			String name = (String) row.getData();
			String href = ResultsUi.helpHref(name).orElseThrow(() -> new AssertionError("no help page for " + name));
			Rectangle at = row.getBounds(0);
			overview.scalarTip().show(new Point(at.x + 4, at.y + at.height / 2));
			Ui.waitUntil("the tooltip of " + row.getText(0) + " with a link to its help page", 10_000,
					() -> overview.scalarTip().link() != null);
			Link link = overview.scalarTip().link();
			assertEquals(href, link.getData());
			assertTrue(link.getText().contains(row.getText(0)), link.getText());
			Label meaning = (Label) link.getParent().getChildren()[0];
			assertFalse(meaning.getText().isEmpty(), "every key figure explains itself: " + row.getText(0));
			overview.scalarTip().hide();
		}
		assertEquals("/org.anodyne.help/guide/reference/quantities/cyclesToFailure.html",
				ResultsUi.helpHref(ScalarNames.CYCLES_TO_FAILURE).orElseThrow());
		assertTrue(ResultsUi.helpHref("impedanceOhm").isEmpty(), "a third party's scalar has no page of ours");
		assertFalse(overview.statusText().matches(".*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"),
				"no fractions of a second in the time stamp: " + overview.statusText());
	}

	@Test
	void aCensoredLifeIsALowerBoundStillRunning() throws Exception {
		Path folder = Ui.location(project).resolve("results/li-cc-inverted/life");
		ResultFixtures.censoredLife(folder, 750);
		OverviewViewer overview = (OverviewViewer) open(project.getFolder("results/li-cc-inverted/life")).getViewers()
				.get(0);
		Map<String, String> shown = new LinkedHashMap<>();
		for (TableItem row : overview.scalarsTable().getItems()) {
			shown.put(row.getText(0), row.getText(1));
		}
		assertEquals("≥ 750 cycles (still running)", shown.get("Cycles to failure"), shown.toString());
		assertEquals("≥ 6000 h (still running)", shown.get("Time to failure"), shown.toString());
		assertEquals("none yet (still running)", shown.get("Failure mode"), shown.toString());
		assertEquals("yes", shown.get("Still running at the end"), shown.toString());
	}

	@Test
	void voltageTraceIsThinnedToThePixelsAndZoomBringsBackMillivoltDetail() throws Exception {
		Path folder = Ui.location(project).resolve("results/li-cc-upright/life");
		int cycles = 40;
		ResultFixtures.cycleLife(folder, "life", "li-cc-upright", cycles, 0.99);
		ResultsEditor editor = open(project.getFolder("results/li-cc-upright/life"));
		TimeSeriesViewer viewer = (TimeSeriesViewer) editor.showViewer("org.anodyne.ui.results.timeSeries")
				.orElseThrow();
		Ui.settle(300);
		ChartPanel chart = viewer.chart();
		chart.resetZoom();
		Ui.settle(200);

		assertEquals("Time [h]", chart.getChart().getAxisSet().getXAxis(0).getTitle().getText());
		assertEquals("Voltage, overpotential [mV]", chart.getChart().getAxisSet().getYAxis(0).getTitle().getText());
		assertEquals("Voltage", chart.getChart().getSeriesSet().getSeries()[0].getDescription());
		assertEquals("Overpotential", chart.getChart().getSeriesSet().getSeries()[1].getDescription());

		// Zoomed out, the 64 000 rows are thinned to four per pixel column by the format's down-sampler.
		Series trace = ResultFixtures.voltageTrace(cycles);
		int width = Math.max(100, chart.getChart().getPlotArea().getSize().x);
		Series voltage = Series.of(List.of(trace.columns().get(0), trace.columns().get(1)), trace.column(0),
				trace.column(1));
		assertEquals(voltage.downsample(4 * width).rowCount(), chart.displayedPoints(0));
		assertTrue(chart.displayedPoints(0) < trace.rowCount() / 10, chart.displayedPoints(0) + " points drawn");
		double[] y = chart.visibleY();
		assertTrue(y[1] - y[0] > 2 * ResultFixtures.plateau(cycles),
				"all of the ±15 mV swing shows: " + y[0] + ".." + y[1]);

		// Half an hour of the first plating: every row, and the axis spans the 0.3 mV ripple, not the swing.
		chart.zoomX(1.0, 1.5);
		Ui.settle(200);
		assertEquals(101 + 2, chart.displayedPoints(0));
		y = chart.visibleY();
		double span = y[1] - y[0];
		assertTrue(span > 2 * ResultFixtures.RIPPLE_MV && span < 1.0, "zoomed ordinate spans " + span + " mV");
		assertEquals(ResultFixtures.plateau(1), (y[0] + y[1]) / 2, 0.05);
		Ui.screenshot("time-series-zoomed");

		chart.resetZoom();
		assertEquals(voltage.downsample(4 * width).rowCount(), chart.displayedPoints(0));
	}

	@Test
	void perCycleChartsShowCapacityEfficiencyAndOverpotential() throws Exception {
		ResultFixtures.cycleLife(Ui.location(project).resolve("results/d/life"), "life", "d", 12, 0.98);
		ResultsEditor editor = open(project.getFolder("results/d/life"));
		CycleViewer viewer = (CycleViewer) editor.showViewer("org.anodyne.ui.results.cycles").orElseThrow();
		assertEquals(List.of("Discharge capacity [mAh/cm²]", "Coulombic efficiency", "Mean overpotential [mV]",
				"Capacity retention [%]"), viewer.plots().stream().map(p -> p.yAxis().title()).toList());
		viewer.select(3);
		Ui.settle(100);
		ChartPanel chart = viewer.chart();
		assertEquals("Cycle", chart.getChart().getAxisSet().getXAxis(0).getTitle().getText());
		assertEquals(12, chart.displayedPoints(0), "one point per cycle");
		double[] retention = chart.getChart().getSeriesSet().getSeries()[0].getYSeries();
		assertEquals(100 * Math.pow(0.98, 11), retention[11], 1e-9);
	}

	@Test
	void fieldMapsShowTheDepositWithFibresAndATimeSlider() throws Exception {
		ResultFixtures.deposition(Ui.location(project).resolve("results/inv/plate"), "plate", "inv", true);
		ResultsEditor editor = open(project.getFolder("results/inv/plate"));
		assertEquals(List.of("Overview", "Field maps", "Time series"), editor.getTabTitles(),
				"no 'Other series' tab: every series of this result runs against time");
		FieldMapViewer maps = (FieldMapViewer) editor.showViewer("org.anodyne.ui.results.fieldMaps").orElseThrow();
		Ui.settle(200);
		FieldMapPanel map = maps.map();
		assertEquals(3, maps.frameCount());
		assertEquals("newMetal", map.getArray().name(), "opens on the deposit");
		assertEquals(14400, map.getFrame().timeSeconds(), 0, "opens at the end of the run");
		assertEquals("New metal (fraction of cell)", map.scaleTitle());
		assertTrue(map.getTitle().contains("t = 4.00 h"), map.getTitle());
		int fibreColour = FieldMapPanel.maskColour("fibre");
		int[] fibre = firstCell(true);
		assertEquals(fibreColour, map.cellColour(fibre[0], fibre[1]), "fibres are drawn in their own colour");
		assertEquals(map.getScale().colour(1), map.cellColour(0, 0), "new metal at the bottom of an inverted host");
		assertEquals(FieldScale.Palette.OCCUPANCY, map.getScale().palette());
		assertEquals(0xffffff, map.getScale().colour(0),
				"electrolyte without new metal is white, so that any metal shows");
		assertEquals(new FieldScale(0, 1, FieldScale.Palette.OCCUPANCY), FieldScale.forArray("newMetal", "-", 0, 0.3),
				"an occupancy runs 0 to 1 whatever the run reached");
		assertEquals(FieldScale.Palette.SEQUENTIAL, FieldScale.forArray("concentration", "mol/L", 0.5, 1.2).palette());

		double[] whole = map.viewUm();
		map.zoom(2, (whole[0] + whole[1]) / 2, 0);
		double[] zoomed = map.viewUm();
		assertEquals((whole[1] - whole[0]) / 2, zoomed[1] - zoomed[0], ResultFixtures.SPACING_UM, "twice as close");
		assertEquals((whole[3] - whole[2]) / 2, zoomed[3] - zoomed[2], ResultFixtures.SPACING_UM);
		assertEquals(0, zoomed[2], 1e-9, "zoomed about the bottom wall, the bottom wall stays in view");
		map.zoom(1000, 10, 10);
		assertTrue(map.viewUm()[1] - map.viewUm()[0] >= 4 * ResultFixtures.SPACING_UM - 1e-9,
				"no closer than a few cells");
		map.resetZoom();
		assertArrayEquals(whole, map.viewUm(), 1e-9);

		maps.show("concentration", 0);
		Ui.settle(100);
		assertEquals(0, map.getFrame().timeSeconds(), 0);
		assertEquals("Concentration [mol/L]", map.scaleTitle());
		assertEquals(1.0, map.getScale().max(), 1e-6, "one scale over all frames: the initial 1 mol/L at the top");
		Ui.screenshot("field-map");
	}

	private static int[] firstCell(boolean fibre) {
		for (int j = 0; j < ResultFixtures.NY; j++) {
			for (int i = 0; i < ResultFixtures.NX; i++) {
				if (ResultFixtures.fibre(i, j) == fibre && j < 80) {
					return new int[]{i, j};
				}
			}
		}
		throw new AssertionError("no such cell");
	}

	@Test
	void exportWritesPngSvgAndCsvOfWhatIsShown(@TempDir Path out) throws Exception {
		ResultFixtures.cycleLife(Ui.location(project).resolve("results/d/life"), "life", "d", 10, 0.99);
		ResultsEditor editor = open(project.getFolder("results/d/life"));
		editor.showViewer("org.anodyne.ui.results.timeSeries");
		Ui.settle(300);
		ResultFigure figure = editor.activeFigure().orElseThrow();
		assertEquals("voltage-trace.voltage", figure.name());
		((ChartPanel) figure).zoomX(8, 16);
		Ui.settle(200);
		figure.writePng(out.resolve("v.png"));
		figure.writeSvg(out.resolve("v.svg"));
		figure.writeCsv(out.resolve("v.csv"));

		ImageData png = new ImageData(out.resolve("v.png").toString());
		Scene drawn = figure.toScene();
		PngExporter exporter = PngExporter.standard();
		assertEquals(exporter.pixelWidth(drawn), png.width, "the chart's drawing at the pictures' resolution");
		assertEquals(exporter.pixelHeight(drawn), png.height);
		assertTrue(png.width >= 3.5 * PngExporter.DEFAULT_DPI, "a journal column at 300 dpi, not the widget's pixels");
		var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("v.svg").toFile());
		assertEquals("svg", svg.getDocumentElement().getNodeName());
		assertTrue(svg.getDocumentElement().getTextContent().contains("Voltage, overpotential [mV]"));
		List<String> csv = Files.readAllLines(out.resolve("v.csv"));
		assertEquals("time [h],voltage [mV],overpotential [mV]", csv.get(0));
		assertEquals(ResultFixtures.ROWS_PER_CYCLE + 1, csv.size() - 1, "every row from 8 h to 16 h");

		ResultFixtures.deposition(Ui.location(project).resolve("results/d/plate"), "plate", "d", false);
		ResultsEditor maps = open(project.getFolder("results/d/plate"));
		maps.showViewer("org.anodyne.ui.results.fieldMaps");
		Ui.settle(300);
		ResultFigure map = maps.activeFigure().orElseThrow();
		map.writePng(out.resolve("m.png"));
		map.writeSvg(out.resolve("m.svg"));
		map.writeCsv(out.resolve("m.csv"));
		assertEquals(PngExporter.standard().pixelWidth(map.toScene()),
				new ImageData(out.resolve("m.png").toString()).width);
		var mapSvg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("m.svg").toFile());
		assertEquals(1, mapSvg.getElementsByTagName("image").getLength(), "the cells as one embedded raster");
		assertTrue(mapSvg.getDocumentElement().getTextContent().contains("x [µm]"));
		List<String> cells = Files.readAllLines(out.resolve("m.csv"));
		assertEquals("x [um],y [um],newMetal [-],kind [-]", cells.get(0));
		assertEquals(ResultFixtures.NX * ResultFixtures.NY, cells.size() - 1);
	}

	@Test
	void failedRunShowsTheSolversMessageAndNothingElse() throws Exception {
		String message = "study 'plate': the potential did not converge at step 12 (t = 720 s): residual 3.2e-2 after 50 iterations";
		ResultFixtures.failed(Ui.location(project).resolve("results/broken/plate"), "plate", message);
		ResultsEditor editor = open(project.getFolder("results/broken/plate"));
		assertEquals(List.of("Overview"), editor.getTabTitles());
		OverviewViewer overview = (OverviewViewer) editor.getViewers().get(0);
		assertTrue(overview.statusText().startsWith("Failed"), overview.statusText());
		assertTrue(overview.statusText().endsWith(message), overview.statusText());
		assertFalse(overview.statusText().contains("Exception"), overview.statusText());
		Composite body = (Composite) ((ScrolledComposite) overview.getControl()).getContent();
		Label status = (Label) body.getChildren()[1];
		assertEquals(status.getDisplay().getSystemColor(SWT.COLOR_RED), status.getForeground());
	}

	@Test
	void editorReadsTheResultAgainWhenARunRewritesIt() throws Exception {
		Path folder = Ui.location(project).resolve("results/d/life");
		ResultFixtures.cycleLife(folder, "life", "d", 10, 0.99);
		ResultsEditor editor = open(project.getFolder("results/d/life"));
		assertEquals(10, (int) editor.getResult().summary().number("cyclesToFailure").getAsDouble());
		ResultFixtures.cycleLife(folder, "life", "d", 25, 0.99);
		project.getFolder("results").refreshLocal(IResource.DEPTH_INFINITE, null);
		Ui.waitUntil("the editor to read the new result", 10_000,
				() -> editor.getResult() != null
						&& editor.getResult().summary().number("cyclesToFailure").getAsDouble() == 25);
		assertNotNull(editor.showViewer("org.anodyne.ui.results.timeSeries").orElse(null));
	}

	@Test
	void resultsOpenFromTheIdsOtherBundlesUse() {
		assertEquals("org.anodyne.ui.results.editor", ResultsUi.RESULTS_EDITOR_ID);
		IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("summary.json");
		assertNotNull(editor, "no editor for summary.json");
		assertEquals(ResultsUi.RESULTS_EDITOR_ID, editor.getId());
	}
}
