/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Salt;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Salt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.SaltImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SaltImpl#getCation <em>Cation</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SaltImpl#getCationCharge <em>Cation Charge</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SaltImpl#getAnion <em>Anion</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SaltImpl#getAnionCharge <em>Anion Charge</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SaltImpl extends MinimalEObjectImpl.Container implements Salt {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCation() <em>Cation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCation()
	 * @generated
	 * @ordered
	 */
	protected static final String CATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCation() <em>Cation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCation()
	 * @generated
	 * @ordered
	 */
	protected String cation = CATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCationCharge() <em>Cation Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCationCharge()
	 * @generated
	 * @ordered
	 */
	protected static final int CATION_CHARGE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCationCharge() <em>Cation Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCationCharge()
	 * @generated
	 * @ordered
	 */
	protected int cationCharge = CATION_CHARGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnion() <em>Anion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnion()
	 * @generated
	 * @ordered
	 */
	protected static final String ANION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnion() <em>Anion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnion()
	 * @generated
	 * @ordered
	 */
	protected String anion = ANION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnionCharge() <em>Anion Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnionCharge()
	 * @generated
	 * @ordered
	 */
	protected static final int ANION_CHARGE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getAnionCharge() <em>Anion Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnionCharge()
	 * @generated
	 * @ordered
	 */
	protected int anionCharge = ANION_CHARGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SaltImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.SALT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SALT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCation() {
		return cation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCation(String newCation) {
		String oldCation = cation;
		cation = newCation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SALT__CATION, oldCation, cation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCationCharge() {
		return cationCharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCationCharge(int newCationCharge) {
		int oldCationCharge = cationCharge;
		cationCharge = newCationCharge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SALT__CATION_CHARGE, oldCationCharge, cationCharge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnion() {
		return anion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnion(String newAnion) {
		String oldAnion = anion;
		anion = newAnion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SALT__ANION, oldAnion, anion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnionCharge() {
		return anionCharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnionCharge(int newAnionCharge) {
		int oldAnionCharge = anionCharge;
		anionCharge = newAnionCharge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SALT__ANION_CHARGE, oldAnionCharge, anionCharge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.SALT__NAME:
				return getName();
			case AnodynePackage.SALT__CATION:
				return getCation();
			case AnodynePackage.SALT__CATION_CHARGE:
				return getCationCharge();
			case AnodynePackage.SALT__ANION:
				return getAnion();
			case AnodynePackage.SALT__ANION_CHARGE:
				return getAnionCharge();
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
			case AnodynePackage.SALT__NAME:
				setName((String)newValue);
				return;
			case AnodynePackage.SALT__CATION:
				setCation((String)newValue);
				return;
			case AnodynePackage.SALT__CATION_CHARGE:
				setCationCharge((Integer)newValue);
				return;
			case AnodynePackage.SALT__ANION:
				setAnion((String)newValue);
				return;
			case AnodynePackage.SALT__ANION_CHARGE:
				setAnionCharge((Integer)newValue);
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
			case AnodynePackage.SALT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AnodynePackage.SALT__CATION:
				setCation(CATION_EDEFAULT);
				return;
			case AnodynePackage.SALT__CATION_CHARGE:
				setCationCharge(CATION_CHARGE_EDEFAULT);
				return;
			case AnodynePackage.SALT__ANION:
				setAnion(ANION_EDEFAULT);
				return;
			case AnodynePackage.SALT__ANION_CHARGE:
				setAnionCharge(ANION_CHARGE_EDEFAULT);
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
			case AnodynePackage.SALT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AnodynePackage.SALT__CATION:
				return CATION_EDEFAULT == null ? cation != null : !CATION_EDEFAULT.equals(cation);
			case AnodynePackage.SALT__CATION_CHARGE:
				return cationCharge != CATION_CHARGE_EDEFAULT;
			case AnodynePackage.SALT__ANION:
				return ANION_EDEFAULT == null ? anion != null : !ANION_EDEFAULT.equals(anion);
			case AnodynePackage.SALT__ANION_CHARGE:
				return anionCharge != ANION_CHARGE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", cation: ");
		result.append(cation);
		result.append(", cationCharge: ");
		result.append(cationCharge);
		result.append(", anion: ");
		result.append(anion);
		result.append(", anionCharge: ");
		result.append(anionCharge);
		result.append(')');
		return result.toString();
	}

} //SaltImpl
