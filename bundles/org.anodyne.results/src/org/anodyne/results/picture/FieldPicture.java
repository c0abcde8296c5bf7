/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anodyne.results.QuantityText;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.results.FieldFrame.FieldMask;
import org.anodyne.results.FieldFrame;

/**
 * A map of one field array over the cell cross-section, bottom wall at the bottom, with axes in µm,
 * a labelled colour bar with the unit, and cells of chosen mask codes (fibres, old metal) painted in
 * fixed colours instead of the colour scale. A painted region that is round (a fibre's cross-section
 * on the grid) is drawn as a circle of the same area and centre instead of its staircase of cells.
 * The default colour map is viridis (perceptually uniform, colour-blind safe); cividis on request.
 * For example the deposit map of a 2D study:
 *
 * <pre>
 * Scene map = FieldPicture.of(frame, "newMetal")
 *         .mask("kind", Map.of(2, 0x555555, 3, 0xb0b0b0))
 *         .title("new metal after 1 mAh/cm2")
 *         .render();
 * </pre>
 */
public final class FieldPicture {

	private static final double MARGIN = 6;
	private static final double BAR_WIDTH = 9;
	private static final double FONT = 8;
	private static final double TITLE_FONT = 9;
	/** Largest map, in points: a journal column's width, and as tall. */
	private static final double MAP_WIDTH = 190;
	private static final double MAP_HEIGHT = 240;

	private final FieldFrame frame;
	private final FieldArray array;
	private Colormap colormap = Colormap.VIRIDIS;
	private FieldMask mask;
	private Map<Integer, Integer> maskColours = Map.of();
	private String title;
	private double min = Double.NaN;
	private double max = Double.NaN;
	private boolean symmetric;
	private double cellSize;

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
				"the field has no array '" + arrayName + "'; it has "
						+ frame.arrays().stream().map(FieldArray::name).toList()));
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

	/** Size of one cell in points; by default chosen so the map fits a journal column. */
	public FieldPicture cellSize(double points) {
		if (!(points > 0 && points <= 64)) {
			throw new IllegalArgumentException("a cell must be drawn 0–64 pt wide, got " + points);
		}
		this.cellSize = points;
		return this;
	}

	/** The map as a drawing, for {@link PngExporter} and {@link SvgExporter}. */
	public Scene render() {
		int nx = frame.nx();
		int ny = frame.ny();
		double s = cellSize > 0 ? cellSize : Math.min(MAP_WIDTH / nx, MAP_HEIGHT / ny);
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
		double mapW = nx * s;
		double mapH = ny * s;
		Axis scaleAxis = Axis.of(lo, hi, 5, false);
		Axis xAxis = Axis.of(0, nx * frame.spacingUm(), Math.max(2, (int) (mapW / 45)), false);
		Axis yAxis = Axis.of(0, ny * frame.spacingUm(), Math.max(2, (int) (mapH / 30)), false);

		double yLabels = yAxis.ticks().stream().mapToDouble(t -> Typeface.width(yAxis.label(t), FONT)).max().orElse(0);
		double barLabels = scaleAxis.ticks().stream().mapToDouble(t -> Typeface.width(scaleAxis.label(t), FONT)).max()
				.orElse(0);
		String unit = QuantityText.axisTitle(QuantityText.words(array.name()), array.unit());
		double left = MARGIN + FONT + 5 + yLabels + 4;
		double top = MARGIN + TITLE_FONT + 6 + FONT + 4;
		double barX = left + mapW + 10;
		double right = Math.max(barX + BAR_WIDTH + 4 + barLabels, barX + Typeface.width(unit, FONT)) + MARGIN;
		double width = Math.max(right, left + Typeface.width(title, TITLE_FONT) + MARGIN);
		double height = top + mapH + 4 + FONT + 4 + FONT + MARGIN;
		Scene scene = new Scene(width, height, title);

		List<Round> rounds = roundRegions(codes);
		boolean[] inRound = new boolean[nx * ny];
		rounds.forEach(r -> r.cells().forEach(k -> inRound[k] = true));
		int[] rgb = new int[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				int colour = inRound[k]
						? besideRound(inRound, codes, v, scaleAxis, i, j)
						: painted(codes, k)
								? maskColours.get(codes[k] & 0xff)
								: colormap.colour(scaleAxis.fraction(v[k]));
				rgb[(ny - 1 - j) * nx + i] = colour;
			}
		}
		scene.add(new Scene.Raster(left, top, mapW, mapH, nx, ny, rgb));
		List<Scene.Shape> circles = new ArrayList<>();
		for (Round r : rounds) {
			double radius = Math.sqrt(r.cells().size() / Math.PI) * s;
			double cy = top + mapH - (r.j() + 0.5) * s;
			// A fibre cut by the periodic edge shows on both sides: its circle and its copy one period over.
			for (int period = -1; period <= 1; period++) {
				double cx = left + (r.i() + period * nx + 0.5) * s;
				if (cx + radius > left && cx - radius < left + mapW) {
					circles.add(new Scene.Circle(cx, cy, radius, maskColours.get(r.code()), -1, 0));
				}
			}
		}
		scene.add(new Scene.Clipped(left, top, mapW, mapH, circles));
		scene.add(new Scene.Rect(left, top, mapW, mapH, -1, Scene.BLACK, 0.6));
		scene.add(new Scene.Text(left, MARGIN + TITLE_FONT, title, TITLE_FONT, Scene.Anchor.START, false, Scene.BLACK));

		for (double t : xAxis.ticks()) {
			double x = left + xAxis.fraction(t) * mapW;
			scene.add(new Scene.Line(x, top + mapH, x, top + mapH + 2.5, Scene.BLACK, 0.5));
			scene.add(new Scene.Text(x, top + mapH + 4 + FONT, xAxis.label(t), FONT, Scene.Anchor.MIDDLE, false,
					Scene.BLACK));
		}
		scene.add(new Scene.Text(left + mapW / 2, height - MARGIN, "x [µm]", FONT, Scene.Anchor.MIDDLE, false,
				Scene.BLACK));
		for (double t : yAxis.ticks()) {
			double y = top + mapH - yAxis.fraction(t) * mapH;
			scene.add(new Scene.Line(left - 2.5, y, left, y, Scene.BLACK, 0.5));
			scene.add(new Scene.Text(left - 4, y + FONT * 0.35, yAxis.label(t), FONT, Scene.Anchor.END, false,
					Scene.BLACK));
		}
		scene.add(
				new Scene.Text(MARGIN + FONT, top + mapH / 2, "y [µm]", FONT, Scene.Anchor.MIDDLE, true, Scene.BLACK));
		scene.add(new Scene.ColourBar(barX, top, BAR_WIDTH, mapH, colormap, scaleAxis, unit, FONT));
		return scene;
	}

	/**
	 * Painted regions (4-connected cells of one code, connected across the periodic side edges too,
	 * so a fibre cut by the edge is one region) that are round enough to be a fibre's cross-section:
	 * at least 5 cells, a bounding box within 3:4 of square, filled at least 60 % (a disc fills 79 %).
	 * The centre is in the unwrapped column numbers of the region, so it may lie outside 0 … nx.
	 */
	private List<Round> roundRegions(byte[] codes) {
		List<Round> rounds = new ArrayList<>();
		if (codes == null) {
			return rounds;
		}
		int nx = frame.nx();
		int ny = frame.ny();
		boolean[] seen = new boolean[nx * ny];
		int[] stack = new int[nx * ny];
		// Column of each cell counted on from the region's first cell, across the periodic edge.
		int[] unwrapped = new int[nx * ny];
		for (int start = 0; start < seen.length; start++) {
			if (seen[start] || !painted(codes, start)) {
				continue;
			}
			int code = codes[start] & 0xff;
			List<Integer> cells = new ArrayList<>();
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			unwrapped[start] = start % nx;
			int i0 = nx;
			int i1 = -1;
			int j0 = ny;
			int j1 = -1;
			while (top > 0) {
				int k = stack[--top];
				cells.add(k);
				int i = k % nx;
				int j = k / nx;
				int u = unwrapped[k];
				i0 = Math.min(i0, u);
				i1 = Math.max(i1, u);
				j0 = Math.min(j0, j);
				j1 = Math.max(j1, j);
				int[] next = {i > 0 ? k - 1 : k + nx - 1, i + 1 < nx ? k + 1 : k - nx + 1, j > 0 ? k - nx : -1,
						j + 1 < ny ? k + nx : -1};
				int[] step = {-1, 1, 0, 0};
				for (int d = 0; d < next.length; d++) {
					int n = next[d];
					if (n >= 0 && !seen[n] && (codes[n] & 0xff) == code) {
						seen[n] = true;
						unwrapped[n] = u + step[d];
						stack[top++] = n;
					}
				}
			}
			int w = i1 - i0 + 1;
			int h = j1 - j0 + 1;
			boolean round = cells.size() >= 5 && w < nx && 4 * w >= 3 * h && 4 * h >= 3 * w
					&& cells.size() >= 0.6 * w * h;
			if (round) {
				double ci = cells.stream().mapToInt(c -> unwrapped[c]).average().orElseThrow();
				double cj = cells.stream().mapToInt(c -> c / nx).average().orElseThrow();
				rounds.add(new Round(code, ci, cj, cells));
			}
		}
		return rounds;
	}

	/**
	 * Cells of a region drawn as a circle are painted like a neighbour outside it (a fibre in old metal
	 * like the metal), so the corners of their staircase that stick out of the circle do not show as
	 * notches.
	 */
	private int besideRound(boolean[] inRound, byte[] codes, float[] v, Axis scaleAxis, int i, int j) {
		int nx = frame.nx();
		int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
		for (int[] d : steps) {
			int a = i + d[0];
			int b = j + d[1];
			if (a >= 0 && b >= 0 && a < nx && b < frame.ny()) {
				int n = b * nx + a;
				if (!inRound[n]) {
					return painted(codes, n)
							? maskColours.get(codes[n] & 0xff)
							: colormap.colour(scaleAxis.fraction(v[n]));
				}
			}
		}
		return Scene.WHITE;
	}

	/** A painted region drawn as a circle: its code, centre (in cells) and cells. */
	private record Round(int code, double i, double j, List<Integer> cells) {
	}

	private boolean painted(byte[] codes, int k) {
		return codes != null && maskColours.containsKey(codes[k] & 0xff);
	}
}
