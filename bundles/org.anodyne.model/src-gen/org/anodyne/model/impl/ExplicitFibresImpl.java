/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import java.util.Collection;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Explicit Fibres</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibresImpl#getPeriodicWidth <em>Periodic Width</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibresImpl#getFibreFile <em>Fibre File</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ExplicitFibresImpl#getFibres <em>Fibres</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExplicitFibresImpl extends CurrentCollectorImpl implements ExplicitFibres {
	/**
	 * The default value of the '{@link #getPeriodicWidth() <em>Periodic Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodicWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double PERIODIC_WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPeriodicWidth() <em>Periodic Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodicWidth()
	 * @generated
	 * @ordered
	 */
	protected double periodicWidth = PERIODIC_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFibreFile() <em>Fibre File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibreFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FIBRE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFibreFile() <em>Fibre File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibreFile()
	 * @generated
	 * @ordered
	 */
	protected String fibreFile = FIBRE_FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFibres() <em>Fibres</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibres()
	 * @generated
	 * @ordered
	 */
	protected EList<ExplicitFibre> fibres;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExplicitFibresImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.EXPLICIT_FIBRES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPeriodicWidth() {
		return periodicWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodicWidth(double newPeriodicWidth) {
		double oldPeriodicWidth = periodicWidth;
		periodicWidth = newPeriodicWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRES__PERIODIC_WIDTH, oldPeriodicWidth, periodicWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFibreFile() {
		return fibreFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFibreFile(String newFibreFile) {
		String oldFibreFile = fibreFile;
		fibreFile = newFibreFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.EXPLICIT_FIBRES__FIBRE_FILE, oldFibreFile, fibreFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExplicitFibre> getFibres() {
		if (fibres == null) {
			fibres = new EObjectContainmentEList<ExplicitFibre>(ExplicitFibre.class, this, AnodynePackage.EXPLICIT_FIBRES__FIBRES);
		}
		return fibres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.EXPLICIT_FIBRES__FIBRES:
				return ((InternalEList<?>)getFibres()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.EXPLICIT_FIBRES__PERIODIC_WIDTH:
				return getPeriodicWidth();
			case AnodynePackage.EXPLICIT_FIBRES__FIBRE_FILE:
				return getFibreFile();
			case AnodynePackage.EXPLICIT_FIBRES__FIBRES:
				return getFibres();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnodynePackage.EXPLICIT_FIBRES__PERIODIC_WIDTH:
				setPeriodicWidth((Double)newValue);
				return;
			case AnodynePackage.EXPLICIT_FIBRES__FIBRE_FILE:
				setFibreFile((String)newValue);
				return;
			case AnodynePackage.EXPLICIT_FIBRES__FIBRES:
				getFibres().clear();
				getFibres().addAll((Collection<? extends ExplicitFibre>)newValue);
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
			case AnodynePackage.EXPLICIT_FIBRES__PERIODIC_WIDTH:
				setPeriodicWidth(PERIODIC_WIDTH_EDEFAULT);
				return;
			case AnodynePackage.EXPLICIT_FIBRES__FIBRE_FILE:
				setFibreFile(FIBRE_FILE_EDEFAULT);
				return;
			case AnodynePackage.EXPLICIT_FIBRES__FIBRES:
				getFibres().clear();
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
			case AnodynePackage.EXPLICIT_FIBRES__PERIODIC_WIDTH:
				return periodicWidth != PERIODIC_WIDTH_EDEFAULT;
			case AnodynePackage.EXPLICIT_FIBRES__FIBRE_FILE:
				return FIBRE_FILE_EDEFAULT == null ? fibreFile != null : !FIBRE_FILE_EDEFAULT.equals(fibreFile);
			case AnodynePackage.EXPLICIT_FIBRES__FIBRES:
				return fibres != null && !fibres.isEmpty();
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
		result.append(" (periodicWidth: ");
		result.append(periodicWidth);
		result.append(", fibreFile: ");
		result.append(fibreFile);
		result.append(')');
		return result.toString();
	}

} //ExplicitFibresImpl
