package org.anodyne.ui.diagram.internal;

import org.anodyne.results.picture.SvgWriter;

/** Paints into an SVG document, shifted so the exported figure's top-left corner is the origin. */
public final class SvgPainter implements Painter {

	/** SVG places text by its baseline, Draw2d by its top: the ascent of the 12 px font between them. */
	private static final int ASCENT = 12;

	private final SvgWriter svg;
	private final int dx;
	private final int dy;

	public SvgPainter(SvgWriter svg, int originX, int originY) {
		this.svg = svg;
		this.dx = -originX;
		this.dy = -originY;
	}

	@Override
	public void fillRect(int x, int y, int w, int h, int rgb) {
		svg.rect(x + dx, y + dy, w, h, rgb, -1, 0);
	}

	@Override
	public void drawRect(int x, int y, int w, int h, int rgb, int lineWidth) {
		svg.rect(x + dx + lineWidth / 2.0, y + dy + lineWidth / 2.0, w - lineWidth, h - lineWidth, -1, rgb, lineWidth);
	}

	@Override
	public void fillOval(double x, double y, double w, double h, int rgb) {
		if (Math.abs(w - h) < 1e-6) {
			svg.circle(x + dx + w / 2, y + dy + h / 2, w / 2, rgb, -1, 0);
		} else {
			svg.ellipse(x + dx + w / 2, y + dy + h / 2, w / 2, h / 2, rgb);
		}
	}

	@Override
	public void line(int x1, int y1, int x2, int y2, int rgb, int lineWidth) {
		svg.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, rgb, lineWidth);
	}

	@Override
	public void text(int x, int y, String text, int rgb, boolean bold) {
		svg.text(x + dx, y + dy + ASCENT, "start", rgb, bold, text);
	}

	@Override
	public void centredText(int centreX, int y, String text, int rgb, boolean bold) {
		svg.text(centreX + dx, y + dy + ASCENT, "middle", rgb, bold, text);
	}

	@Override
	public void beginElement(String id, String tooltip) {
		svg.group(id, tooltip);
	}

	@Override
	public void endElement() {
		svg.end();
	}
}
