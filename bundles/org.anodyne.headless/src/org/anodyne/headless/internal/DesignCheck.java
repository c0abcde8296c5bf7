package org.anodyne.headless.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.CellDesign;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;

/**
 * Reads and validates one design file, turning everything that can go wrong (unreadable, malformed,
 * hostile or invalid content, and bugs) into findings that name the file; nothing escapes as an
 * exception.
 */
final class DesignCheck {

	/**
	 * One finding.
	 *
	 * @param line        1-based line, 0 when unknown
	 * @param elementPath the element it concerns, {@code /} for the file as a whole
	 * @param code        constraint id, or {@code load} for problems reading the file
	 */
	record Finding(int line, String elementPath, Severity severity, String code, String message) {

		/** {@code path:line: element-path: severity: message}, the line left out when unknown. */
		String format(String file) {
			StringBuilder b = new StringBuilder(Console.printable(file));
			if (line > 0) {
				b.append(':').append(line);
			}
			return b.append(": ").append(Console.printable(elementPath)).append(": ").append(severity.word())
					.append(": ").append(Console.printable(message)).toString();
		}
	}

	/**
	 * What checking a file found.
	 *
	 * @param readable whether the file was read as a design (false: it is unreadable or malformed)
	 * @param design   the design when readable, else null
	 */
	record Report(Path file, List<Finding> findings, boolean readable, CellDesign design) {

		long count(Severity severity) {
			return findings.stream().filter(f -> f.severity() == severity).count();
		}

		/** 2 for an unreadable or malformed file, 1 for a design with errors, else 0. */
		int exitCode() {
			if (!readable) {
				return ExitCode.USAGE;
			}
			return count(Severity.ERROR) > 0 ? ExitCode.FAILURE : ExitCode.OK;
		}
	}

	private DesignCheck() {
	}

	static Report check(Path file, MetalRegistry metals) {
		List<Finding> findings = new ArrayList<>();
		try {
			LoadResult loaded = DesignResources.load(file);
			for (FileDiagnostic d : loaded.diagnostics()) {
				String message = d.column() > 0 && d.line() > 0 ? d.message() + " (column " + d.column() + ")" : d.message();
				findings.add(new Finding(d.line(), "/", d.severity(), "load", message));
			}
			boolean readable = loaded.design() != null && loaded.ok();
			if (!readable) {
				if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
					findings.add(new Finding(0, "/", Severity.ERROR, "load", "the file holds no readable design"));
				}
				return new Report(file, findings, false, null);
			}
			for (DesignDiagnostic d : DesignValidation.validate(loaded.design(), metals)) {
				findings.add(new Finding(d.line(), d.elementPath(), d.severity(), d.code(), d.message()));
			}
			return new Report(file, findings, true, loaded.design());
		} catch (RuntimeException | StackOverflowError e) {
			// A bug of ours must still name the file and never print a stack trace at the user.
			findings.add(new Finding(0, "/", Severity.ERROR, "internal",
					"Anodyne failed while checking this file (" + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it"));
			return new Report(file, findings, false, null);
		}
	}
}
