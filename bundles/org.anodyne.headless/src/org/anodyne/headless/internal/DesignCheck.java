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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.resource.AnodyneResource;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.ElementPaths;
import org.anodyne.model.validation.Severity;
import org.anodyne.study.ResourceEstimate;
import org.anodyne.study.ResourceLimits;
import org.eclipse.emf.ecore.EObject;

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

	/**
	 * What each study would ask of the machine: above a cap an error, above the memory this process
	 * has a warning (the same design may run on a larger machine).
	 */
	private static void resources(LoadResult loaded, ResourceLimits limits, List<Finding> findings) {
		long available = ResourceEstimate.availableMemory();
		for (Study study : loaded.design().getStudies()) {
			EObject where = study.getSolver() != null ? study.getSolver() : study;
			int line = loaded.resource() instanceof AnodyneResource r ? r.lineOf(where) : 0;
			for (ResourceEstimate.Excess excess : ResourceEstimate.of(study).check(limits, available)) {
				findings.add(new Finding(line, ElementPaths.pathOf(where),
						excess.machine() ? Severity.WARNING : Severity.ERROR, "resources", excess.message()));
			}
		}
	}

	static Report check(Path file, MetalRegistry metals) {
		return check(file, metals, ResourceLimits.defaults());
	}

	/** Checks a file, its studies' resource estimates against these limits included. */
	static Report check(Path file, MetalRegistry metals, ResourceLimits limits) {
		List<Finding> findings = new ArrayList<>();
		try {
			LoadResult loaded = DesignResources.load(file);
			for (FileDiagnostic d : loaded.diagnostics()) {
				String message = d.column() > 0 && d.line() > 0
						? d.message() + " (column " + d.column() + ")"
						: d.message();
				findings.add(new Finding(d.line(), d.element().isEmpty() ? "/" : d.element(), d.severity(), "load",
						message));
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
			resources(loaded, limits, findings);
			return new Report(file, findings, true, loaded.design());
		} catch (OutOfMemoryError e) {
			findings.add(
					new Finding(0, "/", Severity.ERROR, "memory", ResourceEstimate.outOfMemory("checking this file")));
			return new Report(file, findings, false, null);
		} catch (RuntimeException | StackOverflowError e) {
			// A bug of ours must still name the file and never print a stack trace at the user.
			findings.add(new Finding(0, "/", Severity.ERROR, "internal",
					"Anodyne failed while checking this file (" + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it"));
			return new Report(file, findings, false, null);
		}
	}
}
