/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.collector.nanowire.util;

import java.util.Map;

import org.anodyne.collector.nanowire.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.anodyne.collector.nanowire.NanowirePackage
 * @generated
 */
public class NanowireValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final NanowireValidator INSTANCE = new NanowireValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.anodyne.collector.nanowire";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Dimensions Positive' of 'Metal Nanowire Array'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METAL_NANOWIRE_ARRAY__DIMENSIONS_POSITIVE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Spacing Exceeds Diameter' of 'Metal Nanowire Array'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METAL_NANOWIRE_ARRAY__SPACING_EXCEEDS_DIAMETER = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Height Within Thickness' of 'Metal Nanowire Array'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METAL_NANOWIRE_ARRAY__HEIGHT_WITHIN_THICKNESS = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Porosity Matches Wires' of 'Metal Nanowire Array'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METAL_NANOWIRE_ARRAY__POROSITY_MATCHES_WIRES = 4;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 4;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NanowireValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return NanowirePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case NanowirePackage.METAL_NANOWIRE_ARRAY:
				return validateMetalNanowireArray((MetalNanowireArray)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetalNanowireArray(MetalNanowireArray metalNanowireArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(metalNanowireArray, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetalNanowireArray_dimensionsPositive(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetalNanowireArray_spacingExceedsDiameter(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetalNanowireArray_heightWithinThickness(metalNanowireArray, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetalNanowireArray_porosityMatchesWires(metalNanowireArray, diagnostics, context);
		return result;
	}

	/**
	 * Validates the dimensionsPositive constraint of '<em>Metal Nanowire Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetalNanowireArray_dimensionsPositive(MetalNanowireArray metalNanowireArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return metalNanowireArray.dimensionsPositive(diagnostics, context);
	}

	/**
	 * Validates the spacingExceedsDiameter constraint of '<em>Metal Nanowire Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetalNanowireArray_spacingExceedsDiameter(MetalNanowireArray metalNanowireArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return metalNanowireArray.spacingExceedsDiameter(diagnostics, context);
	}

	/**
	 * Validates the heightWithinThickness constraint of '<em>Metal Nanowire Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetalNanowireArray_heightWithinThickness(MetalNanowireArray metalNanowireArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return metalNanowireArray.heightWithinThickness(diagnostics, context);
	}

	/**
	 * Validates the porosityMatchesWires constraint of '<em>Metal Nanowire Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetalNanowireArray_porosityMatchesWires(MetalNanowireArray metalNanowireArray, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return metalNanowireArray.porosityMatchesWires(diagnostics, context);
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //NanowireValidator
