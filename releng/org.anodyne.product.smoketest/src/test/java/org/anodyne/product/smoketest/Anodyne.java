/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.product.smoketest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Runs the materialized product's {@code anodyne} script with a command, the way a user or a CI job
 * does, with a watchdog that turns a hang into a test failure.
 */
final class Anodyne {

	/** A line of a Java stack trace, as a user must never see one. */
	static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");

	private static final AtomicInteger RUNS = new AtomicInteger();

	/** What a run printed and returned. */
	record Result(int exit, String out, String err, double seconds, List<String> command) {

		List<String> outLines() {
			return out.isEmpty() ? List.of() : List.of(out.split("\n"));
		}

		/** Fails if a stack trace reached the user. */
		Result noStackTrace() {
			assertFalse(STACK_TRACE.matcher(out).find() || STACK_TRACE.matcher(err).find(),
					"a stack trace reached the user:\n" + this);
			return this;
		}

		@Override
		public String toString() {
			return String.join(" ", command) + "\nexit " + exit + " after " + seconds + " s\n--- stdout:\n"
					+ abbreviate(out) + "\n--- stderr:\n" + abbreviate(err);
		}

		private static String abbreviate(String s) {
			return s.length() > 20_000 ? s.substring(0, 20_000) + "\n… (" + s.length() + " characters)" : s;
		}
	}

	static Path product() {
		return Paths.get(System.getProperty("anodyne.product.dir"));
	}

	static Path out() {
		return Paths.get(System.getProperty("anodyne.smoke.out"));
	}

	/** The example designs the product ships. */
	static Path examples() {
		return product().resolve("examples");
	}

	/** Runs {@code anodyne ARGS...} without a display, as on a CI machine. */
	static Result run(Duration timeout, String... args) throws Exception {
		return run(timeout, Map.of(), args);
	}

	/**
	 * Runs {@code anodyne ARGS...}.
	 *
	 * @param env extra environment; {@code DISPLAY} is removed unless given here
	 */
	static Result run(Duration timeout, Map<String, String> env, String... args) throws Exception {
		long start = System.nanoTime();
		Started started = start(env, args);
		Process process = started.process();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				fail("watchdog: 'anodyne " + String.join(" ", args) + "' did not finish within " + timeout.toSeconds()
						+ " s; output so far:\n" + read(started.out()) + "\n" + read(started.err()));
			}
		} finally {
			if (process.isAlive()) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		List<String> command = new ArrayList<>(List.of(product().resolve("anodyne").toString()));
		command.addAll(List.of(args));
		return new Result(process.exitValue(), read(started.out()), read(started.err()),
				(System.nanoTime() - start) / 1e9,
				command);
	}

	/** A launch that runs on, with the files its output goes to. */
	record Started(Process process, Path out, Path err) {
	}

	/** Starts {@code anodyne ARGS...} without a display and without waiting. */
	static Started start(Map<String, String> env, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(product().resolve("anodyne").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		builder.environment().put("ANODYNE_JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().putAll(env);
		Path logs = Files.createDirectories(out().resolve("headless-runs"));
		int n = RUNS.incrementAndGet();
		Path stdout = logs.resolve(n + ".out");
		Path stderr = logs.resolve(n + ".err");
		builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
		return new Started(builder.start(), stdout, stderr);
	}

	static String read(Path file) throws IOException {
		return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
	}

	/** A fresh, empty scratch folder under target/. */
	static Path scratch(String name) throws IOException {
		Path dir = out().resolve(name);
		if (Files.exists(dir)) {
			try (var walk = Files.walk(dir)) {
				for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
					Files.delete(p);
				}
			}
		}
		return Files.createDirectories(dir);
	}

	private Anodyne() {
	}
}
