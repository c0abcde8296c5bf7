package org.anodyne.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON reader and writer for summary.json and for the machine-readable output of the
 * command line, so neither needs a library.
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

	/** Parses one JSON document (surrounding whitespace allowed, nothing else). */
	public static Object parse(String text) throws SyntaxException {
		Parser parser = new Parser(text);
		parser.skipWhitespace();
		Object value = parser.value(0);
		parser.skipWhitespace();
		if (parser.pos < text.length()) {
			throw parser.error("unexpected '" + text.charAt(parser.pos) + "' after the document");
		}
		return value;
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

	private static void quote(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				if (c < 0x20) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	private static final class Parser {
		private final String text;
		private int pos;

		Parser(String text) {
			this.text = text;
		}

		Object value(int depth) throws SyntaxException {
			if (depth > MAX_DEPTH) {
				throw error("nested deeper than " + MAX_DEPTH + " levels");
			}
			if (pos >= text.length()) {
				throw error("unexpected end of the document");
			}
			char c = text.charAt(pos);
			return switch (c) {
			case '{' -> object(depth);
			case '[' -> array(depth);
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> {
				if (c == '-' || (c >= '0' && c <= '9')) {
					yield number();
				}
				throw error("unexpected '" + c + "'");
			}
			};
		}

		private Map<String, Object> object(int depth) throws SyntaxException {
			Map<String, Object> map = new LinkedHashMap<>();
			pos++;
			skipWhitespace();
			if (peek() == '}') {
				pos++;
				return map;
			}
			while (true) {
				skipWhitespace();
				if (peek() != '"') {
					throw error("expected a member name in quotes");
				}
				String key = string();
				skipWhitespace();
				expect(':');
				skipWhitespace();
				if (map.containsKey(key)) {
					throw error("member '" + key + "' appears twice");
				}
				map.put(key, value(depth + 1));
				skipWhitespace();
				char c = peek();
				pos++;
				if (c == '}') {
					return map;
				}
				if (c != ',') {
					pos--;
					throw error("expected ',' or '}'");
				}
			}
		}

		private List<Object> array(int depth) throws SyntaxException {
			List<Object> list = new ArrayList<>();
			pos++;
			skipWhitespace();
			if (peek() == ']') {
				pos++;
				return list;
			}
			while (true) {
				skipWhitespace();
				list.add(value(depth + 1));
				skipWhitespace();
				char c = peek();
				pos++;
				if (c == ']') {
					return list;
				}
				if (c != ',') {
					pos--;
					throw error("expected ',' or ']'");
				}
			}
		}

		private String string() throws SyntaxException {
			pos++;
			StringBuilder b = new StringBuilder();
			while (true) {
				if (pos >= text.length()) {
					throw error("unterminated string");
				}
				char c = text.charAt(pos++);
				if (c == '"') {
					return b.toString();
				}
				if (c < 0x20) {
					pos--;
					throw error("control character in a string");
				}
				if (c != '\\') {
					b.append(c);
					continue;
				}
				if (pos >= text.length()) {
					throw error("unterminated escape");
				}
				char e = text.charAt(pos++);
				switch (e) {
				case '"', '\\', '/' -> b.append(e);
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 't' -> b.append('\t');
				case 'b' -> b.append('\b');
				case 'f' -> b.append('\f');
				case 'u' -> {
					if (pos + 4 > text.length()) {
						throw error("incomplete \\u escape");
					}
					try {
						b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					} catch (NumberFormatException ex) {
						throw error("bad \\u escape");
					}
					pos += 4;
				}
				default -> {
					pos--;
					throw error("unknown escape '\\" + e + "'");
				}
				}
			}
		}

		private Object number() throws SyntaxException {
			int start = pos;
			if (peek() == '-') {
				pos++;
			}
			if (!digit(peek())) {
				throw error("expected a digit");
			}
			if (peek() == '0') {
				pos++;
			} else {
				digits();
			}
			boolean integral = true;
			if (peek() == '.') {
				integral = false;
				pos++;
				if (!digit(peek())) {
					throw error("expected a digit after '.'");
				}
				digits();
			}
			if (peek() == 'e' || peek() == 'E') {
				integral = false;
				pos++;
				if (peek() == '+' || peek() == '-') {
					pos++;
				}
				if (!digit(peek())) {
					throw error("expected a digit in the exponent");
				}
				digits();
			}
			String token = text.substring(start, pos);
			if (integral && token.length() < 19) {
				return Long.parseLong(token);
			}
			return Double.parseDouble(token);
		}

		private void digits() {
			while (digit(peek())) {
				pos++;
			}
		}

		private static boolean digit(char c) {
			return c >= '0' && c <= '9';
		}

		private Object literal(String word, Object value) throws SyntaxException {
			if (!text.startsWith(word, pos)) {
				throw error("unknown word; expected " + word);
			}
			pos += word.length();
			return value;
		}

		private void expect(char c) throws SyntaxException {
			if (peek() != c) {
				throw error("expected '" + c + "'");
			}
			pos++;
		}

		private char peek() {
			return pos < text.length() ? text.charAt(pos) : '\0';
		}

		void skipWhitespace() {
			while (pos < text.length()) {
				char c = text.charAt(pos);
				if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
					return;
				}
				pos++;
			}
		}

		SyntaxException error(String problem) {
			int line = 1;
			int column = 1;
			for (int i = 0; i < Math.min(pos, text.length()); i++) {
				if (text.charAt(i) == '\n') {
					line++;
					column = 1;
				} else {
					column++;
				}
			}
			return new SyntaxException(problem, line, column);
		}
	}
}
