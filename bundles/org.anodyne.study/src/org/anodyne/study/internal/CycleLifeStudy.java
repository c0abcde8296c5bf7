/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anodyne.model.OutputQuantity;
import org.anodyne.model.Study;
import org.anodyne.model.units.Units;
import org.anodyne.results.Column;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudySummary;
import org.anodyne.results.picture.LinePlot;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.life.CycleRecord;
import org.anodyne.solver.life.FailureMode;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeOutcome;
import org.anodyne.solver.life.LifeResult;
import org.anodyne.solver.life.LifeScenario;
import org.anodyne.solver.life.LifeSimulator;
import org.anodyne.solver.life.TimeSeries;
import org.anodyne.study.StudyException;
import org.anodyne.study.internal.StudyTranslation.LifeRequest;

/**
 * A cycle-life study: the study's protocol on the reduced life model, whose geometry and rates come
 * from a 2D steady split of the same cell ({@link CoupledDeposition}). Runs until the cell fails, the
 * protocol ends, or the study's maximum number of cycles (censored).
 */
public final class CycleLifeStudy implements StudyComputation {

	private final LifeRequest request;
	private final LifeResult result;
	/**
	 * The metal–electrolyte pair and whether its parameters are calibrated for this cell, e.g. "Li/ether
	 * (calibrated)" or "Li/ether (uncalibrated: isolationProbability overridden)" ({@link PairCalibration}).
	 */
	private final String pair;
	private final Map<String, Object> scalars;

	private CycleLifeStudy(LifeRequest request, LifeResult result, String pair) {
		this.request = request;
		this.result = result;
		this.pair = pair;
		this.scalars = scalars(request, result);
	}

	/**
	 * The scenario of a cycle-life study: the translated protocol, the cell with the host its
	 * collector generator lays out, the study's life parameters and the 2D coupling.
	 */
	public static LifeScenario scenario(Study study, SolverInputs inputs, ProgressMonitor monitor)
			throws StudyException {
		return scenario(StudyTranslation.life(study, inputs), inputs, monitor);
	}

	static LifeScenario scenario(LifeRequest request, SolverInputs inputs, ProgressMonitor monitor)
			throws StudyException {
		try {
			CoupledDeposition coupling = new CoupledDeposition(inputs,
					inputs.metal().volumeForCharge(request.halfCycleCharge()), monitor);
			LifeCell cell = inputs.lifeCell(coupling.host());
			return new LifeScenario(request.name(), cell, request.protocol(), inputs.lifeParameters(), coupling);
		} catch (IllegalArgumentException e) {
			throw new StudyException("study '" + request.name() + "', cell '" + request.cellName() + "': "
					+ e.getMessage(), e);
		}
	}

	/** Runs a study's request ({@link StudyTranslation#life}) on its cell. */
	public static CycleLifeStudy run(LifeRequest request, SolverInputs inputs, ProgressMonitor monitor)
			throws StudyException, SolverException {
		LifeScenario scenario = scenario(request, inputs, monitor);
		return new CycleLifeStudy(request, LifeSimulator.run(scenario, request.options(), monitor),
				inputs.degradationPair().describe());
	}

	private static Map<String, Object> scalars(LifeRequest request, LifeResult result) {
		LifeOutcome outcome = result.outcome();
		Map<String, Object> s = new LinkedHashMap<>();
		s.put(ScalarNames.CYCLES_TO_FAILURE, (long) outcome.cycles());
		s.put(ScalarNames.HOURS_TO_FAILURE, outcome.hours());
		s.put(ScalarNames.FAILURE_MODE, failureWord(outcome.failureMode()));
		s.put(ScalarNames.CENSORED, outcome.isCensored());
		if (request.full()) {
			Map<Integer, Double> retention = new TreeMap<>();
			for (CycleRecord record : result.cycles()) {
				if (Double.isFinite(record.retention())) {
					retention.put(record.cycle(), record.retention());
				}
			}
			s.put(ScalarNames.RETENTION, retention);
		}
		s.put(ScalarNames.COULOMBIC_EFFICIENCY, result.meanMetalEfficiency(1, outcome.cycles()));
		s.put(ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV, Units.fromSi(result.firstCycleOverpotential(), "mV"));
		return s;
	}

	/** The word summary.json uses for a failure mode. */
	static String failureWord(FailureMode mode) {
		if (mode == null) {
			return "none";
		}
		return switch (mode) {
		case SEPARATOR_PENETRATION -> "separator";
		case OVERPOTENTIAL_RUNAWAY -> "overpotential";
		case INVENTORY_EXHAUSTED -> "inventory";
		case CAPACITY_FADE_80 -> "capacity";
		case SUDDEN_CAPACITY_LOSS -> "sudden";
		case ELECTROLYTE_DEPLETED -> "electrolyte";
		};
	}

	@Override
	public String message() {
		return result.outcome().message() + " [" + pair + "]"
				+ (result.notes().isEmpty() ? "" : "; " + String.join("; ", result.notes()));
	}

	@Override
	public Map<String, Object> scalars() {
		return scalars;
	}

	@Override
	public void write(StudyResultWriter out, StudySummary.Builder summary) throws IOException {
		StudyComputation.putScalars(scalars, summary);
		List<OutputQuantity> wanted = request.outputs();
		String title = request.name();
		Series cycles = cycles(result.cycles());
		if (wanted.contains(OutputQuantity.CYCLE_RECORDS) || wanted.contains(OutputQuantity.RETENTION)
				|| wanted.contains(OutputQuantity.COULOMBIC_EFFICIENCY)) {
			out.writeSeries("cycles", cycles);
		}
		if (wanted.contains(OutputQuantity.VOLTAGE_TRACE)) {
			Series voltage = voltage(result.series());
			out.writeSeries("voltage", voltage);
			if (voltage.rowCount() > 1) {
				out.writePicture("voltage-plot", LinePlot.of(voltage, "time").line("voltage").title(title).render(),
						"Cell voltage, " + title);
			}
		}
		if (cycles.rowCount() > 1) {
			boolean full = request.full();
			if (full && wanted.contains(OutputQuantity.RETENTION)) {
				out.writePicture("retention-plot", LinePlot.of(cycles, "cycle").line("retention").title(title).render(),
						"Capacity retention, " + title);
			}
			if (wanted.contains(OutputQuantity.CYCLE_RECORDS)) {
				out.writePicture("overpotential-plot", LinePlot.of(cycles, "cycle").line("mean overpotential")
						.title(title).render(), "Mean overpotential per cycle, " + title);
			}
		}
	}

	private static Series cycles(List<CycleRecord> records) {
		Series.Builder b = Series.builder(Column.dimensionless("cycle"), new Column("start", "h"),
				new Column("end", "h"),
				new Column("charge capacity", "mAh/cm2"), new Column("discharge capacity", "mAh/cm2"),
				Column.dimensionless("coulombic efficiency"), Column.dimensionless("retention"),
				new Column("mean overpotential", "mV"), new Column("peak overpotential", "mV"),
				Column.dimensionless("metal efficiency"), new Column("active metal", "mAh/cm2"),
				new Column("inactive layer", "um"), new Column("inactive layer at separator", "um"),
				Column.dimensionless("electrolyte left"), new Column("cathode capacity", "mAh/cm2"));
		for (CycleRecord r : records) {
			b.add(r.cycle(), Units.fromSi(r.startTime(), "h"), Units.fromSi(r.endTime(), "h"),
					Units.fromSi(r.chargeCapacity(), "mAh/cm2"), Units.fromSi(r.dischargeCapacity(), "mAh/cm2"),
					r.coulombicEfficiency(), r.retention(), Units.fromSi(r.meanOverpotential(), "mV"),
					Units.fromSi(r.peakOverpotential(), "mV"), r.metalEfficiency(),
					Units.fromSi(r.activeMetal(), "mAh/cm2"),
					Units.fromSi(r.inactiveLayerThickness(), "um"), Units.fromSi(r.separatorLayerThickness(), "um"),
					r.electrolyteFraction(), Units.fromSi(r.cathodeCapacity(), "mAh/cm2"));
		}
		return b.build();
	}

	private static Series voltage(TimeSeries trace) {
		Series.Builder b = Series.builder(new Column("time", "h"), new Column("current density", "mA/cm2"),
				new Column("voltage", "V"), new Column("polarisation", "mV"));
		for (int i = 0; i < trace.size(); i++) {
			b.add(Units.fromSi(trace.time(i), "h"), Units.fromSi(trace.current(i), "mA/cm2"), trace.voltage(i),
					Units.fromSi(trace.polarisation(i), "mV"));
		}
		return b.build();
	}
}
