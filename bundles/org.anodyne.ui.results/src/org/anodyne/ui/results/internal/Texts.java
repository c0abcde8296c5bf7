/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.anodyne.results.Column;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.ScalarNames.Description;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.ui.results.charts.UnitText;

/** How the viewers write times, numbers and scalars for people. */
final class Texts {

	private Texts() {
	}

	/** A simulated time in the largest unit that keeps it readable: "45 s", "12.5 min", "3.00 h". */
	static String time(double seconds) {
		double a = Math.abs(seconds);
		if (a >= 3600) {
			return String.format(Locale.ROOT, "%.2f h", seconds / 3600);
		}
		if (a >= 60) {
			return String.format(Locale.ROOT, "%.1f min", seconds / 60);
		}
		return String.format(Locale.ROOT, "%.3g s", seconds);
	}

	/** A number with four significant digits, without a useless exponent. */
	static String number(double v) {
		if (Double.isNaN(v)) {
			return "–";
		}
		if (Double.isInfinite(v)) {
			return v > 0 ? "∞" : "−∞";
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e9) {
			return Long.toString((long) v);
		}
		double a = Math.abs(v);
		if (a >= 1e-3 && a < 1e6) {
			String s = String.format(Locale.ROOT, "%.4g", v);
			return s.contains("e") ? s : s.replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
		}
		return String.format(Locale.ROOT, "%.3e", v);
	}

	/** A scalar of summary.json as text: numbers, yes/no, text, and per-cycle maps summarised by their last entry. */
	static String scalar(Object value) {
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		if (value instanceof Number n) {
			return number(n.doubleValue());
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				return "(none)";
			}
			Map.Entry<?, ?> last = null;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				last = e;
			}
			String v = last.getValue() instanceof Number n ? number(n.doubleValue()) : String.valueOf(last.getValue());
			return map.size() + " cycles; " + v + " at cycle " + last.getKey();
		}
		return String.valueOf(value);
	}

	/** A scalar's name for people: its label from {@link ScalarNames#describe}, else its name in words with its unit. */
	static String scalarLabel(String name) {
		return ScalarNames.describe(name).map(Description::label).orElseGet(() -> UnitText.scalarLabel(name));
	}

	/** What a scalar means, for a tooltip; empty when it is not one of Anodyne's. */
	static String scalarMeaning(String name) {
		return ScalarNames.describe(name).map(Description::meaning).orElse("");
	}

	/**
	 * A scalar's value for people, with its unit: "750 cycles", "12.5 µm", a retention as "97.5 % at
	 * cycle 750"; the life of a run that stopped before the cell failed (censored) as a lower bound,
	 * "≥ 750 cycles (still running)", as the command line writes it.
	 *
	 * @param all every scalar of the result, for whether it is censored
	 */
	static String scalarValue(String name, Object value, Map<String, Object> all) {
		Description d = ScalarNames.describe(name).orElse(null);
		boolean censored = Boolean.TRUE.equals(all.get(ScalarNames.CENSORED));
		if (ScalarNames.RETENTION.equals(name) && value instanceof Map<?, ?> map && !map.isEmpty()) {
			Map.Entry<?, ?> last = null;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				last = e;
			}
			if (last.getValue() instanceof Number n) {
				return number(100 * n.doubleValue()) + " % at cycle " + last.getKey();
			}
		}
		if (censored && ScalarNames.FAILURE_MODE.equals(name)) {
			return "none yet (still running)";
		}
		String text = scalar(value);
		if (d != null && value instanceof Number && !Column.DIMENSIONLESS.equals(d.unit())) {
			text = text + " " + UnitText.pretty(d.unit());
		}
		if (censored && (ScalarNames.CYCLES_TO_FAILURE.equals(name) || ScalarNames.HOURS_TO_FAILURE.equals(name))) {
			return "≥ " + text + " (still running)";
		}
		return text;
	}

	/**
	 * An instant of summary.json ({@code 2026-12-06T18:00:11.476364738Z}) as people read it, in
	 * the local time zone to the second: "6 Dec 2026, 19:00:11 CET"; the text itself if it is not an
	 * instant.
	 */
	static String timestamp(String iso) {
		try {
			return TIMESTAMP.format(Instant.parse(iso).atZone(ZoneId.systemDefault()));
		} catch (DateTimeParseException e) {
			return iso;
		}
	}

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z",
			Locale.ENGLISH);

	/** An array's label for a chooser: "New metal [-]", "Concentration [mol/L]". */
	static String arrayLabel(FieldArray array) {
		return UnitText.axisTitle(UnitText.words(array.name()).toLowerCase(Locale.ROOT), array.unit());
	}

	/**
	 * An array entry of summary.json ({@code name[unit]}) as a chooser label, and its name.
	 *
	 * @return {name, label}
	 */
	static String[] arrayEntry(String entry) {
		int open = entry.indexOf('[');
		String name = open > 0 ? entry.substring(0, open) : entry;
		String unit = open > 0 && entry.endsWith("]") ? entry.substring(open + 1, entry.length() - 1) : "-";
		return new String[]{name, UnitText.axisTitle(UnitText.words(name).toLowerCase(Locale.ROOT), unit)};
	}
}
