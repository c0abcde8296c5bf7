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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The summary.json of one study result: what ran, how it ended, where it came from, its scalars, and
 * an index of the series, field and picture files beside it.
 * <p>
 * Writers build one with {@link #builder(String, String)} and hand it to
 * {@link StudyResultWriter#commit(StudySummary)}, which adds the file index; readers get it from
 * {@link StudyResult#summary()}. Scalars are numbers, strings, booleans or objects of numbers (the
 * names in {@link ScalarNames}); a non-finite number is kept (written as "NaN"/"Infinity").
 */
public final class StudySummary {

	/** A CSV series beside the summary. */
	public record SeriesEntry(String name, String file, long rows, List<Column> columns) {
		public SeriesEntry {
			columns = List.copyOf(columns);
		}
	}

	/** A field file in the fields directory, with the legends of its masks. */
	public record FieldEntry(String name, String file, double timeSeconds, String label, List<String> arrays,
			Map<String, List<String>> legends) {
		public FieldEntry {
			arrays = List.copyOf(arrays);
			Map<String, List<String>> copy = new LinkedHashMap<>();
			legends.forEach((k, v) -> copy.put(k, List.copyOf(v)));
			legends = Collections.unmodifiableMap(copy);
		}
	}

	/** A PNG picture beside the summary. */
	public record PictureEntry(String name, String file, String caption, int width, int height) {
	}

	private final int formatVersion;
	private final String study;
	private final String kind;
	private final StudyStatus status;
	private final String message;
	private final double wallSeconds;
	private final String finishedAt;
	private final Provenance provenance;
	private final Map<String, Object> scalars;
	private final List<SeriesEntry> series;
	private final List<FieldEntry> fields;
	private final List<PictureEntry> pictures;

	StudySummary(int formatVersion, String study, String kind, StudyStatus status, String message, double wallSeconds,
			String finishedAt, Provenance provenance, Map<String, Object> scalars, List<SeriesEntry> series,
			List<FieldEntry> fields, List<PictureEntry> pictures) {
		this.formatVersion = formatVersion;
		this.study = Objects.requireNonNull(study, "study");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.status = Objects.requireNonNull(status, "status");
		this.message = message == null ? "" : message;
		this.wallSeconds = wallSeconds;
		this.finishedAt = finishedAt == null ? "" : finishedAt;
		this.provenance = Objects.requireNonNull(provenance, "provenance");
		this.scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
		this.series = List.copyOf(series);
		this.fields = List.copyOf(fields);
		this.pictures = List.copyOf(pictures);
	}

	/**
	 * Starts a summary.
	 *
	 * @param study the study's name in the design
	 * @param kind  {@link ResultsFormat#KIND_DEPOSITION_2D}, {@link ResultsFormat#KIND_CYCLE_LIFE} or an
	 *              extension's own kind
	 */
	public static Builder builder(String study, String kind) {
		return new Builder(study, kind);
	}

	/** The summary.json version this summary was read from (or is written as). */
	public int formatVersion() {
		return formatVersion;
	}

	public String study() {
		return study;
	}

	public String kind() {
		return kind;
	}

	public StudyStatus status() {
		return status;
	}

	/** A sentence on how the study ended; for failed studies the solver's message. */
	public String message() {
		return message;
	}

	/** Wall-clock time the study took [s]. */
	public double wallSeconds() {
		return wallSeconds;
	}

	/** When the study finished, ISO-8601 UTC. */
	public String finishedAt() {
		return finishedAt;
	}

	public Provenance provenance() {
		return provenance;
	}

	/** All scalars in the order they were written. */
	public Map<String, Object> scalars() {
		return scalars;
	}

	/** A numeric scalar (non-finite values included); empty if absent or not a number. */
	public OptionalDouble number(String name) {
		Double d = Json.toDouble(scalars.get(name));
		return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
	}

	/** A text scalar; empty if absent or not text. */
	public Optional<String> text(String name) {
		return scalars.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
	}

	/** A boolean scalar; empty if absent or not a boolean. */
	public Optional<Boolean> flag(String name) {
		return scalars.get(name) instanceof Boolean b ? Optional.of(b) : Optional.empty();
	}

	/**
	 * An object scalar of numbers keyed by cycle number, e.g. {@link ScalarNames#RETENTION}; sorted by
	 * cycle, entries whose key is not an integer or whose value is not a number left out.
	 */
	public TreeMap<Integer, Double> cycleMap(String name) {
		TreeMap<Integer, Double> result = new TreeMap<>();
		if (scalars.get(name) instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				Double v = Json.toDouble(e.getValue());
				try {
					if (v != null) {
						result.put(Integer.parseInt(String.valueOf(e.getKey())), v);
					}
				} catch (NumberFormatException ignored) {
					// Not a cycle number: the map is read as far as it is one.
				}
			}
		}
		return result;
	}

	public List<SeriesEntry> series() {
		return series;
	}

	public List<FieldEntry> fields() {
		return fields;
	}

	public List<PictureEntry> pictures() {
		return pictures;
	}

	StudySummary withProvenance(Provenance value) {
		return new StudySummary(formatVersion, study, kind, status, message, wallSeconds, finishedAt, value, scalars,
				series, fields, pictures);
	}

	StudySummary withFiles(List<SeriesEntry> seriesEntries, List<FieldEntry> fieldEntries,
			List<PictureEntry> pictureEntries) {
		return new StudySummary(ResultsFormat.FORMAT_VERSION, study, kind, status, message, wallSeconds, finishedAt,
				provenance, scalars, seriesEntries, fieldEntries, pictureEntries);
	}

	/** Collects a summary; the file index is added by the writer. */
	public static final class Builder {
		private final String study;
		private final String kind;
		private StudyStatus status = StudyStatus.OK;
		private String message = "";
		private double wallSeconds;
		private String finishedAt;
		private Provenance provenance;
		private final Map<String, Object> scalars = new LinkedHashMap<>();

		private Builder(String study, String kind) {
			this.study = Objects.requireNonNull(study, "study");
			this.kind = Objects.requireNonNull(kind, "kind");
		}

		public Builder status(StudyStatus value) {
			this.status = Objects.requireNonNull(value);
			return this;
		}

		public Builder message(String text) {
			this.message = text;
			return this;
		}

		/** Wall-clock time [s]. */
		public Builder wallSeconds(double seconds) {
			this.wallSeconds = seconds;
			return this;
		}

		/** When the study finished; by default the moment {@link #build()} is called. */
		public Builder finishedAt(Instant instant) {
			this.finishedAt = instant.toString();
			return this;
		}

		public Builder provenance(Provenance value) {
			this.provenance = value;
			return this;
		}

		public Builder scalar(String name, double value) {
			return put(name, value);
		}

		public Builder scalar(String name, long value) {
			return put(name, value);
		}

		public Builder scalar(String name, String value) {
			return put(name, Objects.requireNonNull(value, name));
		}

		public Builder scalar(String name, boolean value) {
			return put(name, value);
		}

		/** An object of numbers keyed by cycle number, e.g. retention; written in cycle order. */
		public Builder cycleMap(String name, Map<Integer, ? extends Number> values) {
			Map<String, Object> object = new LinkedHashMap<>();
			new TreeMap<>(values).forEach((cycle, v) -> object.put(Integer.toString(cycle), v.doubleValue()));
			return put(name, object);
		}

		private Builder put(String name, Object value) {
			Objects.requireNonNull(name, "scalar name");
			if (name.isBlank()) {
				throw new IllegalArgumentException("scalar name is empty");
			}
			scalars.put(name, value);
			return this;
		}

		public StudySummary build() {
			if (provenance == null) {
				throw new IllegalStateException("a study summary needs its provenance");
			}
			return new StudySummary(ResultsFormat.FORMAT_VERSION, study, kind, status, message, wallSeconds,
					finishedAt != null ? finishedAt : Instant.now().toString(), provenance, scalars, new ArrayList<>(),
					new ArrayList<>(), new ArrayList<>());
		}
	}
}
