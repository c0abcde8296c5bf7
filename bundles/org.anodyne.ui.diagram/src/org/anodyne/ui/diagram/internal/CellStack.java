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
import java.util.List;
import java.util.Optional;

import org.anodyne.model.Anode;
import org.anodyne.model.Cell;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Foil;
import org.anodyne.model.Orientation;
import org.anodyne.model.Separator;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.edit.DesignLabels;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.units.Units;
import org.anodyne.study.section.CrossSections;
import org.anodyne.study.section.HostSection;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * A cell laid out as a vertical stack, top to bottom: the counter electrode (or a symmetric cell's
 * counter anode, turned so that its separator face is down), the separator, and the anode, whose
 * host shows its cross-section with the pre-deposited metal on the face its orientation gives.
 * Heights follow the {@link StackScale}; widths are the cross-section's periodic width to scale,
 * repeated until the stack is wide enough to read.
 *
 * @param slots        the elements in drawing order (later ones on top)
 * @param stackX       left edge of the stack
 * @param stackWidth   width of the stack [px]
 * @param size         width and height of the whole cell figure, labels included
 * @param title        the cell's name
 * @param orientation  the anode's orientation stated in words
 * @param scaleNote    what the vertical scale is
 * @param scaleBar     pixels of the 100 µm scale bar, 0 on the compressed scale
 */
public record CellStack(List<Slot> slots, int stackX, int stackWidth, Rectangle size, String title, String orientation,
		String scaleNote, int scaleBar) {

	static final int CAPTION = 56;
	static final int LEFT = 12;
	static final int LABELS = 270;
	static final int FOOTER = 44;
	/** Height of a counter electrode, whose thickness the model does not give. */
	static final int COUNTER_HEIGHT = 48;
	/** Height of a surface layer (tens to hundreds of nanometres: drawn not to scale). */
	static final int LAYER_HEIGHT = 4;
	static final int MIN_STACK_WIDTH = 180;
	static final double DEFAULT_WIDTH_UM = 100.0;

	/** The stack of a cell on a scale. */
	public static CellStack of(Cell cell, StackScale scale) {
		return new Builder(cell, scale).build();
	}

	/** The slot of an element, if it is drawn. */
	public Optional<Slot> slotOf(Object element) {
		return slots.stream().filter(s -> s.element() == element).findFirst();
	}

	/** The total thickness of a cell's stack to scale [µm], for choosing a scale that fits. */
	public static double thicknessOf(Cell cell) {
		double t = 0.0;
		if (cell.getSeparator() != null) {
			t += cell.getSeparator().getThickness();
		}
		for (Anode anode : new Anode[]{cell.getAnode(), cell.getCounterAnode()}) {
			if (anode != null && anode.getCollector() != null) {
				t += anode.getCollector().getThickness();
				if (isPlanar(anode.getCollector())) {
					t += CrossSections.preDepositThickness(anode, MetalRegistry.getDefault());
				}
			}
		}
		return t;
	}

	static boolean isPlanar(CurrentCollector collector) {
		return collector instanceof Foil || collector.getPorosity() <= 0.0;
	}

	/** The anode's metal as a symbol-like name: {@code li} reads "Li". */
	static String metalName(Anode anode) {
		String id = anode.getMetal();
		return id == null || id.isEmpty() ? "Metal" : Character.toUpperCase(id.charAt(0)) + id.substring(1);
	}

	/** The orientation of an anode as the figure states it. */
	static String orientationText(Anode anode) {
		String text = anode.getOrientation() == Orientation.INVERTED
				? "INVERTED: metal away from the separator"
				: "UPRIGHT: metal against the separator";
		return anode.getCollector() instanceof Foil ? text + " (no effect on a foil)" : text;
	}

	private static final class Builder {
		private final Cell cell;
		private final StackScale scale;
		private final List<Slot> slots = new ArrayList<>();
		private final int x = LEFT;
		private int width;

		Builder(Cell cell, StackScale scale) {
			this.cell = cell;
			this.scale = scale;
		}

		CellStack build() {
			Anode anode = cell.getAnode();
			Section bottom = anode == null ? null : section(anode);
			Section top = cell.getCounterAnode() == null ? null : section(cell.getCounterAnode());
			double widthUm = bottom != null && bottom.host != null ? bottom.host.width() : DEFAULT_WIDTH_UM;
			double oneWidth = widthUm * scale.pixelsPerMicrometre();
			int tiles = (int) Math.max(1, Math.ceil(MIN_STACK_WIDTH / oneWidth));
			width = (int) Math.round(oneWidth * tiles);

			double y = CAPTION;
			if (top != null) {
				y += blockHeight(top);
				block(top, y, true);
			} else if (cell.getCounterElectrode() != null) {
				CounterElectrode counter = cell.getCounterElectrode();
				String name = counter.getName() == null || counter.getName().isBlank()
						? "counter electrode"
						: counter.getName();
				slots.add(new Slot(counter, Role.COUNTER_ELECTRODE, new Rectangle(x, (int) y, width, COUNTER_HEIGHT),
						null,
						null, null, false, false, name + " (not to scale)", null));
				y += COUNTER_HEIGHT;
			}
			Separator separator = cell.getSeparator();
			if (separator != null) {
				double h = scale.height(separator.getThickness());
				slots.add(new Slot(separator, Role.SEPARATOR, rect(y, y + h), null, null, null, false, true,
						"separator " + Units.format(separator.getThickness(), "um"), null));
				y += h;
			}
			if (bottom != null) {
				block(bottom, y, false);
				y += blockHeight(bottom);
			}
			int height = (int) Math.round(y) + FOOTER;
			String title = cell.getName() == null || cell.getName().isBlank() ? "Cell" : cell.getName();
			String orientation = anode == null ? "no anode" : orientationText(anode);
			String note = scale.compressed()
					? "thickness on a compressed (log) scale; width to scale"
					: "to scale: the bar is 100 µm";
			int bar = scale.compressed() ? 0 : (int) Math.round(100.0 * scale.pixelsPerMicrometre());
			// Orders hosts first so the metal filling their pores and the layers on their faces are drawn over them.
			slots.sort((a, b) -> Integer.compare(a.role().ordinal(), b.role().ordinal()));
			return new CellStack(List.copyOf(slots), x, width, new Rectangle(0, 0, x + width + LABELS, height), title,
					orientation, note, bar);
		}

		private Rectangle rect(double from, double to) {
			int y0 = (int) Math.round(from);
			int y1 = (int) Math.round(to);
			return new Rectangle(x, y0, width, Math.max(1, y1 - y0));
		}

		private Section section(Anode anode) {
			CurrentCollector collector = anode.getCollector();
			if (collector == null) {
				return null;
			}
			double dense = CrossSections.preDepositThickness(anode, MetalRegistry.getDefault());
			try {
				Optional<HostSection> host = CrossSections.describe(anode);
				String note = host.isPresent()
						? null
						: "no geometry generator for " + DesignLabels.words(collector.eClass().getName())
								+ ": drawn as a plain layer";
				return new Section(anode, collector, host.orElse(null), dense, note);
			} catch (IllegalArgumentException e) {
				return new Section(anode, collector, null, dense, "cannot be laid out: " + e.getMessage());
			}
		}

		private double blockHeight(Section s) {
			double h = scale.height(s.collector.getThickness());
			return s.planar() ? h + scale.height(s.dense) : h;
		}

		/**
		 * The slots of an anode: distances d are measured from the separator face into the anode,
		 * down for the anode below the separator, up for a counter anode above it.
		 */
		private void block(Section s, double face, boolean mirrored) {
			double t = s.collector.getThickness();
			boolean inverted = s.anode.getOrientation() == Orientation.INVERTED;
			double host = scale.height(t);
			double metalFrom;
			double metalTo;
			double hostFrom;
			if (s.planar()) {
				double metal = scale.height(s.dense);
				hostFrom = inverted ? 0.0 : metal;
				metalFrom = inverted ? host : 0.0;
				metalTo = metalFrom + metal;
			} else {
				hostFrom = 0.0;
				double depth = t > 0 ? host * Math.min(1.0, s.depth() / t) : 0.0;
				metalFrom = inverted ? host - depth : 0.0;
				metalTo = inverted ? host : depth;
			}
			Rectangle hostRect = span(face, hostFrom, hostFrom + host, mirrored);
			String kind = DesignLabels.words(s.collector.eClass().getName());
			slots.add(new Slot(s.collector, Role.HOST, hostRect, s.anode, hostRect, s.host, mirrored, true,
					kind + " " + Units.format(t, "um"), s.note));
			if (s.dense > 0.0) {
				slots.add(new Slot(s.anode, Role.METAL, span(face, metalFrom, metalTo, mirrored), s.anode, hostRect,
						s.host, mirrored, true,
						metalName(s.anode) + " " + Units.format(s.anode.getPreDepositLoading(), "mAh/cm2")
								+ " = " + Units.format(round(s.dense), "um") + " dense",
						null));
			}
			SurfaceLayer layer = s.anode.getSurfaceLayer();
			if (layer != null) {
				// The layer coats the pre-deposit face: where the metal meets the host.
				double at = inverted ? host - LAYER_HEIGHT : hostFrom;
				slots.add(new Slot(layer, Role.SURFACE_LAYER, span(face, at, at + LAYER_HEIGHT, mirrored), s.anode,
						hostRect, null, mirrored, false, (layer.getSubstrate() == null ? "layer" : layer.getSubstrate())
								+ " " + Units.format(layer.getThickness(), "nm") + " (not to scale)",
						null));
			}
		}

		private Rectangle span(double face, double from, double to, boolean mirrored) {
			return mirrored ? rect(face - to, face - from) : rect(face + from, face + to);
		}

		private static double round(double value) {
			return Math.round(value * 10.0) / 10.0;
		}
	}

	/** An anode's host as the builder needs it. */
	private record Section(Anode anode, CurrentCollector collector, HostSection host, double dense, String note) {
		boolean planar() {
			return host != null ? host.isPlanar() : isPlanar(collector);
		}

		double depth() {
			if (host != null) {
				return host.preDepositDepth();
			}
			double porosity = collector.getPorosity();
			return porosity > 0 ? dense / porosity : dense;
		}
	}
}
