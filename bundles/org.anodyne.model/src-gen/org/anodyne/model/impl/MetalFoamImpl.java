/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.MetalFoam;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metal Foam</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.MetalFoamImpl#getPoreSize <em>Pore Size</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalFoamImpl#getLigamentDiameter <em>Ligament Diameter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetalFoamImpl extends CurrentCollectorImpl implements MetalFoam {
	/**
	 * The default value of the '{@link #getPoreSize() <em>Pore Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoreSize()
	 * @generated
	 * @ordered
	 */
	protected static final double PORE_SIZE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPoreSize() <em>Pore Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoreSize()
	 * @generated
	 * @ordered
	 */
	protected double poreSize = PORE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLigamentDiameter() <em>Ligament Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLigamentDiameter()
	 * @generated
	 * @ordered
	 */
	protected static final double LIGAMENT_DIAMETER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLigamentDiameter() <em>Ligament Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLigamentDiameter()
	 * @generated
	 * @ordered
	 */
	protected double ligamentDiameter = LIGAMENT_DIAMETER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetalFoamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.METAL_FOAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPoreSize() {
		return poreSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoreSize(double newPoreSize) {
		double oldPoreSize = poreSize;
		poreSize = newPoreSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_FOAM__PORE_SIZE, oldPoreSize, poreSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLigamentDiameter() {
		return ligamentDiameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLigamentDiameter(double newLigamentDiameter) {
		double oldLigamentDiameter = ligamentDiameter;
		ligamentDiameter = newLigamentDiameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_FOAM__LIGAMENT_DIAMETER, oldLigamentDiameter, ligamentDiameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.METAL_FOAM__PORE_SIZE:
				return getPoreSize();
			case AnodynePackage.METAL_FOAM__LIGAMENT_DIAMETER:
				return getLigamentDiameter();
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
			case AnodynePackage.METAL_FOAM__PORE_SIZE:
				setPoreSize((Double)newValue);
				return;
			case AnodynePackage.METAL_FOAM__LIGAMENT_DIAMETER:
				setLigamentDiameter((Double)newValue);
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
			case AnodynePackage.METAL_FOAM__PORE_SIZE:
				setPoreSize(PORE_SIZE_EDEFAULT);
				return;
			case AnodynePackage.METAL_FOAM__LIGAMENT_DIAMETER:
				setLigamentDiameter(LIGAMENT_DIAMETER_EDEFAULT);
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
			case AnodynePackage.METAL_FOAM__PORE_SIZE:
				return poreSize != PORE_SIZE_EDEFAULT;
			case AnodynePackage.METAL_FOAM__LIGAMENT_DIAMETER:
				return ligamentDiameter != LIGAMENT_DIAMETER_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (poreSize: ");
		result.append(poreSize);
		result.append(", ligamentDiameter: ");
		result.append(ligamentDiameter);
		result.append(')');
		return result.toString();
	}

} //MetalFoamImpl
