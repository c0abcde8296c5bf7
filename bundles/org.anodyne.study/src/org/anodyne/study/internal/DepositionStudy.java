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
import java.util.Locale;
import java.util.Map;

import org.anodyne.model.OutputQuantity;
import org.anodyne.model.units.Units;
import org.anodyne.results.Column;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudySummary;
import org.anodyne.results.picture.FieldPicture;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.CellKind;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionFields;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionRun;
import org.anodyne.solver.deposition.DepositionScalars;
import org.anodyne.solver.deposition.DepositionSnapshot;
import org.anodyne.solver.deposition.DepositionSolver;
import org.anodyne.solver.deposition.GridInfo;
import org.anodyne.solver.deposition.NumericalSettings;
import org.anodyne.solver.deposition.TransientSettings;
import org.anodyne.study.StudyException;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.internal.StudyTranslation.DepositionRequest;

/**
 * A 2D deposition study: the first plating (or charging) step of the protocol, galvanostatic on the
 * 2D solver, from the steady split at t = 0 until the step's capacity or time. The scalars are those
 * of {@code ScalarNames}: the deposit's place and height at the end, the charge error at the end,
 * t/τ<sub>Sand</sub> at the end; Π and J/J<sub>lim</sub> at the start (they are design numbers of the
 * cell as built); plus {@value #BARE_SURFACE_BARRIER_RATIO}, the bare collector's largest η/Δη<sub>nuc</sub>
 * at the start (below 1, bare fibres stay under their barrier). The counter electrode reacts with its
 * own kinetics unless the solver settings hold it at a {@code counterElectrodePotential}.
 */
public final class DepositionStudy implements StudyComputation {

	/** Extra scalar: max η/Δη<sub>nuc</sub> over bare collector surfaces at the start [-]. */
	static final String BARE_SURFACE_BARRIER_RATIO = ScalarNames.BARE_SURFACE_BARRIER_RATIO;

	/**
	 * Snapshots between the start and the end: one every 5 % of the plating time, so that the
	 * deposition series has 21 rows (start, every 5 %, end) however many steps the solver takes,
	 * and the maps' time slider as many frames. Each snapshot holds the whole field, so the series
	 * is sampled rather than written at every step.
	 */
	private static final int INTERMEDIATE_SNAPSHOTS = 19;

	private static final List<String> KIND_LEGEND = List.of("electrolyte", "separator", "collector", "metal");
	private static final List<String> ORIGIN_LEGEND = List.of("electrolyte or new metal", "collector",
			"pre-deposited metal");

	private final DepositionRequest request;
	private final DepositionRun run;
	private final Map<String, Object> scalars;

	private DepositionStudy(DepositionRequest request, DepositionRun run, Map<String, Object> scalars) {
		this.request = request;
		this.run = run;
		this.scalars = scalars;
	}

	/** Runs a study's request ({@link StudyTranslation#deposition}) on its cell. */
	public static DepositionStudy run(DepositionRequest request, SolverInputs inputs, ProgressMonitor monitor)
			throws StudyException, SolverException {
		DepositionProblem problem;
		try {
			HostStructure host = inputs.host(inputs.metal().volumeForCharge(request.charge()));
			CellGeometry geometry = inputs.geometry(host);
			DepositionProblem.Builder builder = inputs
					.depositionProblem(geometry, Control.galvanostatic(request.current()))
					.toBuilder().numerics(numerics(request.tolerance()));
			if (request.counterPotential() != null) {
				builder.counterElectrodeAtPotential(request.counterPotential());
			}
			problem = builder.build();
		} catch (IllegalArgumentException e) {
			throw new StudyException(request.where() + ", cell '" + request.cellName() + "': " + e.getMessage(), e);
		}
		double[] outputs = new double[INTERMEDIATE_SNAPSHOTS];
		for (int k = 0; k < outputs.length; k++) {
			outputs[k] = request.time() * (k + 1) / (INTERMEDIATE_SNAPSHOTS + 1);
		}
		TransientSettings settings = TransientSettings.untilCharge(request.charge()).withOutputTimes(outputs);
		if (!Double.isNaN(request.maxTimeStep())) {
			settings = settings.withMaxTimeStep(request.maxTimeStep());
		}
		DepositionRun run = new DepositionSolver(problem).transientRun(settings, monitor);
		return new DepositionStudy(request, run, scalars(run, inputs));
	}

	/**
	 * The solver's defaults, unless the study sets a tolerance: then Newton stops at it and the
	 * linear solves go ten times tighter, so that they never limit Newton.
	 */
	private static NumericalSettings numerics(double tolerance) {
		NumericalSettings d = NumericalSettings.defaults();
		if (Double.isNaN(tolerance)) {
			return d;
		}
		return new NumericalSettings(tolerance, d.maxNewtonIterations(), d.maxPotentialUpdate(), tolerance / 10.0,
				d.maxLinearIterations(), d.nucleationOnsetWidth());
	}

	private static Map<String, Object> scalars(DepositionRun run, SolverInputs inputs) {
		DepositionScalars first = run.first().scalars();
		DepositionScalars last = run.last().scalars();
		Map<String, Object> s = new LinkedHashMap<>();
		s.put(ScalarNames.BOTTOM_FRACTION, last.newMetalFractionLowerHalf());
		s.put(ScalarNames.BOTTOM_CURRENT_FRACTION, first.initialCurrentFractionLowerHalf());
		s.put(ScalarNames.MAX_DEPOSIT_HEIGHT_UM, Units.fromSi(last.maxDepositHeight(), "um"));
		s.put(ScalarNames.SEPARATOR_GAP_UM, Units.fromSi(last.separatorGap(), "um"));
		s.put(ScalarNames.FINAL_OVERPOTENTIAL_MV, Units.fromSi(Math.abs(last.cellOverpotential()), "mV"));
		s.put(ScalarNames.CHARGE_ERROR, last.chargeConservationError());
		s.put(ScalarNames.PI, first.ohmicBarrierNumber());
		s.put(ScalarNames.J_OVER_JLIM, first.limitingCurrentRatio());
		s.put(ScalarNames.T_OVER_TAU_SAND, last.sandTimeRatio());
		s.put(ScalarNames.DENSE_THICKNESS_PER_CAPACITY_UM,
				Units.fromSi(inputs.metal().volumeForCharge(Units.toSi(1.0, "mAh/cm2")), "um"));
		s.put(BARE_SURFACE_BARRIER_RATIO, first.bareSurfaceBarrierRatio());
		return s;
	}

	/**
	 * How the run ended, in the units of the rest of the result (the solver speaks SI): "plated
	 * 1 mAh/cm2 in 4 h (250 time steps)"; the solver's own sentence when it stopped early, since
	 * that says why.
	 */
	@Override
	public String message() {
		if (run.termination() != DepositionRun.Termination.COMPLETED) {
			return run.message();
		}
		DepositionScalars end = run.last().scalars();
		return "plated " + Units.formatNumber(Units.fromSi(end.charge(), "mAh/cm2")) + " mAh/cm2 in "
				+ Units.formatNumber(Units.fromSi(run.endTime(), "h")) + " h (" + run.steps() + " time steps)";
	}

	@Override
	public Map<String, Object> scalars() {
		return scalars;
	}

	@Override
	public void write(StudyResultWriter out, StudySummary.Builder summary) throws IOException {
		StudyComputation.putScalars(scalars, summary);
		out.writeSeries("deposition", series(run));
		List<OutputQuantity> wanted = request.outputs();
		FieldFrame last = null;
		List<DepositionSnapshot> snapshots = run.snapshots();
		for (int k = 0; k < snapshots.size(); k++) {
			FieldFrame frame = frame(snapshots.get(k), wanted);
			out.writeField(String.format(Locale.ROOT, "frame-%02d", k), frame);
			last = frame;
		}
		if (last != null && last.array("newMetal").isPresent()) {
			DepositionScalars end = run.last().scalars();
			String caption = String.format(Locale.ROOT, "New metal after %s mAh/cm2 (%.0f %% in the lower half)",
					Units.formatNumber(Units.fromSi(end.charge(), "mAh/cm2")), 100.0 * end.newMetalFractionLowerHalf());
			out.writePicture("deposit", FieldPicture.of(last, "newMetal").range(0.0, 1.0)
					.mask("origin", Map.of(1, 0x555555, 2, 0xb0b0b0)).title(caption).render(), caption);
		}
	}

	private static Series series(DepositionRun run) {
		Series.Builder b = Series.builder(new Column("time", "h"), new Column("charge", "mAh/cm2"),
				new Column("current density", "mA/cm2"), new Column("cell overpotential", "mV"),
				Column.dimensionless("new metal in lower half"), Column.dimensionless("current into lower half"),
				new Column("max deposit height", "um"), new Column("separator gap", "um"), Column.dimensionless("Pi"),
				Column.dimensionless("bare surface eta over barrier"), Column.dimensionless("J over Jlim"),
				Column.dimensionless("t over tau Sand"), Column.dimensionless("charge error"),
				new Column("min surface concentration", "mol/L"));
		for (DepositionSnapshot snapshot : run.snapshots()) {
			DepositionScalars s = snapshot.scalars();
			b.add(Units.fromSi(s.time(), "h"), Units.fromSi(s.charge(), "mAh/cm2"),
					Units.fromSi(s.currentDensity(), "mA/cm2"), Units.fromSi(s.cellOverpotential(), "mV"),
					s.newMetalFractionLowerHalf(), s.currentFractionLowerHalf(),
					Units.fromSi(s.maxDepositHeight(), "um"),
					Units.fromSi(s.separatorGap(), "um"), s.ohmicBarrierNumber(), s.bareSurfaceBarrierRatio(),
					s.limitingCurrentRatio(), s.sandTimeRatio(), s.chargeConservationError(),
					Units.fromSi(s.minSurfaceConcentration(), "mol/L"));
		}
		return b.build();
	}

	private static FieldFrame frame(DepositionSnapshot snapshot, List<OutputQuantity> wanted) {
		DepositionFields f = snapshot.fields();
		GridInfo g = f.grid();
		DepositionScalars s = snapshot.scalars();
		FieldFrame.Builder b = FieldFrame.builder(g.nx(), g.ny(), Units.fromSi(g.spacing(), "um")).time(s.time())
				.label(String.format(Locale.ROOT, "t = %s h, %s mAh/cm2 plated",
						Units.formatNumber(Units.fromSi(s.time(), "h")),
						Units.formatNumber(Units.fromSi(s.charge(), "mAh/cm2"))));
		byte[] kinds = f.kinds();
		if (wanted.contains(OutputQuantity.CONCENTRATION)) {
			b.array("concentration", "mol/L", electrolyteOnly(kinds, f.concentration(), "mol/L"));
		}
		if (wanted.contains(OutputQuantity.ELECTROLYTE_POTENTIAL)) {
			b.array("electrolytePotential", "mV", electrolyteOnly(kinds, f.electrolytePotential(), "mV"));
		}
		if (wanted.contains(OutputQuantity.SURFACE_CURRENT_DENSITY)) {
			b.array("surfaceCurrentDensity", "mA/cm2", electrolyteOnly(kinds, f.surfaceCurrentDensity(), "mA/cm2"));
		}
		if (wanted.contains(OutputQuantity.DEPOSIT)) {
			double[] fill = f.fillFraction();
			double[] fresh = f.newMetalFraction();
			b.array("metalFill", Column.DIMENSIONLESS, fill).array("newMetal", Column.DIMENSIONLESS, fresh);
			byte[] origin = new byte[kinds.length];
			for (int k = 0; k < kinds.length; k++) {
				if (kinds[k] == CellKind.SUBSTRATE.code()) {
					origin[k] = 1;
				} else if (fill[k] - fresh[k] > 0.5) {
					origin[k] = 2;
				}
			}
			b.mask("origin", origin, ORIGIN_LEGEND);
		}
		return b.mask("kind", kinds, KIND_LEGEND).build();
	}

	/** The values in the unit, NaN in solid cells where they mean nothing. */
	private static double[] electrolyteOnly(byte[] kinds, double[] si, String unit) {
		double[] out = new double[si.length];
		for (int k = 0; k < si.length; k++) {
			out[k] = CellKind.of(kinds[k]).isElectrolyte() ? Units.fromSi(si[k], unit) : Double.NaN;
		}
		return out;
	}

}
