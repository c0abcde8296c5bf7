/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.anodyne.results.ResultsFormat;
import org.anodyne.results.StudyResult;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Study result folders in a selection: folders holding a summary.json, or summary.json files themselves. */
final class ResultFolders {

	private ResultFolders() {
	}

	/** The summary.json of a selected element, if it is or holds one. */
	static Optional<IFile> summaryOf(Object element) {
		IResource r = Adapters.adapt(element, IResource.class);
		if (r instanceof IFile f && ResultsFormat.SUMMARY_FILE.equals(f.getName())) {
			return Optional.of(f);
		}
		if (r instanceof IContainer c) {
			IFile f = c.getFile(IPath.fromOSString(ResultsFormat.SUMMARY_FILE));
			if (f.exists()) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	/** The summary.json files of the selected result folders, in selection order. */
	static List<IFile> summaries(ISelection selection) {
		List<IFile> result = new ArrayList<>();
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				summaryOf(o).filter(f -> !result.contains(f)).ifPresent(result::add);
			}
		}
		return result;
	}

	/** Reads the results of these summary files. */
	static List<StudyResult> read(List<IFile> summaries) throws IOException {
		List<StudyResult> results = new ArrayList<>();
		for (IFile f : summaries) {
			if (f.getLocation() == null) {
				throw new IOException(f.getFullPath() + " is not on the local disk");
			}
			Path dir = f.getLocation().toFile().toPath().getParent();
			results.add(StudyResult.read(dir));
		}
		return results;
	}
}
