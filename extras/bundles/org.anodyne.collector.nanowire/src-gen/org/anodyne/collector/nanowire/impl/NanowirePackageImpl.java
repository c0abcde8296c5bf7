/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.collector.nanowire.impl;

import org.anodyne.collector.nanowire.MetalNanowireArray;
import org.anodyne.collector.nanowire.NanowireFactory;
import org.anodyne.collector.nanowire.NanowirePackage;

import org.anodyne.collector.nanowire.util.NanowireValidator;

import org.anodyne.model.AnodynePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NanowirePackageImpl extends EPackageImpl implements NanowirePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metalNanowireArrayEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.anodyne.collector.nanowire.NanowirePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NanowirePackageImpl() {
		super(eNS_URI, NanowireFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NanowirePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NanowirePackage init() {
		if (isInited) return (NanowirePackage)EPackage.Registry.INSTANCE.getEPackage(NanowirePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNanowirePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NanowirePackageImpl theNanowirePackage = registeredNanowirePackage instanceof NanowirePackageImpl ? (NanowirePackageImpl)registeredNanowirePackage : new NanowirePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		AnodynePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theNanowirePackage.createPackageContents();

		// Initialize created meta-data
		theNanowirePackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theNanowirePackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return NanowireValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theNanowirePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NanowirePackage.eNS_URI, theNanowirePackage);
		return theNanowirePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetalNanowireArray() {
		return metalNanowireArrayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalNanowireArray_WireDiameter() {
		return (EAttribute)metalNanowireArrayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalNanowireArray_WireSpacing() {
		return (EAttribute)metalNanowireArrayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalNanowireArray_WireHeight() {
		return (EAttribute)metalNanowireArrayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalNanowireArray_BaseThickness() {
		return (EAttribute)metalNanowireArrayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalNanowireArray_WireMaterial() {
		return (EAttribute)metalNanowireArrayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMetalNanowireArray__DimensionsPositive__DiagnosticChain_Map() {
		return metalNanowireArrayEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMetalNanowireArray__SpacingExceedsDiameter__DiagnosticChain_Map() {
		return metalNanowireArrayEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMetalNanowireArray__HeightWithinThickness__DiagnosticChain_Map() {
		return metalNanowireArrayEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMetalNanowireArray__PorosityMatchesWires__DiagnosticChain_Map() {
		return metalNanowireArrayEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NanowireFactory getNanowireFactory() {
		return (NanowireFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		metalNanowireArrayEClass = createEClass(METAL_NANOWIRE_ARRAY);
		createEAttribute(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY__WIRE_DIAMETER);
		createEAttribute(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY__WIRE_SPACING);
		createEAttribute(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY__WIRE_HEIGHT);
		createEAttribute(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY__BASE_THICKNESS);
		createEAttribute(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY__WIRE_MATERIAL);
		createEOperation(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY___DIMENSIONS_POSITIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY___SPACING_EXCEEDS_DIAMETER__DIAGNOSTICCHAIN_MAP);
		createEOperation(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY___HEIGHT_WITHIN_THICKNESS__DIAGNOSTICCHAIN_MAP);
		createEOperation(metalNanowireArrayEClass, METAL_NANOWIRE_ARRAY___POROSITY_MATCHES_WIRES__DIAGNOSTICCHAIN_MAP);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		AnodynePackage theAnodynePackage = (AnodynePackage)EPackage.Registry.INSTANCE.getEPackage(AnodynePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		metalNanowireArrayEClass.getESuperTypes().add(theAnodynePackage.getCurrentCollector());

		// Initialize classes, features, and operations; add parameters
		initEClass(metalNanowireArrayEClass, MetalNanowireArray.class, "MetalNanowireArray", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetalNanowireArray_WireDiameter(), ecorePackage.getEDouble(), "wireDiameter", "1.0", 0, 1, MetalNanowireArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalNanowireArray_WireSpacing(), ecorePackage.getEDouble(), "wireSpacing", "4.0", 0, 1, MetalNanowireArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalNanowireArray_WireHeight(), ecorePackage.getEDouble(), "wireHeight", "20.0", 0, 1, MetalNanowireArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalNanowireArray_BaseThickness(), ecorePackage.getEDouble(), "baseThickness", "5.0", 0, 1, MetalNanowireArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalNanowireArray_WireMaterial(), ecorePackage.getEString(), "wireMaterial", "Cu", 0, 1, MetalNanowireArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getMetalNanowireArray__DimensionsPositive__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "dimensionsPositive", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMetalNanowireArray__SpacingExceedsDiameter__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "spacingExceedsDiameter", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMetalNanowireArray__HeightWithinThickness__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "heightWithinThickness", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMetalNanowireArray__PorosityMatchesWires__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "porosityMatchesWires", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://anodyne.org/model/unit
		createUnitAnnotations();
		// http://anodyne.org/model/label
		createLabelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://anodyne.org/model/unit</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUnitAnnotations() {
		String source = "http://anodyne.org/model/unit";
		addAnnotation
		  (getMetalNanowireArray_WireDiameter(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getMetalNanowireArray_WireSpacing(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getMetalNanowireArray_WireHeight(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getMetalNanowireArray_BaseThickness(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://anodyne.org/model/label</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelAnnotations() {
		String source = "http://anodyne.org/model/label";
		addAnnotation
		  (getMetalNanowireArray_WireDiameter(),
		   source,
		   new String[] {
			   "label", "Wire Diameter"
		   });
		addAnnotation
		  (getMetalNanowireArray_WireSpacing(),
		   source,
		   new String[] {
			   "label", "Wire Spacing"
		   });
		addAnnotation
		  (getMetalNanowireArray_WireHeight(),
		   source,
		   new String[] {
			   "label", "Wire Height"
		   });
		addAnnotation
		  (getMetalNanowireArray_BaseThickness(),
		   source,
		   new String[] {
			   "label", "Base Foil Thickness"
		   });
		addAnnotation
		  (getMetalNanowireArray_WireMaterial(),
		   source,
		   new String[] {
			   "label", "Wire Material"
		   });
	}

} //NanowirePackageImpl
