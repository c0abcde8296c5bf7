package org.anodyne.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.anodyne.results.Column;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.Series;
import org.anodyne.results.internal.Glyphs;
import org.anodyne.results.picture.Colormap;
import org.anodyne.results.picture.FieldPicture;
import org.anodyne.results.picture.LinePlot;
import org.anodyne.results.picture.RasterImage;
import org.junit.jupiter.api.Test;

class PictureTest {

	private static PngReader roundTrip(RasterImage image, String title) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		image.writePng(out, title);
		return PngReader.read(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void pngPixelsDecodeExactlyWithAnIndependentReader() throws Exception {
		Random random = new Random(7);
		RasterImage image = new RasterImage(97, 61);
		for (int y = 0; y < 61; y++) {
			for (int x = 0; x < 97; x++) {
				// Noise, gradients and flat areas, so every row filter gets chosen somewhere.
				int rgb = y < 20 ? random.nextInt(1 << 24) : y < 40 ? (x * 2) << 16 | (y * 4) << 8 | (x + y) : 0x336699;
				image.set(x, y, rgb);
			}
		}
		PngReader png = roundTrip(image, "test picture");
		assertEquals(97, png.width);
		assertEquals(61, png.height);
		for (int y = 0; y < 61; y++) {
			for (int x = 0; x < 97; x++) {
				assertEquals(image.get(x, y), png.get(x, y), "pixel " + x + "," + y);
			}
		}
		assertEquals("test picture", png.text.get("Title"));
		assertEquals("Anodyne", png.text.get("Software"));
	}

	@Test
	void fieldMapsPutTheBottomWallAtTheBottomAndPaintMaskedCells() throws Exception {
		int nx = 30;
		int ny = 40;
		double[] height = new double[nx * ny];
		byte[] kind = new byte[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				height[j * nx + i] = j;
				kind[j * nx + i] = (byte) (i < 3 && j < 3 ? 2 : 0);
			}
		}
		FieldFrame frame = FieldFrame.builder(nx, ny, 2.0).array("row", "-", height)
				.mask("kind", kind, List.of("electrolyte", "separator", "fibre")).build();
		RasterImage image = FieldPicture.of(frame, "row").mask("kind", Map.of(2, 0x555555)).scale(5).title("rows").render();
		PngReader png = roundTrip(image, "rows");
		int top = Colormap.VIRIDIS.colour(1.0);
		int bottom = Colormap.VIRIDIS.colour(0.0);
		int[] topAt = find(png, top);
		int[] fibreAt = find(png, 0x555555);
		assertTrue(topAt != null && fibreAt != null, "both the top row's colour and the fibre's grey are drawn");
		assertTrue(fibreAt[1] > topAt[1] + 30 * 5, "the bottom-left fibre is drawn near the bottom: " + fibreAt[1]
				+ " vs top row at " + topAt[1]);
		assertTrue(fibreAt[0] <= topAt[0] + 1, "and at the left");
		// Row 0 is masked (fibre) only in its first three cells; the rest is the scale's minimum colour.
		assertEquals(bottom, png.get(fibreAt[0] + 3 * 5 + 2, fibreAt[1] + 5 * 3 - 1));
		assertEquals(0x555555, png.get(fibreAt[0] + 3 * 5 - 1, fibreAt[1] + 5 * 3 - 1));
	}

	@Test
	void linePlotsOfMillionsOfPointsStillShowASingleSpike() throws Exception {
		int n = 1_000_000;
		Series.Builder b = Series.builder(new Column("time", "h"), new Column("voltage", "mV"));
		for (int i = 0; i < n; i++) {
			b.add(i * 0.001, i == 654_321 ? 100 : 10 * Math.sin(i * 1e-4));
		}
		RasterImage image = LinePlot.of(b.build(), "time").line("voltage").title("symmetric cell").size(600, 400).render();
		PngReader png = roundTrip(image, null);
		int blue = 0x0072b2;
		int highest = Integer.MAX_VALUE;
		int lowest = -1;
		for (int y = 0; y < png.height; y++) {
			for (int x = 0; x < png.width; x++) {
				if (png.get(x, y) == blue) {
					highest = Math.min(highest, y);
					lowest = Math.max(lowest, y);
				}
			}
		}
		assertTrue(highest < png.height / 4, "the 100 mV spike reaches the top of the plot; topmost line pixel at "
				+ highest);
		assertTrue(lowest > png.height / 2, "the ±10 mV trace stays low; lowest line pixel at " + lowest);
	}

	@Test
	void everyGlyphIsFiveBySeven() {
		for (char c = ' '; c < 127; c++) {
			boolean[][] g = Glyphs.glyph(c);
			assertEquals(Glyphs.HEIGHT, g.length);
			for (boolean[] row : g) {
				assertEquals(Glyphs.WIDTH, row.length);
			}
		}
		assertTrue(Glyphs.glyph('m') != Glyphs.glyph('M'), "units need both cases (mV is not MV)");
	}

	private static int[] find(PngReader png, int rgb) {
		for (int y = 0; y < png.height; y++) {
			for (int x = 0; x < png.width; x++) {
				if (png.get(x, y) == rgb) {
					return new int[] { x, y };
				}
			}
		}
		return null;
	}
}
