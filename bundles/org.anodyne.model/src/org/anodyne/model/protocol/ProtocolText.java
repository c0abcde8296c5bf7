/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.protocol;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.CellCurrentStep;
import org.anodyne.model.ChargeStep;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.DischargeStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.GalvanostaticStep;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.RestStep;
import org.anodyne.model.Step;
import org.anodyne.model.StopCondition;
import org.anodyne.model.StrippingStep;
import org.anodyne.model.TimeUnit;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.units.Units;
import org.anodyne.model.units.Units.Dimension;
import org.anodyne.model.units.Units.Unit;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The text form of protocols, in the spirit of PyBaMM's experiment strings. One step per line; a
 * repeat owns the lines indented under it:
 *
 * <pre>
 * Plate at 6 mA/cm2 for 6 mAh/cm2
 * Rest for 10 min
 * Repeat 750 times:
 *   Charge at 1C until 3.8 V
 *   Discharge at 1.5 mA/cm2 until 2.5 V
 *   Strip at 0.25 mA/cm2 for 4 h
 * </pre>
 *
 * Steps: {@code Plate|Strip at <current density> for <time|capacity>} or {@code until <voltage>};
 * {@code Charge|Discharge at <C-rate>C|<current density> for|until ...}; {@code Rest for <time>};
 * {@code Repeat <n> times:}. Keywords are case-insensitive, blank lines and lines starting with
 * {@code #} are skipped, and typed units are converted: {@code 250 µA/cm2} is read as 0.25 mA/cm2,
 * {@code 20 mV} as 0.02 V. Times keep the unit they were written in.
 * <p>
 * {@link #print} writes the canonical form (keywords capitalised, current densities in mA/cm2,
 * capacities in mAh/cm2, voltages in V, two spaces per nesting level); printing what was parsed from
 * canonical text gives back the same text. {@link #parse} reports every error with its line and column.
 */
public final class ProtocolText {

	private static final String INDENT = "  ";
	private static final Pattern NUMBER = Pattern
			.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
	private static final Pattern INTEGER = Pattern.compile("[0-9]+");

	/** A parse error: 1-based line and column and what was expected. */
	public record ParseError(int line, int column, String message) {
		@Override
		public String toString() {
			return "line " + line + ", column " + column + ": " + message;
		}
	}

	/** The steps read from a text, and the errors; the steps are only complete when there is no error. */
	public record ParseResult(List<Step> steps, List<ParseError> errors) {
		public ParseResult {
			steps = List.copyOf(steps);
			errors = List.copyOf(errors);
		}

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	private ProtocolText() {
	}

	/** The canonical text of a protocol's steps. */
	public static String print(Protocol protocol) {
		return print(protocol.getSteps());
	}

	/** The canonical text of steps, lines separated by {@code \n}, no trailing newline. */
	public static String print(List<? extends Step> steps) {
		List<String> lines = new ArrayList<>();
		print(steps, "", lines);
		return String.join("\n", lines);
	}

	/** The canonical one-line text of a single step (a repeat prints only its header). */
	public static String printStep(Step step) {
		return switch (step) {
		case PlatingStep s -> "Plate at " + number(s.getCurrentDensity()) + " mA/cm2" + stop(s);
		case StrippingStep s -> "Strip at " + number(s.getCurrentDensity()) + " mA/cm2" + stop(s);
		case ChargeStep s -> "Charge at " + rate(s) + stop(s);
		case DischargeStep s -> "Discharge at " + rate(s) + stop(s);
		case RestStep s -> "Rest" + stop(s);
		case RepeatStep s -> "Repeat " + s.getCount() + (s.getCount() == 1 ? " time:" : " times:");
		default -> step.eClass().getName();
		};
	}

	private static void print(List<? extends Step> steps, String indent, List<String> lines) {
		for (Step step : steps) {
			lines.add(indent + printStep(step));
			if (step instanceof RepeatStep repeat) {
				print(repeat.getSteps(), indent + INDENT, lines);
			}
		}
	}

	private static String rate(CellCurrentStep step) {
		if (step.isSetCRate()) {
			return number(step.getCRate()) + "C";
		}
		return number(step.getCurrentDensity()) + " mA/cm2";
	}

	private static String stop(ConditionedStep step) {
		StopCondition stop = step.getStop();
		return switch (stop) {
		case null -> "";
		case DurationStop d -> " for " + number(d.getDuration()) + " " + d.getUnit().getLiteral();
		case CapacityStop c -> " for " + number(c.getCapacity()) + " mAh/cm2";
		case VoltageStop v -> " until " + number(v.getVoltage()) + " V";
		default -> " " + stop.eClass().getName();
		};
	}

	/** Up to twelve significant digits, so unit conversions do not print binary noise. */
	static String number(double value) {
		if (value == 0) {
			return "0";
		}
		return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
	}

	/** Parses text into steps, collecting every error with its line and column. */
	public static ParseResult parse(String text) {
		return new Parser(text).parse();
	}

	/**
	 * Replaces a protocol's steps with the steps of the text if it parses without error.
	 *
	 * @return the result of parsing; the protocol is unchanged when it has errors
	 */
	public static ParseResult apply(Protocol protocol, String text) {
		ParseResult result = parse(text);
		if (result.ok()) {
			protocol.getSteps().clear();
			protocol.getSteps().addAll(EcoreUtil.copyAll(result.steps()));
		}
		return result;
	}

	private static final class Parser {
		private final String[] lines;
		private final List<ParseError> errors = new ArrayList<>();
		private final AnodyneFactory factory = AnodyneFactory.eINSTANCE;

		private record Block(int indent, List<Step> steps, RepeatStep owner, int ownerLine) {
		}

		Parser(String text) {
			this.lines = text == null ? new String[0] : text.split("\r?\n", -1);
		}

		ParseResult parse() {
			List<Step> top = new ArrayList<>();
			Deque<Block> blocks = new ArrayDeque<>();
			blocks.push(new Block(0, top, null, 0));
			RepeatStep openRepeat = null;
			int openRepeatLine = 0;
			for (int i = 0; i < lines.length; i++) {
				int lineNumber = i + 1;
				String line = lines[i];
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				int indent = leadingSpaces(line);
				if (tab >= 0 && tab < indent + 1) {
					errors.add(new ParseError(lineNumber, tab + 1, "indent with spaces, not tabs"));
					// The line was meant as content; one error for it is enough.
					openRepeat = null;
					continue;
				}
				if (openRepeat != null) {
					if (indent > blocks.peek().indent()) {
						blocks.push(new Block(indent, new ArrayList<>(), openRepeat, openRepeatLine));
					} else {
						errors.add(new ParseError(openRepeatLine, 1,
								"the repeat has no steps; indent its steps under it"));
					}
					openRepeat = null;
				}
				while (indent < blocks.peek().indent()) {
					close(blocks.pop());
				}
				if (indent != blocks.peek().indent()) {
					errors.add(new ParseError(lineNumber, 1, "indentation of " + indent
							+ " spaces matches no enclosing block (expected " + blocks.peek().indent() + ")"));
					continue;
				}
				Optional<Step> step = new LineParser(line, lineNumber, indent).step();
				if (step.isPresent()) {
					blocks.peek().steps().add(step.get());
					if (step.get() instanceof RepeatStep repeat) {
						openRepeat = repeat;
						openRepeatLine = lineNumber;
					}
				} else if (trimmed.toLowerCase(Locale.ROOT).startsWith("repeat")) {
					// A broken repeat header still owns the lines indented under it; reading them into a
					// detached repeat reports their own errors without a cascade of indentation errors.
					openRepeat = factory.createRepeatStep();
					openRepeatLine = lineNumber;
				}
			}
			if (openRepeat != null) {
				errors.add(new ParseError(openRepeatLine, 1, "the repeat has no steps; indent its steps under it"));
			}
			while (blocks.size() > 1) {
				close(blocks.pop());
			}
			errors.sort((a, b) -> a.line() != b.line()
					? Integer.compare(a.line(), b.line())
					: Integer.compare(a.column(), b.column()));
			return new ParseResult(top, errors);
		}

		private static void close(Block block) {
			block.owner().getSteps().addAll(block.steps());
		}

		private static int leadingSpaces(String line) {
			int n = 0;
			while (n < line.length() && line.charAt(n) == ' ') {
				n++;
			}
			return n;
		}

		/** Reads one line; on error records it and yields nothing. */
		private final class LineParser {
			private final String line;
			private final int lineNumber;
			private int pos;

			LineParser(String line, int lineNumber, int start) {
				this.line = line;
				this.lineNumber = lineNumber;
				this.pos = start;
			}

			Optional<Step> step() {
				try {
					Step step = readStep();
					skipSpaces();
					if (pos < line.length()) {
						throw error(pos, "unexpected '" + peekToken() + "' after the step");
					}
					return Optional.of(step);
				} catch (Failure f) {
					errors.add(f.error);
					return Optional.empty();
				}
			}

			private Step readStep() throws Failure {
				skipSpaces();
				int start = pos;
				String word = readToken();
				switch (word.toLowerCase(Locale.ROOT)) {
				case "plate", "strip" -> {
					GalvanostaticStep step = word.equalsIgnoreCase("plate")
							? factory.createPlatingStep()
							: factory.createStrippingStep();
					expect("at");
					step.setCurrentDensity(readQuantity(Dimension.CURRENT_DENSITY, "a current density such as"
							+ " '0.25 mA/cm2'").in("mA/cm2"));
					step.setStop(readStop(false));
					return step;
				}
				case "charge", "discharge" -> {
					CellCurrentStep step = word.equalsIgnoreCase("charge")
							? factory.createChargeStep()
							: factory.createDischargeStep();
					expect("at");
					readRate(step);
					step.setStop(readStop(false));
					return step;
				}
				case "rest" -> {
					RestStep step = factory.createRestStep();
					step.setStop(readStop(true));
					return step;
				}
				case "repeat" -> {
					RepeatStep step = factory.createRepeatStep();
					skipSpaces();
					int at = pos;
					String count = readToken();
					if (!INTEGER.matcher(count).matches()) {
						throw error(at, "expected how many times to repeat, e.g. 'Repeat 750 times:', found '"
								+ count + "'");
					}
					try {
						step.setCount(Integer.parseInt(count));
					} catch (NumberFormatException e) {
						throw error(at, "repeat count " + count + " is too large");
					}
					if (step.getCount() < 1) {
						throw error(at, "a repeat needs a count of at least 1");
					}
					skipSpaces();
					at = pos;
					String times = readToken();
					String t = times.toLowerCase(Locale.ROOT);
					if (t.equals("times") || t.equals("time")) {
						skipSpaces();
						if (pos < line.length() && line.charAt(pos) == ':') {
							pos++;
							return step;
						}
						throw error(pos, "expected ':' after '" + times + "'");
					}
					if (!t.equals("times:") && !t.equals("time:")) {
						throw error(at, "expected 'times:', found '" + times + "'");
					}
					return step;
				}
				case "" -> throw error(start, "expected a step");
				default -> throw error(start, "unknown step '" + word
						+ "': expected Plate, Strip, Charge, Discharge, Rest or Repeat");
				}
			}

			private void readRate(CellCurrentStep step) throws Failure {
				skipSpaces();
				int at = pos;
				Matcher m = NUMBER.matcher(line).region(pos, line.length());
				if (!m.lookingAt()) {
					throw error(at, "expected a C-rate such as '1C' or a current density such as '1.5 mA/cm2', found '"
							+ peekToken() + "'");
				}
				double value = Double.parseDouble(m.group());
				int afterNumber = m.end();
				int unitStart = afterNumber;
				while (unitStart < line.length() && line.charAt(unitStart) == ' ') {
					unitStart++;
				}
				int unitEnd = tokenEnd(unitStart);
				if (line.substring(unitStart, unitEnd).equals("C")) {
					step.setCRate(value);
					pos = unitEnd;
					return;
				}
				step.setCurrentDensity(readQuantity(Dimension.CURRENT_DENSITY,
						"a C-rate such as '1C' or a current density such as '1.5 mA/cm2'").in("mA/cm2"));
			}

			private StopCondition readStop(boolean durationOnly) throws Failure {
				skipSpaces();
				int at = pos;
				String word = readToken().toLowerCase(Locale.ROOT);
				if (word.equals("for")) {
					int quantityAt = skipSpacesAndMark();
					Units.Quantity q = readQuantity(null, durationOnly
							? "a time such as '10 min'"
							: "a time such as '4 h' or a capacity such as '1 mAh/cm2'");
					if (q.unit().dimension() == Dimension.TIME) {
						DurationStop stop = factory.createDurationStop();
						stop.setDuration(q.value());
						stop.setUnit(timeUnit(q.unit(), quantityAt));
						return stop;
					}
					if (!durationOnly && q.unit().dimension() == Dimension.AREAL_CAPACITY) {
						CapacityStop stop = factory.createCapacityStop();
						stop.setCapacity(q.in("mAh/cm2"));
						return stop;
					}
					throw error(quantityAt, "expected " + (durationOnly
							? "a time such as '10 min'"
							: "a time such as '4 h' or a capacity such as '1 mAh/cm2'") + ", found '" + q + "'");
				}
				if (word.equals("until") && !durationOnly) {
					int quantityAt = skipSpacesAndMark();
					Units.Quantity q = readQuantity(Dimension.VOLTAGE, "a voltage such as '3.8 V'");
					VoltageStop stop = factory.createVoltageStop();
					stop.setVoltage(q.in("V"));
					if (q.unit().dimension() != Dimension.VOLTAGE) {
						throw error(quantityAt, "expected a voltage such as '3.8 V'");
					}
					return stop;
				}
				if (word.isEmpty()) {
					throw error(at, durationOnly
							? "a rest needs a time: add 'for 10 min'"
							: "the step has no stop condition: add 'for 4 h', 'for 1 mAh/cm2' or 'until 3.8 V'");
				}
				throw error(at, "expected " + (durationOnly ? "'for'" : "'for' or 'until'") + ", found '" + word + "'");
			}

			private TimeUnit timeUnit(Unit unit, int at) throws Failure {
				return switch (unit.symbol()) {
				case "s" -> TimeUnit.SECONDS;
				case "min" -> TimeUnit.MINUTES;
				case "h" -> TimeUnit.HOURS;
				default -> throw error(at, "use s, min or h for times, not " + unit.display());
				};
			}

			/**
			 * A number followed by a unit of the wanted dimension (any dimension when null). Units may span
			 * several words ("mA cm-2"); the longest run of words that is a known unit is taken.
			 */
			private Units.Quantity readQuantity(Dimension dimension, String expected) throws Failure {
				skipSpaces();
				int at = pos;
				Matcher m = NUMBER.matcher(line).region(pos, line.length());
				if (!m.lookingAt()) {
					throw error(at, "expected " + expected + ", found '" + peekToken() + "'");
				}
				double value = Double.parseDouble(m.group());
				pos = m.end();
				skipSpaces();
				int unitAt = pos;
				Unit unit = null;
				int unitEnd = pos;
				int end = pos;
				StringBuilder text = new StringBuilder();
				for (int words = 0; words < 3 && end < line.length(); words++) {
					int wordEnd = tokenEnd(end);
					text.append(words == 0 ? "" : " ").append(line, end, wordEnd);
					Optional<Unit> candidate = Units.unit(alias(text.toString()));
					if (candidate.isPresent()) {
						unit = candidate.get();
						unitEnd = wordEnd;
					}
					end = wordEnd;
					while (end < line.length() && line.charAt(end) == ' ') {
						end++;
					}
				}
				if (unit == null) {
					throw error(unitAt, "expected a unit after " + m.group() + " for " + expected + ", found '"
							+ peekToken() + "'");
				}
				if (dimension != null && unit.dimension() != dimension) {
					throw error(unitAt, "expected " + expected + ", but '" + unit.display() + "' is not a "
							+ Units.Dimension.valueOf(dimension.name()).name().toLowerCase(Locale.ROOT).replace('_',
									' ')
							+ " unit");
				}
				pos = unitEnd;
				return new Units.Quantity(value, unit);
			}

			private String alias(String unit) {
				return switch (unit.toLowerCase(Locale.ROOT)) {
				case "sec", "secs", "second", "seconds" -> "s";
				case "mins", "minute", "minutes" -> "min";
				case "hr", "hrs", "hour", "hours" -> "h";
				default -> unit;
				};
			}

			private void expect(String keyword) throws Failure {
				skipSpaces();
				int at = pos;
				String word = readToken();
				if (!word.equalsIgnoreCase(keyword)) {
					throw error(at, "expected '" + keyword + "', found '" + word + "'");
				}
			}

			private int skipSpacesAndMark() {
				skipSpaces();
				return pos;
			}

			private void skipSpaces() {
				while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
					pos++;
				}
			}

			private int tokenEnd(int from) {
				int end = from;
				while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
					end++;
				}
				return end;
			}

			private String readToken() {
				int end = tokenEnd(pos);
				String token = line.substring(pos, end);
				pos = end;
				return token;
			}

			private String peekToken() {
				int end = tokenEnd(pos);
				return pos >= line.length() ? "end of line" : line.substring(pos, end);
			}

			private Failure error(int at, String message) {
				return new Failure(new ParseError(lineNumber, at + 1, message));
			}
		}
	}

	private static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient ParseError error;

		Failure(ParseError error) {
			super(error.message(), null, false, false);
			this.error = error;
		}
	}
}
