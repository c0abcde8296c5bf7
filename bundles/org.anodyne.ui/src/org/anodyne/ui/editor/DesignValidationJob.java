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

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.anodyne.model.CellDesign;
import org.anodyne.model.resource.AnodyneResource;
import org.anodyne.model.resource.AnodyneResourceFactory;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Validates a design in the background and replaces the file's validation markers with the findings.
 * <p>
 * A design open in an editor keeps changing on the UI thread, so the job validates a copy taken on
 * the UI thread when it is created; the copy remembers, for each of its elements, the URI fragment and
 * source line of the original, so the markers point at the elements the user sees. A design that is
 * not open is loaded by the job itself; if it cannot be read the job leaves file markers that name the
 * line instead.
 */
public final class DesignValidationJob extends Job {

	/** Family of every validation job, for {@code IJobManager.join}/{@code cancel}. */
	public static final Object FAMILY = DesignValidationJob.class;

	private final IFile file;
	private final String fileLabel;
	private final Function<SubMonitor, Subject> prepare;
	private volatile List<DesignDiagnostic> findings = List.of();
	private volatile List<FileDiagnostic> fileProblems = List.of();
	private volatile List<LocatedFinding> located = List.of();

	/**
	 * A finding placed in the edited design: the URI fragment of its element there (null when it
	 * names none), how bad it is and what it says.
	 */
	public record LocatedFinding(String fragment, Severity severity, String message) {
	}

	/** What is validated and how a finding's element maps back to the edited design. */
	private record Subject(CellDesign design, URI resourceUri, List<FileDiagnostic> loadProblems,
			Function<DesignDiagnostic, DesignMarkers.ElementLocation> locate) {
	}

	private DesignValidationJob(IFile file, String fileLabel, Function<SubMonitor, Subject> prepare) {
		super("Validating " + fileLabel);
		this.file = file;
		this.fileLabel = fileLabel;
		this.prepare = prepare;
		setUser(false);
		if (file != null) {
			setRule(new OneValidationPerFile(file));
		}
	}

	/**
	 * Validations of one file run one after the other, so its markers are written in order; unlike the
	 * file itself as rule this never makes a save or refresh on the UI thread wait for a validation.
	 */
	private record OneValidationPerFile(IFile file) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}

	/**
	 * A job for a design being edited. Must be called on the thread that owns the design (the UI
	 * thread): it copies the design now.
	 *
	 * @param file      the workspace file that receives the markers, or null for a file outside the
	 *                  workspace (findings are then only available from {@link #findings()})
	 * @param fileLabel how the file is named in messages
	 * @param resource  the resource holding the design
	 */
	public static DesignValidationJob forEditedDesign(IFile file, String fileLabel, Resource resource) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof CellDesign original)) {
			throw new IllegalArgumentException(fileLabel + " holds no design to validate");
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		CellDesign copy = (CellDesign) copier.copy(original);
		copier.copyReferences();
		Map<EObject, DesignMarkers.ElementLocation> origins = new IdentityHashMap<>();
		copier.forEach((source, copied) -> origins.put(copied, new DesignMarkers.ElementLocation(
				resource.getURIFragment(source),
				resource instanceof AnodyneResource anodyne ? anodyne.lineOf(source) : 0)));
		URI uri = resource.getURI();
		// A resource of its own gives the copy what validation needs (unique-id checks, paths).
		new AnodyneResourceFactory().createResource(uri).getContents().add(copy);
		Subject subject = new Subject(copy, uri, List.of(), finding -> finding.element() == null
				? new DesignMarkers.ElementLocation(null, 0)
				: origins.getOrDefault(finding.element(), new DesignMarkers.ElementLocation(null, 0)));
		return new DesignValidationJob(file, fileLabel, monitor -> subject);
	}

	/** A job that reads a design file from the workspace and validates it. */
	public static DesignValidationJob forFile(IFile file) {
		String label = file.getFullPath().toString();
		URI uri = URI.createPlatformResourceURI(label, true);
		return new DesignValidationJob(file, label, monitor -> {
			LoadResult loaded = DesignResources.load(uri);
			Resource resource = loaded.resource();
			return new Subject(loaded.ok() ? loaded.design() : null, uri, loaded.diagnostics(),
					finding -> new DesignMarkers.ElementLocation(
							finding.element() == null ? null : resource.getURIFragment(finding.element()),
							finding.line()));
		});
	}

	/**
	 * A job that records why a file could not be read as file problem markers, or removes such
	 * markers when the list holds no error; used when an editor opens a file.
	 */
	public static DesignValidationJob forLoadProblems(IFile file, String fileLabel, List<FileDiagnostic> problems) {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Subject subject = new Subject(null, uri, List.copyOf(problems),
				finding -> new DesignMarkers.ElementLocation(null, 0));
		return new DesignValidationJob(file, fileLabel, monitor -> subject);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || (file != null && file.equals(family));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + fileLabel, 3);
		try {
			Subject subject = prepare.apply(progress.split(1));
			fileProblems = subject.loadProblems();
			if (subject.design() == null) {
				if (file != null) {
					write(m -> DesignMarkers.replaceFileMarkers(file, subject.loadProblems()), progress.split(2));
				}
				return Status.OK_STATUS;
			}
			List<DesignDiagnostic> found = DesignValidation.validate(subject.design());
			progress.split(1);
			findings = List.copyOf(found);
			located = found.stream()
					.map(f -> new LocatedFinding(subject.locate().apply(f).fragment(), f.severity(), f.message()))
					.toList();
			if (file != null) {
				write(m -> DesignMarkers.replaceValidationMarkers(file, subject.resourceUri(), found, subject.locate()),
						progress.split(1));
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return new Status(IStatus.ERROR, AnodyneUiPlugin.PLUGIN_ID,
					"Cannot write the problem markers of " + fileLabel + ": " + e.getMessage(), e);
		}
	}

	private void write(ICoreRunnable markers, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(markers, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, monitor);
	}

	/** The findings of the last run (empty before it has run). */
	public List<DesignDiagnostic> findings() {
		return findings;
	}

	/** The findings of the last run, each with the element of the edited design it names. */
	public List<LocatedFinding> locatedFindings() {
		return located;
	}

	/** Why the file could not be read, when the job loaded it and that failed. */
	public List<FileDiagnostic> fileProblems() {
		return fileProblems;
	}

	/** One line for the status bar, e.g. "cell.anodyne: 2 errors, 1 warning". */
	public String summary() {
		if (fileProblems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
			return fileLabel + " cannot be read: " + fileProblems.get(0).message();
		}
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		if (errors == 0 && warnings == 0) {
			return fileLabel + ": no problems found";
		}
		return fileLabel + ": " + count(errors, "error") + ", " + count(warnings, "warning");
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
