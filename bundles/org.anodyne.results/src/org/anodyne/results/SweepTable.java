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

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.internal.Csv;

/**
 * The table of a design sweep: which parameters it varied, which outputs it tabulates, and one row per
 * point with the point's values, status and outputs. Written as {@code sweep.json} (everything) and
 * {@code sweep.csv} (the numbers, units in the headers) in the sweep's directory, beside the points'
 * own study results in {@code points/<index>/}; see the README of this bundle.
 *
 * @param sweep       the sweep's name
 * @param study       the base study's name
 * @param kind        the base study's kind ({@link ResultsFormat#KIND_DEPOSITION_2D} …)
 * @param sampling    {@code grid} or {@code latinHypercube}
 * @param seed        the Latin-hypercube seed, or null for a grid
 * @param modelFile   the design file as the user named it
 * @param parameters  the varied parameters, in column order
 * @param outputs     the tabulated outputs, in column order
 * @param points      every point, by index
 * @param wallSeconds wall-clock time of the run that wrote the table [s]
 * @param finishedAt  ISO-8601 instant the table was written
 */
public record SweepTable(String sweep, String study, String kind, String sampling, Long seed, String modelFile,
		List<Parameter> parameters, List<Output> outputs, List<Point> points, double wallSeconds, String finishedAt) {

	/** Version of sweep.json this release writes; readers refuse newer ones. */
	public static final int FORMAT_VERSION = 1;
	/** The table with everything. */
	public static final String JSON_FILE = "sweep.json";
	/** The numbers of the table. */
	public static final String CSV_FILE = "sweep.csv";
	/** Folder of the points' results inside the sweep directory. */
	public static final String POINTS_DIRECTORY = "points";

	/** A point that finished with a trustworthy result. */
	public static final String OK = "ok";
	/** A point whose computation failed (its summary.json says why). */
	public static final String FAILED = "failed";
	/** A point without a current result: not run yet, cancelled, or computed from other inputs. */
	public static final String MISSING = "missing";

	private static final long MAX_JSON_BYTES = 256L * 1024 * 1024;

	/**
	 * A varied parameter.
	 *
	 * @param name its column name
	 * @param path its path in the design
	 * @param unit the unit of its values ({@link Column#DIMENSIONLESS} when it has none)
	 */
	public record Parameter(String name, String path, String unit) {
		public Column column() {
			return new Column(name, unit);
		}
	}

	/**
	 * A tabulated output: a scalar of the points' summary.json.
	 *
	 * @param name the scalar's name ({@link ScalarNames})
	 * @param unit its unit
	 */
	public record Output(String name, String unit) {
		public Column column() {
			return new Column(name, unit);
		}
	}

	/**
	 * One point of the sweep.
	 *
	 * @param index       its position in the sweep, from 0
	 * @param folder      its result directory relative to the sweep directory ({@code points/0007})
	 * @param values      the parameters' values, in parameter order
	 * @param status      {@link #OK}, {@link #FAILED} or {@link #MISSING}
	 * @param message     how it ended (the failure's message), or empty
	 * @param inputHash   the hash of its inputs ({@code sha256:…}), or empty when missing
	 * @param wallSeconds wall-clock time of its computation [s] (NaN when missing)
	 * @param outputs     the tabulated outputs it has, by name (numbers, strings or booleans)
	 */
	public record Point(int index, String folder, double[] values, String status, String message, String inputHash,
			double wallSeconds, Map<String, Object> outputs) {
		public Point {
			values = values.clone();
			outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
		}

		/** A numeric output (booleans as 0/1), NaN when the point has none. */
		public double number(String output) {
			Object v = outputs.get(output);
			if (v instanceof Boolean b) {
				return b ? 1 : 0;
			}
			Double d = Json.toDouble(v);
			return d == null ? Double.NaN : d;
		}

		public boolean ok() {
			return OK.equals(status);
		}
	}

	public SweepTable {
		parameters = List.copyOf(parameters);
		outputs = List.copyOf(outputs);
		points = List.copyOf(points);
	}

	/** The folder of a point, relative to the sweep directory: {@code points/0007}. */
	public static String pointFolder(int index) {
		return POINTS_DIRECTORY + "/" + String.format(Locale.ROOT, "%04d", index);
	}

	/** The unit of a result scalar as sweep.csv heads it ({@link Column#DIMENSIONLESS} for fractions and counts). */
	public static String unitOf(String scalar) {
		return switch (scalar) {
		case ScalarNames.MAX_DEPOSIT_HEIGHT_UM, ScalarNames.SEPARATOR_GAP_UM -> "um";
		case ScalarNames.FINAL_OVERPOTENTIAL_MV, ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV -> "mV";
		case ScalarNames.HOURS_TO_FAILURE -> "h";
		default -> Column.DIMENSIONLESS;
		};
	}

	/** The numbers: {@code point [-]}, every parameter, every output (strings as NaN, booleans as 0/1). */
	public Series series() {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.dimensionless("point"));
		parameters.forEach(p -> columns.add(p.column()));
		outputs.forEach(o -> columns.add(o.column()));
		Series.Builder b = Series.builder(columns);
		for (Point p : points) {
			double[] row = new double[columns.size()];
			row[0] = p.index();
			System.arraycopy(p.values(), 0, row, 1, p.values().length);
			for (int k = 0; k < outputs.size(); k++) {
				row[1 + parameters.size() + k] = p.number(outputs.get(k).name());
			}
			b.add(row);
		}
		return b.build();
	}

	/** The number of points with the given status. */
	public long count(String status) {
		return points.stream().filter(p -> p.status().equals(status)).count();
	}

	/**
	 * Writes sweep.csv and then sweep.json into the sweep directory, each to a temporary file first
	 * and moved into place when complete, so a reader never sees half a table.
	 */
	public void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		StringWriter csv = new StringWriter();
		Csv.write(series(), csv);
		AtomicFiles.writeString(directory.resolve(CSV_FILE), csv.toString());
		AtomicFiles.writeString(directory.resolve(JSON_FILE), Json.write(toJson()));
	}

	private Map<String, Object> toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("formatVersion", (long) FORMAT_VERSION);
		root.put("sweep", sweep);
		root.put("study", study);
		root.put("kind", kind);
		root.put("sampling", sampling);
		if (seed != null) {
			root.put("seed", seed);
		}
		root.put("modelFile", modelFile);
		root.put("wallSeconds", wallSeconds);
		root.put("finishedAt", finishedAt);
		Map<String, Object> counts = new LinkedHashMap<>();
		for (String s : List.of(OK, FAILED, MISSING)) {
			counts.put(s, count(s));
		}
		root.put("counts", counts);
		root.put("parameters", parameters.stream().map(p -> (Object) ordered("name", p.name(), "path", p.path(),
				"unit", p.unit(), "column", p.column().header())).toList());
		root.put("outputs", outputs.stream().map(o -> (Object) ordered("name", o.name(), "unit", o.unit(), "column",
				o.column().header())).toList());
		List<Object> rows = new ArrayList<>();
		for (Point p : points) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("index", (long) p.index());
			row.put("folder", p.folder());
			Map<String, Object> values = new LinkedHashMap<>();
			for (int k = 0; k < parameters.size(); k++) {
				values.put(parameters.get(k).name(), p.values()[k]);
			}
			row.put("values", values);
			row.put("status", p.status());
			row.put("message", p.message());
			row.put("inputHash", p.inputHash());
			row.put("wallSeconds", p.wallSeconds());
			row.put("outputs", new LinkedHashMap<>(p.outputs()));
			rows.add(row);
		}
		root.put("points", rows);
		return root;
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

	/**
	 * Reads the table in a sweep directory.
	 *
	 * @throws ResultsFormatException if sweep.json is missing, malformed or of a newer format, naming
	 *                                the file and the member
	 */
	public static SweepTable read(Path directory) throws IOException {
		Path file = directory.resolve(JSON_FILE);
		if (!Files.isRegularFile(file)) {
			throw new ResultsFormatException(file, "no sweep table here (sweep.json is missing)");
		}
		if (Files.size(file) > MAX_JSON_BYTES) {
			throw new ResultsFormatException(file, "larger than " + MAX_JSON_BYTES + " bytes; not a sweep table");
		}
		Object parsed;
		try {
			parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (MalformedInputException e) {
			throw new ResultsFormatException(file, "not UTF-8 text");
		} catch (Json.SyntaxException e) {
			throw new ResultsFormatException(file, "not JSON: " + e.getMessage(), e);
		}
		try {
			Map<?, ?> root = (Map<?, ?>) parsed;
			long version = ((Number) Objects.requireNonNull(root.get("formatVersion"), "formatVersion")).longValue();
			if (version > FORMAT_VERSION) {
				throw new ResultsFormatException(file, "written by a newer Anodyne (sweep format " + version
						+ "; this one reads up to " + FORMAT_VERSION + ")");
			}
			List<Parameter> parameters = new ArrayList<>();
			for (Object o : (List<?>) root.get("parameters")) {
				Map<?, ?> m = (Map<?, ?>) o;
				parameters.add(new Parameter(text(m, "name"), text(m, "path"), text(m, "unit")));
			}
			List<Output> outputs = new ArrayList<>();
			for (Object o : (List<?>) root.get("outputs")) {
				Map<?, ?> m = (Map<?, ?>) o;
				outputs.add(new Output(text(m, "name"), text(m, "unit")));
			}
			List<Point> points = new ArrayList<>();
			for (Object o : (List<?>) root.get("points")) {
				Map<?, ?> m = (Map<?, ?>) o;
				Map<?, ?> values = (Map<?, ?>) m.get("values");
				double[] v = new double[parameters.size()];
				for (int k = 0; k < v.length; k++) {
					Double d = Json.toDouble(values.get(parameters.get(k).name()));
					v[k] = d == null ? Double.NaN : d;
				}
				Map<String, Object> outs = new LinkedHashMap<>();
				((Map<?, ?>) m.get("outputs")).forEach((k, x) -> outs.put((String) k, x));
				Double wall = Json.toDouble(m.get("wallSeconds"));
				points.add(new Point(((Number) m.get("index")).intValue(), text(m, "folder"), v, text(m, "status"),
						text(m, "message"), text(m, "inputHash"), wall == null ? Double.NaN : wall, outs));
			}
			Double wall = Json.toDouble(root.get("wallSeconds"));
			return new SweepTable(text(root, "sweep"), text(root, "study"), text(root, "kind"), text(root, "sampling"),
					root.get("seed") instanceof Number n ? n.longValue() : null, text(root, "modelFile"), parameters,
					outputs, points, wall == null ? Double.NaN : wall, text(root, "finishedAt"));
		} catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
			throw new ResultsFormatException(file, "not a sweep table: a member is missing or of the wrong type ("
					+ e.getMessage() + ")", e);
		}
	}

	private static String text(Map<?, ?> m, String key) {
		Object v = m.get(key);
		if (v == null) {
			throw new IllegalArgumentException("member '" + key + "' is missing");
		}
		return (String) v;
	}

	/** The current instant as written in {@code finishedAt}. */
	public static String now() {
		return Instant.now().toString();
	}
}
