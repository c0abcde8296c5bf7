/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.Column;
import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.Series;

/**
 * CSV series: UTF-8, comma-separated, one header line of {@code name [unit]} columns, then one line
 * of numbers per row. Numbers use the shortest text that reads back to the same double (integral
 * values without a fraction); missing values are {@code NaN}, infinities {@code Infinity} and
 * {@code -Infinity}, which spreadsheet tools, numpy and pandas all read.
 */
public final class Csv {

	private Csv() {
	}

	/** The header line, without line break. */
	public static String header(List<Column> columns) {
		StringBuilder b = new StringBuilder();
		for (Column c : columns) {
			if (!b.isEmpty()) {
				b.append(',');
			}
			b.append(c.header());
		}
		return b.toString();
	}

	/** Writes one row, with line break. */
	public static void row(Writer out, double[] values) throws IOException {
		StringBuilder b = new StringBuilder(values.length * 12);
		for (int c = 0; c < values.length; c++) {
			if (c > 0) {
				b.append(',');
			}
			number(b, values[c]);
		}
		out.append(b).append('\n');
	}

	/** Writes a whole series (header and rows). */
	public static void write(Series series, Writer out) throws IOException {
		out.append(header(series.columns())).append('\n');
		int columns = series.columns().size();
		double[] row = new double[columns];
		for (int r = 0; r < series.rowCount(); r++) {
			for (int c = 0; c < columns; c++) {
				row[c] = series.value(r, c);
			}
			row(out, row);
		}
	}

	static void number(StringBuilder b, double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			b.append((long) v);
		} else {
			// Double.toString is the shortest text that reads back exactly; NaN and Infinity included.
			b.append(v);
		}
	}

	/** Reads a CSV series file written by {@link #write}. */
	public static Series read(Path file) throws IOException {
		Path checked = ResultFiles.checked(file, "a series file", ResultFiles.MAX_SERIES_BYTES);
		try (BufferedReader in = Files.newBufferedReader(checked, StandardCharsets.UTF_8)) {
			String header = in.readLine();
			if (header == null) {
				throw new ResultsFormatException(file,
						"empty file; expected a header line such as 'time [h],voltage [mV]'");
			}
			if (header.startsWith("\uFEFF")) {
				header = header.substring(1);
			}
			String[] headers = header.split(",", -1);
			if (headers.length > ResultFiles.MAX_COLUMNS) {
				throw new ResultsFormatException(file, "line 1: " + headers.length + " columns, more than the "
						+ ResultFiles.MAX_COLUMNS + " a series may have");
			}
			List<Column> columns = new ArrayList<>();
			for (int k = 0; k < headers.length; k++) {
				try {
					columns.add(Column.parse(headers[k]));
				} catch (IllegalArgumentException e) {
					// The header is not quoted: the file may be anything a link pointed at.
					throw new ResultsFormatException(file, "line 1, column " + (k + 1)
							+ ": not a column header of the form 'name [unit]', as in 'time [h]'");
				}
			}
			Series.Builder series;
			try {
				series = Series.builder(columns);
			} catch (IllegalArgumentException e) {
				throw new ResultsFormatException(file, "line 1: " + e.getMessage());
			}
			double[] row = new double[columns.size()];
			String line;
			int number = 1;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isEmpty()) {
					continue;
				}
				int field = 0;
				int start = 0;
				for (int i = 0; i <= line.length(); i++) {
					if (i == line.length() || line.charAt(i) == ',') {
						if (field >= row.length) {
							throw new ResultsFormatException(file, "line " + number + ": more than the " + row.length
									+ " values the header names");
						}
						row[field] = parse(file, number, field + 1, line.substring(start, i));
						field++;
						start = i + 1;
					}
				}
				if (field != row.length) {
					throw new ResultsFormatException(file, "line " + number + ": " + field + " values for "
							+ row.length + " columns");
				}
				series.add(row);
			}
			return series.build();
		}
	}

	private static double parse(Path file, int line, int column, String text) throws ResultsFormatException {
		String t = text.strip();
		switch (t) {
		case "NaN", "nan", "" :
			return Double.NaN;
		case "Infinity", "inf" :
			return Double.POSITIVE_INFINITY;
		case "-Infinity", "-inf" :
			return Double.NEGATIVE_INFINITY;
		default :
			try {
				// Double.parseDouble also accepts hex floats and a trailing 'd'/'f'; refuse those oddities.
				char last = t.charAt(t.length() - 1);
				if (!Character.isDigit(last) && last != '.') {
					throw new NumberFormatException();
				}
				return Double.parseDouble(t);
			} catch (NumberFormatException e) {
				throw new ResultsFormatException(file, "line " + line + ", column " + column + ": not a number");
			}
		}
	}
}
