/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Orientation;
import org.anodyne.model.SurfaceLayer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Anode</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.AnodeImpl#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.impl.AnodeImpl#getCollector <em>Collector</em>}</li>
 *   <li>{@link org.anodyne.model.impl.AnodeImpl#getPreDepositLoading <em>Pre Deposit Loading</em>}</li>
 *   <li>{@link org.anodyne.model.impl.AnodeImpl#getPreDepositCurrentDensity <em>Pre Deposit Current Density</em>}</li>
 *   <li>{@link org.anodyne.model.impl.AnodeImpl#getOrientation <em>Orientation</em>}</li>
 *   <li>{@link org.anodyne.model.impl.AnodeImpl#getSurfaceLayer <em>Surface Layer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnodeImpl extends MinimalEObjectImpl.Container implements Anode {
	/**
	 * The default value of the '{@link #getMetal() <em>Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetal()
	 * @generated
	 * @ordered
	 */
	protected static final String METAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetal() <em>Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetal()
	 * @generated
	 * @ordered
	 */
	protected String metal = METAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCollector() <em>Collector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollector()
	 * @generated
	 * @ordered
	 */
	protected CurrentCollector collector;

	/**
	 * The default value of the '{@link #getPreDepositLoading() <em>Pre Deposit Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreDepositLoading()
	 * @generated
	 * @ordered
	 */
	protected static final double PRE_DEPOSIT_LOADING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPreDepositLoading() <em>Pre Deposit Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreDepositLoading()
	 * @generated
	 * @ordered
	 */
	protected double preDepositLoading = PRE_DEPOSIT_LOADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreDepositCurrentDensity() <em>Pre Deposit Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreDepositCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected static final double PRE_DEPOSIT_CURRENT_DENSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPreDepositCurrentDensity() <em>Pre Deposit Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreDepositCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected double preDepositCurrentDensity = PRE_DEPOSIT_CURRENT_DENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrientation() <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrientation()
	 * @generated
	 * @ordered
	 */
	protected static final Orientation ORIENTATION_EDEFAULT = Orientation.UPRIGHT;

	/**
	 * The cached value of the '{@link #getOrientation() <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrientation()
	 * @generated
	 * @ordered
	 */
	protected Orientation orientation = ORIENTATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSurfaceLayer() <em>Surface Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurfaceLayer()
	 * @generated
	 * @ordered
	 */
	protected SurfaceLayer surfaceLayer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.ANODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetal() {
		return metal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetal(String newMetal) {
		String oldMetal = metal;
		metal = newMetal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__METAL, oldMetal, metal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurrentCollector getCollector() {
		return collector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCollector(CurrentCollector newCollector, NotificationChain msgs) {
		CurrentCollector oldCollector = collector;
		collector = newCollector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__COLLECTOR, oldCollector, newCollector);
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
	public void setCollector(CurrentCollector newCollector) {
		if (newCollector != collector) {
			NotificationChain msgs = null;
			if (collector != null)
				msgs = ((InternalEObject)collector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.ANODE__COLLECTOR, null, msgs);
			if (newCollector != null)
				msgs = ((InternalEObject)newCollector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.ANODE__COLLECTOR, null, msgs);
			msgs = basicSetCollector(newCollector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__COLLECTOR, newCollector, newCollector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPreDepositLoading() {
		return preDepositLoading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreDepositLoading(double newPreDepositLoading) {
		double oldPreDepositLoading = preDepositLoading;
		preDepositLoading = newPreDepositLoading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__PRE_DEPOSIT_LOADING, oldPreDepositLoading, preDepositLoading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPreDepositCurrentDensity() {
		return preDepositCurrentDensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreDepositCurrentDensity(double newPreDepositCurrentDensity) {
		double oldPreDepositCurrentDensity = preDepositCurrentDensity;
		preDepositCurrentDensity = newPreDepositCurrentDensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__PRE_DEPOSIT_CURRENT_DENSITY, oldPreDepositCurrentDensity, preDepositCurrentDensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Orientation getOrientation() {
		return orientation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrientation(Orientation newOrientation) {
		Orientation oldOrientation = orientation;
		orientation = newOrientation == null ? ORIENTATION_EDEFAULT : newOrientation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__ORIENTATION, oldOrientation, orientation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurfaceLayer getSurfaceLayer() {
		return surfaceLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSurfaceLayer(SurfaceLayer newSurfaceLayer, NotificationChain msgs) {
		SurfaceLayer oldSurfaceLayer = surfaceLayer;
		surfaceLayer = newSurfaceLayer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__SURFACE_LAYER, oldSurfaceLayer, newSurfaceLayer);
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
	public void setSurfaceLayer(SurfaceLayer newSurfaceLayer) {
		if (newSurfaceLayer != surfaceLayer) {
			NotificationChain msgs = null;
			if (surfaceLayer != null)
				msgs = ((InternalEObject)surfaceLayer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.ANODE__SURFACE_LAYER, null, msgs);
			if (newSurfaceLayer != null)
				msgs = ((InternalEObject)newSurfaceLayer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.ANODE__SURFACE_LAYER, null, msgs);
			msgs = basicSetSurfaceLayer(newSurfaceLayer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.ANODE__SURFACE_LAYER, newSurfaceLayer, newSurfaceLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.ANODE__COLLECTOR:
				return basicSetCollector(null, msgs);
			case AnodynePackage.ANODE__SURFACE_LAYER:
				return basicSetSurfaceLayer(null, msgs);
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
			case AnodynePackage.ANODE__METAL:
				return getMetal();
			case AnodynePackage.ANODE__COLLECTOR:
				return getCollector();
			case AnodynePackage.ANODE__PRE_DEPOSIT_LOADING:
				return getPreDepositLoading();
			case AnodynePackage.ANODE__PRE_DEPOSIT_CURRENT_DENSITY:
				return getPreDepositCurrentDensity();
			case AnodynePackage.ANODE__ORIENTATION:
				return getOrientation();
			case AnodynePackage.ANODE__SURFACE_LAYER:
				return getSurfaceLayer();
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
			case AnodynePackage.ANODE__METAL:
				setMetal((String)newValue);
				return;
			case AnodynePackage.ANODE__COLLECTOR:
				setCollector((CurrentCollector)newValue);
				return;
			case AnodynePackage.ANODE__PRE_DEPOSIT_LOADING:
				setPreDepositLoading((Double)newValue);
				return;
			case AnodynePackage.ANODE__PRE_DEPOSIT_CURRENT_DENSITY:
				setPreDepositCurrentDensity((Double)newValue);
				return;
			case AnodynePackage.ANODE__ORIENTATION:
				setOrientation((Orientation)newValue);
				return;
			case AnodynePackage.ANODE__SURFACE_LAYER:
				setSurfaceLayer((SurfaceLayer)newValue);
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
			case AnodynePackage.ANODE__METAL:
				setMetal(METAL_EDEFAULT);
				return;
			case AnodynePackage.ANODE__COLLECTOR:
				setCollector((CurrentCollector)null);
				return;
			case AnodynePackage.ANODE__PRE_DEPOSIT_LOADING:
				setPreDepositLoading(PRE_DEPOSIT_LOADING_EDEFAULT);
				return;
			case AnodynePackage.ANODE__PRE_DEPOSIT_CURRENT_DENSITY:
				setPreDepositCurrentDensity(PRE_DEPOSIT_CURRENT_DENSITY_EDEFAULT);
				return;
			case AnodynePackage.ANODE__ORIENTATION:
				setOrientation(ORIENTATION_EDEFAULT);
				return;
			case AnodynePackage.ANODE__SURFACE_LAYER:
				setSurfaceLayer((SurfaceLayer)null);
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
			case AnodynePackage.ANODE__METAL:
				return METAL_EDEFAULT == null ? metal != null : !METAL_EDEFAULT.equals(metal);
			case AnodynePackage.ANODE__COLLECTOR:
				return collector != null;
			case AnodynePackage.ANODE__PRE_DEPOSIT_LOADING:
				return preDepositLoading != PRE_DEPOSIT_LOADING_EDEFAULT;
			case AnodynePackage.ANODE__PRE_DEPOSIT_CURRENT_DENSITY:
				return preDepositCurrentDensity != PRE_DEPOSIT_CURRENT_DENSITY_EDEFAULT;
			case AnodynePackage.ANODE__ORIENTATION:
				return orientation != ORIENTATION_EDEFAULT;
			case AnodynePackage.ANODE__SURFACE_LAYER:
				return surfaceLayer != null;
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
		result.append(" (metal: ");
		result.append(metal);
		result.append(", preDepositLoading: ");
		result.append(preDepositLoading);
		result.append(", preDepositCurrentDensity: ");
		result.append(preDepositCurrentDensity);
		result.append(", orientation: ");
		result.append(orientation);
		result.append(')');
		return result.toString();
	}

} //AnodeImpl
