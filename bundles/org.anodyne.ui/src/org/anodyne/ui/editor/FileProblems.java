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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.anodyne.model.resource.FileDiagnostic;

/** What the editor, the Problems view and the Project Explorer say about a file that cannot be read. */
public final class FileProblems {

	private FileProblems() {
	}

	/**
	 * The problems with one entry per position: the XML parser's error reaches loading both as the
	 * exception and as the resource's error, and only the first, worded for users, is worth showing.
	 */
	public static List<FileDiagnostic> distinct(List<FileDiagnostic> problems) {
		Set<String> positions = new HashSet<>();
		List<FileDiagnostic> distinct = new ArrayList<>();
		for (FileDiagnostic problem : problems) {
			if (problem.line() <= 0 || positions.add(problem.line() + ":" + problem.column())) {
				distinct.add(problem);
			}
		}
		return distinct;
	}
}
