/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.anodyne.results.picture.Scene;
import org.anodyne.results.picture.Scene.Anchor;

/**
 * Paints into a {@link Scene} (the drawing model the PNG and SVG exporters write), shifted so the
 * exported figure's top-left corner is the origin; one figure pixel becomes one point of the page.
 */
public final class ScenePainter implements Painter {

	/** Size of diagram text in points: the 12 px of the screen's default font. */
	private static final double FONT = 12;
	/** Draw2d places text by its top, a scene by its baseline: about the font's ascent between them. */
	private static final double ASCENT = 0.93 * FONT;

	private final Scene scene;
	private final int dx;
	private final int dy;
	/** Shapes of the diagram elements being painted, innermost last; the scene's own list at the bottom. */
	private final Deque<List<Scene.Shape>> open = new ArrayDeque<>();
	/** How each open list becomes one shape when it is closed (a named group, a clipped group). */
	private final Deque<Function<List<Scene.Shape>, Scene.Shape>> closers = new ArrayDeque<>();

	public ScenePainter(Scene scene, int originX, int originY) {
		this.scene = scene;
		this.dx = -originX;
		this.dy = -originY;
	}

	private void add(Scene.Shape shape) {
		if (open.isEmpty()) {
			scene.add(shape);
		} else {
			open.peek().add(shape);
		}
	}

	@Override
	public void fillRect(int x, int y, int w, int h, int rgb) {
		add(new Scene.Rect(x + dx, y + dy, w, h, rgb, -1, 0));
	}

	@Override
	public void drawRect(int x, int y, int w, int h, int rgb, int lineWidth) {
		add(new Scene.Rect(x + dx + lineWidth / 2.0, y + dy + lineWidth / 2.0, w - lineWidth, h - lineWidth, -1, rgb,
				lineWidth));
	}

	@Override
	public void fillOval(double x, double y, double w, double h, int rgb) {
		if (Math.abs(w - h) < 1e-6) {
			add(new Scene.Circle(x + dx + w / 2, y + dy + h / 2, w / 2, rgb, -1, 0));
		} else {
			add(new Scene.Ellipse(x + dx + w / 2, y + dy + h / 2, w / 2, h / 2, rgb));
		}
	}

	@Override
	public void fillPolygon(double[] xs, double[] ys, int rgb) {
		double[] px = new double[xs.length];
		double[] py = new double[ys.length];
		for (int k = 0; k < xs.length; k++) {
			px[k] = xs[k] + dx;
			py[k] = ys[k] + dy;
		}
		add(new Scene.Polygon(px, py, rgb));
	}

	@Override
	public void line(int x1, int y1, int x2, int y2, int rgb, int lineWidth) {
		add(new Scene.Line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, rgb, lineWidth));
	}

	@Override
	public void text(int x, int y, String text, int rgb, boolean bold) {
		add(new Scene.Text(x + dx, y + dy + ASCENT, text, FONT, Anchor.START, false, rgb, bold));
	}

	@Override
	public void centredText(int centreX, int y, String text, int rgb, boolean bold) {
		add(new Scene.Text(centreX + dx, y + dy + ASCENT, text, FONT, Anchor.MIDDLE, false, rgb, bold));
	}

	@Override
	public void beginClip(int x, int y, int w, int h) {
		begin(shapes -> new Scene.Clipped(x + dx, y + dy, w, h, shapes));
	}

	@Override
	public void endClip() {
		end();
	}

	@Override
	public void beginElement(String id, String tooltip) {
		begin(shapes -> new Scene.Group(id, tooltip, shapes));
	}

	@Override
	public void endElement() {
		end();
	}

	private void begin(Function<List<Scene.Shape>, Scene.Shape> closer) {
		open.push(new ArrayList<>());
		closers.push(closer);
	}

	private void end() {
		List<Scene.Shape> shapes = open.pop();
		add(closers.pop().apply(shapes));
	}
}
