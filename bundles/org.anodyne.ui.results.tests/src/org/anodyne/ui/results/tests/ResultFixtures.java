/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.anodyne.results.Column;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;

/**
 * Study results written with the results bundle's writer, with numbers whose every feature a test
 * can predict: a voltage trace of square half-cycles at ±(14.5 + 0.01·cycle) mV with a 0.3 mV
 * ripple every 6 minutes, per-cycle records, and 2D frames of a host with fibres on a regular
 * lattice.
 */
public final class ResultFixtures {

	/** Rows per cycle of the voltage trace (8 h cycles, one row every 18 s). */
	public static final int ROWS_PER_CYCLE = 1600;
	/** Hours per cycle: plating 4 h, stripping 4 h at 0.25 mA/cm2 and 1 mAh/cm2. */
	public static final double HOURS_PER_CYCLE = 8;
	/** Amplitude of the ripple on the voltage plateau [mV]. */
	public static final double RIPPLE_MV = 0.3;
	/** Grid of the 2D frames. */
	public static final int NX = 40;
	public static final int NY = 90;
	public static final double SPACING_UM = 2.5;
	public static final List<String> KIND_LEGEND = List.of("electrolyte", "separator", "fibre", "metal");

	private ResultFixtures() {
	}

	/** The plateau voltage of a cycle's plating half [mV]. */
	public static double plateau(int cycle) {
		return 14.5 + 0.01 * cycle;
	}

	/** The voltage at row k of the trace [mV]. */
	public static double voltage(int k) {
		int cycle = k / ROWS_PER_CYCLE + 1;
		boolean plating = k % ROWS_PER_CYCLE < ROWS_PER_CYCLE / 2;
		double ripple = RIPPLE_MV * Math.sin(2 * Math.PI * time(k) / 0.1);
		return (plating ? 1 : -1) * (plateau(cycle) + ripple);
	}

	/** The time at row k [h]. */
	public static double time(int k) {
		return k * HOURS_PER_CYCLE / ROWS_PER_CYCLE;
	}

	/** The voltage trace of {@code cycles} cycles: time [h], voltage [mV], overpotential [mV], current density [mA/cm2]. */
	public static Series voltageTrace(int cycles) {
		return voltageTrace(cycles, 0.25);
	}

	/** The voltage trace of {@code cycles} cycles at ± {@code current} mA/cm2. */
	public static Series voltageTrace(int cycles, double current) {
		int n = cycles * ROWS_PER_CYCLE;
		double[] t = new double[n];
		double[] v = new double[n];
		double[] eta = new double[n];
		double[] j = new double[n];
		for (int k = 0; k < n; k++) {
			t[k] = time(k);
			v[k] = voltage(k);
			eta[k] = Math.abs(v[k]);
			j[k] = v[k] > 0 ? current : -current;
		}
		return Series
				.of(List.of(new Column("time", "h"), new Column("voltage", "mV"), new Column("overpotential", "mV"),
						new Column("current density", "mA/cm2")), t, v, eta, j);
	}

	/** Per-cycle records: cycle, discharge capacity [mAh/cm2], coulombic efficiency [-], mean overpotential [mV]. */
	public static Series cycles(int cycles, double efficiency) {
		Series.Builder b = Series.builder(Column.dimensionless("cycle"), new Column("discharge capacity", "mAh/cm2"),
				Column.dimensionless("coulombic efficiency"), new Column("mean overpotential", "mV"));
		for (int c = 1; c <= cycles; c++) {
			b.add(c, Math.pow(efficiency, c - 1), efficiency, plateau(c));
		}
		return b.build();
	}

	private static Provenance provenance(String design) {
		return new Provenance("0.1.0.test", design + ".anodyne", "sha256:00", null, "Li-CC", "li", "CarbonCloth",
				Map.of("gridSpacingUm", SPACING_UM, "timeStepS", 60.0));
	}

	/**
	 * A cycle-life result whose run stopped after {@code cycles} cycles with the cell still alive
	 * (censored), as the life model writes it.
	 */
	public static Path censoredLife(Path dir, int cycles) throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeSeries("cycles", cycles(cycles, 0.9999));
			out.commit(
					StudySummary.builder("life", ResultsFormat.KIND_CYCLE_LIFE).provenance(provenance("li-cc-inverted"))
							.message("the cell was still alive after " + cycles + " cycles").wallSeconds(1.5)
							.scalar(ScalarNames.CYCLES_TO_FAILURE, (long) cycles)
							.scalar(ScalarNames.HOURS_TO_FAILURE, cycles * HOURS_PER_CYCLE)
							.scalar(ScalarNames.FAILURE_MODE, "none").scalar(ScalarNames.CENSORED, true).build());
		}
		return dir;
	}

	/** A cycle-life result of {@code cycles} cycles in {@code dir}. */
	public static Path cycleLife(Path dir, String study, String design, int cycles, double efficiency)
			throws IOException {
		return cycleLife(dir, study, design, cycles, efficiency, 0.25);
	}

	/** A cycle-life result of {@code cycles} cycles at ± {@code current} mA/cm2 in {@code dir}. */
	public static Path cycleLife(Path dir, String study, String design, int cycles, double efficiency, double current)
			throws IOException {
		TreeMap<Integer, Double> retention = new TreeMap<>();
		for (int c = 1; c <= cycles; c++) {
			retention.put(c, Math.pow(efficiency, c - 1));
		}
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeSeries("voltage-trace", voltageTrace(cycles, current));
			out.writeSeries("cycles", cycles(cycles, efficiency));
			out.commit(StudySummary.builder(study, ResultsFormat.KIND_CYCLE_LIFE).provenance(provenance(design))
					.message("the cell reached end of life by separator penetration").wallSeconds(2.5)
					.scalar(ScalarNames.CYCLES_TO_FAILURE, (long) cycles)
					.scalar(ScalarNames.HOURS_TO_FAILURE, cycles * HOURS_PER_CYCLE)
					.scalar(ScalarNames.FAILURE_MODE, "separator").scalar(ScalarNames.CENSORED, false)
					.scalar(ScalarNames.COULOMBIC_EFFICIENCY, efficiency)
					.scalar(ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV, plateau(1))
					.cycleMap(ScalarNames.RETENTION, retention)
					.build());
		}
		return dir;
	}

	/** Whether cell (i, j) lies in a fibre of the lattice (radius 4 µm every 25 µm). */
	public static boolean fibre(int i, int j) {
		double x = (i + 0.5) * SPACING_UM;
		double y = (j + 0.5) * SPACING_UM;
		for (double fy = 30; fy < 200; fy += 25) {
			for (double fx = 12.5; fx < 100; fx += 25) {
				if ((x - fx) * (x - fx) + (y - fy) * (y - fy) < 16) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A frame after {@code fraction} of the plating: metal fills the host from the bottom (inverted)
	 * or the top (upright) up to {@code fraction} of its height.
	 */
	public static FieldFrame frame(double seconds, double fraction, boolean inverted) {
		int host = 80;
		byte[] kind = new byte[NX * NY];
		double[] newMetal = new double[NX * NY];
		double[] concentration = new double[NX * NY];
		double[] current = new double[NX * NY];
		int front = (int) Math.round(fraction * host * 0.5);
		for (int j = 0; j < NY; j++) {
			for (int i = 0; i < NX; i++) {
				int k = j * NX + i;
				boolean metal = inverted ? j < front : (j >= host - front && j < host);
				kind[k] = (byte) (j >= host ? 1 : fibre(i, j) ? 2 : metal ? 3 : 0);
				boolean solid = kind[k] == 2 || kind[k] == 3;
				newMetal[k] = kind[k] == 2 ? Double.NaN : metal ? 1 : 0;
				concentration[k] = solid
						? Double.NaN
						: 1.0 - 0.3 * fraction * (inverted ? Math.exp(-j / 20.0) : j / (double) NY);
				current[k] = solid
						? Double.NaN
						: (inverted
								? 0.5 * Math.exp(-Math.abs(j - front) / 5.0)
								: 0.5 * Math.exp(-Math.abs(j - (host - front)) / 5.0));
			}
		}
		return FieldFrame.builder(NX, NY, SPACING_UM).time(seconds)
				.label(String.format(java.util.Locale.ROOT, "after %.2f mAh/cm2", fraction))
				.array("newMetal", "-", newMetal)
				.array("concentration", "mol/L", concentration).array("surfaceCurrentDensity", "mA/cm2", current)
				.mask("kind", kind, KIND_LEGEND).build();
	}

	/** A 2D deposition result with frames at 0, 2 and 4 h and a series of the cell overpotential. */
	public static Path deposition(Path dir, String study, String design, boolean inverted) throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.writeField("t0000", frame(0, 0, inverted));
			out.writeField("t0001", frame(7200, 0.5, inverted));
			out.writeField("t0002", frame(14400, 1, inverted));
			Series.Builder s = Series.builder(new Column("time", "h"), new Column("overpotential", "mV"),
					Column.dimensionless("bottom current fraction"));
			for (int k = 0; k <= 240; k++) {
				s.add(k / 60.0, 15 + k * 0.01, inverted ? 0.8 : 0.3);
			}
			out.writeSeries("deposition", s.build());
			out.commit(StudySummary.builder(study, ResultsFormat.KIND_DEPOSITION_2D).provenance(provenance(design))
					.message("plated 1 mAh/cm2").wallSeconds(12)
					.scalar(ScalarNames.BOTTOM_FRACTION, inverted ? 0.92 : 0.12)
					.scalar(ScalarNames.MAX_DEPOSIT_HEIGHT_UM, inverted ? 100.0 : 200.0).build());
		}
		return dir;
	}

	/** A failed study: the solver's message and no data. */
	public static Path failed(Path dir, String study, String message) throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			out.commit(StudySummary.builder(study, ResultsFormat.KIND_DEPOSITION_2D).provenance(provenance("broken"))
					.status(StudyStatus.FAILED).message(message).wallSeconds(0.4).build());
		}
		return dir;
	}

	/** A result of a third party's own kind, "impedance". */
	public static Path impedance(Path dir) throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(dir)) {
			Series.Builder s = Series.builder(new Column("frequency", "Hz"), new Column("real part", "ohm"));
			s.add(1, 10).add(10, 8).add(100, 5);
			out.writeSeries("spectrum", s.build());
			out.commit(StudySummary.builder("eis", "impedance").provenance(provenance("eis")).build());
		}
		return dir;
	}
}
