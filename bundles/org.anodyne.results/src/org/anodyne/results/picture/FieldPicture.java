package org.anodyne.results.picture;

import java.util.HashMap;
import java.util.Map;

import org.anodyne.results.FieldFrame;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.results.FieldFrame.FieldMask;

/**
 * A map of one field array over the cell cross-section, bottom wall at the bottom, with axes in µm,
 * a colour bar with the unit, and cells of chosen mask codes (fibres, old metal) painted in fixed
 * colours instead of the colour scale. For example the deposit map of a 2D study:
 *
 * <pre>
 * RasterImage png = FieldPicture.of(frame, "newMetal")
 *         .mask("kind", Map.of(2, 0x555555, 3, 0xb0b0b0))
 *         .title("new metal after 1 mAh/cm2")
 *         .render();
 * </pre>
 */
public final class FieldPicture {

	private static final int MARGIN = 8;
	private static final int BAR_WIDTH = 16;
	private static final int TARGET_HEIGHT = 480;

	private final FieldFrame frame;
	private final FieldArray array;
	private Colormap colormap = Colormap.VIRIDIS;
	private FieldMask mask;
	private Map<Integer, Integer> maskColours = Map.of();
	private String title;
	private double min = Double.NaN;
	private double max = Double.NaN;
	private boolean symmetric;
	private int scale;

	private FieldPicture(FieldFrame frame, FieldArray array) {
		this.frame = frame;
		this.array = array;
		this.title = array.name();
	}

	/**
	 * Starts a picture of an array of the frame.
	 *
	 * @throws IllegalArgumentException if the frame has no such array
	 */
	public static FieldPicture of(FieldFrame frame, String arrayName) {
		FieldArray array = frame.array(arrayName).orElseThrow(() -> new IllegalArgumentException(
				"the field has no array '" + arrayName + "'; it has " + frame.arrays().stream().map(FieldArray::name).toList()));
		return new FieldPicture(frame, array);
	}

	public FieldPicture colormap(Colormap map) {
		this.colormap = map;
		return this;
	}

	/** Signed quantity: the diverging map over a range symmetric about zero. */
	public FieldPicture signed() {
		this.colormap = Colormap.DIVERGING;
		this.symmetric = true;
		return this;
	}

	/** Fixed colour-scale range instead of the data's own. */
	public FieldPicture range(double lo, double hi) {
		this.min = lo;
		this.max = hi;
		return this;
	}

	/**
	 * Cells whose code in the named mask is a key of {@code colours} are painted in that colour and
	 * left out of the colour-scale range.
	 */
	public FieldPicture mask(String maskName, Map<Integer, Integer> colours) {
		this.mask = frame.mask(maskName).orElseThrow(() -> new IllegalArgumentException("the field has no mask '"
				+ maskName + "'"));
		this.maskColours = new HashMap<>(colours);
		return this;
	}

	public FieldPicture title(String text) {
		this.title = text;
		return this;
	}

	/** Pixels per cell; by default chosen so the map is about 480 pixels high. */
	public FieldPicture scale(int pixelsPerCell) {
		if (pixelsPerCell < 1 || pixelsPerCell > 64) {
			throw new IllegalArgumentException("pixels per cell must be 1–64, got " + pixelsPerCell);
		}
		this.scale = pixelsPerCell;
		return this;
	}

	public RasterImage render() {
		int nx = frame.nx();
		int ny = frame.ny();
		int s = scale > 0 ? scale : Math.max(1, Math.min(16, TARGET_HEIGHT / ny));
		while (s > 1 && (long) nx * s > 2400) {
			s--;
		}
		float[] v = array.values();
		byte[] codes = mask == null ? null : mask.codes();
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < v.length; k++) {
			if (!painted(codes, k) && Float.isFinite(v[k])) {
				lo = Math.min(lo, v[k]);
				hi = Math.max(hi, v[k]);
			}
		}
		if (!Double.isNaN(min)) {
			lo = min;
			hi = max;
		} else if (symmetric) {
			double m = Math.max(Math.abs(lo), Math.abs(hi));
			lo = -m;
			hi = m;
		}
		Axis scaleAxis = Axis.of(lo, hi, 5, false);
		Axis xAxis = Axis.of(0, nx * frame.spacingUm(), Math.max(2, nx * s / 80), false);
		Axis yAxis = Axis.of(0, ny * frame.spacingUm(), Math.max(2, ny * s / 60), false);

		int text = RasterImage.textHeight(1);
		int yLabels = yAxis.ticks().stream().mapToInt(t -> RasterImage.textWidth(yAxis.label(t), 1)).max().orElse(0);
		int barLabels = scaleAxis.ticks().stream().mapToInt(t -> RasterImage.textWidth(scaleAxis.label(t), 1)).max()
				.orElse(0);
		String unit = "[" + array.unit() + "]";
		int left = MARGIN + text + 4 + yLabels + 4;
		int top = MARGIN + text + 6;
		int mapW = nx * s;
		int mapH = ny * s;
		int barX = left + mapW + 12;
		int right = barX + BAR_WIDTH + 4 + Math.max(barLabels, RasterImage.textWidth(unit, 1)) + MARGIN;
		int width = Math.max(right, left + RasterImage.textWidth(title, 1) + MARGIN);
		int height = top + mapH + 4 + text + 4 + text + MARGIN;
		RasterImage image = new RasterImage(width, height);

		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				int colour = painted(codes, k) ? maskColours.get(codes[k] & 0xff)
						: colormap.colour(scaleAxis.fraction(v[k]));
				image.fill(left + i * s, top + (ny - 1 - j) * s, s, s, colour);
			}
		}
		image.rectangle(left - 1, top - 1, mapW + 2, mapH + 2, RasterImage.BLACK);
		image.text(left, MARGIN, title, RasterImage.BLACK, 1);

		for (double t : xAxis.ticks()) {
			int x = left + (int) Math.round(xAxis.fraction(t) * mapW);
			image.line(x, top + mapH, x, top + mapH + 3, RasterImage.BLACK);
			String label = xAxis.label(t);
			image.text(x - RasterImage.textWidth(label, 1) / 2, top + mapH + 5, label, RasterImage.BLACK, 1);
		}
		String xTitle = "x [µm]";
		image.text(left + (mapW - RasterImage.textWidth(xTitle, 1)) / 2, top + mapH + 6 + text, xTitle,
				RasterImage.BLACK, 1);
		for (double t : yAxis.ticks()) {
			int y = top + mapH - (int) Math.round(yAxis.fraction(t) * mapH);
			image.line(left - 4, y, left - 1, y, RasterImage.BLACK);
			String label = yAxis.label(t);
			image.text(left - 5 - RasterImage.textWidth(label, 1), y - text / 2, label, RasterImage.BLACK, 1);
		}
		String yTitle = "y [µm]";
		image.verticalText(MARGIN, top + (mapH + RasterImage.textWidth(yTitle, 1)) / 2, yTitle, RasterImage.BLACK, 1);

		for (int y = 0; y < mapH; y++) {
			int colour = colormap.colour(1.0 - (double) y / Math.max(1, mapH - 1));
			image.fill(barX, top + y, BAR_WIDTH, 1, colour);
		}
		image.rectangle(barX - 1, top - 1, BAR_WIDTH + 2, mapH + 2, RasterImage.BLACK);
		for (double t : scaleAxis.ticks()) {
			int y = top + mapH - 1 - (int) Math.round(scaleAxis.fraction(t) * (mapH - 1));
			image.line(barX + BAR_WIDTH, y, barX + BAR_WIDTH + 2, y, RasterImage.BLACK);
			image.text(barX + BAR_WIDTH + 4, y - text / 2, scaleAxis.label(t), RasterImage.BLACK, 1);
		}
		image.text(barX, top + mapH + 5, unit, RasterImage.BLACK, 1);
		return image;
	}

	private boolean painted(byte[] codes, int k) {
		return codes != null && maskColours.containsKey(codes[k] & 0xff);
	}
}
