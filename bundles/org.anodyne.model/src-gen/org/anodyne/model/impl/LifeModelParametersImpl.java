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
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.ParameterValue;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Life Model Parameters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.LifeModelParametersImpl#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.LifeModelParametersImpl#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.LifeModelParametersImpl#getOverpotentialLimit <em>Overpotential Limit</em>}</li>
 *   <li>{@link org.anodyne.model.impl.LifeModelParametersImpl#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}</li>
 *   <li>{@link org.anodyne.model.impl.LifeModelParametersImpl#getEndOfLifeRetention <em>End Of Life Retention</em>}</li>
 *   <li>{@link org.anodyne.model.impl.LifeModelParametersImpl#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifeModelParametersImpl extends MinimalEObjectImpl.Container implements LifeModelParameters {
	/**
	 * The default value of the '{@link #getInactiveLayerPorosity() <em>Inactive Layer Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveLayerPorosity()
	 * @generated
	 * @ordered
	 */
	protected static final double INACTIVE_LAYER_POROSITY_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getInactiveLayerPorosity() <em>Inactive Layer Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveLayerPorosity()
	 * @generated
	 * @ordered
	 */
	protected double inactiveLayerPorosity = INACTIVE_LAYER_POROSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInactiveLayerTortuosity() <em>Inactive Layer Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveLayerTortuosity()
	 * @generated
	 * @ordered
	 */
	protected static final double INACTIVE_LAYER_TORTUOSITY_EDEFAULT = 3.0;

	/**
	 * The cached value of the '{@link #getInactiveLayerTortuosity() <em>Inactive Layer Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveLayerTortuosity()
	 * @generated
	 * @ordered
	 */
	protected double inactiveLayerTortuosity = INACTIVE_LAYER_TORTUOSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverpotentialLimit() <em>Overpotential Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverpotentialLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double OVERPOTENTIAL_LIMIT_EDEFAULT = 500.0;

	/**
	 * The cached value of the '{@link #getOverpotentialLimit() <em>Overpotential Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverpotentialLimit()
	 * @generated
	 * @ordered
	 */
	protected double overpotentialLimit = OVERPOTENTIAL_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSolventPerSeiMetal() <em>Solvent Per Sei Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolventPerSeiMetal()
	 * @generated
	 * @ordered
	 */
	protected static final double SOLVENT_PER_SEI_METAL_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getSolventPerSeiMetal() <em>Solvent Per Sei Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolventPerSeiMetal()
	 * @generated
	 * @ordered
	 */
	protected double solventPerSeiMetal = SOLVENT_PER_SEI_METAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndOfLifeRetention() <em>End Of Life Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfLifeRetention()
	 * @generated
	 * @ordered
	 */
	protected static final double END_OF_LIFE_RETENTION_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getEndOfLifeRetention() <em>End Of Life Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfLifeRetention()
	 * @generated
	 * @ordered
	 */
	protected double endOfLifeRetention = END_OF_LIFE_RETENTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> overrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifeModelParametersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.LIFE_MODEL_PARAMETERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInactiveLayerPorosity() {
		return inactiveLayerPorosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInactiveLayerPorosity(double newInactiveLayerPorosity) {
		double oldInactiveLayerPorosity = inactiveLayerPorosity;
		inactiveLayerPorosity = newInactiveLayerPorosity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY, oldInactiveLayerPorosity, inactiveLayerPorosity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInactiveLayerTortuosity() {
		return inactiveLayerTortuosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInactiveLayerTortuosity(double newInactiveLayerTortuosity) {
		double oldInactiveLayerTortuosity = inactiveLayerTortuosity;
		inactiveLayerTortuosity = newInactiveLayerTortuosity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY, oldInactiveLayerTortuosity, inactiveLayerTortuosity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOverpotentialLimit() {
		return overpotentialLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverpotentialLimit(double newOverpotentialLimit) {
		double oldOverpotentialLimit = overpotentialLimit;
		overpotentialLimit = newOverpotentialLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT, oldOverpotentialLimit, overpotentialLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSolventPerSeiMetal() {
		return solventPerSeiMetal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolventPerSeiMetal(double newSolventPerSeiMetal) {
		double oldSolventPerSeiMetal = solventPerSeiMetal;
		solventPerSeiMetal = newSolventPerSeiMetal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL, oldSolventPerSeiMetal, solventPerSeiMetal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEndOfLifeRetention() {
		return endOfLifeRetention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndOfLifeRetention(double newEndOfLifeRetention) {
		double oldEndOfLifeRetention = endOfLifeRetention;
		endOfLifeRetention = newEndOfLifeRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION, oldEndOfLifeRetention, endOfLifeRetention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, AnodynePackage.LIFE_MODEL_PARAMETERS__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY:
				return getInactiveLayerPorosity();
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY:
				return getInactiveLayerTortuosity();
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT:
				return getOverpotentialLimit();
			case AnodynePackage.LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL:
				return getSolventPerSeiMetal();
			case AnodynePackage.LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION:
				return getEndOfLifeRetention();
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERRIDES:
				return getOverrides();
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
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY:
				setInactiveLayerPorosity((Double)newValue);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY:
				setInactiveLayerTortuosity((Double)newValue);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT:
				setOverpotentialLimit((Double)newValue);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL:
				setSolventPerSeiMetal((Double)newValue);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION:
				setEndOfLifeRetention((Double)newValue);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends ParameterValue>)newValue);
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
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY:
				setInactiveLayerPorosity(INACTIVE_LAYER_POROSITY_EDEFAULT);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY:
				setInactiveLayerTortuosity(INACTIVE_LAYER_TORTUOSITY_EDEFAULT);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT:
				setOverpotentialLimit(OVERPOTENTIAL_LIMIT_EDEFAULT);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL:
				setSolventPerSeiMetal(SOLVENT_PER_SEI_METAL_EDEFAULT);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION:
				setEndOfLifeRetention(END_OF_LIFE_RETENTION_EDEFAULT);
				return;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERRIDES:
				getOverrides().clear();
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
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY:
				return inactiveLayerPorosity != INACTIVE_LAYER_POROSITY_EDEFAULT;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY:
				return inactiveLayerTortuosity != INACTIVE_LAYER_TORTUOSITY_EDEFAULT;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT:
				return overpotentialLimit != OVERPOTENTIAL_LIMIT_EDEFAULT;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL:
				return solventPerSeiMetal != SOLVENT_PER_SEI_METAL_EDEFAULT;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION:
				return endOfLifeRetention != END_OF_LIFE_RETENTION_EDEFAULT;
			case AnodynePackage.LIFE_MODEL_PARAMETERS__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
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
		result.append(" (inactiveLayerPorosity: ");
		result.append(inactiveLayerPorosity);
		result.append(", inactiveLayerTortuosity: ");
		result.append(inactiveLayerTortuosity);
		result.append(", overpotentialLimit: ");
		result.append(overpotentialLimit);
		result.append(", solventPerSeiMetal: ");
		result.append(solventPerSeiMetal);
		result.append(", endOfLifeRetention: ");
		result.append(endOfLifeRetention);
		result.append(')');
		return result.toString();
	}

} //LifeModelParametersImpl
