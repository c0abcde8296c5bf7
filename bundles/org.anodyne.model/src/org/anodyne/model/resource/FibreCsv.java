/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Reads the fibre table of an {@link ExplicitFibres} collector: a CSV file with the header
 * {@value #HEADER} and one fibre per line (µm; origin at the bottom-left of the host; x periodic;
 * substrate empty for the collector's; covered {@code true}/{@code false} or {@code 1}/{@code 0}).
 * Sizes are bounded ({@value #MAX_ROWS} rows, {@value #MAX_LINE} characters a line) so that a wrong
 * file cannot exhaust memory; every row is checked, and the first bad one is reported with its
 * line and column.
 */
public final class FibreCsv {

	/** The header line, exactly (case-insensitive, spaces around commas allowed). */
	public static final String HEADER = "x_um,y_um,r_um,substrate,covered";
	/** Most fibre rows a file may hold. */
	public static final int MAX_ROWS = 100_000;
	/** Longest line accepted [characters]. */
	public static final int MAX_LINE = 1_000;

	private static final String[] COLUMNS = HEADER.split(",");
	private static final Pattern SUBSTRATE = Pattern.compile("[A-Za-z0-9_.\\-]*");

	/**
	 * One fibre row.
	 *
	 * @param line      1-based line number in the file
	 * @param x         centre x [µm]
	 * @param y         centre y [µm]
	 * @param radius    [µm], positive
	 * @param substrate substrate id, empty for the collector's
	 * @param covered   metal-covered surface
	 */
	public record Row(int line, double x, double y, double radius, String substrate, boolean covered) {
	}

	/** A malformed fibre file: the message names the file, line and column. */
	public static final class FormatException extends IOException {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		FormatException(String source, int line, int column, String message) {
			super(source + ": line " + line
					+ (column > 0 ? ", column " + column + " (" + COLUMNS[column - 1] + ")" : "")
					+ ": " + message);
			this.line = line;
			this.column = column;
		}

		/** 1-based line. */
		public int line() {
			return line;
		}

		/** 1-based column, 0 when the whole line is at fault. */
		public int column() {
			return column;
		}
	}

	private FibreCsv() {
	}

	/** Reads a fibre file (UTF-8). */
	public static List<Row> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString());
		}
	}

	/**
	 * Reads fibre rows.
	 *
	 * @param source name of the file for messages
	 * @throws FormatException naming line and column of the first bad row
	 */
	public static List<Row> read(Reader reader, String source) throws IOException {
		BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
		List<Row> rows = new ArrayList<>();
		int lineNumber = 0;
		boolean header = false;
		String line;
		while ((line = boundedLine(in, source, lineNumber + 1)) != null) {
			lineNumber++;
			if (lineNumber == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				continue;
			}
			if (!header) {
				String normalised = line.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
				if (!normalised.equals(HEADER)) {
					throw new FormatException(source, lineNumber, 0,
							"the header must be '" + HEADER + "', found '" + abbreviate(line) + "'");
				}
				header = true;
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				throw new FormatException(source, lineNumber, 0, "more than " + MAX_ROWS + " fibre rows");
			}
			rows.add(row(line, lineNumber, source));
		}
		if (!header) {
			throw new FormatException(source, Math.max(1, lineNumber), 0, "the file is empty; it needs the header '"
					+ HEADER + "' and one line per fibre");
		}
		return rows;
	}

	private static Row row(String line, int lineNumber, String source) throws FormatException {
		String[] fields = line.split(",", -1);
		if (fields.length != COLUMNS.length) {
			throw new FormatException(source, lineNumber, 0, "expected " + COLUMNS.length + " comma-separated values ("
					+ HEADER + "), found " + fields.length);
		}
		double x = number(fields[0], 1, lineNumber, source);
		double y = number(fields[1], 2, lineNumber, source);
		double r = number(fields[2], 3, lineNumber, source);
		if (!(r > 0.0)) {
			throw new FormatException(source, lineNumber, 3,
					"the radius must be positive, got " + fields[2].strip() + " µm");
		}
		if (y - r < 0.0) {
			throw new FormatException(source, lineNumber, 2, "the fibre reaches below the bottom of the host (y - r = "
					+ format(y - r) + " µm < 0)");
		}
		String substrate = fields[3].strip();
		if (!SUBSTRATE.matcher(substrate).matches()) {
			throw new FormatException(source, lineNumber, 4, "'" + abbreviate(substrate)
					+ "' is not a substrate id (letters, digits, '_', '-', '.'; empty for the collector's)");
		}
		String coveredText = fields[4].strip().toLowerCase(Locale.ROOT);
		boolean covered = switch (coveredText) {
		case "true", "1" -> true;
		case "false", "0" -> false;
		default -> throw new FormatException(source, lineNumber, 5,
				"expected true or false (or 1 or 0), found '" + abbreviate(fields[4].strip()) + "'");
		};
		return new Row(lineNumber, x, y, r, substrate, covered);
	}

	private static double number(String field, int column, int line, String source) throws FormatException {
		String text = field.strip();
		double value;
		try {
			value = Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new FormatException(source, line, column, "'" + abbreviate(text) + "' is not a number of µm");
		}
		if (!Double.isFinite(value) || text.endsWith("d") || text.endsWith("D") || text.endsWith("f")
				|| text.endsWith("F")) {
			throw new FormatException(source, line, column, "'" + abbreviate(text) + "' is not a finite number of µm");
		}
		return value;
	}

	/** The next line, or null at the end; refuses lines longer than {@link #MAX_LINE}. */
	private static String boundedLine(BufferedReader in, String source, int lineNumber) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				return stripCr(line);
			}
			if (line.length() == MAX_LINE) {
				throw new FormatException(source, lineNumber, 0, "the line is longer than " + MAX_LINE + " characters");
			}
			line.append((char) c);
		}
		return line.length() == 0 ? null : stripCr(line);
	}

	private static String stripCr(StringBuilder line) {
		int n = line.length();
		return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}

	/**
	 * The fibre file of a collector as a local path, resolved against the file its design was read
	 * from; empty when the collector names none.
	 *
	 * @throws IOException when the design has no local file to resolve against
	 */
	public static Optional<Path> fibreFile(ExplicitFibres collector) throws IOException {
		String name = collector.getFibreFile();
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		Path path = Path.of(name.strip());
		if (path.isAbsolute()) {
			return Optional.of(path);
		}
		Resource resource = collector.eResource();
		URI base = resource == null ? null : CommonPlugin.resolve(resource.getURI());
		if (base == null || !base.isFile()) {
			throw new IOException("fibre file '" + name + "' is relative, but the design was not read from a local file"
					+ " to resolve it against");
		}
		return Optional.of(Path.of(base.toFileString()).toAbsolutePath().getParent().resolve(path).normalize());
	}

	/**
	 * The fibres of a table as model elements (to add to a collector's listed fibres: an import).
	 */
	public static List<ExplicitFibre> toModel(List<Row> rows) {
		List<ExplicitFibre> out = new ArrayList<>(rows.size());
		for (Row row : rows) {
			ExplicitFibre f = AnodyneFactory.eINSTANCE.createExplicitFibre();
			f.setX(row.x());
			f.setY(row.y());
			f.setRadius(row.radius());
			f.setSubstrate(row.substrate());
			f.setCovered(row.covered());
			out.add(f);
		}
		return out;
	}
}
