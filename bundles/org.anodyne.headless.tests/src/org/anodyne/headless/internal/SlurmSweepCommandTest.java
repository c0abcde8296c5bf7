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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.anodyne.headless.internal.slurm.Slurm;
import org.anodyne.headless.internal.slurm.SlurmSweep;
import org.anodyne.headless.internal.slurm.SubmissionRecord;
import org.anodyne.model.metals.MetalRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anodyne sweep --slurm | --status | --resubmit} against stand-in Slurm commands (scripts that
 * print what the real ones print), for the script, the record and every error path; the real
 * one-node Slurm test is in the product smoke test.
 */
class SlurmSweepCommandTest {

	@TempDir
	Path dir;

	private Path bin;
	private Path launcher;

	/** The sweep command test's 2 × 2-point sweep, stand-in Slurm commands to come, a launcher. */
	private Path design() throws Exception {
		Path file = SweepCommandTest.design(dir);
		bin = Files.createDirectories(dir.resolve("bin"));
		launcher = command(dir, "anodyne", "exit 0");
		return file;
	}

	private static Path command(Path folder, String name, String body) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, "#!/bin/bash\n" + body + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	/** The stand-ins: sbatch hands out job ids from 4711 on; squeue and scontrol print files. */
	private void slurm(String maxArraySize) throws Exception {
		command(bin, "sbatch", "n=$(cat '" + dir + "/sbatch.calls' 2>/dev/null | wc -l)\necho \"$*\" >> '" + dir
				+ "/sbatch.calls'\necho $((4711 + n))");
		command(bin, "squeue", "cat '" + dir + "/squeue.out' 2>/dev/null; true");
		command(bin, "scontrol",
				"""
						if [ "$1" = show ] && [ "$2" = config ]; then
						  printf 'Configuration data as of now\\nMaxArraySize            = %s\\nMinJobAge               = 300 sec\\n' '"""
						+ maxArraySize + """
								'
								  echo 'AccountingStorageType   = accounting_storage/none'
								  exit 0
								fi
								f='""" + dir
						+ """
								/job.'"$4"
								if [ -f "$f" ]; then cat "$f"; else echo 'slurm_load_jobs error: Invalid job id specified' >&2; exit 1; fi
								""");
	}

	private CliRun sweep(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		SlurmSweep.Context context = new SlurmSweep.Context(new Slurm(List.of(bin), Map.of()), Optional.of(launcher));
		SweepCommand command = new SweepCommand(MetalRegistry.getDefault(), context);
		int exit = new AnodyneCli(console, List.of(command)).run(
				java.util.stream.Stream.concat(java.util.stream.Stream.of("sweep"), java.util.Arrays.stream(args))
						.toArray(String[]::new));
		return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path sweepDir() {
		return dir.resolve("out/sweep/sweep+Host_thickness_and_current_density");
	}

	@Test
	void submitStatusAndResubmitFollowThePointsThroughSlurm() throws Exception {
		Path file = design();
		slurm("3");
		CliRun submit = sweep(file.toString(), "--out", dir.resolve("out").toString(), "--slurm", "--points-per-task",
				"1",
				"--max-parallel", "2", "--partition", "debug", "--time", "10");
		assertEquals(ExitCode.OK, submit.exit(), submit.toString());
		Path slurmDir = sweepDir().resolve("slurm");
		assertEquals(
				List.of("sweep 'Host thickness and current density': job 4711, array 0-2%2: 3 points (0-2) in 3 tasks;"
						+ " script " + slurmDir.resolve("array-1.sh"),
						"sweep 'Host thickness and current density': job 4712, array 0-0%2: 1 point (3) in 1 task;"
								+ " script " + slurmDir.resolve("array-2.sh"),
						"follow it with: anodyne sweep " + file + " --sweep thickness-and-current --status"),
				submit.outLines());
		assertEquals(List.of("--parsable " + slurmDir.resolve("array-1.sh"),
				"--parsable --dependency=afterany:4711 " + slurmDir.resolve("array-2.sh")),
				Files.readAllLines(dir.resolve("sbatch.calls")),
				"MaxArraySize 3: two arrays, the second after the first");
		String script = Files.readString(slurmDir.resolve("array-1.sh"));
		assertTrue(script.contains("\n#SBATCH --array=0-2%2\n#SBATCH --partition=debug\n#SBATCH --time=10\n"), script);
		assertTrue(script.contains("\nanodyne='" + launcher + "'\n"), script);
		assertTrue(Files.isDirectory(slurmDir.resolve("logs")), "sbatch does not create the folder of --output");
		List<String> record = Files.readAllLines(slurmDir.resolve(SubmissionRecord.FILE));
		assertEquals("job\ttask\tpoints\tsubmitted\tpartition\ttime\tmax_parallel\tscript", record.get(0));
		assertEquals(5, record.size(), String.join("\n", record));
		assertTrue(record.get(3).matches("4711\t2\t2\t20\\d\\d-\\d\\d-\\d\\dT[0-9:]+Z\tdebug\t10\t2\tslurm/array-1.sh"),
				record.get(3));
		assertTrue(record.get(4).startsWith("4712\t0\t3\t"), record.get(4));

		Files.writeString(dir.resolve("squeue.out"), "4711_1 RUNNING\n4711_2 PENDING\n4712_0 PENDING\n");
		Files.writeString(dir.resolve("job.4711"), "JobId=4712 ArrayJobId=4711 ArrayTaskId=0 JobState=CANCELLED"
				+ " Reason=None ExitCode=0:15\nJobId=4711 ArrayJobId=4711 ArrayTaskId=1 JobState=RUNNING Reason=None ExitCode=0:0\n");
		CliRun status = sweep(file.toString(), "--out", dir.resolve("out").toString(), "--status");
		assertEquals(ExitCode.FAILURE, status.exit(), status.toString());
		assertTrue(status.out().contains("4 points: 0 ok, 0 failed, 1 running, 2 queued, 1 lost, 0 not submitted\n"),
				status.toString());
		assertTrue(
				status.out().contains("  point 0000 lost: task 4711_0 ended CANCELLED (exit 0:15) without a result\n"),
				status.toString());
		assertTrue(status.out().contains("  point 0001 running in task 4711_1\n  queued: points 2-3\n"),
				status.toString());

		CliRun resubmit = sweep(file.toString(), "--out", dir.resolve("out").toString(), "--resubmit");
		assertEquals(ExitCode.OK, resubmit.exit(), resubmit.toString());
		assertTrue(
				resubmit.err().contains("points 1-3 are still queued or running in Slurm; not submitting them again"),
				resubmit.toString());
		assertTrue(resubmit.out()
				.startsWith("sweep 'Host thickness and current density': job 4713, array 0-0%2: 1 point (0)"
						+ " in 1 task; script " + slurmDir.resolve("array-3.sh")),
				resubmit.toString());
		assertTrue(Files.readString(slurmDir.resolve("array-3.sh")).contains("--partition=debug\n#SBATCH --time=10\n"),
				"the resubmission keeps the last submission's options");

		// Points 0 and 3 run in one process, as a task runs them; Slurm has then forgotten all tasks
		// (MinJobAge passed), and the others left no result.
		CliRun two = sweep(file.toString(), "--out", dir.resolve("out").toString(), "--point", "0", "--point", "3");
		assertEquals(ExitCode.OK, two.exit(), two.toString());
		assertEquals(2, two.outLines().size(), two.toString());
		assertTrue(
				two.outLines().get(0).startsWith("point 0000 ok: ")
						&& two.outLines().get(1).startsWith("point 0003 ok: "),
				two.toString());
		Files.delete(dir.resolve("squeue.out"));
		Files.delete(dir.resolve("job.4711"));
		CliRun later = sweep(file.toString(), "--out", dir.resolve("out").toString(), "--status");
		assertEquals(ExitCode.FAILURE, later.exit(), later.toString());
		assertTrue(later.out().contains("4 points: 2 ok, 0 failed, 0 running, 0 queued, 2 lost, 0 not submitted\n"),
				later.toString());
		assertTrue(later.out().contains("  point 0002 lost: task 4711_2 is no longer known to Slurm (it ended more than"
				+ " MinJobAge=300 s ago) and left no result\n"), later.toString());
		assertTrue(later.out().contains("  job 4713: 1 task, submitted "), later.toString());

		Files.delete(bin.resolve("squeue"));
		CliRun unreachable = sweep(file.toString(), "--out", dir.resolve("out").toString(), "--status");
		assertEquals(ExitCode.FAILURE, unreachable.exit(), unreachable.toString());
		assertTrue(unreachable.err().contains("squeue is not on the PATH")
				&& unreachable.err().contains("the states below come from the result folders alone"),
				unreachable.toString());
		assertTrue(
				unreachable.out().contains("  point 0002 lost: task 4711_2 left no result, and Slurm could not be asked"
						+ " about it\n"),
				unreachable.toString());
	}

	@Test
	void withoutSbatchOrWhenSbatchRefusesNothingIsRecordedAndTheMessageSaysWhy() throws Exception {
		Path file = design();
		String out = dir.resolve("out").toString();
		CliRun none = sweep(file.toString(), "--out", out, "--slurm");
		assertEquals(ExitCode.FAILURE, none.exit(), none.toString());
		assertEquals("anodyne sweep: sbatch is not on the PATH; submit from a Slurm login node, or put Slurm's commands"
				+ " on the PATH (nothing was written or submitted)\n", none.err());
		assertFalse(Files.exists(sweepDir().resolve("slurm")), "nothing written");

		command(bin, "sbatch",
				"echo 'sbatch: error: Batch job submission failed: Invalid partition name specified' >&2\nexit 1");
		CliRun refused = sweep(file.toString(), "--out", out, "--slurm", "--partition", "nope");
		assertEquals(ExitCode.FAILURE, refused.exit(), refused.toString());
		assertTrue(
				refused.err().contains("scontrol is not on the PATH")
						&& refused.err().contains("assuming MaxArraySize=1001"),
				refused.toString());
		assertTrue(refused.err().contains("sbatch refused " + sweepDir().resolve("slurm/array-1.sh")
				+ " (exit 1): sbatch:"
				+ " error: Batch job submission failed: Invalid partition name specified (nothing was submitted)"),
				refused.toString());
		assertFalse(Files.exists(sweepDir().resolve("slurm").resolve(SubmissionRecord.FILE)), "no record");

		command(bin, "sbatch", "echo 'Submitted batch job 12'");
		CliRun chatty = sweep(file.toString(), "--out", out, "--slurm");
		assertEquals(ExitCode.FAILURE, chatty.exit(), chatty.toString());
		assertTrue(chatty.err().contains("sbatch printed 'Submitted batch job 12' instead of a job id"),
				chatty.toString());

		CliRun resubmit = sweep(file.toString(), "--out", out, "--resubmit");
		assertEquals(ExitCode.FAILURE, resubmit.exit(), resubmit.toString());
		assertTrue(resubmit.err().contains("was never submitted to Slurm"), resubmit.toString());

		Files.delete(launcher);
		CliRun noLauncher = sweep(file.toString(), "--out", out, "--slurm");
		assertEquals(ExitCode.FAILURE, noLauncher.exit(), noLauncher.toString());
		assertTrue(
				noLauncher.err().contains("cannot find the anodyne launcher")
						&& noLauncher.err().contains("ANODYNE_LAUNCHER"),
				noLauncher.toString());
	}

	@Test
	void badSlurmArgumentsAreUsageErrorsBeforeAnyWork() throws Exception {
		Path file = design();
		slurm("1001");
		String out = dir.resolve("out").toString();
		for (List<String> args : List.of(List.of("--slurm", "--time", "2h"), List.of("--slurm", "--max-parallel", "0"),
				List.of("--slurm", "--points-per-task", "x"), List.of("--status", "--partition", "debug"),
				List.of("--partition", "debug"), List.of("--slurm", "--gather"), List.of("--slurm", "--status"),
				List.of("--resubmit", "--point", "1"))) {
			String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(file.toString(), "--out", out),
					args.stream()).toArray(String[]::new);
			CliRun run = sweep(all);
			assertEquals(ExitCode.USAGE, run.exit(), args + "\n" + run);
			assertTrue(run.err().startsWith("anodyne sweep: "), run.toString());
		}
		assertFalse(Files.exists(dir.resolve("sbatch.calls")), "nothing submitted");
		assertFalse(Files.exists(dir.resolve("out")), "nothing written");
		CliRun time = sweep(file.toString(), "--slurm", "--time", "1:60:00");
		assertTrue(time.err().contains("--time '1:60:00': minutes and seconds must be 0 to 59"), time.toString());
	}
}
