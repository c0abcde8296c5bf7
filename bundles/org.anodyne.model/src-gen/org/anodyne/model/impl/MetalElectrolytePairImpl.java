/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.MetalElectrolytePair;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metal Electrolyte Pair</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getSeiChargePerArea <em>Sei Charge Per Area</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getSeiFilmResistance <em>Sei Film Resistance</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getSeiCalendarRate <em>Sei Calendar Rate</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getWhiskerDiameter <em>Whisker Diameter</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getMossPorosity <em>Moss Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getDendritePorosity <em>Dendrite Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getIsolationProbability <em>Isolation Probability</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}</li>
 *   <li>{@link org.anodyne.model.impl.MetalElectrolytePairImpl#getCoverageCharge <em>Coverage Charge</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetalElectrolytePairImpl extends MinimalEObjectImpl.Container implements MetalElectrolytePair {
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
	 * The default value of the '{@link #getSeiChargePerArea() <em>Sei Charge Per Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeiChargePerArea()
	 * @generated
	 * @ordered
	 */
	protected static final double SEI_CHARGE_PER_AREA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSeiChargePerArea() <em>Sei Charge Per Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeiChargePerArea()
	 * @generated
	 * @ordered
	 */
	protected double seiChargePerArea = SEI_CHARGE_PER_AREA_EDEFAULT;

	/**
	 * This is true if the Sei Charge Per Area attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean seiChargePerAreaESet;

	/**
	 * The default value of the '{@link #getSeiFilmResistance() <em>Sei Film Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeiFilmResistance()
	 * @generated
	 * @ordered
	 */
	protected static final double SEI_FILM_RESISTANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSeiFilmResistance() <em>Sei Film Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeiFilmResistance()
	 * @generated
	 * @ordered
	 */
	protected double seiFilmResistance = SEI_FILM_RESISTANCE_EDEFAULT;

	/**
	 * This is true if the Sei Film Resistance attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean seiFilmResistanceESet;

	/**
	 * The default value of the '{@link #getSeiCalendarRate() <em>Sei Calendar Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeiCalendarRate()
	 * @generated
	 * @ordered
	 */
	protected static final double SEI_CALENDAR_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSeiCalendarRate() <em>Sei Calendar Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeiCalendarRate()
	 * @generated
	 * @ordered
	 */
	protected double seiCalendarRate = SEI_CALENDAR_RATE_EDEFAULT;

	/**
	 * This is true if the Sei Calendar Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean seiCalendarRateESet;

	/**
	 * The default value of the '{@link #getWhiskerDiameter() <em>Whisker Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhiskerDiameter()
	 * @generated
	 * @ordered
	 */
	protected static final double WHISKER_DIAMETER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWhiskerDiameter() <em>Whisker Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhiskerDiameter()
	 * @generated
	 * @ordered
	 */
	protected double whiskerDiameter = WHISKER_DIAMETER_EDEFAULT;

	/**
	 * This is true if the Whisker Diameter attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean whiskerDiameterESet;

	/**
	 * The default value of the '{@link #getMossPorosity() <em>Moss Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMossPorosity()
	 * @generated
	 * @ordered
	 */
	protected static final double MOSS_POROSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMossPorosity() <em>Moss Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMossPorosity()
	 * @generated
	 * @ordered
	 */
	protected double mossPorosity = MOSS_POROSITY_EDEFAULT;

	/**
	 * This is true if the Moss Porosity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mossPorosityESet;

	/**
	 * The default value of the '{@link #getDendritePorosity() <em>Dendrite Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDendritePorosity()
	 * @generated
	 * @ordered
	 */
	protected static final double DENDRITE_POROSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDendritePorosity() <em>Dendrite Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDendritePorosity()
	 * @generated
	 * @ordered
	 */
	protected double dendritePorosity = DENDRITE_POROSITY_EDEFAULT;

	/**
	 * This is true if the Dendrite Porosity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dendritePorosityESet;

	/**
	 * The default value of the '{@link #getIsolationProbability() <em>Isolation Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolationProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double ISOLATION_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIsolationProbability() <em>Isolation Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolationProbability()
	 * @generated
	 * @ordered
	 */
	protected double isolationProbability = ISOLATION_PROBABILITY_EDEFAULT;

	/**
	 * This is true if the Isolation Probability attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean isolationProbabilityESet;

	/**
	 * The default value of the '{@link #getInactiveLayerPorosity() <em>Inactive Layer Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveLayerPorosity()
	 * @generated
	 * @ordered
	 */
	protected static final double INACTIVE_LAYER_POROSITY_EDEFAULT = 0.0;

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
	 * This is true if the Inactive Layer Porosity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean inactiveLayerPorosityESet;

	/**
	 * The default value of the '{@link #getInactiveLayerTortuosity() <em>Inactive Layer Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveLayerTortuosity()
	 * @generated
	 * @ordered
	 */
	protected static final double INACTIVE_LAYER_TORTUOSITY_EDEFAULT = 0.0;

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
	 * This is true if the Inactive Layer Tortuosity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean inactiveLayerTortuosityESet;

	/**
	 * The default value of the '{@link #getSolventPerSeiMetal() <em>Solvent Per Sei Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolventPerSeiMetal()
	 * @generated
	 * @ordered
	 */
	protected static final double SOLVENT_PER_SEI_METAL_EDEFAULT = 0.0;

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
	 * This is true if the Solvent Per Sei Metal attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean solventPerSeiMetalESet;

	/**
	 * The default value of the '{@link #getCoverageCharge() <em>Coverage Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageCharge()
	 * @generated
	 * @ordered
	 */
	protected static final double COVERAGE_CHARGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCoverageCharge() <em>Coverage Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageCharge()
	 * @generated
	 * @ordered
	 */
	protected double coverageCharge = COVERAGE_CHARGE_EDEFAULT;

	/**
	 * This is true if the Coverage Charge attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean coverageChargeESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetalElectrolytePairImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__METAL, oldMetal, metal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeiChargePerArea() {
		return seiChargePerArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeiChargePerArea(double newSeiChargePerArea) {
		double oldSeiChargePerArea = seiChargePerArea;
		seiChargePerArea = newSeiChargePerArea;
		boolean oldSeiChargePerAreaESet = seiChargePerAreaESet;
		seiChargePerAreaESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA, oldSeiChargePerArea, seiChargePerArea, !oldSeiChargePerAreaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSeiChargePerArea() {
		double oldSeiChargePerArea = seiChargePerArea;
		boolean oldSeiChargePerAreaESet = seiChargePerAreaESet;
		seiChargePerArea = SEI_CHARGE_PER_AREA_EDEFAULT;
		seiChargePerAreaESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA, oldSeiChargePerArea, SEI_CHARGE_PER_AREA_EDEFAULT, oldSeiChargePerAreaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSeiChargePerArea() {
		return seiChargePerAreaESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeiFilmResistance() {
		return seiFilmResistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeiFilmResistance(double newSeiFilmResistance) {
		double oldSeiFilmResistance = seiFilmResistance;
		seiFilmResistance = newSeiFilmResistance;
		boolean oldSeiFilmResistanceESet = seiFilmResistanceESet;
		seiFilmResistanceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE, oldSeiFilmResistance, seiFilmResistance, !oldSeiFilmResistanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSeiFilmResistance() {
		double oldSeiFilmResistance = seiFilmResistance;
		boolean oldSeiFilmResistanceESet = seiFilmResistanceESet;
		seiFilmResistance = SEI_FILM_RESISTANCE_EDEFAULT;
		seiFilmResistanceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE, oldSeiFilmResistance, SEI_FILM_RESISTANCE_EDEFAULT, oldSeiFilmResistanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSeiFilmResistance() {
		return seiFilmResistanceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeiCalendarRate() {
		return seiCalendarRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeiCalendarRate(double newSeiCalendarRate) {
		double oldSeiCalendarRate = seiCalendarRate;
		seiCalendarRate = newSeiCalendarRate;
		boolean oldSeiCalendarRateESet = seiCalendarRateESet;
		seiCalendarRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE, oldSeiCalendarRate, seiCalendarRate, !oldSeiCalendarRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSeiCalendarRate() {
		double oldSeiCalendarRate = seiCalendarRate;
		boolean oldSeiCalendarRateESet = seiCalendarRateESet;
		seiCalendarRate = SEI_CALENDAR_RATE_EDEFAULT;
		seiCalendarRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE, oldSeiCalendarRate, SEI_CALENDAR_RATE_EDEFAULT, oldSeiCalendarRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSeiCalendarRate() {
		return seiCalendarRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWhiskerDiameter() {
		return whiskerDiameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhiskerDiameter(double newWhiskerDiameter) {
		double oldWhiskerDiameter = whiskerDiameter;
		whiskerDiameter = newWhiskerDiameter;
		boolean oldWhiskerDiameterESet = whiskerDiameterESet;
		whiskerDiameterESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER, oldWhiskerDiameter, whiskerDiameter, !oldWhiskerDiameterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWhiskerDiameter() {
		double oldWhiskerDiameter = whiskerDiameter;
		boolean oldWhiskerDiameterESet = whiskerDiameterESet;
		whiskerDiameter = WHISKER_DIAMETER_EDEFAULT;
		whiskerDiameterESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER, oldWhiskerDiameter, WHISKER_DIAMETER_EDEFAULT, oldWhiskerDiameterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWhiskerDiameter() {
		return whiskerDiameterESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMossPorosity() {
		return mossPorosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMossPorosity(double newMossPorosity) {
		double oldMossPorosity = mossPorosity;
		mossPorosity = newMossPorosity;
		boolean oldMossPorosityESet = mossPorosityESet;
		mossPorosityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY, oldMossPorosity, mossPorosity, !oldMossPorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMossPorosity() {
		double oldMossPorosity = mossPorosity;
		boolean oldMossPorosityESet = mossPorosityESet;
		mossPorosity = MOSS_POROSITY_EDEFAULT;
		mossPorosityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY, oldMossPorosity, MOSS_POROSITY_EDEFAULT, oldMossPorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMossPorosity() {
		return mossPorosityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDendritePorosity() {
		return dendritePorosity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDendritePorosity(double newDendritePorosity) {
		double oldDendritePorosity = dendritePorosity;
		dendritePorosity = newDendritePorosity;
		boolean oldDendritePorosityESet = dendritePorosityESet;
		dendritePorosityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY, oldDendritePorosity, dendritePorosity, !oldDendritePorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDendritePorosity() {
		double oldDendritePorosity = dendritePorosity;
		boolean oldDendritePorosityESet = dendritePorosityESet;
		dendritePorosity = DENDRITE_POROSITY_EDEFAULT;
		dendritePorosityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY, oldDendritePorosity, DENDRITE_POROSITY_EDEFAULT, oldDendritePorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDendritePorosity() {
		return dendritePorosityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIsolationProbability() {
		return isolationProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsolationProbability(double newIsolationProbability) {
		double oldIsolationProbability = isolationProbability;
		isolationProbability = newIsolationProbability;
		boolean oldIsolationProbabilityESet = isolationProbabilityESet;
		isolationProbabilityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY, oldIsolationProbability, isolationProbability, !oldIsolationProbabilityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIsolationProbability() {
		double oldIsolationProbability = isolationProbability;
		boolean oldIsolationProbabilityESet = isolationProbabilityESet;
		isolationProbability = ISOLATION_PROBABILITY_EDEFAULT;
		isolationProbabilityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY, oldIsolationProbability, ISOLATION_PROBABILITY_EDEFAULT, oldIsolationProbabilityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIsolationProbability() {
		return isolationProbabilityESet;
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
		boolean oldInactiveLayerPorosityESet = inactiveLayerPorosityESet;
		inactiveLayerPorosityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY, oldInactiveLayerPorosity, inactiveLayerPorosity, !oldInactiveLayerPorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInactiveLayerPorosity() {
		double oldInactiveLayerPorosity = inactiveLayerPorosity;
		boolean oldInactiveLayerPorosityESet = inactiveLayerPorosityESet;
		inactiveLayerPorosity = INACTIVE_LAYER_POROSITY_EDEFAULT;
		inactiveLayerPorosityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY, oldInactiveLayerPorosity, INACTIVE_LAYER_POROSITY_EDEFAULT, oldInactiveLayerPorosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInactiveLayerPorosity() {
		return inactiveLayerPorosityESet;
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
		boolean oldInactiveLayerTortuosityESet = inactiveLayerTortuosityESet;
		inactiveLayerTortuosityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY, oldInactiveLayerTortuosity, inactiveLayerTortuosity, !oldInactiveLayerTortuosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInactiveLayerTortuosity() {
		double oldInactiveLayerTortuosity = inactiveLayerTortuosity;
		boolean oldInactiveLayerTortuosityESet = inactiveLayerTortuosityESet;
		inactiveLayerTortuosity = INACTIVE_LAYER_TORTUOSITY_EDEFAULT;
		inactiveLayerTortuosityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY, oldInactiveLayerTortuosity, INACTIVE_LAYER_TORTUOSITY_EDEFAULT, oldInactiveLayerTortuosityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInactiveLayerTortuosity() {
		return inactiveLayerTortuosityESet;
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
		boolean oldSolventPerSeiMetalESet = solventPerSeiMetalESet;
		solventPerSeiMetalESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL, oldSolventPerSeiMetal, solventPerSeiMetal, !oldSolventPerSeiMetalESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSolventPerSeiMetal() {
		double oldSolventPerSeiMetal = solventPerSeiMetal;
		boolean oldSolventPerSeiMetalESet = solventPerSeiMetalESet;
		solventPerSeiMetal = SOLVENT_PER_SEI_METAL_EDEFAULT;
		solventPerSeiMetalESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL, oldSolventPerSeiMetal, SOLVENT_PER_SEI_METAL_EDEFAULT, oldSolventPerSeiMetalESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSolventPerSeiMetal() {
		return solventPerSeiMetalESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCoverageCharge() {
		return coverageCharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoverageCharge(double newCoverageCharge) {
		double oldCoverageCharge = coverageCharge;
		coverageCharge = newCoverageCharge;
		boolean oldCoverageChargeESet = coverageChargeESet;
		coverageChargeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE, oldCoverageCharge, coverageCharge, !oldCoverageChargeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCoverageCharge() {
		double oldCoverageCharge = coverageCharge;
		boolean oldCoverageChargeESet = coverageChargeESet;
		coverageCharge = COVERAGE_CHARGE_EDEFAULT;
		coverageChargeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE, oldCoverageCharge, COVERAGE_CHARGE_EDEFAULT, oldCoverageChargeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCoverageCharge() {
		return coverageChargeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__METAL:
				return getMetal();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA:
				return getSeiChargePerArea();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE:
				return getSeiFilmResistance();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE:
				return getSeiCalendarRate();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER:
				return getWhiskerDiameter();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY:
				return getMossPorosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY:
				return getDendritePorosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY:
				return getIsolationProbability();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY:
				return getInactiveLayerPorosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY:
				return getInactiveLayerTortuosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL:
				return getSolventPerSeiMetal();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE:
				return getCoverageCharge();
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
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__METAL:
				setMetal((String)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA:
				setSeiChargePerArea((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE:
				setSeiFilmResistance((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE:
				setSeiCalendarRate((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER:
				setWhiskerDiameter((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY:
				setMossPorosity((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY:
				setDendritePorosity((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY:
				setIsolationProbability((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY:
				setInactiveLayerPorosity((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY:
				setInactiveLayerTortuosity((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL:
				setSolventPerSeiMetal((Double)newValue);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE:
				setCoverageCharge((Double)newValue);
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
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__METAL:
				setMetal(METAL_EDEFAULT);
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA:
				unsetSeiChargePerArea();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE:
				unsetSeiFilmResistance();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE:
				unsetSeiCalendarRate();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER:
				unsetWhiskerDiameter();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY:
				unsetMossPorosity();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY:
				unsetDendritePorosity();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY:
				unsetIsolationProbability();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY:
				unsetInactiveLayerPorosity();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY:
				unsetInactiveLayerTortuosity();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL:
				unsetSolventPerSeiMetal();
				return;
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE:
				unsetCoverageCharge();
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
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__METAL:
				return METAL_EDEFAULT == null ? metal != null : !METAL_EDEFAULT.equals(metal);
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA:
				return isSetSeiChargePerArea();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE:
				return isSetSeiFilmResistance();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE:
				return isSetSeiCalendarRate();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER:
				return isSetWhiskerDiameter();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY:
				return isSetMossPorosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY:
				return isSetDendritePorosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY:
				return isSetIsolationProbability();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY:
				return isSetInactiveLayerPorosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY:
				return isSetInactiveLayerTortuosity();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL:
				return isSetSolventPerSeiMetal();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE:
				return isSetCoverageCharge();
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
		result.append(", seiChargePerArea: ");
		if (seiChargePerAreaESet) result.append(seiChargePerArea); else result.append("<unset>");
		result.append(", seiFilmResistance: ");
		if (seiFilmResistanceESet) result.append(seiFilmResistance); else result.append("<unset>");
		result.append(", seiCalendarRate: ");
		if (seiCalendarRateESet) result.append(seiCalendarRate); else result.append("<unset>");
		result.append(", whiskerDiameter: ");
		if (whiskerDiameterESet) result.append(whiskerDiameter); else result.append("<unset>");
		result.append(", mossPorosity: ");
		if (mossPorosityESet) result.append(mossPorosity); else result.append("<unset>");
		result.append(", dendritePorosity: ");
		if (dendritePorosityESet) result.append(dendritePorosity); else result.append("<unset>");
		result.append(", isolationProbability: ");
		if (isolationProbabilityESet) result.append(isolationProbability); else result.append("<unset>");
		result.append(", inactiveLayerPorosity: ");
		if (inactiveLayerPorosityESet) result.append(inactiveLayerPorosity); else result.append("<unset>");
		result.append(", inactiveLayerTortuosity: ");
		if (inactiveLayerTortuosityESet) result.append(inactiveLayerTortuosity); else result.append("<unset>");
		result.append(", solventPerSeiMetal: ");
		if (solventPerSeiMetalESet) result.append(solventPerSeiMetal); else result.append("<unset>");
		result.append(", coverageCharge: ");
		if (coverageChargeESet) result.append(coverageCharge); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //MetalElectrolytePairImpl
