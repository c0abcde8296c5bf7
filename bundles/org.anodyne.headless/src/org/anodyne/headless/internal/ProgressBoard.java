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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Shows the running studies on standard error with the time left: on a terminal one status line
 * redrawn twice a second; in a log (CI) one line per running study every 15 seconds (the system
 * property {@code anodyne.progressInterval}, in seconds, changes that), so logs stay short.
 * Finished-study lines are printed through {@link #println(String)} so they never interleave with a
 * status line.
 */
final class ProgressBoard implements AutoCloseable {

	private static final int LOG_INTERVAL_SECONDS = Math.max(1, Integer.getInteger("anodyne.progressInterval", 15));

	private final Console console;
	private final AtomicBoolean cancel;
	private final List<StudyProgress> running = new ArrayList<>();
	private final Thread ticker;
	private volatile boolean closed;
	private int statusWidth;

	ProgressBoard(Console console, AtomicBoolean cancel) {
		this.console = console;
		this.cancel = cancel;
		this.ticker = new Thread(this::tick, "anodyne progress");
		ticker.setDaemon(true);
		ticker.start();
	}

	/** A monitor for a study that starts now. */
	synchronized StudyProgress start(String label) {
		StudyProgress p = new StudyProgress(label, cancel);
		running.add(p);
		return p;
	}

	synchronized void finish(StudyProgress p) {
		running.remove(p);
	}

	/** Prints a line (a finished study, a finding) above the status line. */
	synchronized void println(String line) {
		clearStatus();
		console.err().println(line);
	}

	private void tick() {
		long last = System.nanoTime();
		while (!closed) {
			try {
				Thread.sleep(console.interactive() ? 500 : 1000);
			} catch (InterruptedException e) {
				return;
			}
			synchronized (this) {
				if (closed || running.isEmpty()) {
					continue;
				}
				if (console.interactive()) {
					String line = String.join(" | ", running.stream().map(StudyProgress::status).toList());
					clearStatus();
					console.err().print(line);
					console.err().flush();
					statusWidth = line.length();
				} else if (System.nanoTime() - last >= LOG_INTERVAL_SECONDS * 1_000_000_000L) {
					last = System.nanoTime();
					for (StudyProgress p : running) {
						console.err().println("  … " + p.status());
					}
				}
			}
		}
	}

	private void clearStatus() {
		if (statusWidth > 0) {
			console.err().print("\r" + " ".repeat(statusWidth) + "\r");
			statusWidth = 0;
		}
	}

	@Override
	public void close() {
		closed = true;
		ticker.interrupt();
		synchronized (this) {
			clearStatus();
		}
	}
}
