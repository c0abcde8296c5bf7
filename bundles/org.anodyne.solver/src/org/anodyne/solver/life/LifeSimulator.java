/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;

/**
 * Runs a {@link LifeProtocol} on a {@link LifeCell} with the reduced life model and records the time
 * series, one {@link CycleRecord} per cycle and the {@link LifeOutcome}.
 * <p>
 * <b>Signs.</b> Current density j &gt; 0 plates the working electrode (charges a full cell). The
 * recorded voltage is the cell voltage: cathode − anode for a full cell; working − counter electrode
 * for symmetric and half cells, so it is negative while plating the working electrode and positive
 * while stripping it. A voltage stop is met when the voltage reaches it moving the way the step
 * drives it.
 * <p>
 * <b>Steps.</b> Each step is cut into {@link LifeRunOptions#samplesPerStep()} segments over its
 * horizon (the earliest of its time stop, its capacity stop, and the time its source of metal or
 * lithium would run out); rates are frozen within a segment. Within a segment, the first of these
 * events ends the step and is located by bisection (voltages) or linear interpolation (layers,
 * inventories): a voltage stop or the cathode's safety limit (normal end), the inactive layers
 * reaching the separator's thickness, the electrolyte no longer filling the pores, the polarisation passing the runaway limit, or the
 * source running out. A metal electrode running out during a fixed-time or fixed-capacity step is
 * {@link FailureMode#INVENTORY_EXHAUSTED}; with a voltage stop it is how the stop is met (the
 * stripping overpotential diverges); in a full cell's discharge it is the anode limiting capacity.
 * <p>
 * <b>Protocols that cannot finish</b> are reported as {@link SolverException}s naming the step: a
 * voltage stop on the wrong side of a symmetric or half cell's zero, or outside a cathode's safety
 * window (checked before the run); a cathode fully charged or discharged before its voltage stop is
 * reached; a step whose stop is not met within {@link LifeRunOptions#maxStepDuration()}; a protocol
 * of more than {@link LifeRunOptions#maxSteps()} steps. Cancellation is checked before every step.
 */
public final class LifeSimulator {

	/**
	 * Share of the empty host in front of an electrode's metal that its deposit and inactive layer
	 * fill between two computations of its coupling: at the start of each plating step the coupling
	 * is taken at the fill rounded down to a multiple of this, so the split follows the front through
	 * the buffer in ten steps (each computed once per current and run).
	 */
	public static final double COUPLING_REFRESH_FILL = 0.1;

	/**
	 * Recession, in host solid spacings, at which an electrode's receded front first gets the plating
	 * area of a split at its depth from the coupling source (again at each doubling of that depth): the
	 * separator's pores stop shading the front as soon as it lies below the host's face, and the host it
	 * meets deeper changes over a spacing.
	 */
	public static final double RECESSION_REFRESH = 1.0 / 16.0;

	/** Most depths (doublings from {@link #RECESSION_REFRESH}) a run asks the source for; deeper fronts keep the last. */
	public static final int MAX_RECESSION_REFRESHES = 9;

	private LifeSimulator() {
	}

	/** Runs with default options and no progress reporting. */
	public static LifeResult run(LifeScenario scenario) throws SolverException {
		return run(scenario, LifeRunOptions.defaults(), ProgressMonitor.NULL);
	}

	/**
	 * Runs a scenario.
	 *
	 * @throws SolverException for a protocol that cannot finish, a coupling that cannot be computed, or
	 *                         cancellation ({@link org.anodyne.solver.CancelledException})
	 */
	public static LifeResult run(LifeScenario scenario, LifeRunOptions options, ProgressMonitor monitor)
			throws SolverException {
		return new Run(scenario, options, monitor == null ? ProgressMonitor.NULL : monitor).execute();
	}

	private enum Bound {
		TIME, CAPACITY, SOURCE, MAX_TIME, GUARD
	}

	private enum EventKind {
		PENETRATION, RUNAWAY, DRY_OUT, SOURCE_METAL, SOURCE_CATHODE, VOLTAGE, SAFETY
	}

	private record Event(EventKind kind, double tau, double value) {
	}

	private static final class Run {
		private final LifeScenario scenario;
		private final LifeCell cell;
		private final LifeParameters params;
		private final LifeRunOptions options;
		private final ProgressMonitor monitor;
		private final CellModel model;
		private final boolean full;
		private final Map<Double, DepositionCoupling> couplings = new HashMap<>();
		private final Map<Double, DepositionCoupling> reservoirCouplings = new HashMap<>();
		private final Map<List<Double>, DepositionCoupling> refreshed = new HashMap<>();
		private double highestRefresh;
		private final Map<List<Double>, Double> recededFronts = new HashMap<>();
		private double deepestRecession;
		private final List<CycleRecord> cycles = new ArrayList<>();
		private final List<String> notes = new ArrayList<>();
		private final TimeSeries series;
		private CellState state;
		private LifeOutcome outcome;
		private boolean stopped;
		private long leafIndex;
		private String currentPath = "";
		private ProtocolStep currentLeaf;

		private int cycle = 1;
		private boolean cycleOpen;
		private double cycleStart;
		private double charged;
		private double discharged;
		private double plated;
		private double polarisationIntegral;
		private double polarisationTime;
		private double polarisationPeak;
		private double lossAtCycleStart;
		private boolean sawStrip;
		private boolean anodeLimited;
		private double referenceDischarge = Double.NaN;
		private double previousRetention = Double.NaN;
		private double lastTime;
		private double lastPolarisation;

		Run(LifeScenario scenario, LifeRunOptions options, ProgressMonitor monitor) {
			this.scenario = scenario;
			this.cell = scenario.cell();
			this.params = scenario.parameters();
			this.options = options;
			this.monitor = monitor;
			this.model = new CellModel(cell, params, options.agedDenseFace());
			this.full = cell.configuration() == CellConfiguration.FULL;
			long leaves = scenario.protocol().leafCount();
			this.series = new TimeSeries((int) Math.min((options.samplesPerStep() + 1L) * leaves, 1 << 16));
		}

		LifeResult execute() throws SolverException {
			LifeProtocol protocol = scenario.protocol();
			validate(protocol.steps(), "");
			double reference = firstCurrent(protocol.steps(), true);
			if (Double.isNaN(reference)) {
				reference = firstCurrent(protocol.steps(), false);
			}
			DepositionCoupling first = coupling(Double.isNaN(reference) ? 1.0 : Math.abs(reference));
			double metal = cell.anode().initialMetal();
			ElectrodeState working = new ElectrodeState(false, metal);
			model.attach(working, first);
			ElectrodeState counter = switch (cell.configuration()) {
			case SYMMETRIC -> new ElectrodeState(false, metal);
			case HALF -> new ElectrodeState(true, 0.0);
			case FULL -> null;
			};
			if (counter != null) {
				model.attach(counter, counter.reservoir
						? reservoirCoupling(Double.isNaN(reference) ? 1.0 : Math.abs(reference))
						: first);
			}
			state = new CellState(working, counter, full ? cell.cathode().capacity() : Double.NaN,
					cell.electrolyteVolume());
			long leaves = protocol.leafCount();
			if (leaves > options.maxSteps()) {
				throw new SolverException(String.format(Locale.ROOT,
						"protocol '%s' expands to %d steps, more than the %d a run allows; lower a repeat count",
						protocol.name(), leaves, options.maxSteps()));
			}
			monitor.begin("Cycle life: " + scenario.name(), (int) Math.min(leaves, Integer.MAX_VALUE));
			try {
				startCycle();
				lastTime = 0.0;
				lastPolarisation = 0.0;
				series.add(0.0, 0.0, model.equilibrium(state), 0.0);
				runSteps(protocol.steps(), "");
				closeCycle();
			} finally {
				monitor.done();
			}
			if (!refreshed.isEmpty()) {
				note(String.format(Locale.ROOT,
						"the coupling was recomputed %d time%s as the deposit and inactive layer filled up to %.0f %% of the empty host",
						refreshed.size(), refreshed.size() == 1 ? "" : "s", 100.0 * highestRefresh));
			}
			long receded = recededFronts.values().stream().filter(a -> !Double.isNaN(a)).count();
			if (receded > 0) {
				note(String.format(Locale.ROOT,
						"the plating area was recomputed %d time%s as stripping took the front up to %.1f µm into the host",
						receded, receded == 1 ? "" : "s", deepestRecession * 1e6));
			}
			if (receded < recededFronts.size()) {
				note(String.format(Locale.ROOT,
						"at %d depth%s the coupling source could not place the receded front, which kept the coupling's area and the estimated laid-open surface",
						recededFronts.size() - receded, recededFronts.size() - receded == 1 ? "" : "s"));
			}
			if (outcome == null) {
				outcome = LifeOutcome.censored(state.time,
						cycles.isEmpty() ? 0 : cycles.get(cycles.size() - 1).cycle());
			}
			return new LifeResult(scenario, first, series, cycles, outcome, notes);
		}

		private boolean finished() {
			return outcome != null || stopped;
		}

		private void runSteps(List<ProtocolStep> steps, String prefix) throws SolverException {
			for (int i = 0; i < steps.size() && !finished(); i++) {
				ProtocolStep step = steps.get(i);
				String path = prefix + (i + 1);
				if (step instanceof RepeatStep repeat) {
					for (int k = 1; k <= repeat.count() && !finished(); k++) {
						runSteps(repeat.steps(), path + ".");
					}
				} else {
					leaf(step, path);
				}
			}
		}

		private void leaf(ProtocolStep step, String path) throws SolverException {
			leafIndex++;
			monitor.checkCanceled(leafIndex, state.time);
			if (state.time >= options.maxTime()) {
				stopped = true;
				return;
			}
			currentPath = path;
			currentLeaf = step;
			double current = signedCurrent(step);
			if (current > 0.0 && sawStrip) {
				closeCycle();
				if (finished()) {
					return;
				}
				if (cycle >= options.maxCycles()) {
					stopped = true;
					return;
				}
				cycle++;
				startCycle();
			}
			List<StopCondition> stops = switch (step) {
			case RestStep rest -> List.of(new StopCondition.AfterTime(rest.duration()));
			case GalvanostaticStep g -> g.stops();
			case CellCurrentStep c -> c.stops();
			case RepeatStep r -> throw new IllegalStateException("repeat reached as a leaf");
			};
			runCurrent(current, stops);
			if (current < 0.0) {
				sawStrip = true;
			}
			monitor.worked(1);
		}

		private double signedCurrent(ProtocolStep step) {
			return switch (step) {
			case RestStep rest -> 0.0;
			case GalvanostaticStep g -> g.signedCurrentDensity();
			case CellCurrentStep c -> c.signedCurrentDensity(cell.nominalCapacity());
			case RepeatStep r -> throw new IllegalStateException("repeat has no current");
			};
		}

		/** First current of the protocol (plating only if asked), NaN if none. */
		private double firstCurrent(List<ProtocolStep> steps, boolean platingOnly) {
			for (ProtocolStep step : steps) {
				double j = step instanceof RepeatStep repeat
						? firstCurrent(repeat.steps(), platingOnly)
						: signedCurrent(step);
				if (!Double.isNaN(j) && j != 0.0 && (!platingOnly || j > 0.0)) {
					return j;
				}
			}
			return Double.NaN;
		}

		private void validate(List<ProtocolStep> steps, String prefix) throws SolverException {
			for (int i = 0; i < steps.size(); i++) {
				ProtocolStep step = steps.get(i);
				String where = "step " + prefix + (i + 1) + " (" + step.describe() + ")";
				if (step instanceof RepeatStep repeat) {
					validate(repeat.steps(), prefix + (i + 1) + ".");
					continue;
				}
				double current;
				try {
					current = signedCurrent(step);
				} catch (IllegalArgumentException e) {
					throw new SolverException("protocol '" + scenario.protocol().name() + "', " + where + ": "
							+ e.getMessage() + " (" + cell.configuration().name().toLowerCase(Locale.ROOT) + " cell)");
				}
				List<StopCondition> stops = step instanceof GalvanostaticStep g
						? g.stops()
						: step instanceof CellCurrentStep c ? c.stops() : List.of();
				for (StopCondition stop : stops) {
					if (stop instanceof StopCondition.AtVoltage at) {
						checkVoltageStop(current, at.voltage(), where);
					}
				}
			}
		}

		private void checkVoltageStop(double current, double voltage, String where) throws SolverException {
			String protocol = "protocol '" + scenario.protocol().name() + "' cannot finish: " + where;
			if (full) {
				CathodeElectrode cathode = cell.cathode();
				if (voltage < cathode.lowerVoltageLimit() || voltage > cathode.upperVoltageLimit()) {
					throw new SolverException(String.format(Locale.ROOT,
							"%s asks for %.4g V, outside the safety window %.4g..%.4g V of cathode %s, so the stop is never reached",
							protocol, voltage, cathode.lowerVoltageLimit(), cathode.upperVoltageLimit(),
							cathode.name()));
				}
				return;
			}
			double drive = model.sign * Math.signum(current);
			if (!(drive * voltage > 0.0)) {
				String cellKind = cell.configuration().name().toLowerCase(Locale.ROOT);
				throw new SolverException(String.format(Locale.ROOT,
						"%s stops at %.4g V, but %s the working electrode drives a %s cell's voltage %s 0 V, so the stop is never reached",
						protocol, voltage, current > 0.0 ? "plating" : "stripping", cellKind,
						current > 0.0 ? "below" : "above"));
			}
		}

		private DepositionCoupling coupling(double currentDensity) throws SolverException {
			DepositionCoupling c = couplings.get(currentDensity);
			if (c == null) {
				c = scenario.coupling().couple(cell, params, currentDensity);
				if (c == null) {
					throw new SolverException("coupling source returned nothing for " + cell.anode().describe()
							+ " at " + currentDensity + " A/m2");
				}
				couplings.put(currentDensity, c);
			}
			return c;
		}

		/**
		 * Attaches the coupling for plating at J on an electrode: the assembled cell's, or once its
		 * buffer is filled beyond {@link #COUPLING_REFRESH_FILL}, the source's coupling at that fill.
		 */
		private void attachPlating(ElectrodeState e, double currentDensity, double stepCharge) throws SolverException {
			DepositionCoupling assembled = coupling(currentDensity);
			recede(e, assembled);
			if (!(e.assembly.bufferPoreVolume() > 0.0)) {
				model.attach(e, assembled, 0.0, stepCharge);
				return;
			}
			double fill = Math.floor(Math.min(model.bufferFill(e), 1.0) / COUPLING_REFRESH_FILL)
					* COUPLING_REFRESH_FILL;
			if (fill <= 0.0) {
				model.attach(e, assembled, 0.0, stepCharge);
				return;
			}
			List<Double> key = List.of(currentDensity, fill);
			DepositionCoupling c = refreshed.get(key);
			if (c == null) {
				c = scenario.coupling().couple(cell, params, currentDensity, fill);
				if (c == null || c == assembled) {
					model.attach(e, assembled, 0.0, stepCharge);
					return;
				}
				refreshed.put(key, c);
				highestRefresh = Math.max(highestRefresh, fill);
			}
			model.attach(e, c, fill, stepCharge);
		}

		/**
		 * Once stripping has taken the front of an electrode without a buffer (its metal starts against the
		 * separator) into the host by at least
		 * {@link #RECESSION_REFRESH} of the host's solid spacing, the plating area of the source's split
		 * at that depth rounded down to a doubling of it (at most {@link #MAX_RECESSION_REFRESHES}); otherwise,
		 * and on a foil, which has no pores to recede into, the coupling's.
		 */
		private void recede(ElectrodeState e, DepositionCoupling assembled) throws SolverException {
			e.recededArea = Double.NaN;
			e.recededDepth = 0.0;
			double first = RECESSION_REFRESH * assembled.supportLength();
			double recession = model.recession(e, assembled);
			// Only a front that starts against the separator (no empty host in front of it) recedes from it;
			// a buffered front moves through its buffer instead (attachPlating).
			if (e.reservoir || assembled.bufferPoreVolume() > 0.0 || !(first > 0.0) || !(recession >= first)) {
				return;
			}
			// Depths double from the first: the front leaves the separator's shade early, the host changes slowly.
			int doublings = Math.min((int) Math.floor(Math.log(recession / first) / Math.log(2.0)),
					MAX_RECESSION_REFRESHES - 1);
			double depth = first * Math.pow(2.0, doublings);
			List<Double> key = List.of(assembled.currentDensity(), depth);
			Double area = recededFronts.get(key);
			if (area == null) {
				OptionalDouble computed = scenario.coupling().recededPlatingArea(cell, params,
						assembled.currentDensity(), depth * cell.anode().hostPorosity());
				area = computed.isPresent() && computed.getAsDouble() > 0.0 ? computed.getAsDouble() : Double.NaN;
				recededFronts.put(key, area);
				if (!Double.isNaN(area)) {
					deepestRecession = Math.max(deepestRecession, depth);
				}
			}
			if (!Double.isNaN(area)) {
				e.recededArea = area;
				e.recededDepth = depth;
			}
		}

		private DepositionCoupling reservoirCoupling(double currentDensity) throws SolverException {
			DepositionCoupling c = reservoirCouplings.get(currentDensity);
			if (c == null) {
				c = AnalyticCoupling.planarMetal(cell, params, currentDensity);
				reservoirCouplings.put(currentDensity, c);
			}
			return c;
		}

		private void runCurrent(double current, List<StopCondition> stops) throws SolverException {
			double timeStop = Double.POSITIVE_INFINITY;
			double capacityStop = Double.POSITIVE_INFINITY;
			List<Double> voltageStops = new ArrayList<>();
			for (StopCondition stop : stops) {
				switch (stop) {
				case StopCondition.AfterTime t -> timeStop = Math.min(timeStop, t.duration());
				case StopCondition.AfterCapacity c -> {
					if (current != 0.0) {
						capacityStop = Math.min(capacityStop, c.capacity() / Math.abs(current));
					}
				}
				case StopCondition.AtVoltage v -> voltageStops.add(v.voltage());
				}
			}
			// The charge the step will plate: what it stops at, or for a full cell's charge to a voltage the cathode's capacity.
			double stepCharge = Math.abs(current) * Math.min(timeStop, capacityStop);
			if (full && Double.isInfinite(stepCharge)) {
				stepCharge = state.cathodeCapacity;
			}
			if (current > 0.0) {
				attachPlating(state.working, current, stepCharge);
			}
			if (state.counter != null && current != 0.0) {
				if (state.counter.reservoir) {
					model.attach(state.counter, reservoirCoupling(Math.abs(current)));
				} else if (current < 0.0) {
					attachPlating(state.counter, -current, stepCharge);
				}
			}
			if (full && current != 0.0) {
				voltageStops
						.add(current > 0.0 ? cell.cathode().upperVoltageLimit() : cell.cathode().lowerVoltageLimit());
			}
			int protocolStops = full && current != 0.0 ? voltageStops.size() - 1 : voltageStops.size();
			double drive = model.sign * Math.signum(current);
			double startTime = state.time;
			double v0 = recordStart(current);
			if (current != 0.0) {
				for (double v : voltageStops) {
					if (drive * (v0 - v) >= 0.0) {
						if (full && current > 0.0 && cycles.isEmpty() && charged == 0.0 && discharged == 0.0) {
							// Otherwise every later step would stop at once too and the run end "still running at 0 h".
							throw new SolverException(String.format(Locale.ROOT,
									"protocol '%s' cannot run: at the start of %s the cell is already at %.4g V, beyond its stop %.4g V "
											+ "(polarisation %.3g V at %.3g mA/cm2), so the cell delivers no capacity; lower the rate "
											+ "or check the cathode's transport",
									scenario.protocol().name(), currentStep(), v0, v,
									model.polarisation(state, current, false),
									Math.abs(current) / 10.0), leafIndex, state.time, null);
						}
						return;
					}
				}
			}
			Bound bound = Bound.TIME;
			double horizon = timeStop;
			if (capacityStop < horizon) {
				horizon = capacityStop;
				bound = Bound.CAPACITY;
			}
			double source = sourceTime(current);
			if (source < horizon) {
				horizon = source;
				bound = Bound.SOURCE;
			}
			if (options.maxTime() - startTime < horizon) {
				horizon = options.maxTime() - startTime;
				bound = Bound.MAX_TIME;
			}
			if (Double.isInfinite(horizon)) {
				horizon = options.maxStepDuration();
				bound = Bound.GUARD;
			}
			int n = options.samplesPerStep();
			for (int k = 0; k < n && horizon > 0.0; k++) {
				CellState start = state.copy();
				double dt = startTime + horizon * (k + 1) / n - state.time;
				model.advance(state, current, dt);
				double end = model.voltage(state, current);
				Event event = detect(start, current, dt, voltageStops, protocolStops, drive, end);
				if (event != null) {
					state.set(start);
					model.advance(state, current, event.tau());
					record(current, model.voltage(state, current));
					handle(event, current, protocolStops > 0);
					return;
				}
				record(current, end);
			}
			switch (bound) {
			case TIME, CAPACITY -> {
			}
			case MAX_TIME -> stopped = true;
			case SOURCE -> handle(new Event(sourceKind(current), horizon, 0.0), current, protocolStops > 0);
			case GUARD -> throw new SolverException(String.format(Locale.ROOT,
					"protocol '%s' cannot finish: %s did not meet its stop condition within %.0f h (cycle %d); "
							+ "check the stop voltage against what this cell can reach",
					scenario.protocol().name(), currentStep(), options.maxStepDuration() / Units.HOUR, cycle),
					leafIndex,
					state.time, null);
			}
		}

		private EventKind sourceKind(double current) {
			if (!full) {
				return EventKind.SOURCE_METAL;
			}
			if (current > 0.0) {
				return EventKind.SOURCE_CATHODE;
			}
			double byMetal = state.working.metal / -current;
			double byCathode = model.cathodeSurface(state, current) * state.cathodeCapacity / -current;
			return byMetal <= byCathode ? EventKind.SOURCE_METAL : EventKind.SOURCE_CATHODE;
		}

		/** Upper bound on the time until the step's source of metal or lithium is used up. */
		private double sourceTime(double current) {
			if (current > 0.0) {
				if (full) {
					return Math.max(0.0,
							(1.0 - model.cathodeSurface(state, current)) * state.cathodeCapacity / current);
				}
				return state.counter.reservoir
						? Double.POSITIVE_INFINITY
						: Math.max(0.0, state.counter.metal / current);
			}
			if (current < 0.0) {
				double byMetal = Math.max(0.0, state.working.metal / -current);
				return full
						? Math.min(byMetal,
								Math.max(0.0, model.cathodeSurface(state, current) * state.cathodeCapacity / -current))
						: byMetal;
			}
			return Double.POSITIVE_INFINITY;
		}

		/**
		 * The earliest event within a segment that just advanced the state from {@code start} by dt,
		 * or null; {@code end} is the voltage at the end of the segment.
		 */
		private Event detect(CellState start, double current, double dt, List<Double> voltageStops,
				int protocolStops, double drive, double end) {
			Event best = null;
			double critical = model.penetrationHeight();
			double layersEnd = model.separatorLayers(state);
			if (layersEnd >= critical) {
				double layersStart = model.separatorLayers(start);
				double tau = dt * Math.max(0.0, (critical - layersStart) / (layersEnd - layersStart));
				best = earlier(best, new Event(EventKind.PENETRATION, tau, layersEnd));
			}
			// The full polarisation bounds the resistive part from above, so most segments skip it.
			if (current != 0.0 && !(Math.abs(end - model.equilibrium(state)) < params.overpotentialLimit())
					&& model.polarisation(state, current, true) > params.overpotentialLimit()) {
				double tau = bisect(start, current, 0.0, dt,
						s -> model.polarisation(s, current, true) - params.overpotentialLimit());
				best = earlier(best, new Event(EventKind.RUNAWAY, tau, params.overpotentialLimit()));
			}
			double sourceTau = Double.POSITIVE_INFINITY;
			EventKind sourceKind = null;
			if (current > 0.0 && state.counter != null && !state.counter.reservoir && state.counter.metal <= 0.0) {
				sourceTau = linear(start.counter.metal, state.counter.metal, dt);
				sourceKind = EventKind.SOURCE_METAL;
			}
			if (current < 0.0 && state.working.metal <= 0.0) {
				sourceTau = linear(start.working.metal, state.working.metal, dt);
				sourceKind = EventKind.SOURCE_METAL;
			}
			double wet = model.poresToWet(state);
			if (state.electrolyte <= wet) {
				double before = start.electrolyte - model.poresToWet(start);
				best = earlier(best, new Event(EventKind.DRY_OUT, linear(before, state.electrolyte - wet, dt), wet));
			}
			double surfaceEnd = full ? model.cathodeSurface(state, current) : 0.0;
			double surfaceStart = full ? model.cathodeSurface(start, current) : 0.0;
			if (full && current > 0.0 && surfaceEnd >= 1.0) {
				double tau = linear(1.0 - surfaceStart, 1.0 - surfaceEnd, dt);
				if (tau < sourceTau) {
					sourceTau = tau;
					sourceKind = EventKind.SOURCE_CATHODE;
				}
			}
			if (full && current < 0.0 && surfaceEnd <= 0.0) {
				double tau = linear(surfaceStart, surfaceEnd, dt);
				if (tau < sourceTau) {
					sourceTau = tau;
					sourceKind = EventKind.SOURCE_CATHODE;
				}
			}
			if (sourceKind != null) {
				best = earlier(best, new Event(sourceKind, sourceTau, 0.0));
			}
			double upper = Math.min(dt, sourceTau);
			for (int i = 0; i < voltageStops.size(); i++) {
				double stop = voltageStops.get(i);
				EventKind kind = i < protocolStops ? EventKind.VOLTAGE : EventKind.SAFETY;
				double reached = end;
				if (upper < dt) {
					CellState probe = start.copy();
					model.advance(probe, current, upper);
					reached = model.voltage(probe, current);
				}
				if (drive * (reached - stop) >= 0.0) {
					double tau = bisect(start, current, 0.0, upper, s -> drive * (model.voltage(s, current) - stop));
					best = earlier(best, new Event(kind, tau, stop));
				}
			}
			return best;
		}

		private static Event earlier(Event best, Event candidate) {
			return best == null || candidate.tau() < best.tau() ? candidate : best;
		}

		private static double linear(double before, double after, double dt) {
			return before <= 0.0 ? 0.0 : dt * before / (before - after);
		}

		private interface StateFunction {
			double value(CellState s);
		}

		/**
		 * The τ in [0, hi] where f crosses zero, f(0) &lt; 0 ≤ f(hi), by the Illinois variant of false
		 * position on states advanced from the segment start (bisection where f is not finite).
		 */
		private double bisect(CellState start, double current, double lo, double hi, StateFunction f) {
			double flo = f.value(start);
			CellState probe = start.copy();
			model.advance(probe, current, hi);
			double fhi = f.value(probe);
			if (!(flo < 0.0)) {
				return lo;
			}
			int side = 0;
			for (int k = 0; k < 100 && hi - lo > 1e-10 * (1.0 + hi); k++) {
				double mid = Double.isFinite(fhi) && Double.isFinite(flo)
						? (lo * fhi - hi * flo) / (fhi - flo)
						: 0.5 * (lo + hi);
				if (!(mid > lo && mid < hi)) {
					mid = 0.5 * (lo + hi);
				}
				probe.set(start);
				model.advance(probe, current, mid);
				double fm = f.value(probe);
				if (fm >= 0.0) {
					hi = mid;
					fhi = fm;
					if (side == 1) {
						flo *= 0.5;
					}
					side = 1;
				} else {
					lo = mid;
					flo = fm;
					if (side == -1) {
						fhi *= 0.5;
					}
					side = -1;
				}
				if (Math.abs(fm) < 1e-12) {
					return mid;
				}
			}
			return hi;
		}

		private void handle(Event event, double current, boolean hasVoltageStop) throws SolverException {
			// The anode's stripping overpotential diverges as its metal runs out, so a full cell's discharge meets
			// its voltage stop a hair before the metal is gone: then the anode, not the cathode, ended it.
			if (full && current < 0.0 && (event.kind() == EventKind.VOLTAGE || event.kind() == EventKind.SAFETY)
					&& sourceKind(current) == EventKind.SOURCE_METAL) {
				anodeLimited = true;
			}
			switch (event.kind()) {
			case VOLTAGE -> {
			}
			case SAFETY ->
				note(String.format(Locale.ROOT, "%s ended at the cathode's safety limit %.4g V", currentStep(),
						event.value()));
			case PENETRATION -> outcome = LifeOutcome.failed(FailureMode.SEPARATOR_PENETRATION, state.time, cycle,
					String.format(Locale.ROOT, "inactive layers against the separator reached %.1f µm (limit %.1f µm)",
							model.separatorLayers(state) / Units.MICROMETRE,
							model.penetrationHeight() / Units.MICROMETRE));
			case DRY_OUT -> outcome = LifeOutcome.failed(FailureMode.ELECTROLYTE_DEPLETED, state.time, cycle,
					String.format(Locale.ROOT,
							"electrolyte left %.1f µL/cm2 no longer fills the cell's pores (%.1f µL/cm2)",
							state.electrolyte * 1e5, event.value() * 1e5));
			case RUNAWAY -> outcome = LifeOutcome.failed(FailureMode.OVERPOTENTIAL_RUNAWAY, state.time, cycle,
					String.format(Locale.ROOT, "polarisation reached %.3g V (limit %.3g V) during %s",
							model.polarisation(state, current, true), params.overpotentialLimit(), currentStep()));
			case SOURCE_CATHODE -> {
				if (hasVoltageStop) {
					throw new SolverException(String.format(Locale.ROOT,
							"protocol '%s' cannot finish: %s — the cathode is fully %s at %.4g V without reaching the stop voltage",
							scenario.protocol().name(), currentStep(), current > 0.0 ? "charged" : "discharged",
							model.voltage(state, current)), leafIndex, state.time, null);
				}
				note(currentStep() + " ended with the cathode fully " + (current > 0.0 ? "charged" : "discharged"));
			}
			case SOURCE_METAL -> {
				if (full) {
					anodeLimited = true;
				} else if (!hasVoltageStop) {
					outcome = LifeOutcome.failed(FailureMode.INVENTORY_EXHAUSTED, state.time, cycle,
							(current > 0.0 ? "the counter" : "the working")
									+ " electrode ran out of active metal during "
									+ currentStep());
				}
			}
			}
		}

		/** The running step for messages, built only when a message needs it. */
		private String currentStep() {
			return "step " + currentPath + " (" + (currentLeaf == null ? "" : currentLeaf.describe()) + ")";
		}

		private void note(String text) {
			if (notes.size() < 20) {
				notes.add(text);
			} else if (notes.size() == 20) {
				notes.add("further notes omitted");
			}
		}

		private double recordStart(double current) {
			double eq = model.equilibrium(state);
			double p = clip(model.voltage(state, current) - eq);
			series.add(state.time, current, eq + p, p);
			lastTime = state.time;
			lastPolarisation = p;
			return eq + p;
		}

		private void record(double current, double voltage) {
			double eq = model.equilibrium(state);
			double p = clip(voltage - eq);
			series.add(state.time, current, eq + p, p);
			double dt = state.time - lastTime;
			if (current != 0.0) {
				polarisationIntegral += 0.5 * (Math.abs(lastPolarisation) + Math.abs(p)) * dt;
				polarisationTime += dt;
				polarisationPeak = Math.max(polarisationPeak, Math.max(Math.abs(lastPolarisation), Math.abs(p)));
			}
			if (current > 0.0) {
				charged += current * dt;
				plated += current * dt;
			} else if (current < 0.0) {
				discharged -= current * dt;
			}
			lastTime = state.time;
			lastPolarisation = p;
		}

		private double clip(double polarisation) {
			double limit = options.complianceVoltage();
			return Double.isNaN(polarisation) ? limit : Math.max(-limit, Math.min(limit, polarisation));
		}

		private void startCycle() {
			cycleOpen = true;
			cycleStart = state.time;
			charged = 0.0;
			discharged = 0.0;
			plated = 0.0;
			polarisationIntegral = 0.0;
			polarisationTime = 0.0;
			polarisationPeak = 0.0;
			lossAtCycleStart = state.working.totalLoss();
			sawStrip = false;
			anodeLimited = false;
			if (cycle % 10 == 0) {
				monitor.subTask(String.format(Locale.ROOT, "cycle %d, %.0f h", cycle, state.time / Units.HOUR));
			}
		}

		private void closeCycle() {
			if (!cycleOpen) {
				return;
			}
			cycleOpen = false;
			if (state.time <= cycleStart && charged == 0.0 && discharged == 0.0) {
				return;
			}
			double ce = charged > 0.0 ? discharged / charged : Double.NaN;
			double retention = Double.NaN;
			if (discharged > 0.0) {
				if (Double.isNaN(referenceDischarge)) {
					referenceDischarge = discharged;
				}
				retention = discharged / referenceDischarge;
			}
			double metalEfficiency = plated > 0.0
					? 1.0 - (state.working.totalLoss() - lossAtCycleStart) / plated
					: Double.NaN;
			cycles.add(new CycleRecord(cycle, cycleStart, state.time, charged, discharged, ce, retention,
					polarisationTime > 0.0 ? polarisationIntegral / polarisationTime : Double.NaN, polarisationPeak,
					metalEfficiency, Math.max(state.working.metal, 0.0), model.layerThickness(state.working),
					model.separatorLayers(state), state.electrolyte / cell.electrolyteVolume(),
					full ? state.cathodeCapacity : Double.NaN));
			if (full && outcome == null && !stopped && Double.isFinite(retention)) {
				double drop = Double.isFinite(previousRetention) ? previousRetention - retention : 0.0;
				FailureMode mode = null;
				if (retention < params.endOfLifeRetention()) {
					mode = anodeLimited
							? FailureMode.INVENTORY_EXHAUSTED
							: drop > params.suddenLossFraction()
									? FailureMode.SUDDEN_CAPACITY_LOSS
									: FailureMode.CAPACITY_FADE_80;
				} else if (drop > params.suddenLossFraction()) {
					mode = FailureMode.SUDDEN_CAPACITY_LOSS;
				}
				if (mode != null) {
					outcome = LifeOutcome.failed(mode, state.time, cycle, String.format(Locale.ROOT,
							"retention %.1f %% (previous cycle %.1f %%, end of life below %.0f %%)%s",
							100.0 * retention,
							100.0 * previousRetention, 100.0 * params.endOfLifeRetention(),
							anodeLimited ? "; the anode ran out of usable metal" : ""));
				}
				previousRetention = retention;
			}
		}
	}
}
