/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.anodyne.model.CarbonCloth;
import org.anodyne.model.CellDesign;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Study;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepSpacing;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.Series;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.results.SweepTable;
import org.anodyne.study.StudyException;
import org.anodyne.study.Progress;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.sweep.SweepPlan;
import org.anodyne.study.sweep.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep runner on a 4-point slice of the example sweep (host thickness × current density, 2D
 * deposition on a coarse 5 µm grid): a run, a resume, an interrupted run and the table against
 * single solves of the same points.
 */
class SweepRunnerTest {

	private static final String FILE = "li-cc-host-thickness-sweep.anodyne";
	private static final String ENVIRONMENT = "test-environment";

	private final StudyRunner studies = Examples.runner();
	private final MetalRegistry metals = studies.metals();

	/** The example's first sweep cut to 2 thicknesses × 2 current densities on a coarse grid. */
	private static Sweep smallSweep() {
		LoadResult loaded = DesignResources.load(Examples.directory().resolve(FILE));
		assertTrue(loaded.ok(), loaded.diagnostics().toString());
		Sweep sweep = loaded.design().getSweeps().get(0);
		sweep.getStudy().getSolver().setGridSpacing(5.0);
		sweep.getParameters().get(0).getValues().retainAll(List.of(250.0, 350.0));
		sweep.getParameters().get(1).setCount(2);
		return sweep;
	}

	private SweepPlan plan(Sweep sweep) throws StudyException {
		return SweepPlan.of(sweep, metals, ENVIRONMENT);
	}

	@Test
	void aSweepRunsEveryPointAndItsTableEqualsSingleSolvesOfThePoints(@TempDir Path dir) throws Exception {
		Sweep sweep = smallSweep();
		SweepPlan plan = plan(sweep);
		assertEquals(4, plan.points().size());
		List<Integer> ended = new ArrayList<>();
		SweepTable table = new SweepRunner(studies).run(plan, dir, 2, false,
				(p, o, done, total) -> ended.add(p.index()),
				null);
		assertEquals(4, ended.size());
		assertEquals(4, table.count(SweepTable.OK), table.points().toString());

		Series csv = StudyResult.readSeries(dir.resolve(SweepTable.CSV_FILE));
		assertEquals(List.of("point [-]", "host thickness [um]", "current density [mA/cm2]", "bottomFraction [-]",
				"maxDepositHeightUm [um]", "separatorGapUm [um]", "finalOverpotentialMv [mV]"),
				csv.columns().stream().map(c -> c.header()).toList());
		assertEquals(SweepTable.read(dir).points().size(), csv.rowCount());

		for (int index : new int[]{0, 3}) {
			SweepTable.Point row = table.points().get(index);
			Study single = singleSolveStudy(row.values()[0], row.values()[1]);
			StudyOutcome outcome = studies.run(single, dir.resolve("single-" + index), null);
			assertTrue(outcome.ok(), outcome.message());
			for (String output : List.of(ScalarNames.BOTTOM_FRACTION, ScalarNames.MAX_DEPOSIT_HEIGHT_UM,
					ScalarNames.FINAL_OVERPOTENTIAL_MV)) {
				assertEquals(outcome.number(output).orElseThrow(), row.number(output), 0.0,
						output + " of point " + index);
				assertEquals(row.number(output), csv.value(index, csv.indexOf(output)), 0.0);
			}
		}
		assertTrue(table.points().get(0).values()[0] == 250.0 && table.points().get(3).values()[1] == 1.0);
	}

	/** The example's base study with the values set by hand, as a user would without a sweep. */
	private static Study singleSolveStudy(double thicknessUm, double currentDensity) {
		LoadResult loaded = DesignResources.load(Examples.directory().resolve(FILE));
		CellDesign design = loaded.design();
		((CarbonCloth) design.getCells().get(0).getAnode().getCollector()).setThickness(thicknessUm);
		((PlatingStep) design.getProtocols().get(0).getSteps().get(0)).setCurrentDensity(currentDensity);
		Study study = design.getStudies().get(0);
		study.getSolver().setGridSpacing(5.0);
		return study;
	}

	@Test
	void aSecondRunSkipsFinishedPointsAndRerunsFailedAndMissingOnes(@TempDir Path dir) throws Exception {
		SweepPlan plan = plan(smallSweep());
		SweepRunner runner = new SweepRunner(studies);
		runner.run(plan, dir, 2, false, null, null);
		assertEquals(List.of(), SweepRunner.pending(plan, dir, false));

		String untouched = Files.readString(dir.resolve("points/0000/summary.json"));
		markFailed(dir.resolve("points/0001"), plan.points().get(1).inputHash());
		deleteTree(dir.resolve("points/0002"));
		assertEquals(SweepTable.FAILED, SweepRunner.gather(plan, dir, 0).points().get(1).status());
		assertEquals(List.of(1, 2),
				SweepRunner.pending(plan, dir, false).stream().map(SweepPlan.Point::index).toList());

		List<Integer> rerun = new ArrayList<>();
		SweepTable table = runner.run(plan, dir, 2, false, (p, o, done, total) -> rerun.add(p.index()), null);
		assertEquals(List.of(1, 2), rerun);
		assertEquals(4, table.count(SweepTable.OK));
		assertEquals(untouched, Files.readString(dir.resolve("points/0000/summary.json")), "finished point not rerun");

		Sweep changed = smallSweep();
		changed.getParameters().get(0).getValues().set(1, 300.0);
		SweepPlan other = plan(changed);
		assertEquals(List.of(2, 3),
				SweepRunner.pending(other, dir, false).stream().map(SweepPlan.Point::index).toList(),
				"only the points whose values changed");
		assertEquals(4, SweepRunner.pending(SweepPlan.of(smallSweep(), metals, "new code"), dir, false).size(),
				"new code reruns everything");
	}

	private static void markFailed(Path pointDirectory, String inputHash) throws IOException {
		StudySummary before = StudyResult.read(pointDirectory).summary();
		try (StudyResultWriter out = StudyResultWriter.create(pointDirectory)) {
			out.commit(StudySummary.builder(before.study(), before.kind()).status(StudyStatus.FAILED)
					.message("diverged (test)").provenance(before.provenance()).build());
		}
		StudyResultWriter.recordInputHash(pointDirectory, inputHash);
	}

	@Test
	void anInterruptedSweepKeepsFinishedPointsWholeAndLeavesNoHalfWrittenOne(@TempDir Path dir) throws Exception {
		SweepPlan plan = plan(smallSweep());
		AtomicBoolean stop = new AtomicBoolean();
		Progress monitor = Progress.cancelledWhen(stop::get);
		SweepTable table = new SweepRunner(studies).run(plan, dir, 1, false, (p, o, done, total) -> stop.set(true),
				monitor);
		assertEquals(1, table.count(SweepTable.OK), table.points().toString());
		assertEquals(3, table.count(SweepTable.MISSING));
		try (Stream<Path> points = Files.list(dir.resolve(SweepTable.POINTS_DIRECTORY))) {
			for (Path p : points.toList()) {
				assertFalse(p.getFileName().toString().startsWith("."), "no staging directory left: " + p);
				assertTrue(Files.isRegularFile(p.resolve("summary.json")), "a point directory is a whole result: " + p);
			}
		}
		assertEquals(3, SweepRunner.pending(plan, dir, false).size());
		assertEquals(4, new SweepRunner(studies).run(plan, dir, 2, false, null, null).count(SweepTable.OK));
	}

	@Test
	void aSweepWithErrorsDoesNotRunAndSaysWhere() {
		Sweep sweep = smallSweep();
		sweep.getParameters().get(1).setSpacing(SweepSpacing.LOGARITHMIC);
		sweep.getParameters().get(1).setFrom(0);
		String message = org.junit.jupiter.api.Assertions.assertThrows(StudyException.class, () -> plan(sweep))
				.getMessage();
		assertTrue(message.contains("/sweeps[Host thickness and current density]/parameters[current density]")
				&& message.contains("logarithmic range needs from and to > 0"), message);
		sweep.getParameters().get(1).setSpacing(SweepSpacing.LINEAR);
		sweep.getOutputs().add("cyclesToFailure");
		String output = org.junit.jupiter.api.Assertions.assertThrows(StudyException.class, () -> plan(sweep))
				.getMessage();
		assertTrue(output.contains("'cyclesToFailure' is not an output of a deposition2D study"), output);
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
