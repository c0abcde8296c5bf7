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

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Slurm on this machine for one test: munged, slurmctld and slurmd started as plain daemons
 * (no systemd) with every file they write — configuration, key, socket, state, spool, pid files,
 * logs — in one folder under {@code target/}, on free ports, so that nothing of the machine's own
 * configuration is used or changed. Installs Debian's {@code slurm-wlm} and {@code munge} with apt
 * when they are missing. Stopped by {@link #close()} and, should the test JVM die first, by a
 * shutdown hook.
 */
final class OneNodeSlurm implements AutoCloseable {

	private static final List<String> DAEMONS = List.of("slurmd", "slurmctld", "munged");

	private final Path dir;
	private final Path conf;
	private final Thread hook;

	private OneNodeSlurm(Path dir) {
		this.dir = dir;
		this.conf = dir.resolve("slurm.conf");
		this.hook = new Thread(this::stop, "stop the test's Slurm daemons");
	}

	/** The environment Slurm's commands, and the jobs submitted through them, need: our slurm.conf. */
	Map<String, String> environment() {
		return Map.of("SLURM_CONF", conf.toString());
	}

	Path directory() {
		return dir;
	}

	/**
	 * Installs Slurm if needed and starts a one-node cluster in a fresh folder {@code name} under
	 * {@code target/}; fails the test when any of it does not work, naming the step and showing the
	 * daemons' logs.
	 */
	static OneNodeSlurm start(String name) throws Exception {
		install();
		Path dir = Anodyne.out().resolve(name);
		stopLeftovers(dir);
		Anodyne.scratch(name);
		OneNodeSlurm cluster = new OneNodeSlurm(dir);
		Runtime.getRuntime().addShutdownHook(cluster.hook);
		try {
			cluster.startDaemons();
		} catch (Exception | AssertionError e) {
			cluster.close();
			throw e;
		}
		return cluster;
	}

	private static void install() throws Exception {
		if (List.of("/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch").stream()
				.allMatch(f -> Files.isExecutable(Path.of(f)))) {
			return;
		}
		// Debian's maintainer scripts would start the packages' system services; a policy-rc.d that
		// answers 101 ("action forbidden") keeps them stopped during the installation.
		Path policy = Path.of("/usr/sbin/policy-rc.d");
		boolean ownPolicy = !Files.exists(policy);
		if (ownPolicy) {
			Files.writeString(policy, "#!/bin/sh\nexit 101\n");
			Files.setPosixFilePermissions(policy, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		try {
			Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
			String install = run(env, 600, "apt-get", "install", "-y", "-q", "--no-install-recommends", "slurm-wlm",
					"munge");
			if (install != null) {
				String update = run(env, 600, "apt-get", "update", "-q");
				install = update != null
						? update
						: run(env, 600, "apt-get", "install", "-y", "-q",
								"--no-install-recommends", "slurm-wlm", "munge");
			}
			if (install != null) {
				fail("ANODYNE_SLURM_TEST=1 asks for the Slurm test, but slurm-wlm and munge could not be installed: "
						+ install);
			}
		} finally {
			if (ownPolicy) {
				Files.deleteIfExists(policy);
			}
		}
	}

	private void startDaemons() throws Exception {
		Path munge = Files.createDirectories(dir.resolve("munge"));
		Files.setPosixFilePermissions(munge, PosixFilePermissions.fromString("rwx------"));
		for (String sub : List.of("state", "spool", "log")) {
			Files.createDirectories(dir.resolve(sub));
		}
		Path key = munge.resolve("munge.key");
		byte[] secret = new byte[1024];
		new SecureRandom().nextBytes(secret);
		Files.write(key, secret);
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
		must("munged", run(Map.of(), 30, "munged", "--key-file=" + key, "--socket=" + munge.resolve("munge.socket"),
				"--pid-file=" + pidFile("munged"), "--log-file=" + dir.resolve("log/munged.log"),
				"--seed-file=" + munge.resolve("munged.seed"), "--force"));

		String host = output("hostname", "-s").strip();
		long memoryMb = Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).stream()
				.filter(l -> l.startsWith("MemTotal:")).findFirst().orElseThrow().replaceAll("\\D", "")) / 1024 / 2;
		int cpus = Integer.parseInt(output("nproc").strip());
		int[] ports = freePorts(2);
		Files.writeString(conf, String.join("\n",
				"# A one-node cluster for Anodyne's Slurm test; everything lives in this folder.",
				"ClusterName=anodyne-test",
				"SlurmctldHost=" + host + "(127.0.0.1)",
				"SlurmctldPort=" + ports[0],
				"SlurmdPort=" + ports[1],
				"AuthType=auth/munge",
				"AuthInfo=socket=" + munge.resolve("munge.socket"),
				"CryptoType=crypto/munge",
				"StateSaveLocation=" + dir.resolve("state"),
				"SlurmdSpoolDir=" + dir.resolve("spool"),
				"SlurmctldPidFile=" + pidFile("slurmctld"),
				"SlurmdPidFile=" + pidFile("slurmd"),
				"SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
				"SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
				// No cgroups in a container: processes are tracked by parent id, tasks not bound.
				"ProctrackType=proctrack/linuxproc",
				"TaskPlugin=task/none",
				"SelectType=select/cons_tres",
				"SelectTypeParameters=CR_Core",
				"ReturnToService=2",
				"SlurmUser=root",
				"SlurmdUser=root",
				"MpiDefault=none",
				"JobCompType=jobcomp/none",
				"AccountingStorageType=accounting_storage/none",
				// Long enough that the test sees how a cancelled task ended.
				"MinJobAge=300",
				"NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus + " RealMemory=" + memoryMb + " State=UNKNOWN",
				"PartitionName=debug Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP", ""));
		must("slurmctld", run(environment(), 60, "slurmctld", "-f", conf.toString()));
		must("slurmd", run(environment(), 60, "slurmd", "-f", conf.toString()));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		String state = "";
		while (System.nanoTime() < deadline) {
			state = exec(environment(), 30, "sinfo", "--noheader", "--format=%T").out().strip();
			if (state.equals("idle")) {
				return;
			}
			Thread.sleep(500);
		}
		fail("the one-node Slurm did not become idle within 90 s (sinfo says '" + state + "')\n" + logs());
	}

	private Path pidFile(String daemon) {
		return dir.resolve(daemon.equals("munged") ? "munge/munged.pid" : daemon + ".pid");
	}

	private void must(String daemon, String error) throws IOException {
		if (error != null) {
			fail("ANODYNE_SLURM_TEST=1 asks for the Slurm test, but " + daemon + " did not start: " + error + "\n"
					+ logs());
		}
	}

	/** The tails of the daemons' logs, for a failure message. */
	String logs() throws IOException {
		StringBuilder b = new StringBuilder();
		for (String log : List.of("munged.log", "slurmctld.log", "slurmd.log")) {
			Path file = dir.resolve("log").resolve(log);
			if (Files.exists(file)) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
				b.append("--- ").append(file).append(" (end):\n")
						.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
						.append('\n');
			}
		}
		return b.toString();
	}

	/** Cancels what is still queued or running, then stops slurmd, slurmctld and munged. */
	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// The JVM is shutting down and the hook is stopping the daemons.
		}
	}

	private synchronized void stop() {
		if (ProcessHandle.of(pid(pidFile("slurmctld"))).map(ProcessHandle::isAlive).orElse(false)) {
			try {
				run(environment(), 30, "scancel", "--user=" + System.getProperty("user.name"));
				// Let slurmd see its job steps end before it goes.
				for (int i = 0; i < 40; i++) {
					Exec queue = exec(environment(), 30, "squeue", "--noheader");
					if (queue.exit() != 0 || queue.out().isBlank()) {
						break;
					}
					Thread.sleep(250);
				}
			} catch (Exception e) {
				// Stopping the daemons below matters more.
			}
		}
		stopDaemons(dir);
	}

	private static void stopLeftovers(Path dir) {
		if (Files.isDirectory(dir)) {
			stopDaemons(dir);
		}
	}

	private static void stopDaemons(Path dir) {
		for (String daemon : DAEMONS) {
			Path pidFile = dir.resolve(daemon.equals("munged") ? "munge/munged.pid" : daemon + ".pid");
			ProcessHandle.of(pid(pidFile)).ifPresent(p -> {
				p.destroy();
				try {
					p.onExit().get(15, TimeUnit.SECONDS);
				} catch (Exception e) {
					p.destroyForcibly();
				}
			});
		}
	}

	private static long pid(Path pidFile) {
		try {
			return Long.parseLong(Files.readString(pidFile).strip());
		} catch (IOException | NumberFormatException e) {
			return -1;
		}
	}

	private static int[] freePorts(int n) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			int[] ports = new int[n];
			for (int i = 0; i < n; i++) {
				ServerSocket s = new ServerSocket(0);
				sockets.add(s);
				ports[i] = s.getLocalPort();
			}
			return ports;
		} finally {
			for (ServerSocket s : sockets) {
				s.close();
			}
		}
	}

	static String output(String... command) throws Exception {
		return output(Map.of(), command);
	}

	/** What a command printed; fails the test if it does not exit 0. */
	static String output(Map<String, String> env, String... command) throws Exception {
		Exec e = exec(env, 60, command);
		if (e.exit() != 0) {
			fail(String.join(" ", command) + " failed (exit " + e.exit() + "): " + e.out());
		}
		return e.out();
	}

	/** How a command ended: its exit code (-1 if it could not start or hung) and what it printed. */
	record Exec(int exit, String out) {
	}

	/** Runs a command with its standard output and error together. */
	static Exec exec(Map<String, String> env, int timeoutSeconds, String... command) throws Exception {
		// Into a file, not a pipe: a daemon forks and its child would hold a pipe open for good.
		Path log = Files.createTempFile("anodyne-slurm-test", ".out");
		try {
			ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			b.environment().putAll(env);
			Process p;
			try {
				p = b.start();
			} catch (IOException e) {
				return new Exec(-1, e.getMessage());
			}
			if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return new Exec(-1, String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
			}
			return new Exec(p.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
		} finally {
			Files.deleteIfExists(log);
		}
	}

	/** Runs a command; null when it exited 0, else what went wrong. */
	private static String run(Map<String, String> env, int timeoutSeconds, String... command) throws Exception {
		Exec e = exec(env, timeoutSeconds, command);
		return e.exit() == 0 ? null : String.join(" ", command) + " exited " + e.exit() + ": " + e.out().strip();
	}
}
