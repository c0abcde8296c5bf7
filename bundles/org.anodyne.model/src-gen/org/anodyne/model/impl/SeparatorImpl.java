/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Separator;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Separator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.SeparatorImpl#getThickness <em>Thickness</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SeparatorImpl#getPorosity <em>Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SeparatorImpl#getTortuosity <em>Tortuosity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeparatorImpl extends NamedElementImpl implements Separator {
	/**
	 * The default value of the '{@link #getThickness() <em>Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThickness()
	 * @generated
	 * @ordered
	 */
	protected static final double THICKNESS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThickness() <em>Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThickness()
	 * @generated
	 * @ordered
	 */
	protected double thickness = THICKNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPorosity() <em>Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorosity()
	 * @generated
	 * @ordered
	 */
	protected static final double POROSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPorosity() <em>Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorosity()
	 * @generated
	 * @ordered
	 */
	protected double porosity = POROSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTortuosity() <em>Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTortuosity()
	 * @generated
	 * @ordered
	 */
	protected static final double TORTUOSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTortuosity() <em>Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTortuosity()
	 * @generated
	 * @ordered
	 */
	protected double tortuosity = TORTUOSITY_EDEFAULT;

	/**
	 * This is true if the Tortuosity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tortuosityESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeparatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.SEPARATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThickness() {
		return thickness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThickness(double newThickness) {
		double oldThickness = thickness;
		thickness = newThickness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SEPARATOR__THICKNESS, oldThickness, thickness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPorosity() {
		return porosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPorosity(double newPorosity) {
		double oldPorosity = porosity;
		porosity = newPorosity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SEPARATOR__POROSITY, oldPorosity, porosity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTortuosity() {
		return tortuosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTortuosity(double newTortuosity) {
		double oldTortuosity = tortuosity;
		tortuosity = newTortuosity;
		boolean oldTortuosityESet = tortuosityESet;
		tortuosityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SEPARATOR__TORTUOSITY, oldTortuosity, tortuosity, !oldTortuosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTortuosity() {
		double oldTortuosity = tortuosity;
		boolean oldTortuosityESet = tortuosityESet;
		tortuosity = TORTUOSITY_EDEFAULT;
		tortuosityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.SEPARATOR__TORTUOSITY, oldTortuosity, TORTUOSITY_EDEFAULT, oldTortuosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTortuosity() {
		return tortuosityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.SEPARATOR__THICKNESS:
				return getThickness();
			case AnodynePackage.SEPARATOR__POROSITY:
				return getPorosity();
			case AnodynePackage.SEPARATOR__TORTUOSITY:
				return getTortuosity();
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
			case AnodynePackage.SEPARATOR__THICKNESS:
				setThickness((Double)newValue);
				return;
			case AnodynePackage.SEPARATOR__POROSITY:
				setPorosity((Double)newValue);
				return;
			case AnodynePackage.SEPARATOR__TORTUOSITY:
				setTortuosity((Double)newValue);
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
			case AnodynePackage.SEPARATOR__THICKNESS:
				setThickness(THICKNESS_EDEFAULT);
				return;
			case AnodynePackage.SEPARATOR__POROSITY:
				setPorosity(POROSITY_EDEFAULT);
				return;
			case AnodynePackage.SEPARATOR__TORTUOSITY:
				unsetTortuosity();
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
			case AnodynePackage.SEPARATOR__THICKNESS:
				return thickness != THICKNESS_EDEFAULT;
			case AnodynePackage.SEPARATOR__POROSITY:
				return porosity != POROSITY_EDEFAULT;
			case AnodynePackage.SEPARATOR__TORTUOSITY:
				return isSetTortuosity();
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
		result.append(" (thickness: ");
		result.append(thickness);
		result.append(", porosity: ");
		result.append(porosity);
		result.append(", tortuosity: ");
		if (tortuosityESet) result.append(tortuosity); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SeparatorImpl
