/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anodyne.model.NamedElements;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.Sweep;
import org.anodyne.results.ResultsFormatException;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.results.SweepTable;
import org.anodyne.study.Progress;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyRunner;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs the points of a {@link SweepPlan} through the study layer, several at a time, each into its own
 * result directory {@code <sweep>/points/<index>/} (the ordinary results format, stamped with the
 * point's input hash), and tabulates them in {@code sweep.csv} and {@code sweep.json}.
 * <ul>
 * <li><b>Resume</b>: a point whose result was computed from the same inputs (same hash) and is
 * {@code ok} is not run again; a failed or missing point, or one whose inputs changed, is.</li>
 * <li><b>Cancel</b> (the monitor, Ctrl-C in the command line): running points stop and keep their
 * previous result or none; finished points stay as they are. The table then lists the unfinished
 * points as missing.</li>
 * <li><b>One point at a time elsewhere</b>: {@link #runPoint} runs one point and {@link #gather}
 * builds the table from whatever finished, so a cluster can run the points as separate tasks.</li>
 * </ul>
 */
public final class SweepRunner {

	/** Told about each point as it ends, from the thread that called {@link #run}. */
	public interface Listener {
		/**
		 * @param point   the point
		 * @param outcome how its study ended
		 * @param done    points ended so far in this run (including this one)
		 * @param total   points this run started with
		 */
		void pointEnded(SweepPlan.Point point, StudyOutcome outcome, int done, int total);
	}

	private final StudyRunner studies;

	public SweepRunner(StudyRunner studies) {
		this.studies = studies;
	}

	/**
	 * The directory of a sweep's results under a results root, {@code <root>/<design>/sweep+<name>/}
	 * ({@link ResultsLayout#sweepDirectory}): no study's folder has a '+', so no sweep shares a
	 * directory with a study; a sweep whose name another sweep has too gets a hash of its id.
	 */
	public static Path directory(Path root, Path designFile, Sweep sweep) {
		CellDesign design = (CellDesign) EcoreUtil.getRootContainer(sweep);
		String name = NamedElements.displayName(sweep);
		boolean shared = design.getSweeps().stream().filter(s -> s != sweep)
				.anyMatch(s -> NamedElements.displayName(s).equals(name));
		return ResultsLayout.sweepDirectory(root, designFile, name, shared ? sweep.getId() : null);
	}

	/** The result directory of a point. */
	public static Path pointDirectory(Path sweepDirectory, int index) {
		return sweepDirectory.resolve(SweepTable.pointFolder(index));
	}

	/** The summary of a point's result if it was computed from the point's current inputs. */
	public static Optional<StudySummary> current(Path sweepDirectory, SweepPlan.Point point) {
		Path dir = pointDirectory(sweepDirectory, point.index());
		if (!Files.isRegularFile(dir.resolve("summary.json"))) {
			return Optional.empty();
		}
		try {
			StudySummary summary = StudyResult.read(dir).summary();
			return point.inputHash().equals(summary.provenance().inputHash()) ? Optional.of(summary) : Optional.empty();
		} catch (IOException e) {
			// An unreadable old result is simply recomputed.
			return Optional.empty();
		}
	}

	/** The points that need running: not current, or current but failed; all of them when forced. */
	public static List<SweepPlan.Point> pending(SweepPlan plan, Path sweepDirectory, boolean force) {
		return plan.points().stream().filter(p -> force || current(sweepDirectory, p)
				.map(s -> s.status() != StudyStatus.OK).orElse(true)).toList();
	}

	/**
	 * Runs one point into its directory, its result stamped with the point's input hash.
	 *
	 * @param progress progress and cancellation of this point, or null
	 */
	public StudyOutcome runPoint(SweepPlan plan, SweepPlan.Point point, Path sweepDirectory, Progress progress) {
		long start = System.nanoTime();
		Study study;
		try {
			study = plan.load(point);
		} catch (StudyException e) {
			return StudyOutcome.of(plan.study(), plan.kind(), StudyOutcome.Status.FAILED, e.getMessage(),
					(System.nanoTime() - start) * 1e-9);
		}
		return studies.run(study, pointDirectory(sweepDirectory, point.index()), point.inputHash(), progress);
	}

	/**
	 * Runs the pending points of a plan, {@code jobs} at a time, then writes the table.
	 *
	 * @param force   run every point, current or not
	 * @param progress progress (one unit per point) and cancellation, used from the calling thread
	 * @return the table written (unfinished points as missing)
	 */
	public SweepTable run(SweepPlan plan, Path sweepDirectory, int jobs, boolean force, Listener listener,
			Progress progress) throws IOException {
		long start = System.nanoTime();
		Progress pm = progress == null ? Progress.NULL : progress;
		List<SweepPlan.Point> todo = pending(plan, sweepDirectory, force);
		pm.begin("Sweep '" + plan.sweep() + "': " + todo.size() + " of " + plan.points().size() + " points to run",
				Math.max(1, todo.size()));
		AtomicBoolean cancelled = new AtomicBoolean();
		Progress perPoint = Progress.cancelledWhen(cancelled::get);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, todo.size())), r -> {
			Thread t = new Thread(r, "anodyne sweep point");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<StudyOutcome>> futures = new ArrayList<>();
			for (SweepPlan.Point point : todo) {
				futures.add(pool.submit(() -> cancelled.get()
						? StudyOutcome.of(plan.study(), plan.kind(), StudyOutcome.Status.CANCELLED, "not started", 0)
						: runPoint(plan, point, sweepDirectory, perPoint)));
			}
			for (int k = 0; k < futures.size(); k++) {
				StudyOutcome outcome = await(futures.get(k), pm, cancelled, plan);
				pm.worked(1);
				if (listener != null) {
					listener.pointEnded(todo.get(k), outcome, k + 1, todo.size());
				}
			}
		} finally {
			pool.shutdown();
			try {
				pool.awaitTermination(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			pm.done();
		}
		return gather(plan, sweepDirectory, (System.nanoTime() - start) * 1e-9);
	}

	private static StudyOutcome await(Future<StudyOutcome> future, Progress pm, AtomicBoolean cancelled,
			SweepPlan plan) {
		while (true) {
			if (pm.isCanceled()) {
				cancelled.set(true);
			}
			try {
				return future.get(100, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				continue;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
				return StudyOutcome.of(plan.study(), plan.kind(), StudyOutcome.Status.CANCELLED, "interrupted", 0);
			} catch (ExecutionException e) {
				return StudyOutcome.of(plan.study(), plan.kind(), StudyOutcome.Status.FAILED,
						"Anodyne failed while running this point (" + e.getCause() + "); please report it", 0);
			}
		}
	}

	/**
	 * Builds and writes the table from the points' current results: {@code ok} or {@code failed} from
	 * each point's summary.json when its input hash is the point's, {@code missing} otherwise.
	 *
	 * @param wallSeconds the wall-clock time to record for the run
	 */
	public static SweepTable gather(SweepPlan plan, Path sweepDirectory, double wallSeconds) throws IOException {
		List<SweepTable.Point> rows = new ArrayList<>();
		for (SweepPlan.Point point : plan.points()) {
			String folder = SweepTable.pointFolder(point.index());
			Optional<StudySummary> summary = current(sweepDirectory, point);
			if (summary.isEmpty()) {
				rows.add(new SweepTable.Point(point.index(), folder, point.values(), SweepTable.MISSING, "", "",
						Double.NaN, Map.of()));
				continue;
			}
			StudySummary s = summary.get();
			Map<String, Object> outputs = new LinkedHashMap<>();
			for (SweepTable.Output o : plan.outputs()) {
				Object value = s.scalars().get(o.name());
				if (value != null) {
					outputs.put(o.name(), value);
				}
			}
			boolean ok = s.status() == StudyStatus.OK;
			rows.add(new SweepTable.Point(point.index(), folder, point.values(), ok ? SweepTable.OK : SweepTable.FAILED,
					s.message() == null ? "" : s.message(), point.inputHash(), s.wallSeconds(), outputs));
		}
		SweepTable table = new SweepTable(plan.sweep(), plan.study(), plan.kind(), plan.sampling(), plan.seed(),
				plan.modelFile(), plan.parameters(), plan.outputs(), rows, wallSeconds, SweepTable.now());
		try {
			table.write(sweepDirectory);
		} catch (IllegalArgumentException e) {
			throw new ResultsFormatException(sweepDirectory.resolve(SweepTable.CSV_FILE), e.getMessage(), e);
		}
		return table;
	}
}
