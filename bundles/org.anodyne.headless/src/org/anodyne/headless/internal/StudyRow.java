/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anodyne.results.Json;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;

/**
 * One line of the summary table of {@code solve} and {@code build}.
 *
 * @param design  the design file's label
 * @param study   the study's name
 * @param status  {@code ok}, {@code failed}, {@code cancelled}, or {@code ok, unchanged} /
 *                {@code failed, unchanged} for results reused because their inputs did not change
 * @param seconds wall-clock time of this run [s], NaN when not run
 * @param result  the key figures, or for failures the message
 * @param exit    the row's contribution to the exit code
 */
record StudyRow(String design, String study, String status, double seconds, String result, int exit) {

	/** Names come from files and designs and end up on the terminal: made printable here, once for all rows. */
	StudyRow {
		design = Console.printable(design);
		study = Console.printable(study);
		result = Console.printable(result);
	}

	/** The key figures of a study from its scalars, in the words of the summary table. */
	static String figures(String kind, Map<String, Object> scalars) {
		if (ResultsFormat.KIND_DEPOSITION_2D.equals(kind)) {
			return join(percent(scalars, ScalarNames.BOTTOM_FRACTION, "%.0f %% of new metal in the lower half"),
					number(scalars, ScalarNames.SEPARATOR_GAP_UM, "%.0f µm gap to the separator"),
					number(scalars, ScalarNames.FINAL_OVERPOTENTIAL_MV, "%.1f mV"),
					number(scalars, ScalarNames.DENSE_THICKNESS_PER_CAPACITY_UM, "%.3f µm per mAh/cm²"));
		}
		if (ResultsFormat.KIND_CYCLE_LIFE.equals(kind)) {
			boolean censored = Boolean.TRUE.equals(scalars.get(ScalarNames.CENSORED));
			String cycles = number(scalars, ScalarNames.CYCLES_TO_FAILURE, (censored ? "≥ " : "") + "%.0f cycles");
			String hours = number(scalars, ScalarNames.HOURS_TO_FAILURE, "%.0f h");
			Object mode = scalars.get(ScalarNames.FAILURE_MODE);
			String end = censored ? "still running at the end" : mode instanceof String s ? "ends by " + s : "";
			return join(cycles + (hours.isEmpty() ? "" : " / " + hours), end,
					percent(scalars, ScalarNames.COULOMBIC_EFFICIENCY, "CE %.2f %%"));
		}
		return "";
	}

	/** A fraction as a percentage in a format with one %f. */
	private static String percent(Map<String, Object> scalars, String name, String format) {
		Double v = Json.toDouble(scalars.get(name));
		return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, format, 100 * v);
	}

	private static String number(Map<String, Object> scalars, String name, String format) {
		Double v = Json.toDouble(scalars.get(name));
		return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, format, v);
	}

	private static String join(String... parts) {
		return String.join(", ", List.of(parts).stream().filter(p -> !p.isBlank()).toList());
	}

	/** The rows as an aligned table, with a header. */
	static String table(List<StudyRow> rows) {
		String[] header = {"DESIGN", "STUDY", "STATUS", "TIME", "RESULT"};
		int[] width = new int[4];
		for (int i = 0; i < 4; i++) {
			width[i] = header[i].length();
		}
		for (StudyRow r : rows) {
			width[0] = Math.max(width[0], r.design().length());
			width[1] = Math.max(width[1], r.study().length());
			width[2] = Math.max(width[2], r.status().length());
			width[3] = Math.max(width[3], time(r).length());
		}
		StringBuilder b = new StringBuilder();
		line(b, width, header[0], header[1], header[2], header[3], header[4]);
		for (StudyRow r : rows) {
			line(b, width, r.design(), r.study(), r.status(), time(r), r.result());
		}
		return b.toString();
	}

	private static void line(StringBuilder b, int[] width, String design, String study, String status, String time,
			String result) {
		b.append(pad(design, width[0])).append("  ").append(pad(study, width[1])).append("  ")
				.append(pad(status, width[2])).append("  ").append(" ".repeat(width[3] - time.length())).append(time)
				.append("  ").append(result).append('\n');
	}

	private static String time(StudyRow r) {
		return Double.isNaN(r.seconds()) ? "-" : StudyProgress.clock(r.seconds());
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(Math.max(0, width - s.length()));
	}
}
