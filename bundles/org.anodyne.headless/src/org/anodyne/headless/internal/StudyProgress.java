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

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anodyne.study.Progress;

/**
 * The progress of one running study, as the study layer reports it; read by a {@link ProgressBoard}
 * from another thread. Cancelled when the shared flag is set (Ctrl-C).
 */
final class StudyProgress implements Progress {

	private final String label;
	private final AtomicBoolean cancel;
	private final long started = System.nanoTime();
	private volatile int total = -1;
	private volatile long done;
	private volatile String subTask = "";

	StudyProgress(String label, AtomicBoolean cancel) {
		this.label = label;
		this.cancel = cancel;
	}

	@Override
	public void begin(String taskName, int totalWork) {
		total = totalWork;
	}

	@Override
	public void worked(int work) {
		done += work;
	}

	@Override
	public boolean isCanceled() {
		return cancel.get();
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name;
	}

	double elapsedSeconds() {
		return (System.nanoTime() - started) / 1e9;
	}

	/** Fraction done, 0–1, or NaN when the study did not say how much work there is. */
	double fraction() {
		int t = total;
		return t > 0 ? Math.min(1.0, (double) done / t) : Double.NaN;
	}

	/**
	 * Seconds left, extrapolated from the rate so far; NaN until there is enough to go on (2 % done
	 * and a second spent), since early estimates swing wildly.
	 */
	double secondsLeft() {
		double f = fraction();
		double elapsed = elapsedSeconds();
		if (Double.isNaN(f) || f < 0.02 || elapsed < 1) {
			return Double.NaN;
		}
		return elapsed * (1 - f) / f;
	}

	/** E.g. {@code life at 0.25: 43% 0:12 elapsed, about 0:16 left (cycle 97)}. */
	String status() {
		StringBuilder b = new StringBuilder(label).append(": ");
		double f = fraction();
		if (!Double.isNaN(f)) {
			b.append(String.format(Locale.ROOT, "%3.0f%% ", 100 * f));
		}
		b.append(clock(elapsedSeconds())).append(" elapsed");
		double left = secondsLeft();
		if (!Double.isNaN(left)) {
			b.append(", about ").append(clock(left)).append(" left");
		}
		String sub = subTask;
		if (!sub.isBlank()) {
			b.append(" (").append(Console.printable(sub)).append(')');
		}
		return b.toString();
	}

	/** m:ss, or h:mm:ss from an hour on. */
	static String clock(double seconds) {
		long s = Math.round(Math.max(0, seconds));
		return s >= 3600
				? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}
}
