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

import java.util.Arrays;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of numbers with unit-bearing columns, one row per time step or cycle; stored as one CSV
 * file. Series are stored whole, however long: {@link #downsample(int)} thins them for display
 * without losing peaks.
 */
public final class Series {

	private final List<Column> columns;
	private final double[][] data;
	private final int rows;

	private Series(List<Column> columns, double[][] data, int rows) {
		this.columns = List.copyOf(columns);
		this.data = data;
		this.rows = rows;
	}

	/**
	 * A series from whole columns.
	 *
	 * @param columns the columns
	 * @param values  one array per column, all of the same length; taken over, not copied
	 */
	public static Series of(List<Column> columns, double[]... values) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a series needs at least one column");
		}
		if (values.length != columns.size()) {
			throw new IllegalArgumentException(columns.size() + " columns but " + values.length + " value arrays");
		}
		int rows = values[0].length;
		for (double[] v : values) {
			if (v.length != rows) {
				throw new IllegalArgumentException("columns of different lengths: " + rows + " and " + v.length);
			}
		}
		checkDistinctNames(columns);
		return new Series(columns, values, rows);
	}

	/** Starts a series row by row. */
	public static Builder builder(Column... columns) {
		return new Builder(List.of(columns));
	}

	/** Starts a series row by row. */
	public static Builder builder(List<Column> columns) {
		return new Builder(columns);
	}

	public List<Column> columns() {
		return columns;
	}

	public int rowCount() {
		return rows;
	}

	/** Index of the column with this name (unit ignored), or −1. */
	public int indexOf(String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** A copy of column {@code index}. */
	public double[] column(int index) {
		return Arrays.copyOf(data[index], rows);
	}

	/**
	 * A copy of the column with this name.
	 *
	 * @throws IllegalArgumentException if there is none
	 */
	public double[] column(String name) {
		int index = indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no column '" + name + "'; columns are " + columns);
		}
		return column(index);
	}

	public double value(int row, int column) {
		if (row < 0 || row >= rows) {
			throw new IndexOutOfBoundsException("row " + row + " of " + rows);
		}
		return data[column][row];
	}

	/**
	 * Thins the series to at most {@code maxRows} rows for display, keeping what a plot must show:
	 * the first and the last row, and in each of equal-count buckets of rows the rows holding the
	 * minimum and the maximum of every column after the first (the first column is taken as the
	 * abscissa). The global extremes of each column therefore survive exactly, and the rows kept stay
	 * in order.
	 *
	 * @param maxRows at least 2 + 2·(columns − 1)
	 */
	public Series downsample(int maxRows) {
		int ordinates = Math.max(1, columns.size() - 1);
		int perBucket = 2 + 2 * ordinates;
		if (maxRows < perBucket) {
			throw new IllegalArgumentException("cannot keep the extremes of " + ordinates + " columns in " + maxRows
					+ " rows; ask for at least " + perBucket);
		}
		if (rows <= maxRows) {
			return this;
		}
		int buckets = maxRows / perBucket;
		BitSet keep = new BitSet(rows);
		for (int b = 0; b < buckets; b++) {
			int from = (int) ((long) rows * b / buckets);
			int to = (int) ((long) rows * (b + 1) / buckets);
			keep.set(from);
			keep.set(to - 1);
			for (int c = 1; c < columns.size(); c++) {
				int min = from;
				int max = from;
				double[] v = data[c];
				for (int r = from + 1; r < to; r++) {
					// NaN never wins a comparison, so gaps do not hide real extremes.
					if (v[r] < v[min] || Double.isNaN(v[min])) {
						min = r;
					}
					if (v[r] > v[max] || Double.isNaN(v[max])) {
						max = r;
					}
				}
				keep.set(min);
				keep.set(max);
			}
		}
		int kept = keep.cardinality();
		double[][] thin = new double[columns.size()][kept];
		int k = 0;
		for (int r = keep.nextSetBit(0); r >= 0; r = keep.nextSetBit(r + 1)) {
			for (int c = 0; c < columns.size(); c++) {
				thin[c][k] = data[c][r];
			}
			k++;
		}
		return new Series(columns, thin, kept);
	}

	/** Volts below which a voltage is shown in millivolts. */
	public static final double MILLIVOLT_BELOW = 0.5;

	/**
	 * The series for showing: each column after the first in volts whose typical value (the median
	 * magnitude) is below {@value #MILLIVOLT_BELOW} V given in mV instead, so a symmetric cell's
	 * ±70 mV reads as such and shares its axis with the overpotentials, which are in mV; a full cell's
	 * 3.4 V stays in V. The rule of the IDE's charts and of the result pictures alike.
	 */
	public Series smallVoltsInMillivolts() {
		List<Column> shown = new ArrayList<>(columns);
		double[][] values = new double[columns.size()][];
		boolean changed = false;
		for (int c = 0; c < columns.size(); c++) {
			values[c] = column(c);
			if (c > 0 && "V".equals(columns.get(c).unit()) && medianMagnitude(values[c]) < MILLIVOLT_BELOW) {
				double[] mv = values[c];
				for (int r = 0; r < mv.length; r++) {
					mv[r] = Column.millivolts(mv[r]);
				}
				shown.set(c, new Column(columns.get(c).name(), "mV"));
				changed = true;
			}
		}
		return changed ? of(shown, values) : this;
	}

	private static double medianMagnitude(double[] v) {
		double[] a = Arrays.stream(v).filter(Double::isFinite).map(Math::abs).sorted().toArray();
		return a.length == 0 ? Double.NaN : a[a.length / 2];
	}

	/** Linear in the number of columns: a hostile file may have a hundred thousand. */
	static void checkDistinctNames(List<Column> columns) {
		Map<String, Integer> seen = new HashMap<>();
		for (int k = 0; k < columns.size(); k++) {
			Integer earlier = seen.putIfAbsent(columns.get(k).name(), k);
			if (earlier != null) {
				throw new IllegalArgumentException(
						"columns " + (earlier + 1) + " and " + (k + 1) + " have the same name");
			}
		}
	}

	/** Collects rows; not thread safe. */
	public static final class Builder {
		private final List<Column> columns;
		private double[][] data;
		private int rows;

		private Builder(List<Column> columns) {
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("a series needs at least one column");
			}
			checkDistinctNames(columns);
			this.columns = List.copyOf(columns);
			this.data = new double[columns.size()][16];
		}

		/** Appends a row; one value per column, in column order. */
		public Builder add(double... row) {
			if (row.length != columns.size()) {
				throw new IllegalArgumentException(
						"row has " + row.length + " values for " + columns.size() + " columns");
			}
			if (rows == data[0].length) {
				for (int c = 0; c < data.length; c++) {
					data[c] = Arrays.copyOf(data[c], rows * 2);
				}
			}
			for (int c = 0; c < row.length; c++) {
				data[c][rows] = row[c];
			}
			rows++;
			return this;
		}

		public int rowCount() {
			return rows;
		}

		public Series build() {
			double[][] exact = new double[data.length][];
			for (int c = 0; c < data.length; c++) {
				exact[c] = Arrays.copyOf(data[c], rows);
			}
			return new Series(columns, exact, rows);
		}
	}
}
