/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.collector.nanowire;

import org.anodyne.model.AnodynePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A collector type contributed from outside Anodyne: a self-supporting metal nanowire array, the host the paper's outlook proposes (Li et al., Adv. Energy Mater. 2022). Units are recorded like Anodyne's own, in an annotation with source http://anodyne.org/model/unit.
 * <!-- end-model-doc -->
 * @see org.anodyne.collector.nanowire.NanowireFactory
 * @model kind="package"
 * @generated
 */
public interface NanowirePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "nanowire";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://anodyne.org/collector/nanowire/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nanowire";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NanowirePackage eINSTANCE = org.anodyne.collector.nanowire.impl.NanowirePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl <em>Metal Nanowire Array</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl
	 * @see org.anodyne.collector.nanowire.impl.NanowirePackageImpl#getMetalNanowireArray()
	 * @generated
	 */
	int METAL_NANOWIRE_ARRAY = 0;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__THICKNESS = AnodynePackage.CURRENT_COLLECTOR__THICKNESS;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__POROSITY = AnodynePackage.CURRENT_COLLECTOR__POROSITY;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__AREAL_MASS = AnodynePackage.CURRENT_COLLECTOR__AREAL_MASS;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__SUBSTRATE = AnodynePackage.CURRENT_COLLECTOR__SUBSTRATE;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__ELECTRONIC_CONDUCTIVITY = AnodynePackage.CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY;

	/**
	 * The feature id for the '<em><b>Wire Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__WIRE_DIAMETER = AnodynePackage.CURRENT_COLLECTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Wire Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__WIRE_SPACING = AnodynePackage.CURRENT_COLLECTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Wire Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__WIRE_HEIGHT = AnodynePackage.CURRENT_COLLECTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Base Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__BASE_THICKNESS = AnodynePackage.CURRENT_COLLECTOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Wire Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY__WIRE_MATERIAL = AnodynePackage.CURRENT_COLLECTOR_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Metal Nanowire Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY_FEATURE_COUNT = AnodynePackage.CURRENT_COLLECTOR_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Dimensions Positive</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY___DIMENSIONS_POSITIVE__DIAGNOSTICCHAIN_MAP = AnodynePackage.CURRENT_COLLECTOR_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Spacing Exceeds Diameter</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY___SPACING_EXCEEDS_DIAMETER__DIAGNOSTICCHAIN_MAP = AnodynePackage.CURRENT_COLLECTOR_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Height Within Thickness</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY___HEIGHT_WITHIN_THICKNESS__DIAGNOSTICCHAIN_MAP = AnodynePackage.CURRENT_COLLECTOR_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Porosity Matches Wires</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY___POROSITY_MATCHES_WIRES__DIAGNOSTICCHAIN_MAP = AnodynePackage.CURRENT_COLLECTOR_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Metal Nanowire Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_NANOWIRE_ARRAY_OPERATION_COUNT = AnodynePackage.CURRENT_COLLECTOR_OPERATION_COUNT + 4;


	/**
	 * Returns the meta object for class '{@link org.anodyne.collector.nanowire.MetalNanowireArray <em>Metal Nanowire Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metal Nanowire Array</em>'.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray
	 * @generated
	 */
	EClass getMetalNanowireArray();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireDiameter <em>Wire Diameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wire Diameter</em>'.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#getWireDiameter()
	 * @see #getMetalNanowireArray()
	 * @generated
	 */
	EAttribute getMetalNanowireArray_WireDiameter();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireSpacing <em>Wire Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wire Spacing</em>'.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#getWireSpacing()
	 * @see #getMetalNanowireArray()
	 * @generated
	 */
	EAttribute getMetalNanowireArray_WireSpacing();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireHeight <em>Wire Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wire Height</em>'.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#getWireHeight()
	 * @see #getMetalNanowireArray()
	 * @generated
	 */
	EAttribute getMetalNanowireArray_WireHeight();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getBaseThickness <em>Base Thickness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Thickness</em>'.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#getBaseThickness()
	 * @see #getMetalNanowireArray()
	 * @generated
	 */
	EAttribute getMetalNanowireArray_BaseThickness();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireMaterial <em>Wire Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wire Material</em>'.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#getWireMaterial()
	 * @see #getMetalNanowireArray()
	 * @generated
	 */
	EAttribute getMetalNanowireArray_WireMaterial();

	/**
	 * Returns the meta object for the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#dimensionsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Dimensions Positive</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Dimensions Positive</em>' operation.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#dimensionsPositive(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetalNanowireArray__DimensionsPositive__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#spacingExceedsDiameter(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Spacing Exceeds Diameter</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Spacing Exceeds Diameter</em>' operation.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#spacingExceedsDiameter(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetalNanowireArray__SpacingExceedsDiameter__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#heightWithinThickness(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Height Within Thickness</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Height Within Thickness</em>' operation.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#heightWithinThickness(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetalNanowireArray__HeightWithinThickness__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#porosityMatchesWires(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Porosity Matches Wires</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Porosity Matches Wires</em>' operation.
	 * @see org.anodyne.collector.nanowire.MetalNanowireArray#porosityMatchesWires(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetalNanowireArray__PorosityMatchesWires__DiagnosticChain_Map();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NanowireFactory getNanowireFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl <em>Metal Nanowire Array</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl
		 * @see org.anodyne.collector.nanowire.impl.NanowirePackageImpl#getMetalNanowireArray()
		 * @generated
		 */
		EClass METAL_NANOWIRE_ARRAY = eINSTANCE.getMetalNanowireArray();

		/**
		 * The meta object literal for the '<em><b>Wire Diameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_NANOWIRE_ARRAY__WIRE_DIAMETER = eINSTANCE.getMetalNanowireArray_WireDiameter();

		/**
		 * The meta object literal for the '<em><b>Wire Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_NANOWIRE_ARRAY__WIRE_SPACING = eINSTANCE.getMetalNanowireArray_WireSpacing();

		/**
		 * The meta object literal for the '<em><b>Wire Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_NANOWIRE_ARRAY__WIRE_HEIGHT = eINSTANCE.getMetalNanowireArray_WireHeight();

		/**
		 * The meta object literal for the '<em><b>Base Thickness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_NANOWIRE_ARRAY__BASE_THICKNESS = eINSTANCE.getMetalNanowireArray_BaseThickness();

		/**
		 * The meta object literal for the '<em><b>Wire Material</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_NANOWIRE_ARRAY__WIRE_MATERIAL = eINSTANCE.getMetalNanowireArray_WireMaterial();

		/**
		 * The meta object literal for the '<em><b>Dimensions Positive</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METAL_NANOWIRE_ARRAY___DIMENSIONS_POSITIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetalNanowireArray__DimensionsPositive__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Spacing Exceeds Diameter</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METAL_NANOWIRE_ARRAY___SPACING_EXCEEDS_DIAMETER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetalNanowireArray__SpacingExceedsDiameter__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Height Within Thickness</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METAL_NANOWIRE_ARRAY___HEIGHT_WITHIN_THICKNESS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetalNanowireArray__HeightWithinThickness__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Porosity Matches Wires</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METAL_NANOWIRE_ARRAY___POROSITY_MATCHES_WIRES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetalNanowireArray__PorosityMatchesWires__DiagnosticChain_Map();

	}

} //NanowirePackage
