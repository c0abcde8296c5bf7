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
import org.anodyne.model.Study;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.SweepSampling;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getStudy <em>Study</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getSampling <em>Sampling</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getSampleCount <em>Sample Count</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getMaxPoints <em>Max Points</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SweepImpl#getOutputs <em>Outputs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepImpl extends NamedElementImpl implements Sweep {
	/**
	 * The cached value of the '{@link #getStudy() <em>Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudy()
	 * @generated
	 * @ordered
	 */
	protected Study study;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<SweepParameter> parameters;

	/**
	 * The default value of the '{@link #getSampling() <em>Sampling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampling()
	 * @generated
	 * @ordered
	 */
	protected static final SweepSampling SAMPLING_EDEFAULT = SweepSampling.GRID;

	/**
	 * The cached value of the '{@link #getSampling() <em>Sampling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampling()
	 * @generated
	 * @ordered
	 */
	protected SweepSampling sampling = SAMPLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampleCount() <em>Sample Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleCount()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSampleCount() <em>Sample Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleCount()
	 * @generated
	 * @ordered
	 */
	protected int sampleCount = SAMPLE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxPoints() <em>Max Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_POINTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxPoints() <em>Max Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPoints()
	 * @generated
	 * @ordered
	 */
	protected int maxPoints = MAX_POINTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> outputs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.SWEEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study getStudy() {
		if (study != null && study.eIsProxy()) {
			InternalEObject oldStudy = (InternalEObject)study;
			study = (Study)eResolveProxy(oldStudy);
			if (study != oldStudy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnodynePackage.SWEEP__STUDY, oldStudy, study));
			}
		}
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Study basicGetStudy() {
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudy(Study newStudy) {
		Study oldStudy = study;
		study = newStudy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SWEEP__STUDY, oldStudy, study));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SweepParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<SweepParameter>(SweepParameter.class, this, AnodynePackage.SWEEP__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepSampling getSampling() {
		return sampling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampling(SweepSampling newSampling) {
		SweepSampling oldSampling = sampling;
		sampling = newSampling == null ? SAMPLING_EDEFAULT : newSampling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SWEEP__SAMPLING, oldSampling, sampling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSampleCount() {
		return sampleCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampleCount(int newSampleCount) {
		int oldSampleCount = sampleCount;
		sampleCount = newSampleCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SWEEP__SAMPLE_COUNT, oldSampleCount, sampleCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SWEEP__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPoints() {
		return maxPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPoints(int newMaxPoints) {
		int oldMaxPoints = maxPoints;
		maxPoints = newMaxPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SWEEP__MAX_POINTS, oldMaxPoints, maxPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOutputs() {
		if (outputs == null) {
			outputs = new EDataTypeUniqueEList<String>(String.class, this, AnodynePackage.SWEEP__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.SWEEP__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case AnodynePackage.SWEEP__STUDY:
				if (resolve) return getStudy();
				return basicGetStudy();
			case AnodynePackage.SWEEP__PARAMETERS:
				return getParameters();
			case AnodynePackage.SWEEP__SAMPLING:
				return getSampling();
			case AnodynePackage.SWEEP__SAMPLE_COUNT:
				return getSampleCount();
			case AnodynePackage.SWEEP__SEED:
				return getSeed();
			case AnodynePackage.SWEEP__MAX_POINTS:
				return getMaxPoints();
			case AnodynePackage.SWEEP__OUTPUTS:
				return getOutputs();
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
			case AnodynePackage.SWEEP__STUDY:
				setStudy((Study)newValue);
				return;
			case AnodynePackage.SWEEP__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends SweepParameter>)newValue);
				return;
			case AnodynePackage.SWEEP__SAMPLING:
				setSampling((SweepSampling)newValue);
				return;
			case AnodynePackage.SWEEP__SAMPLE_COUNT:
				setSampleCount((Integer)newValue);
				return;
			case AnodynePackage.SWEEP__SEED:
				setSeed((Long)newValue);
				return;
			case AnodynePackage.SWEEP__MAX_POINTS:
				setMaxPoints((Integer)newValue);
				return;
			case AnodynePackage.SWEEP__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends String>)newValue);
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
			case AnodynePackage.SWEEP__STUDY:
				setStudy((Study)null);
				return;
			case AnodynePackage.SWEEP__PARAMETERS:
				getParameters().clear();
				return;
			case AnodynePackage.SWEEP__SAMPLING:
				setSampling(SAMPLING_EDEFAULT);
				return;
			case AnodynePackage.SWEEP__SAMPLE_COUNT:
				setSampleCount(SAMPLE_COUNT_EDEFAULT);
				return;
			case AnodynePackage.SWEEP__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case AnodynePackage.SWEEP__MAX_POINTS:
				setMaxPoints(MAX_POINTS_EDEFAULT);
				return;
			case AnodynePackage.SWEEP__OUTPUTS:
				getOutputs().clear();
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
			case AnodynePackage.SWEEP__STUDY:
				return study != null;
			case AnodynePackage.SWEEP__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case AnodynePackage.SWEEP__SAMPLING:
				return sampling != SAMPLING_EDEFAULT;
			case AnodynePackage.SWEEP__SAMPLE_COUNT:
				return sampleCount != SAMPLE_COUNT_EDEFAULT;
			case AnodynePackage.SWEEP__SEED:
				return seed != SEED_EDEFAULT;
			case AnodynePackage.SWEEP__MAX_POINTS:
				return maxPoints != MAX_POINTS_EDEFAULT;
			case AnodynePackage.SWEEP__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
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
		result.append(" (sampling: ");
		result.append(sampling);
		result.append(", sampleCount: ");
		result.append(sampleCount);
		result.append(", seed: ");
		result.append(seed);
		result.append(", maxPoints: ");
		result.append(maxPoints);
		result.append(", outputs: ");
		result.append(outputs);
		result.append(')');
		return result.toString();
	}

} //SweepImpl
