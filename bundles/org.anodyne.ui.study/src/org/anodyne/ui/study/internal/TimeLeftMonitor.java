/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.study.internal;

import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Adds an estimate of the time left to the task name ("Running … — about 3 min left"), from the
 * fraction of work done so far and the time it took. Updated at most once a second, and only once a
 * little work is done, so the first guesses do not jump about.
 */
public final class TimeLeftMonitor extends ProgressMonitorWrapper {

	private static final long UPDATE_NANOS = 1_000_000_000L;
	/** Below this fraction done, the rate is too uncertain to extrapolate. */
	private static final double MIN_FRACTION = 0.02;

	private final LongSupplier clock;
	private final long start;
	private String task = "";
	private double total;
	private double done;
	private long lastUpdate;
	private String shown = "";

	public TimeLeftMonitor(IProgressMonitor monitor) {
		this(monitor, System::nanoTime);
	}

	/** A monitor reading the time from {@code clock} [ns]. */
	public TimeLeftMonitor(IProgressMonitor monitor, LongSupplier clock) {
		super(monitor);
		this.clock = clock;
		this.start = clock.getAsLong();
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		shown = task;
		total = totalWork;
		super.beginTask(name, totalWork);
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
		shown = label();
		super.setTaskName(shown);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		super.internalWorked(work);
		long now = clock.getAsLong();
		if (now - lastUpdate >= UPDATE_NANOS) {
			lastUpdate = now;
			String label = label();
			if (!label.equals(shown)) {
				shown = label;
				super.setTaskName(label);
			}
		}
	}

	/** The task name with the estimate, once there is one. */
	String label() {
		double fraction = total > 0 ? Math.min(1, done / total) : 0;
		if (fraction < MIN_FRACTION || fraction >= 1) {
			return task;
		}
		double elapsed = (clock.getAsLong() - start) * 1e-9;
		return task + " — about " + duration(elapsed * (1 - fraction) / fraction) + " left";
	}

	/** A duration rounded as people say it: "40 s", "3 min", "1 h 20 min". */
	public static String duration(double seconds) {
		if (seconds < 60) {
			return Math.max(5, Math.round(seconds / 5) * 5) + " s";
		}
		long minutes = Math.round(seconds / 60);
		if (minutes < 60) {
			return minutes + " min";
		}
		return minutes / 60 + " h " + minutes % 60 + " min";
	}
}
