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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The product's launch script relaunches the IDE the way the workbench asked: on exit code 24 with the
 * workspace of its exit data (what File ▸ Switch Workspace and p2's Restart Now ask for), which
 * {@code org.anodyne.ui} writes to the file the script names with {@code -Danodyne.exitDataFile}.
 * The shipped script runs in a folder of its own with a stand-in for Java: each launch records its
 * arguments, writes the exit data the test scripted for it and exits with the code scripted for it — so
 * the script's handling of the file (taken literally, bounded, only its workspace) is checked without a
 * workbench. The same stand-in shows which JVM options each kind of launch gets.
 */
class RelaunchTest {

	/**
	 * The stand-in for Java: launch N records its arguments in runs/N, writes data-N, exits with exit-N; asked
	 * to write an ahead-of-time cache it writes one, as Java 25 does at exit.
	 */
	private static final String FAKE_JAVA = """
			#!/usr/bin/env bash
			dir="$(readlink -f "$0")"; dir="${dir%/jdk/bin/java}"
			n="$(ls "$dir/runs" | wc -l)"
			printf '%s\\n' "$@" > "$dir/runs/$n"
			for a in "$@"; do
			  case "$a" in
			    -Danodyne.exitDataFile=*) file="${a#*=}" ;;
			    -XX:AOTCacheOutput=*) cache="${a#*=}" ;;
			  esac
			done
			[ -z "${cache:-}" ] || echo trained > "$cache"
			[ ! -f "$dir/data-$n" ] || cp "$dir/data-$n" "$file"
			exit "$(cat "$dir/exit-$n" 2>/dev/null || echo 0)"
			""";

	@Test
	void aSwitchWorkspaceRequestRelaunchesInTheNewWorkspace() throws Exception {
		Path product = product("relaunch-switch");
		script(product, 0, 24, "-data\n/home/u/new workspace\n");
		List<List<String>> runs = launch(product, "-data", "/home/u/old", "-clean");
		assertEquals(2, runs.size(), "one relaunch: " + runs);
		assertEquals(List.of("-clean", "-data", "/home/u/new workspace"), launcherArgs(runs.get(1)));
		assertEquals(List.of("-data", "/home/u/old", "-clean"), launcherArgs(runs.get(0)));
	}

	@Test
	void pTwosRestartNowRelaunchesInTheWorkspaceItNames() throws Exception {
		Path product = product("relaunch-p2");
		// Workbench.restart(true) names the instance location as a URL, after any earlier exit data.
		script(product, 0, 24, "-vm\n/opt/other/java\n-data\nfile:/home/u/ws/\n");
		List<List<String>> runs = launch(product, "-data", "/home/u/ws");
		assertEquals(List.of("-data", "file:/home/u/ws/"), launcherArgs(runs.get(1)));
		assertFalse(runs.get(1).contains("/opt/other/java"), "only the workspace is taken from the request");
	}

	@Test
	void theRequestIsTakenLiterallyAndOnlyWhenSmall() throws Exception {
		Path product = product("relaunch-hostile");
		Path pwned = product.resolve("pwned");
		String hostile = "$(touch " + pwned + ")`touch " + pwned + "`;touch " + pwned;
		script(product, 0, 24, "-data\n" + hostile + "\n");
		script(product, 1, 24, "-data\n" + "/x".repeat(40_000) + "\n");
		script(product, 2, 24, "-data\n-vmargs\n");
		script(product, 3, 24, null);
		script(product, 4, 23, "-data\n/restart/keeps/arguments\n");
		List<List<String>> runs = launch(product, "-data", "/home/u/ws");
		assertEquals(6, runs.size(), "five relaunches: " + runs);
		assertFalse(Files.exists(pwned), "the exit data was evaluated");
		for (int i = 1; i < runs.size(); i++) {
			assertEquals(List.of("-data", hostile), launcherArgs(runs.get(i)),
					"launch " + i + ": an oversized request, an option as workspace, no request and a plain"
							+ " restart keep the workspace the launch had");
		}
	}

	@Test
	void aRelaunchUsesTheCacheTheFirstStartWrote() throws Exception {
		Path product = product("relaunch-cache", "25.0.1");
		script(product, 0, 24, "-data\n/home/u/ws2\n");
		List<List<String>> runs = launch(product, "-data", "/home/u/ws");
		assertEquals(2, runs.size(), "one relaunch: " + runs);
		assertTrue(runs.get(0).stream().anyMatch(a -> a.startsWith("-XX:AOTCacheOutput=")),
				"the first start records the cache: " + runs.get(0));
		assertTrue(runs.get(1).stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")),
				"the relaunch maps the cache the first start wrote: " + runs.get(1));
		assertFalse(runs.get(1).stream().anyMatch(a -> a.startsWith("-XX:AOTCacheOutput=")),
				"the relaunch does not write it again: " + runs.get(1));
	}

	@Test
	void onlyTheBenchmarksGetAHeapAtFullSizeTouchedInAdvance() throws Exception {
		List<String> preTouched = List.of("-Xmx2g", "-Xms2g", "-XX:+AlwaysPreTouch");
		List<List<String>> bench = launch(product("options-bench"), "bench", "accuracy");
		List<String> benchJava = bench.get(bench.size() - 1);
		assertTrue(benchJava.containsAll(preTouched), "bench: " + benchJava);
		assertEquals(List.of("bench", "accuracy"), benchJava.subList(benchJava.size() - 2, benchJava.size()));
		List<List<String>> help = launch(product("options-bench-help"), "bench", "--help");
		assertFalse(help.get(help.size() - 1).contains("-XX:+AlwaysPreTouch"), "bench --help runs nothing");
		List<List<String>> validate = launch(product("options-validate"), "validate", "x.anodyne");
		List<String> validateJava = validate.get(validate.size() - 1);
		assertTrue(validateJava.contains("-Xmx2g") && !validateJava.contains("-XX:+AlwaysPreTouch")
				&& !validateJava.contains("-Xms2g"), "validate: " + validateJava);
		List<String> ide = launch(product("options-ide"), "-data", "/home/u/ws").get(0);
		assertTrue(ide.contains("-Xmx2g") && !ide.contains("-XX:+AlwaysPreTouch") && !ide.contains("-Xms2g"),
				"the IDE: " + ide);
	}

	/** A product folder with the shipped launch script, an empty launcher jar and the stand-in Java 21. */
	private static Path product(String name) throws IOException {
		return product(name, "21.0.9");
	}

	/** A product folder with the shipped launch script, an empty launcher jar and a stand-in Java. */
	private static Path product(String name, String javaVersion) throws IOException {
		Path product = Anodyne.scratch(name);
		Files.copy(Anodyne.product().resolve("anodyne"), product.resolve("anodyne"));
		Files.createDirectories(product.resolve("plugins"));
		Files.createFile(product.resolve("plugins/org.eclipse.equinox.launcher_1.8.0.jar"));
		// The headless commands' configuration is written by a class of this jar (the stand-in writes nothing).
		Files.createFile(product.resolve("plugins/org.anodyne.headless_0.2.0.jar"));
		Files.createDirectories(product.resolve("runs"));
		Path jdk = Files.createDirectories(product.resolve("jdk/bin"));
		// Java 21 keeps the script's start-up cache to an option that names a file; 25 makes an AOT cache.
		Files.writeString(product.resolve("jdk/release"), "JAVA_VERSION=\"" + javaVersion + "\"\n");
		Path java = jdk.resolve("java");
		Files.writeString(java, FAKE_JAVA);
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return product;
	}

	private static void script(Path product, int launch, int exit, String exitData) throws IOException {
		Files.writeString(product.resolve("exit-" + launch), exit + "\n");
		if (exitData != null) {
			Files.writeString(product.resolve("data-" + launch), exitData, StandardCharsets.UTF_8);
		}
	}

	/** Runs the script until it exits; the arguments of each launch of the stand-in Java. */
	private static List<List<String>> launch(Path product, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(product.resolve("anodyne").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(product.resolve("console.txt").toFile());
		builder.environment().put("ANODYNE_JAVA", product.resolve("jdk/bin/java").toString());
		builder.environment().put("DISPLAY", ":relaunch-test");
		builder.environment().remove("ANODYNE_VM_ARGS");
		builder.environment().put("ANODYNE_EXAMPLES", product.resolve("no-examples").toString());
		Process process = builder.start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launch script did not end");
		assertEquals(0, process.exitValue(), Anodyne.read(product.resolve("console.txt")));
		List<List<String>> runs = new ArrayList<>();
		for (int n = 0; Files.exists(product.resolve("runs/" + n)); n++) {
			runs.add(Files.readAllLines(product.resolve("runs/" + n)));
		}
		return runs;
	}

	/** The arguments a launch handed the launcher (those after -jar LAUNCHER). */
	private static List<String> launcherArgs(List<String> run) {
		return run.subList(run.indexOf("-jar") + 2, run.size());
	}
}
