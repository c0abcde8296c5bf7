/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anodyne.results.Json;
import org.junit.jupiter.api.Test;

class JsonTest {

	@Test
	void valuesSurviveARoundTripWithTypesAndOrderKept() throws Exception {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("zeta", "first written");
		doc.put("alpha", 0.1);
		doc.put("count", 42L);
		doc.put("integralDouble", 3.0);
		doc.put("tiny", 1.234e-300);
		doc.put("flag", true);
		doc.put("none", null);
		doc.put("text", "quote \" backslash \\ newline \n tab \t µm Ω \u0001");
		doc.put("list", List.of(1L, 2.5, "x"));
		doc.put("nested", Map.of("retention", Map.of("300", 0.937)));
		Object back = Json.parse(Json.write(doc));
		assertEquals(doc, back);
		assertEquals(List.copyOf(doc.keySet()), List.copyOf(((Map<?, ?>) back).keySet()));
		assertInstanceOf(Double.class, ((Map<?, ?>) back).get("integralDouble"),
				"a double that happens to be integral must read back as a double");
	}

	@Test
	void nonFiniteNumbersAreSpelledAsStringsAndReadBack() throws Exception {
		String text = Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
		assertEquals("[\"NaN\", \"Infinity\", \"-Infinity\"]\n", text);
		List<?> back = (List<?>) Json.parse(text);
		assertTrue(Json.toDouble(back.get(0)).isNaN());
		assertEquals(Double.POSITIVE_INFINITY, Json.toDouble(back.get(1)));
		assertEquals(Double.NEGATIVE_INFINITY, Json.toDouble(back.get(2)));
	}

	@Test
	void malformedDocumentsAreRejectedWithLineAndColumn() {
		Json.SyntaxException e = assertThrows(Json.SyntaxException.class,
				() -> Json.parse("{\n  \"a\": 1,\n  \"b\": }"));
		assertEquals(3, e.line());
		assertEquals(8, e.column());
		for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"open", "tru", "{\"a\":1,\"a\":2}",
				"[1] 2", "\"\\x\"", "{1:2}", "\"\u0001\"")) {
			assertThrows(Json.SyntaxException.class, () -> Json.parse(bad), () -> "accepted: " + bad);
		}
	}

	@Test
	void deepNestingIsRejectedInsteadOfOverflowingTheStack() {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		Json.SyntaxException e = assertThrows(Json.SyntaxException.class, () -> Json.parse(deep));
		assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
		assertEquals(List.of(List.of()), assertInstanceOf(List.class, parseQuietly("[[]]")));
	}

	private static Object parseQuietly(String text) {
		try {
			return Json.parse(text);
		} catch (Json.SyntaxException e) {
			throw new AssertionError(e);
		}
	}
}
