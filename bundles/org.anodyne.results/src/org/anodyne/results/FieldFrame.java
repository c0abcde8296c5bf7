/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 2D fields of one instant on a uniform cell-centred grid: named scalar arrays with units (the
 * salt concentration, the electrolyte potential, the plating current density, the metal fill …)
 * and byte masks with a legend (which cells are electrolyte, separator, fibre, metal).
 * <p>
 * Cell (i, j) is at index {@code j * nx + i}; row 0 is at the bottom wall and y grows upward, x runs
 * across the periodic width. Stored as a VTK legacy STRUCTURED_POINTS file with CELL_DATA (see the
 * bundle's README), which ParaView, VisIt and Python's meshio/pyvista open as they are.
 */
public final class FieldFrame {

	/**
	 * A scalar field.
	 *
	 * @param name   identifier-like name without whitespace or brackets, e.g. {@code concentration}
	 * @param unit   unit without whitespace, e.g. {@code mol/L}; {@value Column#DIMENSIONLESS} if none
	 * @param values one value per cell; NaN where the quantity has no meaning (inside solids)
	 */
	public record FieldArray(String name, String unit, float[] values) {
		public FieldArray {
			checkToken(name, "array name");
			checkToken(unit, "unit of " + name);
			Objects.requireNonNull(values, "values");
		}
	}

	/**
	 * A classification of the cells.
	 *
	 * @param name   identifier-like name, e.g. {@code kind}
	 * @param codes  one code per cell, 0–255 as unsigned bytes
	 * @param legend meaning of each code: entry k describes code k; may be empty when read from a field
	 *               file alone (the study's summary.json carries the legend)
	 */
	public record FieldMask(String name, byte[] codes, List<String> legend) {
		public FieldMask {
			checkToken(name, "mask name");
			Objects.requireNonNull(codes, "codes");
			legend = List.copyOf(legend);
		}

		/** The meaning of a code, if the legend names it. */
		public Optional<String> meaning(int code) {
			return code >= 0 && code < legend.size() ? Optional.of(legend.get(code)) : Optional.empty();
		}
	}

	private final int nx;
	private final int ny;
	private final double spacingUm;
	private final double timeSeconds;
	private final String label;
	private final List<FieldArray> arrays;
	private final List<FieldMask> masks;

	private FieldFrame(Builder b) {
		this.nx = b.nx;
		this.ny = b.ny;
		this.spacingUm = b.spacingUm;
		this.timeSeconds = b.timeSeconds;
		this.label = b.label;
		this.arrays = List.copyOf(b.arrays);
		this.masks = List.copyOf(b.masks);
	}

	/**
	 * Starts a frame.
	 *
	 * @param nx        cells across
	 * @param ny        cells from the bottom wall to the top
	 * @param spacingUm cell size [µm]
	 */
	public static Builder builder(int nx, int ny, double spacingUm) {
		return new Builder(nx, ny, spacingUm);
	}

	public int nx() {
		return nx;
	}

	public int ny() {
		return ny;
	}

	/** Cell size h [µm]. */
	public double spacingUm() {
		return spacingUm;
	}

	/** Simulated time of the instant [s]. */
	public double timeSeconds() {
		return timeSeconds;
	}

	/** A short description, e.g. "after 1.00 mAh/cm2"; may be empty. */
	public String label() {
		return label;
	}

	public List<FieldArray> arrays() {
		return arrays;
	}

	public List<FieldMask> masks() {
		return masks;
	}

	/** The array of this name, if present. */
	public Optional<FieldArray> array(String name) {
		return arrays.stream().filter(a -> a.name().equals(name)).findFirst();
	}

	/** The mask of this name, if present. */
	public Optional<FieldMask> mask(String name) {
		return masks.stream().filter(m -> m.name().equals(name)).findFirst();
	}

	/** A copy of this frame whose masks carry the given legends (by mask name); others are kept. */
	public FieldFrame withLegends(java.util.Map<String, List<String>> legends) {
		Builder b = new Builder(nx, ny, spacingUm).time(timeSeconds).label(label);
		b.arrays.addAll(arrays);
		for (FieldMask m : masks) {
			List<String> legend = legends.getOrDefault(m.name(), m.legend());
			b.masks.add(new FieldMask(m.name(), m.codes(), legend));
		}
		return b.build();
	}

	static void checkToken(String text, String what) {
		Objects.requireNonNull(text, what);
		if (text.isEmpty()) {
			throw new IllegalArgumentException(what + " is empty");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '[' || c == ']' || c == '"' || c < 0x20) {
				throw new IllegalArgumentException(what + " '" + text
						+ "' may not contain whitespace, brackets or quotes (VTK array names cannot)");
			}
		}
	}

	/** Collects the arrays of one frame. */
	public static final class Builder {
		private final int nx;
		private final int ny;
		private final double spacingUm;
		private double timeSeconds;
		private String label = "";
		private final List<FieldArray> arrays = new ArrayList<>();
		private final List<FieldMask> masks = new ArrayList<>();

		private Builder(int nx, int ny, double spacingUm) {
			if (nx < 1 || ny < 1) {
				throw new IllegalArgumentException("a field needs at least one cell each way, got " + nx + " × " + ny);
			}
			if ((long) nx * ny > Integer.MAX_VALUE / 4) {
				throw new IllegalArgumentException("field of " + nx + " × " + ny + " cells is too large");
			}
			if (!(spacingUm > 0) || Double.isInfinite(spacingUm)) {
				throw new IllegalArgumentException("cell size must be positive and finite, got " + spacingUm + " µm");
			}
			this.nx = nx;
			this.ny = ny;
			this.spacingUm = spacingUm;
		}

		/** Simulated time [s]. */
		public Builder time(double seconds) {
			this.timeSeconds = seconds;
			return this;
		}

		public Builder label(String text) {
			this.label = text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
			return this;
		}

		/** Adds a scalar array; values are stored as 32-bit floats. */
		public Builder array(String name, String unit, double[] values) {
			float[] f = new float[values.length];
			for (int k = 0; k < values.length; k++) {
				f[k] = (float) values[k];
			}
			return array(name, unit, f);
		}

		/** Adds a scalar array; the array is taken over, not copied. */
		public Builder array(String name, String unit, float[] values) {
			checkLength(name, values.length);
			checkUnique(name);
			arrays.add(new FieldArray(name, unit, values));
			return this;
		}

		/** Adds a mask with its legend (entry k names code k). */
		public Builder mask(String name, byte[] codes, List<String> legend) {
			checkLength(name, codes.length);
			checkUnique(name);
			masks.add(new FieldMask(name, Arrays.copyOf(codes, codes.length), legend));
			return this;
		}

		private void checkLength(String name, int length) {
			if (length != nx * ny) {
				throw new IllegalArgumentException(
						"array '" + name + "' has " + length + " values for " + nx + " × " + ny
								+ " = " + nx * ny + " cells");
			}
		}

		private void checkUnique(String name) {
			if (arrays.stream().anyMatch(a -> a.name().equals(name))
					|| masks.stream().anyMatch(m -> m.name().equals(name))) {
				throw new IllegalArgumentException("field '" + name + "' added twice");
			}
		}

		public FieldFrame build() {
			return new FieldFrame(this);
		}
	}
}
