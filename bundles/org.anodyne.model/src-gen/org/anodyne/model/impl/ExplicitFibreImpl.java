/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.ExplicitFibre;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Explicit Fibre</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibreImpl#getX <em>X</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibreImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibreImpl#getRadius <em>Radius</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibreImpl#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibreImpl#isCovered <em>Covered</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExplicitFibreImpl extends MinimalEObjectImpl.Container implements ExplicitFibre {
	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadius() <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadius()
	 * @generated
	 * @ordered
	 */
	protected static final double RADIUS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRadius() <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadius()
	 * @generated
	 * @ordered
	 */
	protected double radius = RADIUS_EDEFAULT;

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
	 * The default value of the '{@link #isCovered() <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCovered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COVERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCovered() <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCovered()
	 * @generated
	 * @ordered
	 */
	protected boolean covered = COVERED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExplicitFibreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.EXPLICIT_FIBRE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double newX) {
		double oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRE__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double newY) {
		double oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRE__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRadius() {
		return radius;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadius(double newRadius) {
		double oldRadius = radius;
		radius = newRadius;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRE__RADIUS, oldRadius, radius));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRE__SUBSTRATE, oldSubstrate, substrate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCovered() {
		return covered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCovered(boolean newCovered) {
		boolean oldCovered = covered;
		covered = newCovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRE__COVERED, oldCovered, covered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.EXPLICIT_FIBRE__X:
				return getX();
			case AnodynePackage.EXPLICIT_FIBRE__Y:
				return getY();
			case AnodynePackage.EXPLICIT_FIBRE__RADIUS:
				return getRadius();
			case AnodynePackage.EXPLICIT_FIBRE__SUBSTRATE:
				return getSubstrate();
			case AnodynePackage.EXPLICIT_FIBRE__COVERED:
				return isCovered();
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
			case AnodynePackage.EXPLICIT_FIBRE__X:
				setX((Double)newValue);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__Y:
				setY((Double)newValue);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__RADIUS:
				setRadius((Double)newValue);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__SUBSTRATE:
				setSubstrate((String)newValue);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__COVERED:
				setCovered((Boolean)newValue);
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
			case AnodynePackage.EXPLICIT_FIBRE__X:
				setX(X_EDEFAULT);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__Y:
				setY(Y_EDEFAULT);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__RADIUS:
				setRadius(RADIUS_EDEFAULT);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__SUBSTRATE:
				setSubstrate(SUBSTRATE_EDEFAULT);
				return;
			case AnodynePackage.EXPLICIT_FIBRE__COVERED:
				setCovered(COVERED_EDEFAULT);
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
			case AnodynePackage.EXPLICIT_FIBRE__X:
				return x != X_EDEFAULT;
			case AnodynePackage.EXPLICIT_FIBRE__Y:
				return y != Y_EDEFAULT;
			case AnodynePackage.EXPLICIT_FIBRE__RADIUS:
				return radius != RADIUS_EDEFAULT;
			case AnodynePackage.EXPLICIT_FIBRE__SUBSTRATE:
				return SUBSTRATE_EDEFAULT == null ? substrate != null : !SUBSTRATE_EDEFAULT.equals(substrate);
			case AnodynePackage.EXPLICIT_FIBRE__COVERED:
				return covered != COVERED_EDEFAULT;
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
		result.append(" (x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", radius: ");
		result.append(radius);
		result.append(", substrate: ");
		result.append(substrate);
		result.append(", covered: ");
		result.append(covered);
		result.append(')');
		return result.toString();
	}

} //ExplicitFibreImpl
