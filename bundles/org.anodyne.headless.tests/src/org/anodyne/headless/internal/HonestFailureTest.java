package org.anodyne.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;

import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results and reports that tell the truth: no NaN under "ok", reports readable by the CI that asked for them. */
class HonestFailureTest {

	@TempDir
	Path dir;

	private Path design(String from, String to) throws Exception {
		String text = Files.readString(CliRun.examples().resolve("li-cc-symmetric-inverted.anodyne"))
				.replaceAll("(?s)\\s*<studies id=\"life-.*?</studies>", "");
		assertTrue(text.contains(from), from);
		Path file = dir.resolve("d.anodyne");
		Files.writeString(file, text.replace(from, to));
		return file;
	}

	@Test
	void aStudyWhoseFiguresAreNotNumbersFailsInsteadOfEndingOk() throws Exception {
		Path file = design("diffusionCoefficient=\"2.93E-10\"", "diffusionCoefficient=\"1.0E-300\"");
		CliRun run = CliRun.of("solve", file.toString());
		StudySummary summary = StudyResult.read(file.resolveSibling("results").resolve("d")
				.resolve("Plate_1_mAh_cm2_at_0.25_inverted")).summary();
		assertEquals(StudyStatus.FAILED, summary.status(), summary.scalars() + " " + summary.message());
		assertEquals(ExitCode.FAILURE, run.exit(), run.toString());
		assertTrue(summary.message().contains("not a number"), summary.message());
	}

	@Test
	void theJunitReportIsReadableByOthers() throws Exception {
		Path report = dir.resolve("report.xml");
		CliRun run = CliRun.of("validate", "--junit", report.toString(), design("<studies", "<studies").toString());
		assertEquals(ExitCode.OK, run.exit(), run.toString());
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(report);
		assertTrue(permissions.contains(PosixFilePermission.GROUP_READ) && permissions.contains(PosixFilePermission.OTHERS_READ),
				permissions.toString());
	}
}
