/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.edit.AnodyneEditing;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of the metamodel is described (meaning, unit, typical range, source), and the
 * description is what the Properties view shows for it: the generated item providers carry the
 * metamodel's documentation, not "The X of the Y".
 */
class PropertyDescriptionsTest {

	private final AnodyneEditing.DesignAdapterFactory factory = AnodyneEditing.createAdapterFactory();

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	/**
	 * The metamodel as written, with its documentation annotations (the generated package leaves them
	 * out of the running code, like every GenModel annotation).
	 */
	private static EPackage metamodel() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource ecore = resources
				.getResource(URI.createPlatformPluginURI("/org.anodyne.model/model/anodyne.ecore", true), true);
		return (EPackage) ecore.getContents().get(0);
	}

	@Test
	void everyAttributeHasADescription() {
		List<String> undescribed = new ArrayList<>();
		int attributes = 0;
		for (EClassifier classifier : metamodel().getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EAttribute attribute : eClass.getEAttributes()) {
					attributes++;
					String documentation = EcoreUtil.getDocumentation(attribute);
					if (documentation == null || documentation.isBlank()) {
						undescribed.add(eClass.getName() + "." + attribute.getName());
					}
				}
			}
		}
		assertTrue(attributes > 80, "walked only " + attributes + " attributes");
		assertEquals(List.of(), undescribed, "attributes without a documentation annotation");
	}

	@Test
	void thePropertiesViewDescribesEveryAttributeByItsDocumentation() {
		EPackage metamodel = metamodel();
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (EClassifier classifier : AnodynePackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass eClass) || eClass.isAbstract() || eClass.isInterface()) {
				continue;
			}
			EObject object = AnodyneFactory.eINSTANCE.create(eClass);
			IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
				if (descriptor.getFeature(object) instanceof EAttribute attribute) {
					checked++;
					EClass declaring = (EClass) metamodel.getEClassifier(attribute.getEContainingClass().getName());
					String documentation = EcoreUtil
							.getDocumentation(declaring.getEStructuralFeature(attribute.getName()));
					if (documentation == null || !documentation.strip().equals(descriptor.getDescription(object))) {
						wrong.add(eClass.getName() + "." + attribute.getName() + ": "
								+ descriptor.getDescription(object));
					}
				}
			}
		}
		assertTrue(checked > 80, "checked only " + checked + " properties");
		assertEquals(List.of(), wrong, "properties whose description is not the attribute's documentation");
	}

	private IItemPropertyDescriptor descriptor(EObject object, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		return source.getPropertyDescriptors(object).stream().filter(d -> d.getFeature(object) == feature).findFirst()
				.orElseThrow();
	}

	@Test
	void namesThatReadBadlyGetHumanLabels() {
		EObject anode = AnodyneFactory.eINSTANCE.createAnode();
		assertEquals("Pre-Deposited Metal (mAh cm⁻²)",
				descriptor(anode, AnodynePackage.Literals.ANODE__PRE_DEPOSIT_LOADING).getDisplayName(anode));
		EObject step = AnodyneFactory.eINSTANCE.createChargeStep();
		assertEquals("C-Rate (C)",
				descriptor(step, AnodynePackage.Literals.CELL_CURRENT_STEP__CRATE).getDisplayName(step));
	}
}
