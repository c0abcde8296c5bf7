/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Current Collector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.CurrentCollectorImpl#getThickness <em>Thickness</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CurrentCollectorImpl#getPorosity <em>Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CurrentCollectorImpl#getArealMass <em>Areal Mass</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CurrentCollectorImpl#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CurrentCollectorImpl#getElectronicConductivity <em>Electronic Conductivity</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CurrentCollectorImpl extends MinimalEObjectImpl.Container implements CurrentCollector {
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
	 * The default value of the '{@link #getArealMass() <em>Areal Mass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArealMass()
	 * @generated
	 * @ordered
	 */
	protected static final double AREAL_MASS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getArealMass() <em>Areal Mass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArealMass()
	 * @generated
	 * @ordered
	 */
	protected double arealMass = AREAL_MASS_EDEFAULT;

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
	 * The default value of the '{@link #getElectronicConductivity() <em>Electronic Conductivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectronicConductivity()
	 * @generated
	 * @ordered
	 */
	protected static final double ELECTRONIC_CONDUCTIVITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getElectronicConductivity() <em>Electronic Conductivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectronicConductivity()
	 * @generated
	 * @ordered
	 */
	protected double electronicConductivity = ELECTRONIC_CONDUCTIVITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CurrentCollectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.CURRENT_COLLECTOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CURRENT_COLLECTOR__THICKNESS, oldThickness, thickness));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CURRENT_COLLECTOR__POROSITY, oldPorosity, porosity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getArealMass() {
		return arealMass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArealMass(double newArealMass) {
		double oldArealMass = arealMass;
		arealMass = newArealMass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CURRENT_COLLECTOR__AREAL_MASS, oldArealMass, arealMass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CURRENT_COLLECTOR__SUBSTRATE, oldSubstrate, substrate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getElectronicConductivity() {
		return electronicConductivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElectronicConductivity(double newElectronicConductivity) {
		double oldElectronicConductivity = electronicConductivity;
		electronicConductivity = newElectronicConductivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY, oldElectronicConductivity, electronicConductivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.CURRENT_COLLECTOR__THICKNESS:
				return getThickness();
			case AnodynePackage.CURRENT_COLLECTOR__POROSITY:
				return getPorosity();
			case AnodynePackage.CURRENT_COLLECTOR__AREAL_MASS:
				return getArealMass();
			case AnodynePackage.CURRENT_COLLECTOR__SUBSTRATE:
				return getSubstrate();
			case AnodynePackage.CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY:
				return getElectronicConductivity();
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
			case AnodynePackage.CURRENT_COLLECTOR__THICKNESS:
				setThickness((Double)newValue);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__POROSITY:
				setPorosity((Double)newValue);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__AREAL_MASS:
				setArealMass((Double)newValue);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__SUBSTRATE:
				setSubstrate((String)newValue);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY:
				setElectronicConductivity((Double)newValue);
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
			case AnodynePackage.CURRENT_COLLECTOR__THICKNESS:
				setThickness(THICKNESS_EDEFAULT);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__POROSITY:
				setPorosity(POROSITY_EDEFAULT);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__AREAL_MASS:
				setArealMass(AREAL_MASS_EDEFAULT);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__SUBSTRATE:
				setSubstrate(SUBSTRATE_EDEFAULT);
				return;
			case AnodynePackage.CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY:
				setElectronicConductivity(ELECTRONIC_CONDUCTIVITY_EDEFAULT);
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
			case AnodynePackage.CURRENT_COLLECTOR__THICKNESS:
				return thickness != THICKNESS_EDEFAULT;
			case AnodynePackage.CURRENT_COLLECTOR__POROSITY:
				return porosity != POROSITY_EDEFAULT;
			case AnodynePackage.CURRENT_COLLECTOR__AREAL_MASS:
				return arealMass != AREAL_MASS_EDEFAULT;
			case AnodynePackage.CURRENT_COLLECTOR__SUBSTRATE:
				return SUBSTRATE_EDEFAULT == null ? substrate != null : !SUBSTRATE_EDEFAULT.equals(substrate);
			case AnodynePackage.CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY:
				return electronicConductivity != ELECTRONIC_CONDUCTIVITY_EDEFAULT;
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
		result.append(", arealMass: ");
		result.append(arealMass);
		result.append(", substrate: ");
		result.append(substrate);
		result.append(", electronicConductivity: ");
		result.append(electronicConductivity);
		result.append(')');
		return result.toString();
	}

} //CurrentCollectorImpl
