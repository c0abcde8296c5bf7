/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.results.Column;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.picture.Colormap;
import org.anodyne.results.picture.FieldPicture;
import org.anodyne.results.picture.LinePlot;
import org.anodyne.results.picture.PngExporter;
import org.anodyne.results.picture.Scene;
import org.anodyne.results.picture.SvgExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class PictureTest {

	@TempDir
	Path dir;

	private static Series voltage(int n) {
		Series.Builder b = Series.builder(new Column("time", "h"), new Column("voltage", "mV"));
		for (int i = 0; i < n; i++) {
			b.add(i * 0.001, i == n * 2 / 3 ? 100 : 10 * Math.sin(i * 1e-4));
		}
		return b.build();
	}

	/** A 40 × 30 map with a fibre (code 2) of radius 6 cells centred at cell (12, 10), value = row. */
	private static FieldFrame fibreFrame() {
		int nx = 40;
		int ny = 30;
		double[] row = new double[nx * ny];
		byte[] kind = new byte[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				row[j * nx + i] = j;
				kind[j * nx + i] = (byte) ((i - 12) * (i - 12) + (j - 10) * (j - 10) <= 36 ? 2 : j >= 25 ? 1 : 0);
			}
		}
		return FieldFrame.builder(nx, ny, 2.0).array("potential", "mV", row)
				.mask("kind", kind, List.of("electrolyte", "separator", "fibre")).build();
	}

	private static Document parseSecurely(String xml) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		f.setExpandEntityReferences(false);
		f.setNamespaceAware(true);
		return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static List<Element> elements(Document d, String name) {
		NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
		List<Element> result = new ArrayList<>();
		for (int k = 0; k < nodes.getLength(); k++) {
			result.add((Element) nodes.item(k));
		}
		return result;
	}

	@Test
	void pngDecodesWithImageIoAtTheRequestedSizeAndResolution() throws Exception {
		Scene plot = LinePlot.of(voltage(1000), "time").line("voltage").title("symmetric cell, 25 °C").size(252, 180)
				.render();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PngExporter(600).write(plot, out);
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			reader.setInput(in);
			assertEquals(252 * 600 / 72, reader.getWidth(0));
			assertEquals(180 * 600 / 72, reader.getHeight(0));
			IIOMetadata metadata = reader.getImageMetadata(0);
			Node pHYs = child(metadata.getAsTree("javax_imageio_png_1.0"), "pHYs");
			assertEquals("meter", attribute(pHYs, "unitSpecifier"));
			assertEquals(Math.round(600 / 0.0254), Long.parseLong(attribute(pHYs, "pixelsPerUnitXAxis")));
			assertEquals(Math.round(600 / 0.0254), Long.parseLong(attribute(pHYs, "pixelsPerUnitYAxis")));
			Node text = child(metadata.getAsTree("javax_imageio_1.0"), "Text");
			List<String> entries = new ArrayList<>();
			for (Node e = text.getFirstChild(); e != null; e = e.getNextSibling()) {
				entries.add(attribute(e, "keyword") + "=" + attribute(e, "value"));
			}
			assertTrue(entries.contains("Title=symmetric cell, 25 °C"), entries.toString());
			BufferedImage image = reader.read(0);
			assertEquals(0xffffff, image.getRGB(2, 2) & 0xffffff, "white page");
		}
	}

	@Test
	void theResolutionOfResultPicturesIsAnOptionWithAClearMessage() {
		try {
			System.setProperty(PngExporter.DPI_PROPERTY, "600");
			assertEquals(600, PngExporter.standard().dpi());
			System.setProperty(PngExporter.DPI_PROPERTY, "6000");
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, PngExporter::standard);
			assertEquals("-Danodyne.pictureDpi=6000 is not a resolution of 72–1200 dpi", e.getMessage());
		} finally {
			System.clearProperty(PngExporter.DPI_PROPERTY);
		}
		assertEquals(PngExporter.DEFAULT_DPI, PngExporter.standard().dpi());
	}

	@Test
	void svgParsesSecurelyAndDrawsTheFibreAsACircle() throws Exception {
		Scene map = FieldPicture.of(fibreFrame(), "potential").mask("kind", Map.of(2, 0x555555)).cellSize(4).render();
		Document svg = parseSecurely(SvgExporter.toSvg(map));
		List<Element> circles = elements(svg, "circle");
		assertEquals(1, circles.size(), "one fibre, one circle");
		Element c = circles.get(0);
		assertEquals("#555555", c.getAttribute("fill"));
		// 113 cells in the disc of radius 6: a circle of the same area, 6.0 cells in radius, 4 pt per cell.
		assertEquals(Math.sqrt(113 / Math.PI) * 4, Double.parseDouble(c.getAttribute("r")), 0.01);
		Scene.Raster cells = (Scene.Raster) map.shapes().stream().filter(s -> s instanceof Scene.Raster).findFirst()
				.orElseThrow();
		double cx = Double.parseDouble(c.getAttribute("cx"));
		double cy = Double.parseDouble(c.getAttribute("cy"));
		assertEquals(cells.x() + 12.5 * 4, cx, 0.01, "centre of cell 12 across");
		assertEquals(cells.y() + cells.h() - 10.5 * 4, cy, 0.01, "centre of row 10 up from the bottom wall");
		// The separator band (code 1, not painted) keeps its values; no other circle appears.
		assertEquals(1, elements(svg, "image").size(), "the cells are one embedded picture");
		assertEquals(1, elements(svg, "linearGradient").size(), "the colour bar is a vector gradient");
	}

	@Test
	void fieldMapsPutTheBottomWallAtTheBottom() {
		Scene map = FieldPicture.of(fibreFrame(), "potential").render();
		Scene.Raster cells = (Scene.Raster) map.shapes().stream().filter(s -> s instanceof Scene.Raster).findFirst()
				.orElseThrow();
		assertEquals(Colormap.VIRIDIS.colour(1.0), cells.rgb()[0], "the top row holds the largest value");
		assertEquals(Colormap.VIRIDIS.colour(0.0), cells.rgb()[(cells.rows() - 1) * cells.columns()],
				"the bottom row the least");
	}

	@Test
	void theColourBarsEndsAreViridisAndLabelledWithTheUnit() throws Exception {
		Scene map = FieldPicture.of(fibreFrame(), "potential").mask("kind", Map.of(2, 0x555555)).render();
		Scene.ColourBar bar = (Scene.ColourBar) map.shapes().stream().filter(s -> s instanceof Scene.ColourBar)
				.findFirst()
				.orElseThrow();
		assertEquals("Potential [mV]", bar.label());
		assertTrue(map.texts().contains("Potential [mV]"), map.texts().toString());
		PngExporter png = PngExporter.standard();
		BufferedImage image = png.render(map);
		double px = png.dpi() / 72.0;
		int x = (int) ((bar.x() + bar.w() / 2) * px);
		int near = (int) Math.ceil(0.3 * px);
		assertColour(0xfde725, image.getRGB(x, (int) (bar.y() * px) + near), "viridis's yellow at the top");
		assertColour(0x440154, image.getRGB(x, (int) ((bar.y() + bar.h()) * px) - near),
				"viridis's purple at the bottom");

		Scene cividis = FieldPicture.of(fibreFrame(), "potential").colormap(Colormap.CIVIDIS).render();
		Scene.ColourBar other = (Scene.ColourBar) cividis.shapes().stream().filter(s -> s instanceof Scene.ColourBar)
				.findFirst().orElseThrow();
		assertEquals(0xfee838, other.map().colour(1.0));
		assertEquals(0x00224e, other.map().colour(0.0));
	}

	@Test
	void unitsAreDrawnAsWrittenInARealFont() throws Exception {
		Scene plot = LinePlot.of(voltage(100), "time").line("voltage").title("Li||Li").render();
		assertTrue(plot.texts().contains("Voltage [mV]"), plot.texts().toString());
		assertTrue(plot.texts().contains("Time [h]"), plot.texts().toString());
		Document svg = parseSecurely(SvgExporter.toSvg(plot));
		assertTrue(elements(svg, "text").stream().anyMatch(t -> t.getTextContent().equals("Voltage [mV]")));
		assertTrue(svg.getDocumentElement().getAttribute("font-family").startsWith("DejaVu Sans"));
	}

	@Test
	void linePlotsOfMillionsOfPointsStillShowASingleSpike() {
		Scene plot = LinePlot.of(voltage(1_000_000), "time").line("voltage").title("Li||Li").render();
		assertTrue(plot.texts().contains("(off scale: up to 100 mV)"),
				"the thinned series keeps the one 100 mV point, left off the scale and named: " + plot.texts());
		BufferedImage image = PngExporter.standard().render(plot);
		int highest = Integer.MAX_VALUE;
		int lowest = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == 0x0072b2) {
					highest = Math.min(highest, y);
					lowest = Math.max(lowest, y);
				}
			}
		}
		assertTrue(highest < image.getHeight() / 4 && lowest > image.getHeight() * 2 / 3,
				"the ±10 mV trace fills the plot: line pixels from " + highest + " to " + lowest);
	}

	/**
	 * A symmetric cell's voltage, written in V: ±70 mV for 1999 rows and a −5 V spike in the last,
	 * as a failing cell's trace ends.
	 */
	@Test
	void aSymmetricCellsVoltageIsInMillivoltsWithTheEndSpikeOffScaleAndNamed() {
		Series.Builder b = Series.builder(new Column("time", "h"), new Column("voltage", "V"));
		for (int i = 0; i < 2000; i++) {
			b.add(i * 0.5, i == 1999 ? -5.0 : 0.07 * Math.sin(i * 0.3));
		}
		Scene plot = LinePlot.of(b.build(), "time").line("voltage").title("Li||Li").render();
		List<String> texts = plot.texts();
		assertTrue(texts.contains("Voltage [mV]"), texts.toString());
		assertTrue(texts.contains("(off scale: down to -5000 mV)"), texts.toString());
		assertFalse(texts.contains("-5000") || texts.contains("-4000") || texts.contains("-5"),
				"the scale does not reach down to the spike: " + texts);
		Scene.Clipped lines = (Scene.Clipped) plot.shapes().stream().filter(s -> s instanceof Scene.Clipped).findFirst()
				.orElseThrow();
		Scene.Polyline trace = (Scene.Polyline) lines.shapes().get(0);
		double[] signal = java.util.Arrays.copyOf(trace.ys(), trace.ys().length - 1);
		double top = java.util.Arrays.stream(signal).min().orElseThrow();
		double bottom = java.util.Arrays.stream(signal).max().orElseThrow();
		assertTrue(bottom - top > 0.3 * lines.h(), "the ±70 mV signal spans the plot, not a flat line: "
				+ (bottom - top) + " of " + lines.h() + " pt");
	}

	@Test
	void theDepositColourBarReadsTheQuantitysNameNotTheColumnId() {
		FieldFrame frame = FieldFrame.builder(4, 4, 1.0).array("newMetal", Column.DIMENSIONLESS, new double[16])
				.array("concentration", "mol/L", new double[16]).build();
		Scene.ColourBar deposit = (Scene.ColourBar) FieldPicture.of(frame, "newMetal").range(0, 1).render().shapes()
				.stream()
				.filter(s -> s instanceof Scene.ColourBar).findFirst().orElseThrow();
		assertEquals("New metal", deposit.label());
		Scene.ColourBar salt = (Scene.ColourBar) FieldPicture.of(frame, "concentration").render().shapes().stream()
				.filter(s -> s instanceof Scene.ColourBar).findFirst().orElseThrow();
		assertEquals("Concentration [mol/L]", salt.label());
	}

	/** A fibre of radius 6 cells centred on cell (1, 10) of a 40-cell-wide periodic map: cut by the left edge. */
	@Test
	void aFibreCutByThePeriodicEdgeIsDrawnAsTwoArcsClippedAtTheEdges() throws Exception {
		int nx = 40;
		int ny = 30;
		byte[] kind = new byte[nx * ny];
		int discCells = 0;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int di = Math.min(Math.abs(i - 1), nx - Math.abs(i - 1));
				if (di * di + (j - 10) * (j - 10) <= 36) {
					kind[j * nx + i] = 2;
					discCells++;
				}
			}
		}
		FieldFrame frame = FieldFrame.builder(nx, ny, 2.0).array("potential", "mV", new double[nx * ny])
				.mask("kind", kind, List.of("electrolyte", "separator", "fibre")).build();
		Scene map = FieldPicture.of(frame, "potential").mask("kind", Map.of(2, 0x555555)).cellSize(4).render();
		Scene.Raster cells = (Scene.Raster) map.shapes().stream().filter(s -> s instanceof Scene.Raster).findFirst()
				.orElseThrow();
		Scene.Clipped fibres = (Scene.Clipped) map.shapes().stream().filter(s -> s instanceof Scene.Clipped).findFirst()
				.orElseThrow();
		assertEquals(cells.x(), fibres.x(), 1e-9, "clipped at the map's left edge");
		assertEquals(cells.w(), fibres.w(), 1e-9, "and at its right edge");
		assertEquals(2, fibres.shapes().size(), "the fibre and its copy one period over");
		Scene.Circle left = (Scene.Circle) fibres.shapes().get(0);
		Scene.Circle right = (Scene.Circle) fibres.shapes().get(1);
		assertEquals(Math.sqrt(discCells / Math.PI) * 4, left.r(), 1e-9, "a circle of the whole fibre's area");
		assertEquals(left.r(), right.r(), 1e-9);
		assertEquals(cells.x() + 1.5 * 4, left.cx(), 1e-9, "centred on cell 1");
		assertEquals(nx * 4, right.cx() - left.cx(), 1e-9, "one period apart");
		for (int j = 0; j < ny; j++) {
			for (int i : new int[]{0, nx - 1}) {
				assertTrue(cells.rgb()[(ny - 1 - j) * nx + i] != 0x555555, "no staircase cell at the edge, row " + j);
			}
		}
		Document svg = parseSecurely(SvgExporter.toSvg(map));
		assertEquals(2, elements(svg, "circle").size());
		assertEquals(1, elements(svg, "clipPath").size());
	}

	@Test
	void everyPictureHasAnSvgBesideItAndTheFramesAParaViewSeries() throws Exception {
		Path result = dir.resolve("study");
		try (StudyResultWriter out = StudyResultWriter.create(result)) {
			out.writeField("frame-00",
					FieldFrame.builder(2, 2, 1.0).time(0).array("c", "mol/L", new double[4]).build());
			out.writeField("frame-01",
					FieldFrame.builder(2, 2, 1.0).time(1800.5).array("c", "mol/L", new double[4]).build());
			out.writePicture("plot", LinePlot.of(voltage(10), "time").line("voltage").render(), "voltage");
			out.commit(StudyResultTest.depositionSummary(0.5));
		}
		StudyResult read = StudyResult.read(result);
		Path png = read.picture("plot");
		assertTrue(Files.isRegularFile(png.resolveSibling("plot.svg")));
		assertEquals(1050, ImageIO.read(png.toFile()).getWidth(), "3.5 in at 300 dpi");
		Document pvd = parseSecurely(Files.readString(result.resolve("fields/fields.pvd")));
		NodeList sets = pvd.getElementsByTagName("DataSet");
		assertEquals(2, sets.getLength());
		assertEquals("frame-00.vtk", ((Element) sets.item(0)).getAttribute("file"));
		assertEquals(0.0, Double.parseDouble(((Element) sets.item(0)).getAttribute("timestep")));
		assertEquals("frame-01.vtk", ((Element) sets.item(1)).getAttribute("file"));
		assertEquals(1800.5, Double.parseDouble(((Element) sets.item(1)).getAttribute("timestep")));
		assertTrue(
				Files.isRegularFile(result.resolve("fields").resolve(((Element) sets.item(1)).getAttribute("file"))));
	}

	/** Within 3 of 255 per channel: the sample lies a fraction of a point inside the gradient's end. */
	private static void assertColour(int expected, int actual, String what) {
		for (int shift = 0; shift <= 16; shift += 8) {
			int e = expected >> shift & 0xff;
			int a = actual >> shift & 0xff;
			assertTrue(Math.abs(e - a) <= 3,
					what + String.format(": expected #%06x, got #%06x", expected, actual & 0xffffff));
		}
	}

	private static Node child(Node parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeName().equals(name)) {
				return n;
			}
		}
		throw new AssertionError("no " + name + " in the PNG metadata");
	}

	private static String attribute(Node node, String name) {
		return node.getAttributes().getNamedItem(name).getNodeValue();
	}
}
