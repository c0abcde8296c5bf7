/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.deposition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Generators of fibre arrangements for carbon-cloth-like hosts, in metres.
 * <p>
 * Both layouts are symmetric about the mid-plane of the host, so that an inverted and an upright
 * electrode differ only in the side the pre-deposit sits on. Horizontal pitches are adjusted so
 * that a whole number of them fits the periodic width.
 */
public final class FibreLayouts {

	private FibreLayouts() {
	}

	/**
	 * A staggered (centred-rectangular) lattice: rows of fibres at the row pitch, every other row
	 * shifted by half the x-pitch.
	 *
	 * @param width         periodic width [m]
	 * @param hostThickness host thickness [m]
	 * @param diameter      fibre diameter [m]
	 * @param xPitch        centre distance within a row [m] (rounded to fit the width)
	 * @param rowPitch      distance between rows [m]
	 * @param substrate     substrate id of the fibres
	 */
	public static List<Fibre> staggeredLattice(double width, double hostThickness, double diameter, double xPitch,
			double rowPitch, String substrate) {
		requirePositive("width", width);
		requirePositive("host thickness", hostThickness);
		requirePositive("fibre diameter", diameter);
		requirePositive("x-pitch", xPitch);
		requirePositive("row pitch", rowPitch);
		int columns = Math.max(1, (int) Math.round(width / xPitch));
		double pitch = width / columns;
		if (pitch <= diameter) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"x-pitch %.3f µm (fitted to the width) does not exceed the fibre diameter %.3f µm", pitch * 1e6,
					diameter * 1e6));
		}
		int rows = (int) Math.floor(hostThickness / rowPitch + 1e-9);
		if (rows < 1) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"row pitch %.3f µm exceeds the host thickness %.3f µm", rowPitch * 1e6, hostThickness * 1e6));
		}
		double firstRow = 0.5 * (hostThickness - (rows - 1) * rowPitch);
		List<Fibre> out = new ArrayList<>(rows * columns);
		for (int r = 0; r < rows; r++) {
			double y = firstRow + r * rowPitch;
			double shift = (r % 2 == 1) ? 0.5 * pitch : 0.0;
			for (int c = 0; c < columns; c++) {
				out.add(new Fibre((c + 0.5) * pitch + shift, y, 0.5 * diameter, substrate));
			}
		}
		return out;
	}

	/**
	 * Row pitch that gives a staggered lattice the requested porosity:
	 * 1 − ε = (π d²/4)/(x-pitch · row pitch).
	 */
	public static double rowPitchForPorosity(double diameter, double xPitch, double porosity) {
		requirePositive("fibre diameter", diameter);
		requirePositive("x-pitch", xPitch);
		if (!(porosity > 0.0 && porosity < 1.0)) {
			throw new IllegalArgumentException("porosity must lie in (0, 1), got " + porosity);
		}
		return Math.PI * diameter * diameter / 4.0 / (xPitch * (1.0 - porosity));
	}

	/**
	 * Woven tows seen in cross-section: {@code layers} layers of tows across the host thickness,
	 * {@code round(width/towPitch)} tows per layer, alternate layers shifted by half a tow pitch.
	 * Each tow is an elliptical bundle of {@code fibresPerTow} fibres packed hexagonally with the
	 * given edge-to-edge gap; the ellipse keeps the aspect of the space a tow has (tow pitch by
	 * layer height) and is as small as the packing allows.
	 *
	 * @param width         periodic width [m]
	 * @param hostThickness host thickness [m]
	 * @param diameter      fibre diameter [m]
	 * @param fibresPerTow  fibres in one tow's cross-section
	 * @param towPitch      centre distance between tows in a layer [m] (rounded to fit the width)
	 * @param layers        tow layers across the thickness
	 * @param fibreGap      edge-to-edge gap between neighbouring fibres inside a tow [m]
	 * @param substrate     substrate id of the fibres
	 * @throws IllegalArgumentException if the fibres do not fit in the tow's space
	 */
	public static List<Fibre> tows(double width, double hostThickness, double diameter, int fibresPerTow,
			double towPitch, int layers, double fibreGap, String substrate) {
		requirePositive("width", width);
		requirePositive("host thickness", hostThickness);
		requirePositive("fibre diameter", diameter);
		requirePositive("tow pitch", towPitch);
		if (fibresPerTow < 1 || layers < 1) {
			throw new IllegalArgumentException("fibres per tow and tow layers must be >= 1, got " + fibresPerTow
					+ " and " + layers);
		}
		if (!(fibreGap >= 0.0)) {
			throw new IllegalArgumentException("fibre gap must be >= 0 m, got " + fibreGap);
		}
		int towsPerLayer = Math.max(1, (int) Math.round(width / towPitch));
		double pitch = width / towsPerLayer;
		double layerHeight = hostThickness / layers;
		double s = diameter + fibreGap;
		double aMax = 0.5 * pitch - 0.5 * s;
		double bMax = 0.5 * layerHeight - 0.5 * s;
		if (aMax <= 0.0 || bMax <= 0.0) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"a tow space of %.3f µm × %.3f µm cannot hold fibres of %.3f µm", pitch * 1e6, layerHeight * 1e6,
					diameter * 1e6));
		}
		List<double[]> offsets = hexagonalBundle(fibresPerTow, s, aMax, bMax);
		List<Fibre> out = new ArrayList<>(fibresPerTow * towsPerLayer * layers);
		for (int l = 0; l < layers; l++) {
			double yc = (l + 0.5) * layerHeight;
			double shift = (l % 2 == 1) ? 0.5 * pitch : 0.0;
			for (int t = 0; t < towsPerLayer; t++) {
				double xc = (t + 0.5) * pitch + shift;
				for (double[] o : offsets) {
					out.add(new Fibre(xc + o[0], yc + o[1], 0.5 * diameter, substrate));
				}
			}
		}
		return out;
	}

	/** Tows with two layers and a gap of a fifth of the fibre diameter. */
	public static List<Fibre> tows(double width, double hostThickness, double diameter, int fibresPerTow,
			double towPitch, String substrate) {
		return tows(width, hostThickness, diameter, fibresPerTow, towPitch, 2, 0.2 * diameter, substrate);
	}

	private static List<double[]> hexagonalBundle(int count, double s, double aMax, double bMax) {
		double rowStep = s * Math.sqrt(3.0) / 2.0;
		int nRows = (int) Math.floor(bMax / rowStep);
		int nCols = (int) Math.floor(aMax / s) + 1;
		List<double[]> candidates = new ArrayList<>();
		for (int r = -nRows; r <= nRows; r++) {
			double shift = (Math.abs(r) % 2 == 1) ? 0.5 * s : 0.0;
			for (int c = -nCols; c <= nCols; c++) {
				double x = c * s + shift;
				double y = r * rowStep;
				double e = (x / aMax) * (x / aMax) + (y / bMax) * (y / bMax);
				if (e <= 1.0 + 1e-12) {
					candidates.add(new double[]{x, y, e});
				}
			}
		}
		if (candidates.size() < count) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%d fibres per tow do not fit in a %.3f µm × %.3f µm tow (room for %d)", count, 2 * aMax * 1e6,
					2 * bMax * 1e6, candidates.size()));
		}
		// Taking the points nearest the centre in the elliptical metric fills the tow from the middle
		// and keeps the bundle symmetric under y -> -y whenever the count allows.
		candidates.sort(Comparator.<double[]>comparingDouble(p -> p[2]).thenComparingDouble(p -> p[1])
				.thenComparingDouble(p -> p[0]));
		return candidates.subList(0, count);
	}

	private static void requirePositive(String what, double value) {
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be a positive length in metres, got " + value);
		}
	}
}
