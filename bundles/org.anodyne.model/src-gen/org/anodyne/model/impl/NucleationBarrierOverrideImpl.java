/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.NucleationBarrierOverride;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Nucleation Barrier Override</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.NucleationBarrierOverrideImpl#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.impl.NucleationBarrierOverrideImpl#getBarrier <em>Barrier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NucleationBarrierOverrideImpl extends MinimalEObjectImpl.Container implements NucleationBarrierOverride {
	/**
	 * The default value of the '{@link #getSubstrate() <em>Substrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstrate()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSTRATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubstrate() <em>Substrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstrate()
	 * @generated
	 * @ordered
	 */
	protected String substrate = SUBSTRATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBarrier() <em>Barrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarrier()
	 * @generated
	 * @ordered
	 */
	protected static final double BARRIER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBarrier() <em>Barrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarrier()
	 * @generated
	 * @ordered
	 */
	protected double barrier = BARRIER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NucleationBarrierOverrideImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.NUCLEATION_BARRIER_OVERRIDE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubstrate() {
		return substrate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstrate(String newSubstrate) {
		String oldSubstrate = substrate;
		substrate = newSubstrate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE, oldSubstrate, substrate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBarrier() {
		return barrier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBarrier(double newBarrier) {
		double oldBarrier = barrier;
		barrier = newBarrier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__BARRIER, oldBarrier, barrier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE:
				return getSubstrate();
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__BARRIER:
				return getBarrier();
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
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE:
				setSubstrate((String)newValue);
				return;
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__BARRIER:
				setBarrier((Double)newValue);
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
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE:
				setSubstrate(SUBSTRATE_EDEFAULT);
				return;
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__BARRIER:
				setBarrier(BARRIER_EDEFAULT);
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
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE:
				return SUBSTRATE_EDEFAULT == null ? substrate != null : !SUBSTRATE_EDEFAULT.equals(substrate);
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE__BARRIER:
				return barrier != BARRIER_EDEFAULT;
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
		result.append(" (substrate: ");
		result.append(substrate);
		result.append(", barrier: ");
		result.append(barrier);
		result.append(')');
		return result.toString();
	}

} //NucleationBarrierOverrideImpl
