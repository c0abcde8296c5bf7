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
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.OcvPoint;

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
 * An implementation of the model object '<em><b>Counter Electrode</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getArealCapacity <em>Areal Capacity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getSpecificCapacity <em>Specific Capacity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getLoading <em>Loading</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getLowerVoltageLimit <em>Lower Voltage Limit</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getUpperVoltageLimit <em>Upper Voltage Limit</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getParticleRadius <em>Particle Radius</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getSolidDiffusivity <em>Solid Diffusivity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getParticleExchangeCurrentDensity <em>Particle Exchange Current Density</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getMaximumConcentration <em>Maximum Concentration</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getCoatingThickness <em>Coating Thickness</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getCoatingPorosity <em>Coating Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getCapacityLossPerCycle <em>Capacity Loss Per Cycle</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CounterElectrodeImpl#getOcv <em>Ocv</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CounterElectrodeImpl extends NamedElementImpl implements CounterElectrode {
	/**
	 * The default value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected static final CounterMaterial MATERIAL_EDEFAULT = CounterMaterial.LFP;

	/**
	 * The cached value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected CounterMaterial material = MATERIAL_EDEFAULT;

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
	 * The default value of the '{@link #getArealCapacity() <em>Areal Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArealCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final double AREAL_CAPACITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getArealCapacity() <em>Areal Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArealCapacity()
	 * @generated
	 * @ordered
	 */
	protected double arealCapacity = AREAL_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecificCapacity() <em>Specific Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecificCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final double SPECIFIC_CAPACITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSpecificCapacity() <em>Specific Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecificCapacity()
	 * @generated
	 * @ordered
	 */
	protected double specificCapacity = SPECIFIC_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoading() <em>Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoading()
	 * @generated
	 * @ordered
	 */
	protected static final double LOADING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLoading() <em>Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoading()
	 * @generated
	 * @ordered
	 */
	protected double loading = LOADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowerVoltageLimit() <em>Lower Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerVoltageLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double LOWER_VOLTAGE_LIMIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLowerVoltageLimit() <em>Lower Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerVoltageLimit()
	 * @generated
	 * @ordered
	 */
	protected double lowerVoltageLimit = LOWER_VOLTAGE_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpperVoltageLimit() <em>Upper Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpperVoltageLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double UPPER_VOLTAGE_LIMIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUpperVoltageLimit() <em>Upper Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpperVoltageLimit()
	 * @generated
	 * @ordered
	 */
	protected double upperVoltageLimit = UPPER_VOLTAGE_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticleRadius() <em>Particle Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticleRadius()
	 * @generated
	 * @ordered
	 */
	protected static final double PARTICLE_RADIUS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getParticleRadius() <em>Particle Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticleRadius()
	 * @generated
	 * @ordered
	 */
	protected double particleRadius = PARTICLE_RADIUS_EDEFAULT;

	/**
	 * This is true if the Particle Radius attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean particleRadiusESet;

	/**
	 * The default value of the '{@link #getSolidDiffusivity() <em>Solid Diffusivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidDiffusivity()
	 * @generated
	 * @ordered
	 */
	protected static final double SOLID_DIFFUSIVITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSolidDiffusivity() <em>Solid Diffusivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidDiffusivity()
	 * @generated
	 * @ordered
	 */
	protected double solidDiffusivity = SOLID_DIFFUSIVITY_EDEFAULT;

	/**
	 * This is true if the Solid Diffusivity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean solidDiffusivityESet;

	/**
	 * The default value of the '{@link #getParticleExchangeCurrentDensity() <em>Particle Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticleExchangeCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected static final double PARTICLE_EXCHANGE_CURRENT_DENSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getParticleExchangeCurrentDensity() <em>Particle Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticleExchangeCurrentDensity()
	 * @generated
	 * @ordered
	 */
	protected double particleExchangeCurrentDensity = PARTICLE_EXCHANGE_CURRENT_DENSITY_EDEFAULT;

	/**
	 * This is true if the Particle Exchange Current Density attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean particleExchangeCurrentDensityESet;

	/**
	 * The default value of the '{@link #getMaximumConcentration() <em>Maximum Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumConcentration()
	 * @generated
	 * @ordered
	 */
	protected static final double MAXIMUM_CONCENTRATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaximumConcentration() <em>Maximum Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumConcentration()
	 * @generated
	 * @ordered
	 */
	protected double maximumConcentration = MAXIMUM_CONCENTRATION_EDEFAULT;

	/**
	 * This is true if the Maximum Concentration attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maximumConcentrationESet;

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
	 * This is true if the Coating Thickness attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean coatingThicknessESet;

	/**
	 * The default value of the '{@link #getCoatingPorosity() <em>Coating Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoatingPorosity()
	 * @generated
	 * @ordered
	 */
	protected static final double COATING_POROSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCoatingPorosity() <em>Coating Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoatingPorosity()
	 * @generated
	 * @ordered
	 */
	protected double coatingPorosity = COATING_POROSITY_EDEFAULT;

	/**
	 * This is true if the Coating Porosity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean coatingPorosityESet;

	/**
	 * The default value of the '{@link #getCapacityLossPerCycle() <em>Capacity Loss Per Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityLossPerCycle()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPACITY_LOSS_PER_CYCLE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCapacityLossPerCycle() <em>Capacity Loss Per Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityLossPerCycle()
	 * @generated
	 * @ordered
	 */
	protected double capacityLossPerCycle = CAPACITY_LOSS_PER_CYCLE_EDEFAULT;

	/**
	 * This is true if the Capacity Loss Per Cycle attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean capacityLossPerCycleESet;

	/**
	 * The cached value of the '{@link #getOcv() <em>Ocv</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOcv()
	 * @generated
	 * @ordered
	 */
	protected EList<OcvPoint> ocv;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CounterElectrodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.COUNTER_ELECTRODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterMaterial getMaterial() {
		return material;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterial(CounterMaterial newMaterial) {
		CounterMaterial oldMaterial = material;
		material = newMaterial == null ? MATERIAL_EDEFAULT : newMaterial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__MATERIAL, oldMaterial, material));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__METAL, oldMetal, metal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getArealCapacity() {
		return arealCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArealCapacity(double newArealCapacity) {
		double oldArealCapacity = arealCapacity;
		arealCapacity = newArealCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__AREAL_CAPACITY, oldArealCapacity, arealCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpecificCapacity() {
		return specificCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecificCapacity(double newSpecificCapacity) {
		double oldSpecificCapacity = specificCapacity;
		specificCapacity = newSpecificCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__SPECIFIC_CAPACITY, oldSpecificCapacity, specificCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLoading() {
		return loading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoading(double newLoading) {
		double oldLoading = loading;
		loading = newLoading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__LOADING, oldLoading, loading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLowerVoltageLimit() {
		return lowerVoltageLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowerVoltageLimit(double newLowerVoltageLimit) {
		double oldLowerVoltageLimit = lowerVoltageLimit;
		lowerVoltageLimit = newLowerVoltageLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT, oldLowerVoltageLimit, lowerVoltageLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUpperVoltageLimit() {
		return upperVoltageLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpperVoltageLimit(double newUpperVoltageLimit) {
		double oldUpperVoltageLimit = upperVoltageLimit;
		upperVoltageLimit = newUpperVoltageLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT, oldUpperVoltageLimit, upperVoltageLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getParticleRadius() {
		return particleRadius;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticleRadius(double newParticleRadius) {
		double oldParticleRadius = particleRadius;
		particleRadius = newParticleRadius;
		boolean oldParticleRadiusESet = particleRadiusESet;
		particleRadiusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS, oldParticleRadius, particleRadius, !oldParticleRadiusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetParticleRadius() {
		double oldParticleRadius = particleRadius;
		boolean oldParticleRadiusESet = particleRadiusESet;
		particleRadius = PARTICLE_RADIUS_EDEFAULT;
		particleRadiusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS, oldParticleRadius, PARTICLE_RADIUS_EDEFAULT, oldParticleRadiusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetParticleRadius() {
		return particleRadiusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSolidDiffusivity() {
		return solidDiffusivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolidDiffusivity(double newSolidDiffusivity) {
		double oldSolidDiffusivity = solidDiffusivity;
		solidDiffusivity = newSolidDiffusivity;
		boolean oldSolidDiffusivityESet = solidDiffusivityESet;
		solidDiffusivityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY, oldSolidDiffusivity, solidDiffusivity, !oldSolidDiffusivityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSolidDiffusivity() {
		double oldSolidDiffusivity = solidDiffusivity;
		boolean oldSolidDiffusivityESet = solidDiffusivityESet;
		solidDiffusivity = SOLID_DIFFUSIVITY_EDEFAULT;
		solidDiffusivityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY, oldSolidDiffusivity, SOLID_DIFFUSIVITY_EDEFAULT, oldSolidDiffusivityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSolidDiffusivity() {
		return solidDiffusivityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getParticleExchangeCurrentDensity() {
		return particleExchangeCurrentDensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticleExchangeCurrentDensity(double newParticleExchangeCurrentDensity) {
		double oldParticleExchangeCurrentDensity = particleExchangeCurrentDensity;
		particleExchangeCurrentDensity = newParticleExchangeCurrentDensity;
		boolean oldParticleExchangeCurrentDensityESet = particleExchangeCurrentDensityESet;
		particleExchangeCurrentDensityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY, oldParticleExchangeCurrentDensity, particleExchangeCurrentDensity, !oldParticleExchangeCurrentDensityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetParticleExchangeCurrentDensity() {
		double oldParticleExchangeCurrentDensity = particleExchangeCurrentDensity;
		boolean oldParticleExchangeCurrentDensityESet = particleExchangeCurrentDensityESet;
		particleExchangeCurrentDensity = PARTICLE_EXCHANGE_CURRENT_DENSITY_EDEFAULT;
		particleExchangeCurrentDensityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY, oldParticleExchangeCurrentDensity, PARTICLE_EXCHANGE_CURRENT_DENSITY_EDEFAULT, oldParticleExchangeCurrentDensityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetParticleExchangeCurrentDensity() {
		return particleExchangeCurrentDensityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaximumConcentration() {
		return maximumConcentration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumConcentration(double newMaximumConcentration) {
		double oldMaximumConcentration = maximumConcentration;
		maximumConcentration = newMaximumConcentration;
		boolean oldMaximumConcentrationESet = maximumConcentrationESet;
		maximumConcentrationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION, oldMaximumConcentration, maximumConcentration, !oldMaximumConcentrationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaximumConcentration() {
		double oldMaximumConcentration = maximumConcentration;
		boolean oldMaximumConcentrationESet = maximumConcentrationESet;
		maximumConcentration = MAXIMUM_CONCENTRATION_EDEFAULT;
		maximumConcentrationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION, oldMaximumConcentration, MAXIMUM_CONCENTRATION_EDEFAULT, oldMaximumConcentrationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaximumConcentration() {
		return maximumConcentrationESet;
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
		boolean oldCoatingThicknessESet = coatingThicknessESet;
		coatingThicknessESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS, oldCoatingThickness, coatingThickness, !oldCoatingThicknessESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCoatingThickness() {
		double oldCoatingThickness = coatingThickness;
		boolean oldCoatingThicknessESet = coatingThicknessESet;
		coatingThickness = COATING_THICKNESS_EDEFAULT;
		coatingThicknessESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS, oldCoatingThickness, COATING_THICKNESS_EDEFAULT, oldCoatingThicknessESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCoatingThickness() {
		return coatingThicknessESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCoatingPorosity() {
		return coatingPorosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoatingPorosity(double newCoatingPorosity) {
		double oldCoatingPorosity = coatingPorosity;
		coatingPorosity = newCoatingPorosity;
		boolean oldCoatingPorosityESet = coatingPorosityESet;
		coatingPorosityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY, oldCoatingPorosity, coatingPorosity, !oldCoatingPorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCoatingPorosity() {
		double oldCoatingPorosity = coatingPorosity;
		boolean oldCoatingPorosityESet = coatingPorosityESet;
		coatingPorosity = COATING_POROSITY_EDEFAULT;
		coatingPorosityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY, oldCoatingPorosity, COATING_POROSITY_EDEFAULT, oldCoatingPorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCoatingPorosity() {
		return coatingPorosityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapacityLossPerCycle() {
		return capacityLossPerCycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityLossPerCycle(double newCapacityLossPerCycle) {
		double oldCapacityLossPerCycle = capacityLossPerCycle;
		capacityLossPerCycle = newCapacityLossPerCycle;
		boolean oldCapacityLossPerCycleESet = capacityLossPerCycleESet;
		capacityLossPerCycleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE, oldCapacityLossPerCycle, capacityLossPerCycle, !oldCapacityLossPerCycleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCapacityLossPerCycle() {
		double oldCapacityLossPerCycle = capacityLossPerCycle;
		boolean oldCapacityLossPerCycleESet = capacityLossPerCycleESet;
		capacityLossPerCycle = CAPACITY_LOSS_PER_CYCLE_EDEFAULT;
		capacityLossPerCycleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE, oldCapacityLossPerCycle, CAPACITY_LOSS_PER_CYCLE_EDEFAULT, oldCapacityLossPerCycleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCapacityLossPerCycle() {
		return capacityLossPerCycleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OcvPoint> getOcv() {
		if (ocv == null) {
			ocv = new EObjectContainmentEList<OcvPoint>(OcvPoint.class, this, AnodynePackage.COUNTER_ELECTRODE__OCV);
		}
		return ocv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.COUNTER_ELECTRODE__OCV:
				return ((InternalEList<?>)getOcv()).basicRemove(otherEnd, msgs);
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
			case AnodynePackage.COUNTER_ELECTRODE__MATERIAL:
				return getMaterial();
			case AnodynePackage.COUNTER_ELECTRODE__METAL:
				return getMetal();
			case AnodynePackage.COUNTER_ELECTRODE__AREAL_CAPACITY:
				return getArealCapacity();
			case AnodynePackage.COUNTER_ELECTRODE__SPECIFIC_CAPACITY:
				return getSpecificCapacity();
			case AnodynePackage.COUNTER_ELECTRODE__LOADING:
				return getLoading();
			case AnodynePackage.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT:
				return getLowerVoltageLimit();
			case AnodynePackage.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT:
				return getUpperVoltageLimit();
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS:
				return getParticleRadius();
			case AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY:
				return getSolidDiffusivity();
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY:
				return getParticleExchangeCurrentDensity();
			case AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION:
				return getMaximumConcentration();
			case AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS:
				return getCoatingThickness();
			case AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY:
				return getCoatingPorosity();
			case AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE:
				return getCapacityLossPerCycle();
			case AnodynePackage.COUNTER_ELECTRODE__OCV:
				return getOcv();
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
			case AnodynePackage.COUNTER_ELECTRODE__MATERIAL:
				setMaterial((CounterMaterial)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__METAL:
				setMetal((String)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__AREAL_CAPACITY:
				setArealCapacity((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__SPECIFIC_CAPACITY:
				setSpecificCapacity((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__LOADING:
				setLoading((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT:
				setLowerVoltageLimit((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT:
				setUpperVoltageLimit((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS:
				setParticleRadius((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY:
				setSolidDiffusivity((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY:
				setParticleExchangeCurrentDensity((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION:
				setMaximumConcentration((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS:
				setCoatingThickness((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY:
				setCoatingPorosity((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE:
				setCapacityLossPerCycle((Double)newValue);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__OCV:
				getOcv().clear();
				getOcv().addAll((Collection<? extends OcvPoint>)newValue);
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
			case AnodynePackage.COUNTER_ELECTRODE__MATERIAL:
				setMaterial(MATERIAL_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__METAL:
				setMetal(METAL_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__AREAL_CAPACITY:
				setArealCapacity(AREAL_CAPACITY_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__SPECIFIC_CAPACITY:
				setSpecificCapacity(SPECIFIC_CAPACITY_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__LOADING:
				setLoading(LOADING_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT:
				setLowerVoltageLimit(LOWER_VOLTAGE_LIMIT_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT:
				setUpperVoltageLimit(UPPER_VOLTAGE_LIMIT_EDEFAULT);
				return;
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS:
				unsetParticleRadius();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY:
				unsetSolidDiffusivity();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY:
				unsetParticleExchangeCurrentDensity();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION:
				unsetMaximumConcentration();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS:
				unsetCoatingThickness();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY:
				unsetCoatingPorosity();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE:
				unsetCapacityLossPerCycle();
				return;
			case AnodynePackage.COUNTER_ELECTRODE__OCV:
				getOcv().clear();
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
			case AnodynePackage.COUNTER_ELECTRODE__MATERIAL:
				return material != MATERIAL_EDEFAULT;
			case AnodynePackage.COUNTER_ELECTRODE__METAL:
				return METAL_EDEFAULT == null ? metal != null : !METAL_EDEFAULT.equals(metal);
			case AnodynePackage.COUNTER_ELECTRODE__AREAL_CAPACITY:
				return arealCapacity != AREAL_CAPACITY_EDEFAULT;
			case AnodynePackage.COUNTER_ELECTRODE__SPECIFIC_CAPACITY:
				return specificCapacity != SPECIFIC_CAPACITY_EDEFAULT;
			case AnodynePackage.COUNTER_ELECTRODE__LOADING:
				return loading != LOADING_EDEFAULT;
			case AnodynePackage.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT:
				return lowerVoltageLimit != LOWER_VOLTAGE_LIMIT_EDEFAULT;
			case AnodynePackage.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT:
				return upperVoltageLimit != UPPER_VOLTAGE_LIMIT_EDEFAULT;
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS:
				return isSetParticleRadius();
			case AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY:
				return isSetSolidDiffusivity();
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY:
				return isSetParticleExchangeCurrentDensity();
			case AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION:
				return isSetMaximumConcentration();
			case AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS:
				return isSetCoatingThickness();
			case AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY:
				return isSetCoatingPorosity();
			case AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE:
				return isSetCapacityLossPerCycle();
			case AnodynePackage.COUNTER_ELECTRODE__OCV:
				return ocv != null && !ocv.isEmpty();
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
		result.append(" (material: ");
		result.append(material);
		result.append(", metal: ");
		result.append(metal);
		result.append(", arealCapacity: ");
		result.append(arealCapacity);
		result.append(", specificCapacity: ");
		result.append(specificCapacity);
		result.append(", loading: ");
		result.append(loading);
		result.append(", lowerVoltageLimit: ");
		result.append(lowerVoltageLimit);
		result.append(", upperVoltageLimit: ");
		result.append(upperVoltageLimit);
		result.append(", particleRadius: ");
		if (particleRadiusESet) result.append(particleRadius); else result.append("<unset>");
		result.append(", solidDiffusivity: ");
		if (solidDiffusivityESet) result.append(solidDiffusivity); else result.append("<unset>");
		result.append(", particleExchangeCurrentDensity: ");
		if (particleExchangeCurrentDensityESet) result.append(particleExchangeCurrentDensity); else result.append("<unset>");
		result.append(", maximumConcentration: ");
		if (maximumConcentrationESet) result.append(maximumConcentration); else result.append("<unset>");
		result.append(", coatingThickness: ");
		if (coatingThicknessESet) result.append(coatingThickness); else result.append("<unset>");
		result.append(", coatingPorosity: ");
		if (coatingPorosityESet) result.append(coatingPorosity); else result.append("<unset>");
		result.append(", capacityLossPerCycle: ");
		if (capacityLossPerCycleESet) result.append(capacityLossPerCycle); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CounterElectrodeImpl
