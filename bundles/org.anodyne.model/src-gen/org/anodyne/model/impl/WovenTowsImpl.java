/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.WovenTows;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Woven Tows</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.WovenTowsImpl#getFibresPerTow <em>Fibres Per Tow</em>}</li>
 *   <li>{@link org.anodyne.model.impl.WovenTowsImpl#getTowPitch <em>Tow Pitch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WovenTowsImpl extends FibreLayoutImpl implements WovenTows {
	/**
	 * The default value of the '{@link #getFibresPerTow() <em>Fibres Per Tow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibresPerTow()
	 * @generated
	 * @ordered
	 */
	protected static final int FIBRES_PER_TOW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFibresPerTow() <em>Fibres Per Tow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibresPerTow()
	 * @generated
	 * @ordered
	 */
	protected int fibresPerTow = FIBRES_PER_TOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getTowPitch() <em>Tow Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTowPitch()
	 * @generated
	 * @ordered
	 */
	protected static final double TOW_PITCH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTowPitch() <em>Tow Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTowPitch()
	 * @generated
	 * @ordered
	 */
	protected double towPitch = TOW_PITCH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WovenTowsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.WOVEN_TOWS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFibresPerTow() {
		return fibresPerTow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFibresPerTow(int newFibresPerTow) {
		int oldFibresPerTow = fibresPerTow;
		fibresPerTow = newFibresPerTow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.WOVEN_TOWS__FIBRES_PER_TOW, oldFibresPerTow, fibresPerTow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTowPitch() {
		return towPitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTowPitch(double newTowPitch) {
		double oldTowPitch = towPitch;
		towPitch = newTowPitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.WOVEN_TOWS__TOW_PITCH, oldTowPitch, towPitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.WOVEN_TOWS__FIBRES_PER_TOW:
				return getFibresPerTow();
			case AnodynePackage.WOVEN_TOWS__TOW_PITCH:
				return getTowPitch();
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
			case AnodynePackage.WOVEN_TOWS__FIBRES_PER_TOW:
				setFibresPerTow((Integer)newValue);
				return;
			case AnodynePackage.WOVEN_TOWS__TOW_PITCH:
				setTowPitch((Double)newValue);
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
			case AnodynePackage.WOVEN_TOWS__FIBRES_PER_TOW:
				setFibresPerTow(FIBRES_PER_TOW_EDEFAULT);
				return;
			case AnodynePackage.WOVEN_TOWS__TOW_PITCH:
				setTowPitch(TOW_PITCH_EDEFAULT);
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
			case AnodynePackage.WOVEN_TOWS__FIBRES_PER_TOW:
				return fibresPerTow != FIBRES_PER_TOW_EDEFAULT;
			case AnodynePackage.WOVEN_TOWS__TOW_PITCH:
				return towPitch != TOW_PITCH_EDEFAULT;
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
		result.append(" (fibresPerTow: ");
		result.append(fibresPerTow);
		result.append(", towPitch: ");
		result.append(towPitch);
		result.append(')');
		return result.toString();
	}

} //WovenTowsImpl
