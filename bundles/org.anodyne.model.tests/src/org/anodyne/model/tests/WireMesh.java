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

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.impl.CurrentCollectorImpl;
import org.anodyne.model.units.Units;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

/**
 * A third party's current collector: a class in its own EPackage that extends our CurrentCollector,
 * built the way EMF-generated code of another plug-in would be (a Java subclass of our impl whose
 * static class is the foreign EClass). The tests check that validation and labels treat it like ours.
 */
public final class WireMesh extends CurrentCollectorImpl {

	/** The foreign package, registered under its own namespace. */
	public static final EPackage PACKAGE;

	/** The foreign class {@code WireMesh}, a subclass of {@link CurrentCollector}. */
	public static final EClass WIRE_MESH;

	/** A feature of the foreign class with a unit annotation, as its metamodel would carry. */
	public static final EAttribute WIRE_DIAMETER;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("mesh");
		PACKAGE.setNsPrefix("mesh");
		PACKAGE.setNsURI("http://example.org/anodyne/mesh/1.0");
		WIRE_MESH = ecore.createEClass();
		WIRE_MESH.setName("WireMesh");
		WIRE_MESH.getESuperTypes().add(AnodynePackage.eINSTANCE.getCurrentCollector());
		WIRE_DIAMETER = ecore.createEAttribute();
		WIRE_DIAMETER.setName("wireDiameter");
		WIRE_DIAMETER.setEType(EcorePackage.Literals.EDOUBLE);
		EAnnotation unit = ecore.createEAnnotation();
		unit.setSource(Units.ANNOTATION_SOURCE);
		unit.getDetails().put("unit", "um");
		WIRE_DIAMETER.getEAnnotations().add(unit);
		WIRE_MESH.getEStructuralFeatures().add(WIRE_DIAMETER);
		PACKAGE.getEClassifiers().add(WIRE_MESH);
		PACKAGE.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return eClass == WIRE_MESH ? new WireMesh() : super.create(eClass);
			}
		});
		EPackage.Registry.INSTANCE.put(PACKAGE.getNsURI(), PACKAGE);
	}

	/** A mesh with the given thickness and porosity on copper. */
	public static WireMesh of(double thickness, double porosity) {
		WireMesh mesh = new WireMesh();
		mesh.setThickness(thickness);
		mesh.setPorosity(porosity);
		mesh.setSubstrate("copper");
		return mesh;
	}

	@Override
	protected EClass eStaticClass() {
		return WIRE_MESH;
	}

	@Override
	protected int eStaticFeatureCount() {
		// Only our features are implemented in Java; the foreign one lives in EMF's dynamic settings.
		return AnodynePackage.eINSTANCE.getCurrentCollector().getFeatureCount();
	}
}
