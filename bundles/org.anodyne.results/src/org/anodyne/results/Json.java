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

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * JSON for summary.json, sweep tables and the machine-readable output of the command line, read and
 * escaped by Gson (a kept, OSGi-ready library; see CONTRIBUTING.md). The layout is Anodyne's own and
 * kept as files always had it: two-space indentation, arrays of plain values on one line, integral
 * doubles with a ".0" so they read back as doubles.
 * <p>
 * Values map to Java as: object → {@code LinkedHashMap<String, Object>} (member order kept), array →
 * {@code List<Object>}, string → String, number → Long when written without fraction or exponent and
 * in range, Double otherwise, true/false → Boolean, null → null. JSON has no NaN or infinities; the
 * writer spells them as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} and
 * {@link #toDouble(Object)} reads those back, so a diverged number survives a round trip.
 */
public final class Json {

	/** Deeper documents are rejected rather than risking a stack overflow on hostile input. */
	public static final int MAX_DEPTH = 200;

	private Json() {
	}

	/** A document that is not JSON; the message names the line and column. */
	public static final class SyntaxException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		SyntaxException(String problem, int line, int column) {
			super("line " + line + ", column " + column + ": " + problem);
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	/** Parses one JSON document (surrounding whitespace allowed, nothing else), with Gson's strict reader. */
	public static Object parse(String text) throws SyntaxException {
		JsonReader in = new JsonReader(new StringReader(text));
		in.setStrictness(Strictness.STRICT);
		try {
			Object value = read(in, 0);
			if (in.peek() != JsonToken.END_DOCUMENT) {
				throw error(in, "more after the end of the document");
			}
			return value;
		} catch (IOException e) {
			throw error(in, e);
		}
	}

	/** Writes a value as indented JSON (two spaces), ending with a newline. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.append('\n').toString();
	}

	/**
	 * A number as double: Numbers directly, the strings NaN/Infinity/-Infinity as the writer spells
	 * them; null for anything else.
	 */
	public static Double toDouble(Object value) {
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof String s) {
			return switch (s) {
			case "NaN" -> Double.NaN;
			case "Infinity" -> Double.POSITIVE_INFINITY;
			case "-Infinity" -> Double.NEGATIVE_INFINITY;
			default -> null;
			};
		}
		return null;
	}

	private static void write(Object value, StringBuilder out, int indent) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			quote(s, out);
		} else if (value instanceof Boolean b) {
			out.append(b.booleanValue());
		} else if (value instanceof Double || value instanceof Float) {
			number(((Number) value).doubleValue(), out);
		} else if (value instanceof Number n) {
			out.append(n.longValue());
		} else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				out.append(first ? "\n" : ",\n");
				first = false;
				indent(out, indent + 1);
				quote(String.valueOf(e.getKey()), out);
				out.append(": ");
				write(e.getValue(), out, indent + 1);
			}
			out.append('\n');
			indent(out, indent);
			out.append('}');
		} else if (value instanceof Collection<?> list) {
			if (list.isEmpty()) {
				out.append("[]");
				return;
			}
			boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof Collection);
			out.append('[');
			boolean first = true;
			for (Object item : list) {
				if (scalars) {
					out.append(first ? "" : ", ");
				} else {
					out.append(first ? "\n" : ",\n");
					indent(out, indent + 1);
				}
				first = false;
				write(item, out, indent + 1);
			}
			if (!scalars) {
				out.append('\n');
				indent(out, indent);
			}
			out.append(']');
		} else {
			throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
		}
	}

	private static void number(double d, StringBuilder out) {
		if (Double.isNaN(d)) {
			out.append("\"NaN\"");
		} else if (Double.isInfinite(d)) {
			out.append(d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
		} else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			// Keep a fraction so the value reads back as a Double, not a Long.
			out.append(String.format(Locale.ROOT, "%.1f", d));
		} else {
			out.append(Double.toString(d));
		}
	}

	private static void indent(StringBuilder out, int indent) {
		out.append("  ".repeat(indent));
	}

	/** Strings are escaped by Gson's writer. */
	private static void quote(String s, StringBuilder out) {
		out.append(new JsonPrimitive(s));
	}

	private static Object read(JsonReader in, int depth) throws IOException, SyntaxException {
		if (depth > MAX_DEPTH) {
			throw error(in, "nested deeper than " + MAX_DEPTH + " levels");
		}
		JsonToken token = in.peek();
		switch (token) {
		case BEGIN_OBJECT -> {
			Map<String, Object> map = new LinkedHashMap<>();
			in.beginObject();
			while (in.hasNext()) {
				String key = in.nextName();
				if (map.containsKey(key)) {
					throw error(in, "member '" + key + "' appears twice");
				}
				map.put(key, read(in, depth + 1));
			}
			in.endObject();
			return map;
		}
		case BEGIN_ARRAY -> {
			List<Object> list = new ArrayList<>();
			in.beginArray();
			while (in.hasNext()) {
				list.add(read(in, depth + 1));
			}
			in.endArray();
			return list;
		}
		case STRING -> {
			return in.nextString();
		}
		case NUMBER -> {
			String literal = in.nextString();
			boolean integral = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
			if (integral && literal.length() < 19) {
				return Long.valueOf(literal);
			}
			return Double.valueOf(literal);
		}
		case BOOLEAN -> {
			return in.nextBoolean();
		}
		case NULL -> {
			in.nextNull();
			return null;
		}
		default -> throw error(in, "unexpected " + token.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
	}

	private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

	private static SyntaxException error(JsonReader in, String problem) {
		Matcher m = LOCATION.matcher(in.toString());
		return m.find()
				? new SyntaxException(problem, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
				: new SyntaxException(problem, 1, 1);
	}

	/** Gson's message without its location (kept as numbers) and its advice to programmers. */
	private static SyntaxException error(JsonReader in, IOException e) {
		String message = e instanceof EOFException ? "unexpected end of the document" : String.valueOf(e.getMessage());
		Matcher m = LOCATION.matcher(message);
		String problem = m.find() ? message.substring(0, m.start()) : message;
		if (problem.startsWith("Use JsonReader.setStrictness")) {
			problem = "not JSON (a stray character, a trailing comma, a leading zero or an unquoted word)";
		}
		SyntaxException located = error(in, problem);
		located.initCause(e);
		return located;
	}
}
