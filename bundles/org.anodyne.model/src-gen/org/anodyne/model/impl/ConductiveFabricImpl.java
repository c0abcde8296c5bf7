/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.ConductiveFabric;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conductive Fabric</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.ConductiveFabricImpl#getSubstrateFibre <em>Substrate Fibre</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ConductiveFabricImpl#getFibreDiameter <em>Fibre Diameter</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ConductiveFabricImpl#getCoatingMetal <em>Coating Metal</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ConductiveFabricImpl#getCoatingThickness <em>Coating Thickness</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConductiveFabricImpl extends CurrentCollectorImpl implements ConductiveFabric {
	/**
	 * The default value of the '{@link #getSubstrateFibre() <em>Substrate Fibre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstrateFibre()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSTRATE_FIBRE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubstrateFibre() <em>Substrate Fibre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstrateFibre()
	 * @generated
	 * @ordered
	 */
	protected String substrateFibre = SUBSTRATE_FIBRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFibreDiameter() <em>Fibre Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibreDiameter()
	 * @generated
	 * @ordered
	 */
	protected static final double FIBRE_DIAMETER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFibreDiameter() <em>Fibre Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFibreDiameter()
	 * @generated
	 * @ordered
	 */
	protected double fibreDiameter = FIBRE_DIAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoatingMetal() <em>Coating Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoatingMetal()
	 * @generated
	 * @ordered
	 */
	protected static final String COATING_METAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoatingMetal() <em>Coating Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoatingMetal()
	 * @generated
	 * @ordered
	 */
	protected String coatingMetal = COATING_METAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoatingThickness() <em>Coating Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoatingThickness()
	 * @generated
	 * @ordered
	 */
	protected static final double COATING_THICKNESS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCoatingThickness() <em>Coating Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoatingThickness()
	 * @generated
	 * @ordered
	 */
	protected double coatingThickness = COATING_THICKNESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConductiveFabricImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.CONDUCTIVE_FABRIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubstrateFibre() {
		return substrateFibre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstrateFibre(String newSubstrateFibre) {
		String oldSubstrateFibre = substrateFibre;
		substrateFibre = newSubstrateFibre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE, oldSubstrateFibre, substrateFibre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFibreDiameter() {
		return fibreDiameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFibreDiameter(double newFibreDiameter) {
		double oldFibreDiameter = fibreDiameter;
		fibreDiameter = newFibreDiameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CONDUCTIVE_FABRIC__FIBRE_DIAMETER, oldFibreDiameter, fibreDiameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCoatingMetal() {
		return coatingMetal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoatingMetal(String newCoatingMetal) {
		String oldCoatingMetal = coatingMetal;
		coatingMetal = newCoatingMetal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CONDUCTIVE_FABRIC__COATING_METAL, oldCoatingMetal, coatingMetal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCoatingThickness() {
		return coatingThickness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoatingThickness(double newCoatingThickness) {
		double oldCoatingThickness = coatingThickness;
		coatingThickness = newCoatingThickness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CONDUCTIVE_FABRIC__COATING_THICKNESS, oldCoatingThickness, coatingThickness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE:
				return getSubstrateFibre();
			case AnodynePackage.CONDUCTIVE_FABRIC__FIBRE_DIAMETER:
				return getFibreDiameter();
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_METAL:
				return getCoatingMetal();
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_THICKNESS:
				return getCoatingThickness();
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
			case AnodynePackage.CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE:
				setSubstrateFibre((String)newValue);
				return;
			case AnodynePackage.CONDUCTIVE_FABRIC__FIBRE_DIAMETER:
				setFibreDiameter((Double)newValue);
				return;
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_METAL:
				setCoatingMetal((String)newValue);
				return;
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_THICKNESS:
				setCoatingThickness((Double)newValue);
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
			case AnodynePackage.CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE:
				setSubstrateFibre(SUBSTRATE_FIBRE_EDEFAULT);
				return;
			case AnodynePackage.CONDUCTIVE_FABRIC__FIBRE_DIAMETER:
				setFibreDiameter(FIBRE_DIAMETER_EDEFAULT);
				return;
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_METAL:
				setCoatingMetal(COATING_METAL_EDEFAULT);
				return;
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_THICKNESS:
				setCoatingThickness(COATING_THICKNESS_EDEFAULT);
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
			case AnodynePackage.CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE:
				return SUBSTRATE_FIBRE_EDEFAULT == null ? substrateFibre != null : !SUBSTRATE_FIBRE_EDEFAULT.equals(substrateFibre);
			case AnodynePackage.CONDUCTIVE_FABRIC__FIBRE_DIAMETER:
				return fibreDiameter != FIBRE_DIAMETER_EDEFAULT;
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_METAL:
				return COATING_METAL_EDEFAULT == null ? coatingMetal != null : !COATING_METAL_EDEFAULT.equals(coatingMetal);
			case AnodynePackage.CONDUCTIVE_FABRIC__COATING_THICKNESS:
				return coatingThickness != COATING_THICKNESS_EDEFAULT;
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
		result.append(" (substrateFibre: ");
		result.append(substrateFibre);
		result.append(", fibreDiameter: ");
		result.append(fibreDiameter);
		result.append(", coatingMetal: ");
		result.append(coatingMetal);
		result.append(", coatingThickness: ");
		result.append(coatingThickness);
		result.append(')');
		return result.toString();
	}

} //ConductiveFabricImpl
