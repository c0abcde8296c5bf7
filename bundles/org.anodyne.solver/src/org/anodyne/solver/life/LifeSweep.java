package org.anodyne.solver.life;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anodyne.solver.CancelledException;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;

/**
 * Runs many life scenarios on several threads (a design sweep). Runs are independent; give them a
 * {@link CouplingSource#fixed fixed coupling} when they share one geometry so the split is computed
 * once. The caller's monitor is used from the calling thread only: it gets one work unit per finished
 * run, and cancelling it stops the runs still going.
 */
public final class LifeSweep {

	private LifeSweep() {
	}

	/**
	 * One run of a sweep: its result, or the error that stopped it (a sweep does not stop because one
	 * design's protocol cannot finish).
	 *
	 * @param scenario the scenario
	 * @param result   the result, or null on error
	 * @param error    the error, or null on success
	 */
	public record Entry(LifeScenario scenario, LifeResult result, SolverException error) {
	}

	/**
	 * @param scenarios the designs
	 * @param threads   worker threads, ≥ 1 (use the number of cores)
	 * @param options   run options for every design
	 * @param monitor   progress and cancellation, used from the calling thread
	 * @return one entry per scenario, in order
	 * @throws CancelledException if the monitor asks to cancel
	 */
	public static List<Entry> run(List<LifeScenario> scenarios, int threads, LifeRunOptions options,
			ProgressMonitor monitor) throws CancelledException {
		if (threads < 1) {
			throw new IllegalArgumentException("a sweep needs at least one thread, got " + threads);
		}
		ProgressMonitor pm = monitor == null ? ProgressMonitor.NULL : monitor;
		AtomicBoolean cancelled = new AtomicBoolean();
		ProgressMonitor worker = new ProgressMonitor() {
			@Override
			public void begin(String taskName, int totalWork) {
			}

			@Override
			public void worked(int work) {
			}

			@Override
			public boolean isCanceled() {
				return cancelled.get();
			}

			@Override
			public void subTask(String name) {
			}
		};
		pm.begin("Life sweep of " + scenarios.size() + " designs", scenarios.size());
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "life-sweep");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<Entry>> futures = new ArrayList<>();
			for (LifeScenario scenario : scenarios) {
				futures.add(pool.submit(() -> {
					try {
						return new Entry(scenario, LifeSimulator.run(scenario, options, worker), null);
					} catch (SolverException e) {
						return new Entry(scenario, null, e);
					}
				}));
			}
			List<Entry> entries = new ArrayList<>();
			for (Future<Entry> future : futures) {
				entries.add(await(future, pm, cancelled));
				pm.worked(1);
			}
			return entries;
		} finally {
			pool.shutdownNow();
			pm.done();
		}
	}

	private static Entry await(Future<Entry> future, ProgressMonitor pm, AtomicBoolean cancelled)
			throws CancelledException {
		while (true) {
			if (pm.isCanceled()) {
				cancelled.set(true);
				throw new CancelledException();
			}
			try {
				Entry entry = future.get(50, TimeUnit.MILLISECONDS);
				if (entry.error() instanceof CancelledException) {
					throw new CancelledException();
				}
				return entry;
			} catch (TimeoutException e) {
				continue;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
				throw new CancelledException();
			} catch (ExecutionException e) {
				throw new IllegalStateException("life sweep run failed unexpectedly", e.getCause());
			}
		}
	}
}
