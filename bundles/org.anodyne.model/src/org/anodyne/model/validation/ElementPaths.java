/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.anodyne.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Readable paths to elements of a design, such as {@code /cells[Li-CC inverted]/anode/collector}
 * or {@code /protocols[sym-025]/steps[1]/steps[0]}: one segment per containment feature, named
 * elements by name (or id), others by index.
 */
public final class ElementPaths {

	private ElementPaths() {
	}

	/** The path of an element from the root of its containment tree; the root itself is {@code /}. */
	public static String pathOf(EObject object) {
		Deque<String> segments = new ArrayDeque<>();
		EObject current = object;
		while (current != null && current.eContainer() != null) {
			EStructuralFeature feature = current.eContainingFeature();
			StringBuilder segment = new StringBuilder(feature.getName());
			if (feature.isMany()) {
				segment.append('[').append(key(current, (List<?>) current.eContainer().eGet(feature))).append(']');
			}
			segments.push(segment.toString());
			current = current.eContainer();
		}
		return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
	}

	private static String key(EObject object, List<?> siblings) {
		if (object instanceof NamedElement named) {
			if (named.getName() != null && !named.getName().isBlank()) {
				return named.getName();
			}
			if (named.getId() != null && !named.getId().isBlank()) {
				return named.getId();
			}
		}
		return Integer.toString(siblings.indexOf(object));
	}
}
