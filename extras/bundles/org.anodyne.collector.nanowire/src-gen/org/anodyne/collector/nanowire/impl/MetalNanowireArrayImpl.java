/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.collector.nanowire.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.anodyne.collector.nanowire.MetalNanowireArray;
import org.anodyne.collector.nanowire.NanowirePackage;

import org.anodyne.model.impl.CurrentCollectorImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metal Nanowire Array</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl#getWireDiameter <em>Wire Diameter</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl#getWireSpacing <em>Wire Spacing</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl#getWireHeight <em>Wire Height</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl#getBaseThickness <em>Base Thickness</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.impl.MetalNanowireArrayImpl#getWireMaterial <em>Wire Material</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetalNanowireArrayImpl extends CurrentCollectorImpl implements MetalNanowireArray {
	/**
	 * The default value of the '{@link #getWireDiameter() <em>Wire Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireDiameter()
	 * @generated
	 * @ordered
	 */
	protected static final double WIRE_DIAMETER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWireDiameter() <em>Wire Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireDiameter()
	 * @generated
	 * @ordered
	 */
	protected double wireDiameter = WIRE_DIAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWireSpacing() <em>Wire Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final double WIRE_SPACING_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getWireSpacing() <em>Wire Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireSpacing()
	 * @generated
	 * @ordered
	 */
	protected double wireSpacing = WIRE_SPACING_EDEFAULT;

	/**
	 * The default value of the '{@link #getWireHeight() <em>Wire Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WIRE_HEIGHT_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getWireHeight() <em>Wire Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireHeight()
	 * @generated
	 * @ordered
	 */
	protected double wireHeight = WIRE_HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseThickness() <em>Base Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseThickness()
	 * @generated
	 * @ordered
	 */
	protected static final double BASE_THICKNESS_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getBaseThickness() <em>Base Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseThickness()
	 * @generated
	 * @ordered
	 */
	protected double baseThickness = BASE_THICKNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWireMaterial() <em>Wire Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireMaterial()
	 * @generated
	 * @ordered
	 */
	protected static final String WIRE_MATERIAL_EDEFAULT = "Cu";

	/**
	 * The cached value of the '{@link #getWireMaterial() <em>Wire Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireMaterial()
	 * @generated
	 * @ordered
	 */
	protected String wireMaterial = WIRE_MATERIAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetalNanowireArrayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NanowirePackage.Literals.METAL_NANOWIRE_ARRAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWireDiameter() {
		return wireDiameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireDiameter(double newWireDiameter) {
		double oldWireDiameter = wireDiameter;
		wireDiameter = newWireDiameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER, oldWireDiameter, wireDiameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWireSpacing() {
		return wireSpacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireSpacing(double newWireSpacing) {
		double oldWireSpacing = wireSpacing;
		wireSpacing = newWireSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_SPACING, oldWireSpacing, wireSpacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWireHeight() {
		return wireHeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireHeight(double newWireHeight) {
		double oldWireHeight = wireHeight;
		wireHeight = newWireHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT, oldWireHeight, wireHeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseThickness() {
		return baseThickness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseThickness(double newBaseThickness) {
		double oldBaseThickness = baseThickness;
		baseThickness = newBaseThickness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NanowirePackage.METAL_NANOWIRE_ARRAY__BASE_THICKNESS, oldBaseThickness, baseThickness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWireMaterial() {
		return wireMaterial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireMaterial(String newWireMaterial) {
		String oldWireMaterial = wireMaterial;
		wireMaterial = newWireMaterial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_MATERIAL, oldWireMaterial, wireMaterial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean dimensionsPositive(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.anodyne.collector.nanowire.validation.NanowireConstraints.dimensionsPositive(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean spacingExceedsDiameter(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.anodyne.collector.nanowire.validation.NanowireConstraints.spacingExceedsDiameter(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean heightWithinThickness(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.anodyne.collector.nanowire.validation.NanowireConstraints.heightWithinThickness(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean porosityMatchesWires(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.anodyne.collector.nanowire.validation.NanowireConstraints.porosityMatchesWires(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER:
				return getWireDiameter();
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_SPACING:
				return getWireSpacing();
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT:
				return getWireHeight();
			case NanowirePackage.METAL_NANOWIRE_ARRAY__BASE_THICKNESS:
				return getBaseThickness();
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_MATERIAL:
				return getWireMaterial();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER:
				setWireDiameter((Double)newValue);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_SPACING:
				setWireSpacing((Double)newValue);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT:
				setWireHeight((Double)newValue);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__BASE_THICKNESS:
				setBaseThickness((Double)newValue);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_MATERIAL:
				setWireMaterial((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER:
				setWireDiameter(WIRE_DIAMETER_EDEFAULT);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_SPACING:
				setWireSpacing(WIRE_SPACING_EDEFAULT);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT:
				setWireHeight(WIRE_HEIGHT_EDEFAULT);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__BASE_THICKNESS:
				setBaseThickness(BASE_THICKNESS_EDEFAULT);
				return;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_MATERIAL:
				setWireMaterial(WIRE_MATERIAL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER:
				return wireDiameter != WIRE_DIAMETER_EDEFAULT;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_SPACING:
				return wireSpacing != WIRE_SPACING_EDEFAULT;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT:
				return wireHeight != WIRE_HEIGHT_EDEFAULT;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__BASE_THICKNESS:
				return baseThickness != BASE_THICKNESS_EDEFAULT;
			case NanowirePackage.METAL_NANOWIRE_ARRAY__WIRE_MATERIAL:
				return WIRE_MATERIAL_EDEFAULT == null ? wireMaterial != null : !WIRE_MATERIAL_EDEFAULT.equals(wireMaterial);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case NanowirePackage.METAL_NANOWIRE_ARRAY___DIMENSIONS_POSITIVE__DIAGNOSTICCHAIN_MAP:
				return dimensionsPositive((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case NanowirePackage.METAL_NANOWIRE_ARRAY___SPACING_EXCEEDS_DIAMETER__DIAGNOSTICCHAIN_MAP:
				return spacingExceedsDiameter((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case NanowirePackage.METAL_NANOWIRE_ARRAY___HEIGHT_WITHIN_THICKNESS__DIAGNOSTICCHAIN_MAP:
				return heightWithinThickness((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case NanowirePackage.METAL_NANOWIRE_ARRAY___POROSITY_MATCHES_WIRES__DIAGNOSTICCHAIN_MAP:
				return porosityMatchesWires((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (wireDiameter: ");
		result.append(wireDiameter);
		result.append(", wireSpacing: ");
		result.append(wireSpacing);
		result.append(", wireHeight: ");
		result.append(wireHeight);
		result.append(", baseThickness: ");
		result.append(baseThickness);
		result.append(", wireMaterial: ");
		result.append(wireMaterial);
		result.append(')');
		return result.toString();
	}

} //MetalNanowireArrayImpl
