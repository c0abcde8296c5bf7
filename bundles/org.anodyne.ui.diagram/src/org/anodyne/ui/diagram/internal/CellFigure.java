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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * A cell: its name, the orientation of its anode in words, the layers (child figures placed by the
 * cell's edit part) and, beside them, a dimension line and label for each layer; below, the scale.
 */
public final class CellFigure extends Figure {

	private static final int LABEL_GAP = 14;
	private CellStack stack;

	public CellFigure() {
		setLayoutManager(new XYLayout());
		setOpaque(false);
	}

	public CellStack stack() {
		return stack;
	}

	void show(CellStack newStack) {
		this.stack = newStack;
		setPreferredSize(new Dimension(newStack.size().width, newStack.size().height));
		revalidate();
		repaint();
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		paintTo(new GraphicsPainter(graphics));
	}

	/** Paints the caption, the dimension labels and the scale; the layers paint themselves. */
	public void paintTo(Painter p) {
		if (stack == null) {
			return;
		}
		Rectangle b = getBounds();
		int x = b.x + stack.stackX();
		p.text(x, b.y + 4, stack.title(), Colours.TEXT, true);
		boolean inverted = stack.orientation().startsWith("INVERTED");
		p.text(x, b.y + 24, stack.orientation(), inverted ? Colours.INVERTED : Colours.UPRIGHT, true);
		int lineX = x + stack.stackWidth() + 10;
		int lastTextBottom = Integer.MIN_VALUE;
		List<Slot> byHeight = new ArrayList<>(stack.slots());
		byHeight.sort(Comparator.comparingInt(slot -> slot.bounds().y));
		for (Slot slot : byHeight) {
			Rectangle r = slot.bounds();
			int lx = slot.role() == Role.METAL || slot.role() == Role.SURFACE_LAYER ? lineX + 5 : lineX;
			int top = b.y + r.y;
			int bottom = b.y + r.bottom();
			p.line(lx, top, lx, bottom, Colours.OUTLINE, 1);
			p.line(lx - 3, top, lx + 3, top, Colours.OUTLINE, 1);
			p.line(lx - 3, bottom, lx + 3, bottom, Colours.OUTLINE, 1);
			int textY = Math.max((top + bottom) / 2 - 7, lastTextBottom);
			p.text(lineX + 13, textY, slot.dimension(), Colours.TEXT, false);
			lastTextBottom = textY + LABEL_GAP;
		}
		int footer = b.y + b.height - CellStack.FOOTER + 10;
		if (stack.scaleBar() > 0) {
			p.line(x, footer + 4, x + stack.scaleBar(), footer + 4, Colours.TEXT, 2);
			p.line(x, footer, x, footer + 8, Colours.TEXT, 1);
			p.line(x + stack.scaleBar(), footer, x + stack.scaleBar(), footer + 8, Colours.TEXT, 1);
		}
		p.text(x, footer + 12, stack.scaleNote(), Colours.OUTLINE, false);
	}
}
