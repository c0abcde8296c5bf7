package org.anodyne.ui.diagram.internal;

/**
 * What the diagram's figures draw with: the screen's Draw2d graphics or an SVG file, so the picture
 * on screen and the exported SVG come from the same painting code. Coordinates are the figures'
 * pixels; colours 0xRRGGBB; text is placed by its top-left corner (or top-centre).
 */
public interface Painter {

	void fillRect(int x, int y, int w, int h, int rgb);

	void drawRect(int x, int y, int w, int h, int rgb, int lineWidth);

	void fillOval(double x, double y, double w, double h, int rgb);

	void line(int x1, int y1, int x2, int y2, int rgb, int lineWidth);

	void text(int x, int y, String text, int rgb, boolean bold);

	void centredText(int centreX, int y, String text, int rgb, boolean bold);

	/** Starts the drawing of one diagram element (an SVG group with its tooltip as title). */
	default void beginElement(String id, String tooltip) {
	}

	default void endElement() {
	}
}
