package org.anodyne.results.picture;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.anodyne.results.internal.Glyphs;
import org.anodyne.results.internal.PngEncoder;

/**
 * An RGB picture in memory with the few drawing operations result pictures need (rectangles, lines,
 * text in a built-in 5 × 7 font), written as PNG. Pure Java: no AWT, which must not start inside the
 * SWT IDE. Pixel (0, 0) is the top-left corner.
 */
public final class RasterImage {

	public static final int WHITE = 0xffffff;
	public static final int BLACK = 0x000000;
	public static final int GREY = 0x808080;

	private final int width;
	private final int height;
	private final int[] pixels;

	/** A white picture. */
	public RasterImage(int width, int height) {
		if (width < 1 || height < 1 || (long) width * height > 64L * 1024 * 1024) {
			throw new IllegalArgumentException("picture size " + width + " × " + height + " is out of range");
		}
		this.width = width;
		this.height = height;
		this.pixels = new int[width * height];
		Arrays.fill(pixels, WHITE);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** The colour 0xRRGGBB at (x, y). */
	public int get(int x, int y) {
		return pixels[y * width + x];
	}

	/** Sets a pixel; points outside the picture are ignored. */
	public void set(int x, int y, int rgb) {
		if (x >= 0 && y >= 0 && x < width && y < height) {
			pixels[y * width + x] = rgb & 0xffffff;
		}
	}

	/** Fills a rectangle, clipped to the picture. */
	public void fill(int x, int y, int w, int h, int rgb) {
		int x0 = Math.max(0, x);
		int y0 = Math.max(0, y);
		int x1 = Math.min(width, x + w);
		int y1 = Math.min(height, y + h);
		for (int yy = y0; yy < y1; yy++) {
			Arrays.fill(pixels, yy * width + x0, Math.max(yy * width + x0, yy * width + x1), rgb & 0xffffff);
		}
	}

	/** Outlines a rectangle one pixel wide. */
	public void rectangle(int x, int y, int w, int h, int rgb) {
		line(x, y, x + w - 1, y, rgb);
		line(x, y + h - 1, x + w - 1, y + h - 1, rgb);
		line(x, y, x, y + h - 1, rgb);
		line(x + w - 1, y, x + w - 1, y + h - 1, rgb);
	}

	/** A one-pixel line (Bresenham), clipped to the picture. */
	public void line(int x0, int y0, int x1, int y1, int rgb) {
		int dx = Math.abs(x1 - x0);
		int dy = -Math.abs(y1 - y0);
		int sx = x0 < x1 ? 1 : -1;
		int sy = y0 < y1 ? 1 : -1;
		int err = dx + dy;
		int x = x0;
		int y = y0;
		// Bounded so that absurd coordinates cannot loop for long.
		for (int n = 0; n <= dx - dy && n < 4 * (width + height); n++) {
			set(x, y, rgb);
			if (x == x1 && y == y1) {
				return;
			}
			int e2 = 2 * err;
			if (e2 >= dy) {
				err += dy;
				x += sx;
			}
			if (e2 <= dx) {
				err += dx;
				y += sy;
			}
		}
	}

	/**
	 * Draws text with its top-left corner at (x, y).
	 *
	 * @param scale pixel size of one font pixel (1 gives 7-pixel-high letters)
	 */
	public void text(int x, int y, String text, int rgb, int scale) {
		int cx = x;
		for (int k = 0; k < text.length(); k++) {
			boolean[][] g = Glyphs.glyph(text.charAt(k));
			for (int r = 0; r < Glyphs.HEIGHT; r++) {
				for (int c = 0; c < Glyphs.WIDTH; c++) {
					if (g[r][c]) {
						fill(cx + c * scale, y + r * scale, scale, scale, rgb);
					}
				}
			}
			cx += Glyphs.ADVANCE * scale;
		}
	}

	/** Text drawn upward (rotated a quarter turn anticlockwise), its baseline start at (x, y). */
	public void verticalText(int x, int y, String text, int rgb, int scale) {
		int cy = y;
		for (int k = 0; k < text.length(); k++) {
			boolean[][] g = Glyphs.glyph(text.charAt(k));
			for (int r = 0; r < Glyphs.HEIGHT; r++) {
				for (int c = 0; c < Glyphs.WIDTH; c++) {
					if (g[r][c]) {
						fill(x + r * scale, cy - (c + 1) * scale, scale, scale, rgb);
					}
				}
			}
			cy -= Glyphs.ADVANCE * scale;
		}
	}

	/** Width in pixels of a text at a scale. */
	public static int textWidth(String text, int scale) {
		return Glyphs.width(text) * scale;
	}

	/** Height in pixels of a line of text at a scale. */
	public static int textHeight(int scale) {
		return Glyphs.HEIGHT * scale;
	}

	/** Writes the picture as PNG, with a title in its metadata when one is given. */
	public void writePng(OutputStream out, String title) throws IOException {
		Map<String, String> text = new LinkedHashMap<>();
		text.put("Software", "Anodyne");
		if (title != null && !title.isBlank()) {
			text.put("Title", title);
		}
		PngEncoder.write(width, height, pixels, text, out);
	}
}
