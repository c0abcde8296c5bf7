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

import java.util.Arrays;

/** A growable list of boundary pieces in one cell's local coordinates (origin at its lower-left corner). */
final class Pieces {

	int size;
	double[] xdy = new double[8];
	double[] length = new double[8];
	double[] midX = new double[8];
	double[] midY = new double[8];
	/** Unit normal pointing into the solid. */
	double[] normalX = new double[8];
	double[] normalY = new double[8];
	/** Signed distance from the cell centre to the boundary, positive when the centre lies in the fluid. */
	double[] distance = new double[8];

	void clear() {
		size = 0;
	}

	void add(double xdyValue, double len, double mx, double my, double nx, double ny, double dist) {
		if (size == length.length) {
			int cap = 2 * size;
			xdy = Arrays.copyOf(xdy, cap);
			length = Arrays.copyOf(length, cap);
			midX = Arrays.copyOf(midX, cap);
			midY = Arrays.copyOf(midY, cap);
			normalX = Arrays.copyOf(normalX, cap);
			normalY = Arrays.copyOf(normalY, cap);
			distance = Arrays.copyOf(distance, cap);
		}
		xdy[size] = xdyValue;
		length[size] = len;
		midX[size] = mx;
		midY[size] = my;
		normalX[size] = nx;
		normalY[size] = ny;
		distance[size] = dist;
		size++;
	}

	/** A growable list of doubles. */
	static final class Doubles {
		private double[] values = new double[8];
		private int size;

		void add(double v) {
			if (size == values.length) {
				values = Arrays.copyOf(values, 2 * size);
			}
			values[size++] = v;
		}

		void clear() {
			size = 0;
		}

		/** Sorts the values in place (the cut queries run every step and keep no copy). */
		void sort() {
			Arrays.sort(values, 0, size);
		}

		int size() {
			return size;
		}

		double get(int index) {
			return values[index];
		}
	}
}
