package org.anodyne.ui.results.charts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anodyne.results.Column;

/**
 * Units and names as people read them on a chart. The result files spell units in ASCII
 * ({@code mA/cm2}, {@code um}) so that every tool reads them; charts show {@code mA/cm²} and
 * {@code µm}, and axis titles always carry their unit in brackets.
 */
public final class UnitText {

	private static final Pattern POWER = Pattern.compile("(?<=[A-Za-z])([23])(?![0-9])");
	private static final Pattern MICRO = Pattern.compile("(?<![A-Za-z])u(?=(m|A|V|L|s|mol|Ah)(?![A-Za-z]))");

	private UnitText() {
	}

	/** A unit for display: {@code um → µm}, {@code cm2 → cm²}, {@code m3 → m³}; "" for dimensionless. */
	public static String pretty(String unit) {
		if (unit == null || unit.isBlank() || Column.DIMENSIONLESS.equals(unit.strip())) {
			return "";
		}
		String u = MICRO.matcher(unit.strip()).replaceAll("µ");
		Matcher m = POWER.matcher(u);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, m.group(1).equals("2") ? "²" : "³");
		}
		m.appendTail(b);
		return b.toString();
	}

	/** An axis title: the quantity with a capital first letter and its unit in brackets, if it has one. */
	public static String axisTitle(String quantity, String unit) {
		String p = pretty(unit);
		String q = capitalise(quantity);
		return p.isEmpty() ? q : q + " [" + p + "]";
	}

	/**
	 * A file or scalar name as words: {@code voltage-trace}, {@code voltage_trace} and
	 * {@code voltageTrace} all become "Voltage trace".
	 */
	public static String words(String name) {
		String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
		return capitalise(spaced.toLowerCase(Locale.ROOT));
	}

	/**
	 * A scalar name of summary.json as a label with its unit, which the name carries at its end
	 * ({@code maxDepositHeightUm → Max deposit height [µm]}, {@code firstCycleOverpotentialMv →
	 * First cycle overpotential [mV]}, {@code timeStepS → Time step [s]}).
	 */
	public static String scalarLabel(String name) {
		String[][] suffixes = { { "Um", "µm" }, { "Mv", "mV" }, { "S", "s" }, { "H", "h" } };
		for (String[] s : suffixes) {
			if (name.endsWith(s[0]) && name.length() > s[0].length()
					&& Character.isLowerCase(name.charAt(name.length() - s[0].length() - 1))) {
				return words(name.substring(0, name.length() - s[0].length())) + " [" + s[1] + "]";
			}
		}
		return words(name);
	}

	static String capitalise(String s) {
		if (s.isEmpty()) {
			return s;
		}
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}
}
