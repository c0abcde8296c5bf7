/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anodyne.model.CellDesign;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the diagram's edit parts share: the design editor's editing domain, the scale, the
 * validator's latest findings by element and the result frames overlaid on hosts.
 */
public final class DiagramState {

	/** Key of the state among the viewer's properties. */
	public static final String KEY = "org.anodyne.ui.diagram.state";

	private final EditingDomain domain;
	private StackScale scale;
	private final Map<EObject, List<String>> errors = new HashMap<>();
	private final Map<EObject, List<String>> warnings = new HashMap<>();
	private final Map<EObject, DepositOverlay> overlays = new HashMap<>();

	public DiagramState(EditingDomain domain, StackScale scale) {
		this.domain = domain;
		this.scale = scale;
	}

	public EditingDomain domain() {
		return domain;
	}

	public StackScale scale() {
		return scale;
	}

	public void setScale(StackScale value) {
		scale = value;
	}

	/** Runs the design's validation and keeps its findings by element (an element's layout counts as its own). */
	void validate(CellDesign design) {
		errors.clear();
		warnings.clear();
		for (DesignDiagnostic d : DesignValidation.validate(design)) {
			if (d.element() == null || d.severity() == Severity.INFO) {
				continue;
			}
			EObject element = d.element();
			if (!(element instanceof org.anodyne.model.CurrentCollector)
					&& element.eContainer() instanceof org.anodyne.model.CurrentCollector c) {
				element = c;
			}
			(d.severity() == Severity.ERROR ? errors : warnings).computeIfAbsent(element, e -> new ArrayList<>())
					.add(d.message());
		}
	}

	List<String> errorsOf(EObject element) {
		return errors.getOrDefault(element, List.of());
	}

	List<String> warningsOf(EObject element) {
		return warnings.getOrDefault(element, List.of());
	}

	/** Overlays a result frame on a collector's host; null removes it. */
	public void setOverlay(EObject collector, DepositOverlay overlay) {
		if (overlay == null) {
			overlays.remove(collector);
		} else {
			overlays.put(collector, overlay);
		}
	}

	public void clearOverlays() {
		overlays.clear();
	}

	DepositOverlay overlayOf(EObject collector) {
		return overlays.get(collector);
	}
}
