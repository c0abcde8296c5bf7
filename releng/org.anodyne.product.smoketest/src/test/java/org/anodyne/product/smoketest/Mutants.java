/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.product.smoketest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damaged and hostile variants of valid designs for the validate fuzz test: truncation, random and
 * inserted bytes, swapped and unknown tags and attributes, huge, NaN and negative numbers, dangling
 * references, deep nesting, external entities (which must never leak the file they name), bad
 * encodings. Deterministic for a seed, so a failure can be reproduced.
 */
final class Mutants {

	/** One mutant: the operators applied (for messages) and its bytes. */
	record Mutant(String operators, byte[] bytes) {
	}

	private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:]*)([^<>]*?)(/?)>");
	private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("(\\w+)=\"(-?[0-9][0-9.Ee+-]*)\"");
	private static final Pattern REFERENCE_ATTRIBUTE = Pattern
			.compile("\\b(cell|protocol|separator|electrolyte|counterElectrode)=\"([^\"]*)\"");
	private static final Pattern ELEMENT_NAME = Pattern.compile("<(\\w+)[\\s>/]");

	private final Random random;
	private final List<String> bases;
	private final String secretUri;
	private final List<Operator> operators = new ArrayList<>();

	private record Operator(String name, BiFunction<String, Random, Object> apply) {
	}

	/**
	 * @param seed      random seed
	 * @param bases     valid design texts to start from
	 * @param secretUri a file: URI of a file whose content must never appear in any output
	 */
	Mutants(long seed, List<String> bases, String secretUri) {
		this.random = new Random(seed);
		this.bases = bases;
		this.secretUri = secretUri;
		operators.add(new Operator("truncate", (t, r) -> t.substring(0, r.nextInt(t.length()))));
		operators.add(new Operator("random-bytes", Mutants::randomBytes));
		operators.add(new Operator("insert-bytes", Mutants::insertBytes));
		operators.add(new Operator("swap-tags", Mutants::swapTags));
		operators.add(new Operator("unknown-tag", Mutants::unknownTag));
		operators.add(new Operator("unknown-attribute",
				(t, r) -> insertIntoStartTag(t, r, " wibble=\"" + r.nextInt(99) + "\"")));
		operators.add(new Operator("huge-number", (t, r) -> replaceNumber(t, r,
				new String[]{"1e308", "1e309", "-1e309", "99999999999999999999999999999", "4.9e-324",
						"1.7976931348623157E308"})));
		operators.add(new Operator("nan-negative", (t, r) -> replaceNumber(t, r,
				new String[]{"NaN", "-1", "-0.0", "Infinity", "-Infinity", "0", "-350.0", "nan", ""})));
		operators.add(new Operator("dangling-reference", Mutants::danglingReference));
		operators.add(new Operator("deep-nesting", Mutants::deepNesting));
		operators.add(new Operator("external-entity", this::externalEntity));
		operators.add(new Operator("bad-encoding", Mutants::badEncoding));
		operators.add(new Operator("wrong-type", (t, r) -> t.replaceFirst("xsi:type=\"anodyne:\\w+\"",
				r.nextBoolean() ? "xsi:type=\"anodyne:Nope\"" : "xsi:type=\"anodyne:Separator\"")));
		operators.add(
				new Operator("bad-enum", (t, r) -> t.replaceFirst("orientation=\"\\w+\"", "orientation=\"sideways\"")
						.replaceFirst("kind=\"\\w+\"", "kind=\"quantum\"")));
		operators.add(new Operator("duplicate-id", Mutants::duplicateId));
	}

	List<Mutant> generate(int count) {
		List<Mutant> result = new ArrayList<>();
		result.add(new Mutant("empty", new byte[0]));
		result.add(new Mutant("whitespace", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
		result.add(new Mutant("binary", randomArray(4096)));
		while (result.size() < count) {
			String text = bases.get(random.nextInt(bases.size()));
			StringBuilder names = new StringBuilder();
			byte[] bytes = null;
			int steps = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
			for (int s = 0; s < steps; s++) {
				Operator op = operators.get(random.nextInt(operators.size()));
				names.append(names.isEmpty() ? "" : "+").append(op.name());
				Object mutated = op.apply().apply(text, random);
				if (mutated instanceof byte[] b) {
					bytes = b;
					break;
				}
				text = (String) mutated;
			}
			result.add(new Mutant(names.toString(), bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8)));
		}
		return result;
	}

	private byte[] randomArray(int n) {
		byte[] b = new byte[n];
		random.nextBytes(b);
		return b;
	}

	private static Object randomBytes(String text, Random r) {
		byte[] b = text.getBytes(StandardCharsets.UTF_8);
		int k = 1 + r.nextInt(8);
		for (int i = 0; i < k; i++) {
			b[r.nextInt(b.length)] = (byte) r.nextInt(256);
		}
		return b;
	}

	private static Object insertBytes(String text, Random r) {
		byte[] b = text.getBytes(StandardCharsets.UTF_8);
		int at = r.nextInt(b.length);
		byte[] junk = new byte[1 + r.nextInt(64)];
		r.nextBytes(junk);
		byte[] result = new byte[b.length + junk.length];
		System.arraycopy(b, 0, result, 0, at);
		System.arraycopy(junk, 0, result, at, junk.length);
		System.arraycopy(b, at, result, at + junk.length, b.length - at);
		return result;
	}

	private static String swapTags(String text, Random r) {
		List<String> names = new ArrayList<>();
		Matcher m = ELEMENT_NAME.matcher(text);
		while (m.find()) {
			if (!names.contains(m.group(1))) {
				names.add(m.group(1));
			}
		}
		if (names.size() < 2) {
			return text;
		}
		String a = names.get(r.nextInt(names.size()));
		String b = names.get(r.nextInt(names.size()));
		return text.replaceAll("<(/?)" + a + "\\b", "<$1\u0000").replaceAll("<(/?)" + b + "\\b", "<$1" + a)
				.replace("\u0000", b);
	}

	private static String unknownTag(String text, Random r) {
		if (r.nextBoolean()) {
			List<Integer> ends = startTagEnds(text);
			int at = ends.get(r.nextInt(ends.size()));
			return text.substring(0, at) + "<frobnicator level=\"3\"/>" + text.substring(at);
		}
		return text.replaceFirst("<separators\\b", "<separatorz").replaceFirst("</separators>", "</separatorz>");
	}

	/** Positions just after start tags that are not self-closing (where a child may go). */
	private static List<Integer> startTagEnds(String text) {
		List<Integer> ends = new ArrayList<>();
		Matcher m = START_TAG.matcher(text);
		while (m.find()) {
			if (m.group(3).isEmpty()) {
				ends.add(m.end());
			}
		}
		if (ends.isEmpty()) {
			ends.add(text.length());
		}
		return ends;
	}

	private static String insertIntoStartTag(String text, Random r, String attribute) {
		List<int[]> tags = new ArrayList<>();
		Matcher m = START_TAG.matcher(text);
		while (m.find()) {
			tags.add(new int[]{m.end(2)});
		}
		if (tags.isEmpty()) {
			return text;
		}
		int at = tags.get(r.nextInt(tags.size()))[0];
		return text.substring(0, at) + attribute + text.substring(at);
	}

	private static String replaceNumber(String text, Random r, String[] values) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = NUMBER_ATTRIBUTE.matcher(text);
		while (m.find()) {
			spans.add(new int[]{m.start(2), m.end(2)});
		}
		if (spans.isEmpty()) {
			return text;
		}
		int[] span = spans.get(r.nextInt(spans.size()));
		return text.substring(0, span[0]) + values[r.nextInt(values.length)] + text.substring(span[1]);
	}

	private static String danglingReference(String text, Random r) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = REFERENCE_ATTRIBUTE.matcher(text);
		while (m.find()) {
			spans.add(new int[]{m.start(2), m.end(2)});
		}
		if (spans.isEmpty()) {
			return text;
		}
		int[] span = spans.get(r.nextInt(spans.size()));
		String ghost = r.nextBoolean() ? "ghost-" + r.nextInt(1000) : "other.anodyne#//@cells.0";
		return text.substring(0, span[0]) + ghost + text.substring(span[1]);
	}

	private static String deepNesting(String text, Random r) {
		int at = text.indexOf("<steps ");
		// A base cut short by another operator may hold steps but not the end of their protocol.
		int end = at < 0 ? -1 : text.indexOf("</protocols>", at);
		if (end < 0 || r.nextBoolean()) {
			int depth = 1000 + r.nextInt(100_000);
			List<Integer> ends = startTagEnds(text);
			int where = ends.get(r.nextInt(ends.size()));
			return text.substring(0, where) + "<x>".repeat(depth) + "</x>".repeat(depth) + text.substring(where);
		}
		// Valid types nested deeper than any design needs: repeats of repeats.
		int depth = 50 + r.nextInt(3000);
		String open = "<steps xsi:type=\"anodyne:RepeatStep\" count=\"1\">";
		String inner = text.substring(at, end);
		String nested = open.repeat(depth) + inner + "</steps>".repeat(depth);
		return text.substring(0, at) + nested + text.substring(end);
	}

	private Object externalEntity(String text, Random r) {
		String declaration = text.startsWith("<?xml") ? text.substring(0, text.indexOf("?>") + 2) : "";
		String body = text.substring(declaration.length());
		String doctype = switch (r.nextInt(5)) {
		case 0 -> "<!DOCTYPE d [<!ENTITY leak SYSTEM \"" + secretUri + "\">]>";
		case 1 -> "<!DOCTYPE d [<!ENTITY % p SYSTEM \"" + secretUri + "\"> %p;]>";
		case 2 -> "<!DOCTYPE d SYSTEM \"" + secretUri + "\">";
		case 3 -> "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY leak \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
		default -> "<!DOCTYPE d [<!ENTITY leak SYSTEM \"http://127.0.0.1:9/\">]>";
		};
		body = body.replaceFirst("name=\"[^\"]*\"", "name=\"&leak;\"");
		return declaration + "\n" + doctype + body;
	}

	private static Object badEncoding(String text, Random r) {
		return switch (r.nextInt(4)) {
		case 0 -> text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
		case 1 -> text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"no-such-charset\"");
		case 2 -> text.getBytes(StandardCharsets.UTF_16LE);
		default -> ("\uFEFF\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String duplicateId(String text, Random r) {
		Matcher m = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(text);
		List<String> ids = new ArrayList<>();
		while (m.find()) {
			ids.add(m.group(1));
		}
		if (ids.size() < 2) {
			return text;
		}
		String keep = ids.get(r.nextInt(ids.size()));
		String replace = ids.get(r.nextInt(ids.size()));
		return text.replaceFirst("id=\"" + Pattern.quote(replace) + "\"",
				Matcher.quoteReplacement("id=\"" + keep + "\""));
	}
}
