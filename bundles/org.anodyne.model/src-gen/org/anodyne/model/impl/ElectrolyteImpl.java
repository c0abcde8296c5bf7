/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import java.util.Collection;

import org.anodyne.model.Additive;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.Salt;
import org.anodyne.model.SolventComponent;

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
 * An implementation of the model object '<em><b>Electrolyte</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getSalt <em>Salt</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getConcentration <em>Concentration</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getSolvents <em>Solvents</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getAdditives <em>Additives</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getDiffusionCoefficient <em>Diffusion Coefficient</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getTransferenceNumber <em>Transference Number</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getConductivity <em>Conductivity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getExchangeCurrentDensity <em>Exchange Current Density</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getCathodicTransferCoefficient <em>Cathodic Transfer Coefficient</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getSolventMolarVolume <em>Solvent Molar Volume</em>}</li>
 *   <li>{@link org.anodyne.model.impl.ElectrolyteImpl#getMetalPairs <em>Metal Pairs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElectrolyteImpl extends NamedElementImpl implements Electrolyte {
	/**
	 * The cached value of the '{@link #getSalt() <em>Salt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalt()
	 * @generated
	 * @ordered
	 */
	protected Salt salt;

	/**
	 * The default value of the '{@link #getConcentration() <em>Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentration()
	 * @generated
	 * @ordered
	 */
	protected static final double CONCENTRATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConcentration() <em>Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentration()
	 * @generated
	 * @ordered
	 */
	protected double concentration = CONCENTRATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSolvents() <em>Solvents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolvents()
	 * @generated
	 * @ordered
	 */
	protected EList<SolventComponent> solvents;

	/**
	 * The cached value of the '{@link #getAdditives() <em>Additives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditives()
	 * @generated
	 * @ordered
	 */
	protected EList<Additive> additives;

	/**
	 * The default value of the '{@link #getDiffusionCoefficient() <em>Diffusion Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiffusionCoefficient()
	 * @generated
	 * @ordered
	 */
	protected static final double DIFFUSION_COEFFICIENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiffusionCoefficient() <em>Diffusion Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiffusionCoefficient()
	 * @generated
	 * @ordered
	 */
	protected double diffusionCoefficient = DIFFUSION_COEFFICIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransferenceNumber() <em>Transference Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferenceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final double TRANSFERENCE_NUMBER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTransferenceNumber() <em>Transference Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferenceNumber()
	 * @generated
	 * @ordered
	 */
	protected double transferenceNumber = TRANSFERENCE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getConductivity() <em>Conductivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConductivity()
	 * @generated
	 * @ordered
	 */
	protected static final double CONDUCTIVITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConductivity() <em>Conductivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConductivity()
	 * @generated
	 * @ordered
	 */
	protected double conductivity = CONDUCTIVITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExchangeCurrentDensity() <em>Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected static final double EXCHANGE_CURRENT_DENSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExchangeCurrentDensity() <em>Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected double exchangeCurrentDensity = EXCHANGE_CURRENT_DENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCathodicTransferCoefficient() <em>Cathodic Transfer Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCathodicTransferCoefficient()
	 * @generated
	 * @ordered
	 */
	protected static final double CATHODIC_TRANSFER_COEFFICIENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCathodicTransferCoefficient() <em>Cathodic Transfer Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCathodicTransferCoefficient()
	 * @generated
	 * @ordered
	 */
	protected double cathodicTransferCoefficient = CATHODIC_TRANSFER_COEFFICIENT_EDEFAULT;

	/**
	 * This is true if the Cathodic Transfer Coefficient attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean cathodicTransferCoefficientESet;

	/**
	 * The default value of the '{@link #getSolventMolarVolume() <em>Solvent Molar Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolventMolarVolume()
	 * @generated
	 * @ordered
	 */
	protected static final double SOLVENT_MOLAR_VOLUME_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSolventMolarVolume() <em>Solvent Molar Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolventMolarVolume()
	 * @generated
	 * @ordered
	 */
	protected double solventMolarVolume = SOLVENT_MOLAR_VOLUME_EDEFAULT;

	/**
	 * This is true if the Solvent Molar Volume attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean solventMolarVolumeESet;

	/**
	 * The cached value of the '{@link #getMetalPairs() <em>Metal Pairs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetalPairs()
	 * @generated
	 * @ordered
	 */
	protected EList<MetalElectrolytePair> metalPairs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElectrolyteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.ELECTROLYTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Salt getSalt() {
		return salt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSalt(Salt newSalt, NotificationChain msgs) {
		Salt oldSalt = salt;
		salt = newSalt;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__SALT, oldSalt, newSalt);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalt(Salt newSalt) {
		if (newSalt != salt) {
			NotificationChain msgs = null;
			if (salt != null)
				msgs = ((InternalEObject)salt).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.ELECTROLYTE__SALT, null, msgs);
			if (newSalt != null)
				msgs = ((InternalEObject)newSalt).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.ELECTROLYTE__SALT, null, msgs);
			msgs = basicSetSalt(newSalt, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__SALT, newSalt, newSalt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConcentration() {
		return concentration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcentration(double newConcentration) {
		double oldConcentration = concentration;
		concentration = newConcentration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__CONCENTRATION, oldConcentration, concentration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SolventComponent> getSolvents() {
		if (solvents == null) {
			solvents = new EObjectContainmentEList<SolventComponent>(SolventComponent.class, this, AnodynePackage.ELECTROLYTE__SOLVENTS);
		}
		return solvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Additive> getAdditives() {
		if (additives == null) {
			additives = new EObjectContainmentEList<Additive>(Additive.class, this, AnodynePackage.ELECTROLYTE__ADDITIVES);
		}
		return additives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiffusionCoefficient() {
		return diffusionCoefficient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiffusionCoefficient(double newDiffusionCoefficient) {
		double oldDiffusionCoefficient = diffusionCoefficient;
		diffusionCoefficient = newDiffusionCoefficient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__DIFFUSION_COEFFICIENT, oldDiffusionCoefficient, diffusionCoefficient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTransferenceNumber() {
		return transferenceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransferenceNumber(double newTransferenceNumber) {
		double oldTransferenceNumber = transferenceNumber;
		transferenceNumber = newTransferenceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__TRANSFERENCE_NUMBER, oldTransferenceNumber, transferenceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConductivity() {
		return conductivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConductivity(double newConductivity) {
		double oldConductivity = conductivity;
		conductivity = newConductivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__CONDUCTIVITY, oldConductivity, conductivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExchangeCurrentDensity() {
		return exchangeCurrentDensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExchangeCurrentDensity(double newExchangeCurrentDensity) {
		double oldExchangeCurrentDensity = exchangeCurrentDensity;
		exchangeCurrentDensity = newExchangeCurrentDensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY, oldExchangeCurrentDensity, exchangeCurrentDensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCathodicTransferCoefficient() {
		return cathodicTransferCoefficient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCathodicTransferCoefficient(double newCathodicTransferCoefficient) {
		double oldCathodicTransferCoefficient = cathodicTransferCoefficient;
		cathodicTransferCoefficient = newCathodicTransferCoefficient;
		boolean oldCathodicTransferCoefficientESet = cathodicTransferCoefficientESet;
		cathodicTransferCoefficientESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT, oldCathodicTransferCoefficient, cathodicTransferCoefficient, !oldCathodicTransferCoefficientESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCathodicTransferCoefficient() {
		double oldCathodicTransferCoefficient = cathodicTransferCoefficient;
		boolean oldCathodicTransferCoefficientESet = cathodicTransferCoefficientESet;
		cathodicTransferCoefficient = CATHODIC_TRANSFER_COEFFICIENT_EDEFAULT;
		cathodicTransferCoefficientESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT, oldCathodicTransferCoefficient, CATHODIC_TRANSFER_COEFFICIENT_EDEFAULT, oldCathodicTransferCoefficientESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCathodicTransferCoefficient() {
		return cathodicTransferCoefficientESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSolventMolarVolume() {
		return solventMolarVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolventMolarVolume(double newSolventMolarVolume) {
		double oldSolventMolarVolume = solventMolarVolume;
		solventMolarVolume = newSolventMolarVolume;
		boolean oldSolventMolarVolumeESet = solventMolarVolumeESet;
		solventMolarVolumeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME, oldSolventMolarVolume, solventMolarVolume, !oldSolventMolarVolumeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSolventMolarVolume() {
		double oldSolventMolarVolume = solventMolarVolume;
		boolean oldSolventMolarVolumeESet = solventMolarVolumeESet;
		solventMolarVolume = SOLVENT_MOLAR_VOLUME_EDEFAULT;
		solventMolarVolumeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME, oldSolventMolarVolume, SOLVENT_MOLAR_VOLUME_EDEFAULT, oldSolventMolarVolumeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSolventMolarVolume() {
		return solventMolarVolumeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetalElectrolytePair> getMetalPairs() {
		if (metalPairs == null) {
			metalPairs = new EObjectContainmentEList<MetalElectrolytePair>(MetalElectrolytePair.class, this, AnodynePackage.ELECTROLYTE__METAL_PAIRS);
		}
		return metalPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.ELECTROLYTE__SALT:
				return basicSetSalt(null, msgs);
			case AnodynePackage.ELECTROLYTE__SOLVENTS:
				return ((InternalEList<?>)getSolvents()).basicRemove(otherEnd, msgs);
			case AnodynePackage.ELECTROLYTE__ADDITIVES:
				return ((InternalEList<?>)getAdditives()).basicRemove(otherEnd, msgs);
			case AnodynePackage.ELECTROLYTE__METAL_PAIRS:
				return ((InternalEList<?>)getMetalPairs()).basicRemove(otherEnd, msgs);
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
			case AnodynePackage.ELECTROLYTE__SALT:
				return getSalt();
			case AnodynePackage.ELECTROLYTE__CONCENTRATION:
				return getConcentration();
			case AnodynePackage.ELECTROLYTE__SOLVENTS:
				return getSolvents();
			case AnodynePackage.ELECTROLYTE__ADDITIVES:
				return getAdditives();
			case AnodynePackage.ELECTROLYTE__DIFFUSION_COEFFICIENT:
				return getDiffusionCoefficient();
			case AnodynePackage.ELECTROLYTE__TRANSFERENCE_NUMBER:
				return getTransferenceNumber();
			case AnodynePackage.ELECTROLYTE__CONDUCTIVITY:
				return getConductivity();
			case AnodynePackage.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY:
				return getExchangeCurrentDensity();
			case AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT:
				return getCathodicTransferCoefficient();
			case AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME:
				return getSolventMolarVolume();
			case AnodynePackage.ELECTROLYTE__METAL_PAIRS:
				return getMetalPairs();
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
			case AnodynePackage.ELECTROLYTE__SALT:
				setSalt((Salt)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__CONCENTRATION:
				setConcentration((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__SOLVENTS:
				getSolvents().clear();
				getSolvents().addAll((Collection<? extends SolventComponent>)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__ADDITIVES:
				getAdditives().clear();
				getAdditives().addAll((Collection<? extends Additive>)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__DIFFUSION_COEFFICIENT:
				setDiffusionCoefficient((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__TRANSFERENCE_NUMBER:
				setTransferenceNumber((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__CONDUCTIVITY:
				setConductivity((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY:
				setExchangeCurrentDensity((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT:
				setCathodicTransferCoefficient((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME:
				setSolventMolarVolume((Double)newValue);
				return;
			case AnodynePackage.ELECTROLYTE__METAL_PAIRS:
				getMetalPairs().clear();
				getMetalPairs().addAll((Collection<? extends MetalElectrolytePair>)newValue);
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
			case AnodynePackage.ELECTROLYTE__SALT:
				setSalt((Salt)null);
				return;
			case AnodynePackage.ELECTROLYTE__CONCENTRATION:
				setConcentration(CONCENTRATION_EDEFAULT);
				return;
			case AnodynePackage.ELECTROLYTE__SOLVENTS:
				getSolvents().clear();
				return;
			case AnodynePackage.ELECTROLYTE__ADDITIVES:
				getAdditives().clear();
				return;
			case AnodynePackage.ELECTROLYTE__DIFFUSION_COEFFICIENT:
				setDiffusionCoefficient(DIFFUSION_COEFFICIENT_EDEFAULT);
				return;
			case AnodynePackage.ELECTROLYTE__TRANSFERENCE_NUMBER:
				setTransferenceNumber(TRANSFERENCE_NUMBER_EDEFAULT);
				return;
			case AnodynePackage.ELECTROLYTE__CONDUCTIVITY:
				setConductivity(CONDUCTIVITY_EDEFAULT);
				return;
			case AnodynePackage.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY:
				setExchangeCurrentDensity(EXCHANGE_CURRENT_DENSITY_EDEFAULT);
				return;
			case AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT:
				unsetCathodicTransferCoefficient();
				return;
			case AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME:
				unsetSolventMolarVolume();
				return;
			case AnodynePackage.ELECTROLYTE__METAL_PAIRS:
				getMetalPairs().clear();
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
			case AnodynePackage.ELECTROLYTE__SALT:
				return salt != null;
			case AnodynePackage.ELECTROLYTE__CONCENTRATION:
				return concentration != CONCENTRATION_EDEFAULT;
			case AnodynePackage.ELECTROLYTE__SOLVENTS:
				return solvents != null && !solvents.isEmpty();
			case AnodynePackage.ELECTROLYTE__ADDITIVES:
				return additives != null && !additives.isEmpty();
			case AnodynePackage.ELECTROLYTE__DIFFUSION_COEFFICIENT:
				return diffusionCoefficient != DIFFUSION_COEFFICIENT_EDEFAULT;
			case AnodynePackage.ELECTROLYTE__TRANSFERENCE_NUMBER:
				return transferenceNumber != TRANSFERENCE_NUMBER_EDEFAULT;
			case AnodynePackage.ELECTROLYTE__CONDUCTIVITY:
				return conductivity != CONDUCTIVITY_EDEFAULT;
			case AnodynePackage.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY:
				return exchangeCurrentDensity != EXCHANGE_CURRENT_DENSITY_EDEFAULT;
			case AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT:
				return isSetCathodicTransferCoefficient();
			case AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME:
				return isSetSolventMolarVolume();
			case AnodynePackage.ELECTROLYTE__METAL_PAIRS:
				return metalPairs != null && !metalPairs.isEmpty();
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
		result.append(" (concentration: ");
		result.append(concentration);
		result.append(", diffusionCoefficient: ");
		result.append(diffusionCoefficient);
		result.append(", transferenceNumber: ");
		result.append(transferenceNumber);
		result.append(", conductivity: ");
		result.append(conductivity);
		result.append(", exchangeCurrentDensity: ");
		result.append(exchangeCurrentDensity);
		result.append(", cathodicTransferCoefficient: ");
		if (cathodicTransferCoefficientESet) result.append(cathodicTransferCoefficient); else result.append("<unset>");
		result.append(", solventMolarVolume: ");
		if (solventMolarVolumeESet) result.append(solventMolarVolume); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ElectrolyteImpl
