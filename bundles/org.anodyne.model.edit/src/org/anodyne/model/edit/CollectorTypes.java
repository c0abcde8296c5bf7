/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Foil;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;

/**
 * The current-collector types a user can choose, wherever the choice is offered (New Child, the New
 * Design wizard, the diagram's palette): the classes the edit layer offers as an anode's collector,
 * which are Anodyne's own and those a plug-in adds with a child-creation extender of Anodyne's package,
 * so a contributed type appears everywhere without any code naming it.
 */
public final class CollectorTypes {

	private CollectorTypes() {
	}

	/** The collector classes New Child offers under an anode, in the order it offers them. */
	public static List<EClass> offered(EditingDomain domain, Anode anode) {
		List<EClass> types = new ArrayList<>();
		for (Object descriptor : domain.getNewChildDescriptors(anode, null)) {
			if (descriptor instanceof CommandParameter p && p.getFeature() == AnodynePackage.Literals.ANODE__COLLECTOR
					&& p.getValue() instanceof CurrentCollector c && !types.contains(c.eClass())) {
				types.add(c.eClass());
			}
		}
		return types;
	}

	/** A collector class and its name as the New Child menu shows it (e.g. "Metal Nanowire Array"). */
	public record CollectorType(EClass eClass, String label) {
	}

	/** The collector types New Child offers under a new anode, asked with a throw-away editing domain. */
	public static List<CollectorType> offered() {
		AnodyneEditing.DesignAdapterFactory factory = AnodyneEditing.createAdapterFactory();
		try {
			Anode anode = AnodyneFactory.eINSTANCE.createAnode();
			Object provider = factory.getItemProviders().adapt(anode, IEditingDomainItemProvider.class);
			List<CollectorType> types = new ArrayList<>();
			for (EClass type : offered(new AdapterFactoryEditingDomain(factory, new BasicCommandStack()), anode)) {
				String label = provider instanceof CreateChildCommand.Helper helper
						? helper.getCreateChildText(anode,
								AnodynePackage.Literals.ANODE__COLLECTOR, EcoreUtil.create(type), null)
						: null;
				types.add(new CollectorType(type, label == null || label.isBlank() ? type.getName() : label.strip()));
			}
			return types;
		} finally {
			factory.dispose();
		}
	}

	/**
	 * A new collector of the given type that keeps every attribute it shares by name and type with the
	 * old one (thickness, substrate, porosity, a fibre diameter …); a foil is dense.
	 */
	public static CurrentCollector convert(CurrentCollector old, EClass type) {
		CurrentCollector fresh = (CurrentCollector) EcoreUtil.create(type);
		if (old != null) {
			for (EAttribute attribute : type.getEAllAttributes()) {
				EStructuralFeature same = old.eClass().getEStructuralFeature(attribute.getName());
				if (same instanceof EAttribute a && a.getEType() == attribute.getEType() && !attribute.isMany()
						&& attribute.isChangeable() && old.eIsSet(a)) {
					fresh.eSet(attribute, old.eGet(a));
				}
			}
		}
		if (fresh instanceof Foil) {
			fresh.setPorosity(0.0);
		}
		return fresh;
	}
}
