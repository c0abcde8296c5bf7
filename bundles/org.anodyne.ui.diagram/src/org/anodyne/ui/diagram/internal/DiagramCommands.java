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

import java.util.List;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Separator;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.edit.CollectorTypes;
import org.anodyne.model.edit.FlipAnodeCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The EMF commands the diagram's gestures and palette make; each is one step on the shared stack. */
public final class DiagramCommands {

	/**
	 * Thickness of a lithiophilic layer added from the palette [nm]: the paper's CuO layer (≈150 nm of
	 * Cu evaporated on one face, then annealed); change it in Properties for another layer.
	 */
	public static final double LAYER_THICKNESS_NM = 150.0;

	private DiagramCommands() {
	}

	/** The thickness attribute of an element the diagram can resize, or null. */
	public static EAttribute thicknessOf(EObject element) {
		if (element instanceof Separator) {
			return AnodynePackage.Literals.SEPARATOR__THICKNESS;
		}
		if (element instanceof CurrentCollector) {
			return AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS;
		}
		return null;
	}

	public static Command thickness(EditingDomain domain, EObject element, double micrometres) {
		EAttribute attribute = thicknessOf(element);
		return attribute == null
				? UnexecutableCommand.INSTANCE
				: SetCommand.create(domain, element, attribute, micrometres);
	}

	public static Command flip(EditingDomain domain, List<Anode> anodes) {
		return FlipAnodeCommand.create(domain, anodes);
	}

	/**
	 * Replaces the anode's collector with a new one of the given type, keeping every attribute the
	 * two types share by name (thickness, substrate, porosity, a fibre diameter …); a foil is dense.
	 */
	public static Command collectorType(EditingDomain domain, Anode anode, EClass type) {
		CurrentCollector old = anode.getCollector();
		if (old != null && old.eClass() == type) {
			return UnexecutableCommand.INSTANCE;
		}
		CurrentCollector fresh = CollectorTypes.convert(old, type);
		return SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__COLLECTOR, fresh);
	}

	public static Command metal(EditingDomain domain, Anode anode, String metalId) {
		return metalId.equals(anode.getMetal())
				? UnexecutableCommand.INSTANCE
				: SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__METAL, metalId);
	}

	/** Puts a lithiophilic layer of the substrate on the anode's pre-deposit face (replacing one there). */
	public static Command addLayer(EditingDomain domain, Anode anode, String substrate) {
		SurfaceLayer layer = AnodyneFactory.eINSTANCE.createSurfaceLayer();
		layer.setSubstrate(substrate);
		layer.setThickness(LAYER_THICKNESS_NM);
		return SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__SURFACE_LAYER, layer);
	}

	public static Command removeLayer(EditingDomain domain, Anode anode) {
		return anode.getSurfaceLayer() == null
				? UnexecutableCommand.INSTANCE
				: SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__SURFACE_LAYER, null);
	}
}
