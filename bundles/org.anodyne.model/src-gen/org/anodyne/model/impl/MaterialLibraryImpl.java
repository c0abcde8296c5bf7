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
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.Separator;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Material Library</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.MaterialLibraryImpl#getElectrolytes <em>Electrolytes</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MaterialLibraryImpl#getSeparators <em>Separators</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MaterialLibraryImpl#getCounterElectrodes <em>Counter Electrodes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaterialLibraryImpl extends MinimalEObjectImpl.Container implements MaterialLibrary {
	/**
	 * The cached value of the '{@link #getElectrolytes() <em>Electrolytes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectrolytes()
	 * @generated
	 * @ordered
	 */
	protected EList<Electrolyte> electrolytes;

	/**
	 * The cached value of the '{@link #getSeparators() <em>Separators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeparators()
	 * @generated
	 * @ordered
	 */
	protected EList<Separator> separators;

	/**
	 * The cached value of the '{@link #getCounterElectrodes() <em>Counter Electrodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterElectrodes()
	 * @generated
	 * @ordered
	 */
	protected EList<CounterElectrode> counterElectrodes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialLibraryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.MATERIAL_LIBRARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Electrolyte> getElectrolytes() {
		if (electrolytes == null) {
			electrolytes = new EObjectContainmentEList<Electrolyte>(Electrolyte.class, this, AnodynePackage.MATERIAL_LIBRARY__ELECTROLYTES);
		}
		return electrolytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Separator> getSeparators() {
		if (separators == null) {
			separators = new EObjectContainmentEList<Separator>(Separator.class, this, AnodynePackage.MATERIAL_LIBRARY__SEPARATORS);
		}
		return separators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CounterElectrode> getCounterElectrodes() {
		if (counterElectrodes == null) {
			counterElectrodes = new EObjectContainmentEList<CounterElectrode>(CounterElectrode.class, this, AnodynePackage.MATERIAL_LIBRARY__COUNTER_ELECTRODES);
		}
		return counterElectrodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.MATERIAL_LIBRARY__ELECTROLYTES:
				return ((InternalEList<?>)getElectrolytes()).basicRemove(otherEnd, msgs);
			case AnodynePackage.MATERIAL_LIBRARY__SEPARATORS:
				return ((InternalEList<?>)getSeparators()).basicRemove(otherEnd, msgs);
			case AnodynePackage.MATERIAL_LIBRARY__COUNTER_ELECTRODES:
				return ((InternalEList<?>)getCounterElectrodes()).basicRemove(otherEnd, msgs);
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
			case AnodynePackage.MATERIAL_LIBRARY__ELECTROLYTES:
				return getElectrolytes();
			case AnodynePackage.MATERIAL_LIBRARY__SEPARATORS:
				return getSeparators();
			case AnodynePackage.MATERIAL_LIBRARY__COUNTER_ELECTRODES:
				return getCounterElectrodes();
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
			case AnodynePackage.MATERIAL_LIBRARY__ELECTROLYTES:
				getElectrolytes().clear();
				getElectrolytes().addAll((Collection<? extends Electrolyte>)newValue);
				return;
			case AnodynePackage.MATERIAL_LIBRARY__SEPARATORS:
				getSeparators().clear();
				getSeparators().addAll((Collection<? extends Separator>)newValue);
				return;
			case AnodynePackage.MATERIAL_LIBRARY__COUNTER_ELECTRODES:
				getCounterElectrodes().clear();
				getCounterElectrodes().addAll((Collection<? extends CounterElectrode>)newValue);
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
			case AnodynePackage.MATERIAL_LIBRARY__ELECTROLYTES:
				getElectrolytes().clear();
				return;
			case AnodynePackage.MATERIAL_LIBRARY__SEPARATORS:
				getSeparators().clear();
				return;
			case AnodynePackage.MATERIAL_LIBRARY__COUNTER_ELECTRODES:
				getCounterElectrodes().clear();
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
			case AnodynePackage.MATERIAL_LIBRARY__ELECTROLYTES:
				return electrolytes != null && !electrolytes.isEmpty();
			case AnodynePackage.MATERIAL_LIBRARY__SEPARATORS:
				return separators != null && !separators.isEmpty();
			case AnodynePackage.MATERIAL_LIBRARY__COUNTER_ELECTRODES:
				return counterElectrodes != null && !counterElectrodes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //MaterialLibraryImpl
