/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

/**
 * The one rule for what an element "goes by" wherever a person or a folder sees it: its name, else its id.
 * Result folders, the command line, Run Study/Run Sweep and the diagram all name studies and sweeps this
 * way, so they must agree.
 */
public final class NamedElements {

	private NamedElements() {
	}

	/** The element's name if it has a non-blank one, else its id ("null" if it has neither). */
	public static String displayName(NamedElement element) {
		String name = element.getName();
		return name != null && !name.isBlank() ? name : String.valueOf(element.getId());
	}
}
