package org.anodyne.ui.navigator;

import org.anodyne.model.resource.FileDiagnostic;
import org.eclipse.core.resources.IFile;

/** Why a design file cannot be read, shown as a child of the file in the Project Explorer. */
public record FileProblem(IFile file, FileDiagnostic diagnostic) {
}
