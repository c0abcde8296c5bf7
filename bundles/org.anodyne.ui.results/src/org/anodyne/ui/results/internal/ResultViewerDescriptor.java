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

import java.util.Set;

import org.anodyne.ui.results.ResultViewer;
import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One contributed result viewer, as read from its {@code <viewer>} element; the class is loaded only
 * when a result of a matching kind is opened.
 *
 * @param id          unique id
 * @param name        tab title
 * @param kinds       the result kinds it shows; {@value ResultsUi#ANY_KIND} for all
 * @param priority    tabs are ordered by descending priority
 * @param contributor the contributing bundle, for messages
 * @param element     the configuration element, for creating the viewer; null for viewers made in code
 */
public record ResultViewerDescriptor(String id, String name, Set<String> kinds, int priority, String contributor,
		IConfigurationElement element) {

	public ResultViewerDescriptor {
		kinds = Set.copyOf(kinds);
	}

	/** Whether this viewer is contributed for results of this kind. */
	public boolean accepts(String kind) {
		return kinds.contains(ResultsUi.ANY_KIND) || kinds.contains(kind);
	}

	/**
	 * A new instance of the viewer.
	 *
	 * @throws CoreException if the class cannot be loaded or is not a {@link ResultViewer}
	 */
	public ResultViewer createViewer() throws CoreException {
		Object o = element.createExecutableExtension(ResultViewerRegistry.ATTR_CLASS);
		if (o instanceof ResultViewer viewer) {
			return viewer;
		}
		throw new CoreException(new Status(IStatus.ERROR, contributor, "result viewer '" + id + "' of " + contributor
				+ ": class " + o.getClass().getName() + " does not implement " + ResultViewer.class.getName()));
	}
}
