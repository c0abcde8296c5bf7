/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.SolverSettings;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Solver Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.SolverSettingsImpl#getGridSpacing <em>Grid Spacing</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SolverSettingsImpl#getTimeStep <em>Time Step</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SolverSettingsImpl#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SolverSettingsImpl#getDomainWidth <em>Domain Width</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SolverSettingsImpl#getMaxCycles <em>Max Cycles</em>}</li>
 *   <li>{@link org.anodyne.model.impl.SolverSettingsImpl#getCounterElectrodePotential <em>Counter Electrode Potential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SolverSettingsImpl extends MinimalEObjectImpl.Container implements SolverSettings {
	/**
	 * The default value of the '{@link #getGridSpacing() <em>Grid Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGridSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final double GRID_SPACING_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getGridSpacing() <em>Grid Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGridSpacing()
	 * @generated
	 * @ordered
	 */
	protected double gridSpacing = GRID_SPACING_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeStep() <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStep()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_STEP_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getTimeStep() <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStep()
	 * @generated
	 * @ordered
	 */
	protected double timeStep = TIME_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_EDEFAULT = 1.0E-6;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected double tolerance = TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomainWidth() <em>Domain Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double DOMAIN_WIDTH_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getDomainWidth() <em>Domain Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainWidth()
	 * @generated
	 * @ordered
	 */
	protected double domainWidth = DOMAIN_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxCycles() <em>Max Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCycles()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_CYCLES_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getMaxCycles() <em>Max Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCycles()
	 * @generated
	 * @ordered
	 */
	protected int maxCycles = MAX_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCounterElectrodePotential() <em>Counter Electrode Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterElectrodePotential()
	 * @generated
	 * @ordered
	 */
	protected static final double COUNTER_ELECTRODE_POTENTIAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCounterElectrodePotential() <em>Counter Electrode Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterElectrodePotential()
	 * @generated
	 * @ordered
	 */
	protected double counterElectrodePotential = COUNTER_ELECTRODE_POTENTIAL_EDEFAULT;

	/**
	 * This is true if the Counter Electrode Potential attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean counterElectrodePotentialESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolverSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.SOLVER_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGridSpacing() {
		return gridSpacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGridSpacing(double newGridSpacing) {
		double oldGridSpacing = gridSpacing;
		gridSpacing = newGridSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SOLVER_SETTINGS__GRID_SPACING, oldGridSpacing, gridSpacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeStep() {
		return timeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeStep(double newTimeStep) {
		double oldTimeStep = timeStep;
		timeStep = newTimeStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SOLVER_SETTINGS__TIME_STEP, oldTimeStep, timeStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(double newTolerance) {
		double oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SOLVER_SETTINGS__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDomainWidth() {
		return domainWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainWidth(double newDomainWidth) {
		double oldDomainWidth = domainWidth;
		domainWidth = newDomainWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SOLVER_SETTINGS__DOMAIN_WIDTH, oldDomainWidth, domainWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxCycles() {
		return maxCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCycles(int newMaxCycles) {
		int oldMaxCycles = maxCycles;
		maxCycles = newMaxCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SOLVER_SETTINGS__MAX_CYCLES, oldMaxCycles, maxCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCounterElectrodePotential() {
		return counterElectrodePotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounterElectrodePotential(double newCounterElectrodePotential) {
		double oldCounterElectrodePotential = counterElectrodePotential;
		counterElectrodePotential = newCounterElectrodePotential;
		boolean oldCounterElectrodePotentialESet = counterElectrodePotentialESet;
		counterElectrodePotentialESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL, oldCounterElectrodePotential, counterElectrodePotential, !oldCounterElectrodePotentialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCounterElectrodePotential() {
		double oldCounterElectrodePotential = counterElectrodePotential;
		boolean oldCounterElectrodePotentialESet = counterElectrodePotentialESet;
		counterElectrodePotential = COUNTER_ELECTRODE_POTENTIAL_EDEFAULT;
		counterElectrodePotentialESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL, oldCounterElectrodePotential, COUNTER_ELECTRODE_POTENTIAL_EDEFAULT, oldCounterElectrodePotentialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCounterElectrodePotential() {
		return counterElectrodePotentialESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.SOLVER_SETTINGS__GRID_SPACING:
				return getGridSpacing();
			case AnodynePackage.SOLVER_SETTINGS__TIME_STEP:
				return getTimeStep();
			case AnodynePackage.SOLVER_SETTINGS__TOLERANCE:
				return getTolerance();
			case AnodynePackage.SOLVER_SETTINGS__DOMAIN_WIDTH:
				return getDomainWidth();
			case AnodynePackage.SOLVER_SETTINGS__MAX_CYCLES:
				return getMaxCycles();
			case AnodynePackage.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL:
				return getCounterElectrodePotential();
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
			case AnodynePackage.SOLVER_SETTINGS__GRID_SPACING:
				setGridSpacing((Double)newValue);
				return;
			case AnodynePackage.SOLVER_SETTINGS__TIME_STEP:
				setTimeStep((Double)newValue);
				return;
			case AnodynePackage.SOLVER_SETTINGS__TOLERANCE:
				setTolerance((Double)newValue);
				return;
			case AnodynePackage.SOLVER_SETTINGS__DOMAIN_WIDTH:
				setDomainWidth((Double)newValue);
				return;
			case AnodynePackage.SOLVER_SETTINGS__MAX_CYCLES:
				setMaxCycles((Integer)newValue);
				return;
			case AnodynePackage.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL:
				setCounterElectrodePotential((Double)newValue);
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
			case AnodynePackage.SOLVER_SETTINGS__GRID_SPACING:
				setGridSpacing(GRID_SPACING_EDEFAULT);
				return;
			case AnodynePackage.SOLVER_SETTINGS__TIME_STEP:
				setTimeStep(TIME_STEP_EDEFAULT);
				return;
			case AnodynePackage.SOLVER_SETTINGS__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
				return;
			case AnodynePackage.SOLVER_SETTINGS__DOMAIN_WIDTH:
				setDomainWidth(DOMAIN_WIDTH_EDEFAULT);
				return;
			case AnodynePackage.SOLVER_SETTINGS__MAX_CYCLES:
				setMaxCycles(MAX_CYCLES_EDEFAULT);
				return;
			case AnodynePackage.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL:
				unsetCounterElectrodePotential();
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
			case AnodynePackage.SOLVER_SETTINGS__GRID_SPACING:
				return gridSpacing != GRID_SPACING_EDEFAULT;
			case AnodynePackage.SOLVER_SETTINGS__TIME_STEP:
				return timeStep != TIME_STEP_EDEFAULT;
			case AnodynePackage.SOLVER_SETTINGS__TOLERANCE:
				return tolerance != TOLERANCE_EDEFAULT;
			case AnodynePackage.SOLVER_SETTINGS__DOMAIN_WIDTH:
				return domainWidth != DOMAIN_WIDTH_EDEFAULT;
			case AnodynePackage.SOLVER_SETTINGS__MAX_CYCLES:
				return maxCycles != MAX_CYCLES_EDEFAULT;
			case AnodynePackage.SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL:
				return isSetCounterElectrodePotential();
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
		result.append(" (gridSpacing: ");
		result.append(gridSpacing);
		result.append(", timeStep: ");
		result.append(timeStep);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(", domainWidth: ");
		result.append(domainWidth);
		result.append(", maxCycles: ");
		result.append(maxCycles);
		result.append(", counterElectrodePotential: ");
		if (counterElectrodePotentialESet) result.append(counterElectrodePotential); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SolverSettingsImpl
