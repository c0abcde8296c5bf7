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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anodyne.model.validation.Severity;
import org.anodyne.ui.editor.DesignValidationJob.LocatedFinding;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The last validation's findings, by element of the design being edited, for the overlays on the
 * tree and in the Properties view. An element shows the worst finding on it or anything it
 * contains, so a collapsed cell still says that its anode has an error.
 */
public final class DesignProblems {

	private final Map<EObject, List<LocatedFinding>> own = new IdentityHashMap<>();
	private final Map<EObject, Severity> within = new IdentityHashMap<>();

	/** Takes the findings of a validation of the design in this resource, replacing the previous ones. */
	void update(Resource resource, List<LocatedFinding> findings) {
		own.clear();
		within.clear();
		for (LocatedFinding f : findings) {
			EObject element = f.fragment() == null ? null : resource.getEObject(f.fragment());
			if (element == null) {
				continue;
			}
			own.computeIfAbsent(element, e -> new ArrayList<>()).add(f);
			for (EObject e = element; e != null; e = e.eContainer()) {
				within.merge(e, f.severity(), DesignProblems::worse);
			}
		}
	}

	/** The worst finding on the element or inside it; null when there is none. */
	public Severity severity(Object element) {
		return element instanceof EObject e ? within.get(e) : null;
	}

	/** The findings on the element itself. */
	public List<LocatedFinding> findings(Object element) {
		return element instanceof EObject e ? own.getOrDefault(e, List.of()) : List.of();
	}

	/**
	 * The findings on an element that are about one of its attributes. Validation messages name the
	 * attribute in words after the element ("Carbon cloth 'CC': thickness −350 µm must be > 0"), so a
	 * finding belongs to the attribute whose name it spells.
	 */
	public List<LocatedFinding> findings(Object element, Object feature) {
		if (!(feature instanceof EAttribute attribute)) {
			return List.of();
		}
		String name = words(attribute);
		return findings(element).stream().filter(f -> {
			String m = f.message().toLowerCase(Locale.ROOT);
			int after = m.indexOf(": ");
			String about = after >= 0 ? m.substring(after + 2) : m;
			return about.startsWith(name + " ") || about.contains(" " + name + " ");
		}).toList();
	}

	/** Whether there is no finding at all. */
	public boolean isEmpty() {
		return own.isEmpty();
	}

	/** A feature's name as the validation messages write it: {@code preDepositLoading} → "pre-deposit loading". */
	static String words(EStructuralFeature feature) {
		return feature.getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
				.replace("pre deposit", "pre-deposit");
	}

	static Severity worse(Severity a, Severity b) {
		return a.ordinal() <= b.ordinal() ? a : b;
	}

	/** The worst of a list of findings, or null for none. */
	static Severity worst(List<LocatedFinding> findings) {
		Severity worst = null;
		for (LocatedFinding f : findings) {
			worst = worst == null ? f.severity() : worse(worst, f.severity());
		}
		return worst;
	}
}
