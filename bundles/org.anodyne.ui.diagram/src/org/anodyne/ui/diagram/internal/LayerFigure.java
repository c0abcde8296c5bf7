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

import java.util.List;

import org.anodyne.study.section.HostSection;
import org.anodyne.study.section.SolidBand;
import org.anodyne.study.section.SolidCircle;
import org.anodyne.study.section.SolidPolygon;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * One layer of the cell stack: counter electrode, separator, host (with the cross-section the solver
 * sees), pre-deposited metal (filling the host's pores from its face, or lying on a foil) or surface
 * layer. Painted through a {@link Painter}, so the SVG export draws the same picture.
 */
public final class LayerFigure extends Figure {

	private final Role role;
	private Slot slot;
	private double pixelsPerMicrometre = 1.0;
	private List<String> errors = List.of();
	private List<String> warnings = List.of();
	private DepositOverlay overlay;

	public LayerFigure(Role role) {
		this.role = role;
		setOpaque(false);
	}

	public Role role() {
		return role;
	}

	public Slot slot() {
		return slot;
	}

	/** The validator's errors on this element: outlined in red, and listed in the tooltip. */
	public List<String> errors() {
		return errors;
	}

	public boolean hasOverlay() {
		return overlay != null;
	}

	/** The result frame overlaid on a host, or null. */
	public DepositOverlay overlay() {
		return overlay;
	}

	/** Updates what the figure shows; the tooltip gives the label, the dimension and any findings. */
	void show(Slot newSlot, double scale, String label, List<String> newErrors, List<String> newWarnings,
			DepositOverlay newOverlay) {
		this.slot = newSlot;
		this.pixelsPerMicrometre = scale;
		this.errors = List.copyOf(newErrors);
		this.warnings = List.copyOf(newWarnings);
		this.overlay = newOverlay;
		setToolTip(new Label(tooltip(label)));
		repaint();
	}

	String tooltip(String label) {
		StringBuilder b = new StringBuilder(label == null ? "" : label);
		if (slot != null) {
			b.append('\n').append(slot.dimension());
			if (slot.note() != null) {
				b.append('\n').append(slot.note());
			}
		}
		errors.forEach(e -> b.append("\nError: ").append(e));
		warnings.forEach(w -> b.append("\nWarning: ").append(w));
		return b.toString();
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		paintTo(new GraphicsPainter(graphics));
	}

	/** Paints the layer within its bounds. */
	public void paintTo(Painter p) {
		Rectangle b = getBounds();
		switch (role) {
		case COUNTER_ELECTRODE -> {
			p.fillRect(b.x, b.y, b.width, b.height, Colours.COUNTER_ELECTRODE);
			String name = slot == null ? "counter electrode" : slot.dimension().replace(" (not to scale)", "");
			p.centredText(b.x + b.width / 2, b.y + b.height / 2 - 8, name, Colours.TEXT, false);
		}
		case SEPARATOR -> {
			p.fillRect(b.x, b.y, b.width, b.height, Colours.SEPARATOR);
			for (int x = b.x + 3; x < b.right(); x += 6) {
				p.line(x, b.y + 1, x, b.bottom() - 2, Colours.SEPARATOR_PORES, 1);
			}
		}
		case HOST -> paintHost(p, b);
		case METAL -> paintMetal(p, b);
		case SURFACE_LAYER -> p.fillRect(b.x, b.y, b.width, b.height, Colours.SURFACE_LAYER);
		}
		if (role != Role.SURFACE_LAYER) {
			p.drawRect(b.x, b.y, b.width, b.height, Colours.OUTLINE, 1);
		}
		if (!errors.isEmpty()) {
			p.drawRect(b.x - 1, b.y - 1, b.width + 2, b.height + 2, Colours.ERROR, 3);
		} else if (!warnings.isEmpty()) {
			p.drawRect(b.x, b.y, b.width, b.height, Colours.WARNING, 2);
		}
	}

	private void paintHost(Painter p, Rectangle b) {
		HostSection section = slot == null ? null : slot.section();
		if (section == null) {
			p.fillRect(b.x, b.y, b.width, b.height, Colours.PLAIN_HOST);
			for (int x = b.x - b.height; x < b.right(); x += 10) {
				int x0 = Math.max(b.x, x);
				int x1 = Math.min(b.right(), x + b.height);
				p.line(x0, b.bottom() - (x0 - x), x1, b.bottom() - (x1 - x), Colours.OUTLINE, 1);
			}
			return;
		}
		if (section.isPlanar()) {
			int colour = section.bands().isEmpty()
					? Colours.PLAIN_HOST
					: Colours.substrate(section.bands().get(0).substrate());
			p.fillRect(b.x, b.y, b.width, b.height, colour);
			return;
		}
		p.fillRect(b.x, b.y, b.width, b.height, Colours.ELECTROLYTE);
		paintSolids(p, b, null);
		if (overlay != null) {
			paintDeposit(p, b);
		}
	}

	/**
	 * The host's solids, repeated across the stack's width and clipped at its sides, so a fibre cut by
	 * the periodic edge shows as arcs on both sides; with a clip, only those touching it (the metal
	 * figure draws the fibres its metal surrounds).
	 */
	private void paintSolids(Painter p, Rectangle host, Rectangle clip) {
		HostSection s = slot.section();
		double sx = pixelsPerMicrometre;
		double sy = host.height / s.collectorThickness();
		int tiles = (int) Math.ceil(host.width / (s.width() * sx));
		Rectangle shown = clip == null ? host : host.getIntersection(clip);
		p.beginClip(shown.x, shown.y, shown.width, shown.height);
		for (int k = -1; k < tiles; k++) {
			for (SolidCircle c : s.circles()) {
				double cx = host.x + (c.x() + k * s.width()) * sx;
				double cy = slot.mirrored() ? host.y + c.y() * sy : host.bottom() - c.y() * sy;
				double rx = c.radius() * sx;
				double ry = c.radius() * sy;
				if (cx - rx > host.right() || cx + rx < host.x
						|| (clip != null && (cy + ry < clip.y || cy - ry > clip.bottom()))) {
					continue;
				}
				p.fillOval(cx - rx, cy - ry, 2 * rx, 2 * ry, Colours.substrate(c.substrate()));
			}
		}
		for (int k = -1; k < tiles; k++) {
			for (SolidPolygon polygon : s.polygons()) {
				double[] xs = new double[polygon.xs().size()];
				double[] ys = new double[xs.length];
				for (int v = 0; v < xs.length; v++) {
					xs[v] = host.x + (polygon.xs().get(v) + k * s.width()) * sx;
					ys[v] = slot.mirrored()
							? host.y + polygon.ys().get(v) * sy
							: host.bottom() - polygon.ys().get(v) * sy;
				}
				p.fillPolygon(xs, ys, Colours.substrate(polygon.substrate()));
			}
		}
		for (SolidBand band : s.bands()) {
			double top = slot.mirrored() ? host.y + band.bottom() * sy : host.bottom() - band.top() * sy;
			p.fillRect(host.x, (int) Math.round(top), host.width, (int) Math.round((band.top() - band.bottom()) * sy),
					Colours.substrate(band.substrate()));
		}
		p.endClip();
	}

	/** New metal of the overlaid result frame, cell by cell where a cell is at least half full. */
	private void paintDeposit(Painter p, Rectangle host) {
		double sx = pixelsPerMicrometre * overlay.spacingUm();
		double sy = (double) host.height / overlay.rows();
		int tiles = (int) Math.ceil(host.width / (overlay.nx() * sx));
		for (int j = 0; j < overlay.rows(); j++) {
			double y = slot.mirrored() ? host.y + j * sy : host.bottom() - (j + 1) * sy;
			for (int k = 0; k < tiles; k++) {
				for (int i = 0; i < overlay.nx(); i++) {
					if (overlay.at(i, j) >= DepositOverlay.SHOWN) {
						double x = host.x + (i + k * overlay.nx()) * sx;
						if (x < host.right()) {
							p.fillRect((int) Math.floor(x), (int) Math.floor(y), (int) Math.ceil(sx),
									(int) Math.ceil(sy),
									Colours.DEPOSIT);
						}
					}
				}
			}
		}
		p.text(host.x + 4, host.y + 2, "new metal, " + overlay.label(), Colours.DEPOSIT, true);
	}

	private void paintMetal(Painter p, Rectangle b) {
		p.fillRect(b.x, b.y, b.width, b.height, Colours.METAL);
		if (slot != null && slot.section() != null && !slot.section().isPlanar()) {
			Rectangle host = slot.host().getCopy().translate(b.x - slot.bounds().x, b.y - slot.bounds().y);
			paintSolids(p, host, b);
		}
		if (b.height >= 16 && slot != null && slot.anode() != null) {
			p.centredText(b.x + b.width / 2, b.y + b.height / 2 - 8, CellStack.metalName(slot.anode()) + " metal",
					Colours.METAL_TEXT, true);
		}
	}
}
