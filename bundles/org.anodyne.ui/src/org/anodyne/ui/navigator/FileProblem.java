/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.navigator;

import org.anodyne.model.resource.FileDiagnostic;
import org.eclipse.core.resources.IFile;

/** Why a design file cannot be read, shown as a child of the file in the Project Explorer. */
public record FileProblem(IFile file, FileDiagnostic diagnostic) {
}
