/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.Severity;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.ui.ide.IDE;

/**
 * Problem markers of designs. Two persistent problem-marker types share the parent {@link #PROBLEM}:
 * {@link #VALIDATION_PROBLEM} for what validation finds (they carry the element's URI fragment, so
 * opening one selects the element) and {@link #FILE_PROBLEM} for files that cannot be read (they carry
 * the line). Each kind is replaced as a whole, never merged.
 */
public final class DesignMarkers {

	/** Parent type of all Anodyne design problems (subtype of the platform's problem marker). */
	public static final String PROBLEM = "org.anodyne.ui.problem";

	/** A finding of design validation, attached to an element. */
	public static final String VALIDATION_PROBLEM = "org.anodyne.ui.validationProblem";

	/** A reason the file cannot be read (malformed XML, unknown format, forbidden DOCTYPE …). */
	public static final String FILE_PROBLEM = "org.anodyne.ui.fileProblem";

	/** URI fragment of the offending element within its resource. */
	public static final String ELEMENT_FRAGMENT = "elementFragment";

	/** Readable path of the offending element, e.g. {@code /cells[Li-CC inverted]/anode}. */
	public static final String ELEMENT_PATH = "elementPath";

	/** Stable id of the violated constraint, e.g. {@code porosity-range}. */
	public static final String CONSTRAINT = "constraint";

	private DesignMarkers() {
	}

	/** Where a finding's element is: its fragment in the editor's resource and its source line. */
	public record ElementLocation(String fragment, int line) {
	}

	/** Replaces the validation markers of a file with the given findings. Runs in a workspace operation. */
	static void replaceValidationMarkers(IFile file, URI resourceUri, List<DesignDiagnostic> findings,
			Function<DesignDiagnostic, ElementLocation> locate) throws CoreException {
		file.deleteMarkers(FILE_PROBLEM, false, IResource.DEPTH_ZERO);
		file.deleteMarkers(VALIDATION_PROBLEM, false, IResource.DEPTH_ZERO);
		for (DesignDiagnostic finding : findings) {
			IMarker marker = file.createMarker(VALIDATION_PROBLEM);
			marker.setAttribute(IDE.EDITOR_ID_ATTR, DesignEditor.ID);
			ElementLocation where = locate.apply(finding);
			marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
			marker.setAttribute(IMarker.MESSAGE, finding.message());
			marker.setAttribute(ELEMENT_PATH, finding.elementPath());
			marker.setAttribute(CONSTRAINT, finding.code());
			marker.setAttribute(IMarker.LOCATION, location(where.line(), finding.elementPath()));
			if (where.line() > 0) {
				marker.setAttribute(IMarker.LINE_NUMBER, where.line());
			}
			if (where.fragment() != null) {
				marker.setAttribute(ELEMENT_FRAGMENT, where.fragment());
				marker.setAttribute(EValidator.URI_ATTRIBUTE, resourceUri.appendFragment(where.fragment()).toString());
			}
		}
	}

	/** Replaces the file markers of a file with the reasons it cannot be read, and drops stale findings. */
	static void replaceFileMarkers(IFile file, List<FileDiagnostic> problems) throws CoreException {
		file.deleteMarkers(FILE_PROBLEM, false, IResource.DEPTH_ZERO);
		if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
			// Findings about a design that no longer loads would point at elements that are gone.
			file.deleteMarkers(VALIDATION_PROBLEM, false, IResource.DEPTH_ZERO);
		}
		for (FileDiagnostic problem : FileProblems.distinct(problems)) {
			IMarker marker = file.createMarker(FILE_PROBLEM);
			marker.setAttribute(IDE.EDITOR_ID_ATTR, DesignEditor.ID);
			marker.setAttribute(IMarker.SEVERITY, severity(problem.severity()));
			marker.setAttribute(IMarker.MESSAGE, problem.message());
			if (problem.line() > 0) {
				marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
				marker.setAttribute(IMarker.LOCATION, problem.column() > 0
						? "line " + problem.line() + ", column " + problem.column()
						: "line " + problem.line());
			}
		}
	}

	private static String location(int line, String path) {
		return line > 0 ? "line " + line + ", " + path : path;
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
