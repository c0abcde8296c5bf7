/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.StaggeredLattice;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staggered Lattice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.StaggeredLatticeImpl#getXPitch <em>XPitch</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StaggeredLatticeImpl#getRowPitch <em>Row Pitch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaggeredLatticeImpl extends FibreLayoutImpl implements StaggeredLattice {
	/**
	 * The default value of the '{@link #getXPitch() <em>XPitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXPitch()
	 * @generated
	 * @ordered
	 */
	protected static final double XPITCH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getXPitch() <em>XPitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXPitch()
	 * @generated
	 * @ordered
	 */
	protected double xPitch = XPITCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowPitch() <em>Row Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowPitch()
	 * @generated
	 * @ordered
	 */
	protected static final double ROW_PITCH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRowPitch() <em>Row Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowPitch()
	 * @generated
	 * @ordered
	 */
	protected double rowPitch = ROW_PITCH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaggeredLatticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.STAGGERED_LATTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getXPitch() {
		return xPitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXPitch(double newXPitch) {
		double oldXPitch = xPitch;
		xPitch = newXPitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STAGGERED_LATTICE__XPITCH, oldXPitch, xPitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRowPitch() {
		return rowPitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowPitch(double newRowPitch) {
		double oldRowPitch = rowPitch;
		rowPitch = newRowPitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STAGGERED_LATTICE__ROW_PITCH, oldRowPitch, rowPitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.STAGGERED_LATTICE__XPITCH:
				return getXPitch();
			case AnodynePackage.STAGGERED_LATTICE__ROW_PITCH:
				return getRowPitch();
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
			case AnodynePackage.STAGGERED_LATTICE__XPITCH:
				setXPitch((Double)newValue);
				return;
			case AnodynePackage.STAGGERED_LATTICE__ROW_PITCH:
				setRowPitch((Double)newValue);
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
			case AnodynePackage.STAGGERED_LATTICE__XPITCH:
				setXPitch(XPITCH_EDEFAULT);
				return;
			case AnodynePackage.STAGGERED_LATTICE__ROW_PITCH:
				setRowPitch(ROW_PITCH_EDEFAULT);
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
			case AnodynePackage.STAGGERED_LATTICE__XPITCH:
				return xPitch != XPITCH_EDEFAULT;
			case AnodynePackage.STAGGERED_LATTICE__ROW_PITCH:
				return rowPitch != ROW_PITCH_EDEFAULT;
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
		result.append(" (xPitch: ");
		result.append(xPitch);
		result.append(", rowPitch: ");
		result.append(rowPitch);
		result.append(')');
		return result.toString();
	}

} //StaggeredLatticeImpl
