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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anodyne.results.StudySummary.FieldEntry;
import org.anodyne.results.StudySummary.PictureEntry;
import org.anodyne.results.StudySummary.SeriesEntry;

/** Maps {@link StudySummary} to and from the JSON tree of summary.json. */
final class SummaryJson {

	private SummaryJson() {
	}

	static String write(StudySummary s) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("formatVersion", ResultsFormat.FORMAT_VERSION);
		root.put("study", s.study());
		root.put("kind", s.kind());
		root.put("status", s.status().word());
		root.put("message", s.message());
		root.put("wallSeconds", s.wallSeconds());
		root.put("finishedAt", s.finishedAt());
		Provenance p = s.provenance();
		Map<String, Object> provenance = new LinkedHashMap<>();
		provenance.put("anodyneVersion", p.anodyneVersion());
		provenance.put("modelFile", p.modelFile());
		provenance.put("modelHash", p.modelHash());
		if (p.inputHash() != null) {
			provenance.put("inputHash", p.inputHash());
		}
		provenance.put("cell", p.cell());
		provenance.put("metal", p.metal());
		provenance.put("collector", p.collector());
		provenance.put("solverSettings", p.solverSettings());
		root.put("provenance", provenance);
		root.put("scalars", s.scalars());
		List<Object> series = new ArrayList<>();
		for (SeriesEntry e : s.series()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", e.name());
			m.put("file", e.file());
			m.put("rows", e.rows());
			m.put("columns", e.columns().stream().map(Column::header).toList());
			series.add(m);
		}
		root.put("series", series);
		List<Object> fields = new ArrayList<>();
		for (FieldEntry e : s.fields()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", e.name());
			m.put("file", e.file());
			m.put("timeSeconds", e.timeSeconds());
			m.put("label", e.label());
			m.put("arrays", e.arrays());
			m.put("legends", e.legends());
			fields.add(m);
		}
		root.put("fields", fields);
		List<Object> pictures = new ArrayList<>();
		for (PictureEntry e : s.pictures()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", e.name());
			m.put("file", e.file());
			m.put("caption", e.caption());
			m.put("width", e.width());
			m.put("height", e.height());
			pictures.add(m);
		}
		root.put("pictures", pictures);
		return Json.write(root);
	}

	static StudySummary read(Path file, String text) throws ResultsFormatException {
		Object parsed;
		try {
			parsed = Json.parse(text);
		} catch (Json.SyntaxException e) {
			throw new ResultsFormatException(file, "not valid JSON: " + e.getMessage());
		}
		Reader r = new Reader(file);
		Map<String, Object> root = r.object(parsed, "the document");
		Object version = root.get("formatVersion");
		if (!(version instanceof Long v) || v < 1) {
			throw r.error("'formatVersion' must be a positive integer");
		}
		if (v > ResultsFormat.FORMAT_VERSION) {
			throw r.error("results format " + v + " is newer than this Anodyne reads (" + ResultsFormat.FORMAT_VERSION
					+ "); update Anodyne to read it");
		}
		String statusWord = r.string(root, "status");
		StudyStatus status = StudyStatus.fromWord(statusWord);
		if (status == null) {
			throw r.error("'status' must be 'ok' or 'failed', not '" + statusWord + "'");
		}
		Map<String, Object> prov = r.object(root.get("provenance"), "'provenance'");
		Map<String, Object> settings = prov.containsKey("solverSettings")
				? r.object(prov.get("solverSettings"), "'provenance.solverSettings'")
				: Map.of();
		Provenance provenance = new Provenance(r.string(prov, "anodyneVersion"), r.string(prov, "modelFile"),
				r.string(prov, "modelHash"), r.optionalString(prov, "inputHash"), r.optionalString(prov, "cell"),
				r.optionalString(prov, "metal"), r.optionalString(prov, "collector"), settings);
		Map<String, Object> scalars = r.object(root.get("scalars"), "'scalars'");

		List<SeriesEntry> series = new ArrayList<>();
		for (Object o : r.list(root, "series")) {
			Map<String, Object> m = r.object(o, "a 'series' entry");
			List<Column> columns = new ArrayList<>();
			for (Object c : r.list(m, "columns")) {
				if (!(c instanceof String h)) {
					throw r.error("series columns must be strings");
				}
				try {
					columns.add(Column.parse(h));
				} catch (IllegalArgumentException e) {
					throw r.error(e.getMessage());
				}
			}
			series.add(new SeriesEntry(r.name(m), r.file(m), r.whole(m, "rows", 0, Long.MAX_VALUE >> 11), columns));
		}
		List<FieldEntry> fields = new ArrayList<>();
		for (Object o : r.list(root, "fields")) {
			Map<String, Object> m = r.object(o, "a 'fields' entry");
			List<String> arrays = new ArrayList<>();
			for (Object a : r.list(m, "arrays")) {
				arrays.add(String.valueOf(a));
			}
			Map<String, List<String>> legends = new LinkedHashMap<>();
			if (m.containsKey("legends")) {
				for (Map.Entry<String, Object> e : r.object(m.get("legends"), "'legends'").entrySet()) {
					if (!(e.getValue() instanceof List<?> l)) {
						throw r.error("legend '" + e.getKey() + "' must be a list of strings");
					}
					legends.put(e.getKey(), l.stream().map(String::valueOf).toList());
				}
			}
			fields.add(new FieldEntry(r.name(m), r.file(m), r.number(m, "timeSeconds"), r.optionalString(m, "label"),
					arrays, legends));
		}
		List<PictureEntry> pictures = new ArrayList<>();
		for (Object o : r.list(root, "pictures")) {
			Map<String, Object> m = r.object(o, "a 'pictures' entry");
			pictures.add(new PictureEntry(r.name(m), r.file(m), r.optionalString(m, "caption"),
					(int) r.whole(m, "width", 1, 100_000), (int) r.whole(m, "height", 1, 100_000)));
		}
		return new StudySummary(v.intValue(), r.string(root, "study"), r.string(root, "kind"), status,
				r.string(root, "message"), r.number(root, "wallSeconds"), r.optionalString(root, "finishedAt"),
				provenance, scalars, series, fields, pictures);
	}

	/** Typed access to members with messages that name the file and the member. */
	private record Reader(Path file) {

		@SuppressWarnings("unchecked")
		Map<String, Object> object(Object value, String what) throws ResultsFormatException {
			if (!(value instanceof Map<?, ?>)) {
				throw error(what + " must be a JSON object");
			}
			return (Map<String, Object>) value;
		}

		String string(Map<String, Object> m, String key) throws ResultsFormatException {
			if (!(m.get(key) instanceof String s)) {
				throw error("'" + key + "' is missing or not a string");
			}
			return s;
		}

		String optionalString(Map<String, Object> m, String key) throws ResultsFormatException {
			Object value = m.get(key);
			if (value != null && !(value instanceof String)) {
				throw error("'" + key + "' must be a string");
			}
			return (String) value;
		}

		Double number(Map<String, Object> m, String key) throws ResultsFormatException {
			Double d = Json.toDouble(m.get(key));
			if (d == null) {
				throw error("'" + key + "' is missing or not a number");
			}
			return d;
		}

		/** A count (rows, pixels): a whole number in range, so Infinity or -5 never becomes a size. */
		long whole(Map<String, Object> m, String key, long min, long max) throws ResultsFormatException {
			double d = number(m, key);
			if (!(d >= min && d <= max) || d != Math.rint(d)) {
				throw error("'" + key + "' must be a whole number from " + min + " to " + max);
			}
			return (long) d;
		}

		List<?> list(Map<String, Object> m, String key) throws ResultsFormatException {
			Object value = m.get(key);
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof List<?> l)) {
				throw error("'" + key + "' must be a JSON array");
			}
			return l;
		}

		String name(Map<String, Object> m) throws ResultsFormatException {
			String name = string(m, "name");
			if (!ResultsFormat.isValidName(name)) {
				throw error("'" + name + "' is not a valid result name");
			}
			return name;
		}

		/** A file reference that must stay inside the study directory. */
		String file(Map<String, Object> m) throws ResultsFormatException {
			String f = string(m, "file");
			String[] parts = f.split("/", -1);
			if (parts.length > 2 || (parts.length == 2 && !parts[0].equals(ResultsFormat.FIELDS_DIRECTORY))
					|| !ResultsFormat.isValidName(parts[parts.length - 1])) {
				throw error("file '" + f + "' does not name a file of this result");
			}
			return f;
		}

		ResultsFormatException error(String problem) {
			return new ResultsFormatException(file, problem);
		}
	}
}
