/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CellCurrentStep;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell Current Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.CellCurrentStepImpl#getCRate <em>CRate</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellCurrentStepImpl#getCurrentDensity <em>Current Density</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CellCurrentStepImpl extends ConditionedStepImpl implements CellCurrentStep {
	/**
	 * The default value of the '{@link #getCRate() <em>CRate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCRate()
	 * @generated
	 * @ordered
	 */
	protected static final double CRATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCRate() <em>CRate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCRate()
	 * @generated
	 * @ordered
	 */
	protected double cRate = CRATE_EDEFAULT;

	/**
	 * This is true if the CRate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean cRateESet;

	/**
	 * The default value of the '{@link #getCurrentDensity() <em>Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected static final double CURRENT_DENSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCurrentDensity() <em>Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected double currentDensity = CURRENT_DENSITY_EDEFAULT;

	/**
	 * This is true if the Current Density attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean currentDensityESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellCurrentStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.CELL_CURRENT_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCRate() {
		return cRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCRate(double newCRate) {
		double oldCRate = cRate;
		cRate = newCRate;
		boolean oldCRateESet = cRateESet;
		cRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL_CURRENT_STEP__CRATE, oldCRate, cRate, !oldCRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCRate() {
		double oldCRate = cRate;
		boolean oldCRateESet = cRateESet;
		cRate = CRATE_EDEFAULT;
		cRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.CELL_CURRENT_STEP__CRATE, oldCRate, CRATE_EDEFAULT, oldCRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCRate() {
		return cRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCurrentDensity() {
		return currentDensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentDensity(double newCurrentDensity) {
		double oldCurrentDensity = currentDensity;
		currentDensity = newCurrentDensity;
		boolean oldCurrentDensityESet = currentDensityESet;
		currentDensityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL_CURRENT_STEP__CURRENT_DENSITY, oldCurrentDensity, currentDensity, !oldCurrentDensityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCurrentDensity() {
		double oldCurrentDensity = currentDensity;
		boolean oldCurrentDensityESet = currentDensityESet;
		currentDensity = CURRENT_DENSITY_EDEFAULT;
		currentDensityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.CELL_CURRENT_STEP__CURRENT_DENSITY, oldCurrentDensity, CURRENT_DENSITY_EDEFAULT, oldCurrentDensityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCurrentDensity() {
		return currentDensityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.CELL_CURRENT_STEP__CRATE:
				return getCRate();
			case AnodynePackage.CELL_CURRENT_STEP__CURRENT_DENSITY:
				return getCurrentDensity();
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
			case AnodynePackage.CELL_CURRENT_STEP__CRATE:
				setCRate((Double)newValue);
				return;
			case AnodynePackage.CELL_CURRENT_STEP__CURRENT_DENSITY:
				setCurrentDensity((Double)newValue);
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
			case AnodynePackage.CELL_CURRENT_STEP__CRATE:
				unsetCRate();
				return;
			case AnodynePackage.CELL_CURRENT_STEP__CURRENT_DENSITY:
				unsetCurrentDensity();
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
			case AnodynePackage.CELL_CURRENT_STEP__CRATE:
				return isSetCRate();
			case AnodynePackage.CELL_CURRENT_STEP__CURRENT_DENSITY:
				return isSetCurrentDensity();
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
		result.append(" (cRate: ");
		if (cRateESet) result.append(cRate); else result.append("<unset>");
		result.append(", currentDensity: ");
		if (currentDensityESet) result.append(currentDensity); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CellCurrentStepImpl
