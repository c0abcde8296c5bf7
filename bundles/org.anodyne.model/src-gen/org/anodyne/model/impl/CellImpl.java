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
import org.anodyne.model.Cell;
import org.anodyne.model.CellConfiguration;
import org.anodyne.model.CellFormat;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.Separator;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getConfiguration <em>Configuration</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getElectrodeArea <em>Electrode Area</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getTemperature <em>Temperature</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getAnode <em>Anode</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getCounterAnode <em>Counter Anode</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getCounterElectrode <em>Counter Electrode</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getSeparator <em>Separator</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getElectrolyte <em>Electrolyte</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellImpl#getElectrolyteVolume <em>Electrolyte Volume</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CellImpl extends NamedElementImpl implements Cell {
	/**
	 * The default value of the '{@link #getConfiguration() <em>Configuration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfiguration()
	 * @generated
	 * @ordered
	 */
	protected static final CellConfiguration CONFIGURATION_EDEFAULT = CellConfiguration.SYMMETRIC;

	/**
	 * The cached value of the '{@link #getConfiguration() <em>Configuration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfiguration()
	 * @generated
	 * @ordered
	 */
	protected CellConfiguration configuration = CONFIGURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final CellFormat FORMAT_EDEFAULT = CellFormat.COIN_CR2025;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected CellFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getElectrodeArea() <em>Electrode Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectrodeArea()
	 * @generated
	 * @ordered
	 */
	protected static final double ELECTRODE_AREA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getElectrodeArea() <em>Electrode Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectrodeArea()
	 * @generated
	 * @ordered
	 */
	protected double electrodeArea = ELECTRODE_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemperature() <em>Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperature()
	 * @generated
	 * @ordered
	 */
	protected static final double TEMPERATURE_EDEFAULT = 298.15;

	/**
	 * The cached value of the '{@link #getTemperature() <em>Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperature()
	 * @generated
	 * @ordered
	 */
	protected double temperature = TEMPERATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnode() <em>Anode</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnode()
	 * @generated
	 * @ordered
	 */
	protected Anode anode;

	/**
	 * The cached value of the '{@link #getCounterAnode() <em>Counter Anode</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterAnode()
	 * @generated
	 * @ordered
	 */
	protected Anode counterAnode;

	/**
	 * The cached value of the '{@link #getCounterElectrode() <em>Counter Electrode</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterElectrode()
	 * @generated
	 * @ordered
	 */
	protected CounterElectrode counterElectrode;

	/**
	 * The cached value of the '{@link #getSeparator() <em>Separator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeparator()
	 * @generated
	 * @ordered
	 */
	protected Separator separator;

	/**
	 * The cached value of the '{@link #getElectrolyte() <em>Electrolyte</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectrolyte()
	 * @generated
	 * @ordered
	 */
	protected Electrolyte electrolyte;

	/**
	 * The default value of the '{@link #getElectrolyteVolume() <em>Electrolyte Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectrolyteVolume()
	 * @generated
	 * @ordered
	 */
	protected static final double ELECTROLYTE_VOLUME_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getElectrolyteVolume() <em>Electrolyte Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectrolyteVolume()
	 * @generated
	 * @ordered
	 */
	protected double electrolyteVolume = ELECTROLYTE_VOLUME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.CELL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellConfiguration getConfiguration() {
		return configuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfiguration(CellConfiguration newConfiguration) {
		CellConfiguration oldConfiguration = configuration;
		configuration = newConfiguration == null ? CONFIGURATION_EDEFAULT : newConfiguration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__CONFIGURATION, oldConfiguration, configuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(CellFormat newFormat) {
		CellFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getElectrodeArea() {
		return electrodeArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElectrodeArea(double newElectrodeArea) {
		double oldElectrodeArea = electrodeArea;
		electrodeArea = newElectrodeArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__ELECTRODE_AREA, oldElectrodeArea, electrodeArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTemperature() {
		return temperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemperature(double newTemperature) {
		double oldTemperature = temperature;
		temperature = newTemperature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__TEMPERATURE, oldTemperature, temperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anode getAnode() {
		return anode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAnode(Anode newAnode, NotificationChain msgs) {
		Anode oldAnode = anode;
		anode = newAnode;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__ANODE, oldAnode, newAnode);
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
	public void setAnode(Anode newAnode) {
		if (newAnode != anode) {
			NotificationChain msgs = null;
			if (anode != null)
				msgs = ((InternalEObject)anode).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.CELL__ANODE, null, msgs);
			if (newAnode != null)
				msgs = ((InternalEObject)newAnode).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.CELL__ANODE, null, msgs);
			msgs = basicSetAnode(newAnode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__ANODE, newAnode, newAnode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anode getCounterAnode() {
		return counterAnode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCounterAnode(Anode newCounterAnode, NotificationChain msgs) {
		Anode oldCounterAnode = counterAnode;
		counterAnode = newCounterAnode;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__COUNTER_ANODE, oldCounterAnode, newCounterAnode);
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
	public void setCounterAnode(Anode newCounterAnode) {
		if (newCounterAnode != counterAnode) {
			NotificationChain msgs = null;
			if (counterAnode != null)
				msgs = ((InternalEObject)counterAnode).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.CELL__COUNTER_ANODE, null, msgs);
			if (newCounterAnode != null)
				msgs = ((InternalEObject)newCounterAnode).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.CELL__COUNTER_ANODE, null, msgs);
			msgs = basicSetCounterAnode(newCounterAnode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__COUNTER_ANODE, newCounterAnode, newCounterAnode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterElectrode getCounterElectrode() {
		if (counterElectrode != null && counterElectrode.eIsProxy()) {
			InternalEObject oldCounterElectrode = (InternalEObject)counterElectrode;
			counterElectrode = (CounterElectrode)eResolveProxy(oldCounterElectrode);
			if (counterElectrode != oldCounterElectrode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnodynePackage.CELL__COUNTER_ELECTRODE, oldCounterElectrode, counterElectrode));
			}
		}
		return counterElectrode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CounterElectrode basicGetCounterElectrode() {
		return counterElectrode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounterElectrode(CounterElectrode newCounterElectrode) {
		CounterElectrode oldCounterElectrode = counterElectrode;
		counterElectrode = newCounterElectrode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__COUNTER_ELECTRODE, oldCounterElectrode, counterElectrode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Separator getSeparator() {
		if (separator != null && separator.eIsProxy()) {
			InternalEObject oldSeparator = (InternalEObject)separator;
			separator = (Separator)eResolveProxy(oldSeparator);
			if (separator != oldSeparator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnodynePackage.CELL__SEPARATOR, oldSeparator, separator));
			}
		}
		return separator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Separator basicGetSeparator() {
		return separator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeparator(Separator newSeparator) {
		Separator oldSeparator = separator;
		separator = newSeparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__SEPARATOR, oldSeparator, separator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Electrolyte getElectrolyte() {
		if (electrolyte != null && electrolyte.eIsProxy()) {
			InternalEObject oldElectrolyte = (InternalEObject)electrolyte;
			electrolyte = (Electrolyte)eResolveProxy(oldElectrolyte);
			if (electrolyte != oldElectrolyte) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnodynePackage.CELL__ELECTROLYTE, oldElectrolyte, electrolyte));
			}
		}
		return electrolyte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Electrolyte basicGetElectrolyte() {
		return electrolyte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElectrolyte(Electrolyte newElectrolyte) {
		Electrolyte oldElectrolyte = electrolyte;
		electrolyte = newElectrolyte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__ELECTROLYTE, oldElectrolyte, electrolyte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getElectrolyteVolume() {
		return electrolyteVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElectrolyteVolume(double newElectrolyteVolume) {
		double oldElectrolyteVolume = electrolyteVolume;
		electrolyteVolume = newElectrolyteVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL__ELECTROLYTE_VOLUME, oldElectrolyteVolume, electrolyteVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.CELL__ANODE:
				return basicSetAnode(null, msgs);
			case AnodynePackage.CELL__COUNTER_ANODE:
				return basicSetCounterAnode(null, msgs);
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
			case AnodynePackage.CELL__CONFIGURATION:
				return getConfiguration();
			case AnodynePackage.CELL__FORMAT:
				return getFormat();
			case AnodynePackage.CELL__ELECTRODE_AREA:
				return getElectrodeArea();
			case AnodynePackage.CELL__TEMPERATURE:
				return getTemperature();
			case AnodynePackage.CELL__ANODE:
				return getAnode();
			case AnodynePackage.CELL__COUNTER_ANODE:
				return getCounterAnode();
			case AnodynePackage.CELL__COUNTER_ELECTRODE:
				if (resolve) return getCounterElectrode();
				return basicGetCounterElectrode();
			case AnodynePackage.CELL__SEPARATOR:
				if (resolve) return getSeparator();
				return basicGetSeparator();
			case AnodynePackage.CELL__ELECTROLYTE:
				if (resolve) return getElectrolyte();
				return basicGetElectrolyte();
			case AnodynePackage.CELL__ELECTROLYTE_VOLUME:
				return getElectrolyteVolume();
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
			case AnodynePackage.CELL__CONFIGURATION:
				setConfiguration((CellConfiguration)newValue);
				return;
			case AnodynePackage.CELL__FORMAT:
				setFormat((CellFormat)newValue);
				return;
			case AnodynePackage.CELL__ELECTRODE_AREA:
				setElectrodeArea((Double)newValue);
				return;
			case AnodynePackage.CELL__TEMPERATURE:
				setTemperature((Double)newValue);
				return;
			case AnodynePackage.CELL__ANODE:
				setAnode((Anode)newValue);
				return;
			case AnodynePackage.CELL__COUNTER_ANODE:
				setCounterAnode((Anode)newValue);
				return;
			case AnodynePackage.CELL__COUNTER_ELECTRODE:
				setCounterElectrode((CounterElectrode)newValue);
				return;
			case AnodynePackage.CELL__SEPARATOR:
				setSeparator((Separator)newValue);
				return;
			case AnodynePackage.CELL__ELECTROLYTE:
				setElectrolyte((Electrolyte)newValue);
				return;
			case AnodynePackage.CELL__ELECTROLYTE_VOLUME:
				setElectrolyteVolume((Double)newValue);
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
			case AnodynePackage.CELL__CONFIGURATION:
				setConfiguration(CONFIGURATION_EDEFAULT);
				return;
			case AnodynePackage.CELL__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case AnodynePackage.CELL__ELECTRODE_AREA:
				setElectrodeArea(ELECTRODE_AREA_EDEFAULT);
				return;
			case AnodynePackage.CELL__TEMPERATURE:
				setTemperature(TEMPERATURE_EDEFAULT);
				return;
			case AnodynePackage.CELL__ANODE:
				setAnode((Anode)null);
				return;
			case AnodynePackage.CELL__COUNTER_ANODE:
				setCounterAnode((Anode)null);
				return;
			case AnodynePackage.CELL__COUNTER_ELECTRODE:
				setCounterElectrode((CounterElectrode)null);
				return;
			case AnodynePackage.CELL__SEPARATOR:
				setSeparator((Separator)null);
				return;
			case AnodynePackage.CELL__ELECTROLYTE:
				setElectrolyte((Electrolyte)null);
				return;
			case AnodynePackage.CELL__ELECTROLYTE_VOLUME:
				setElectrolyteVolume(ELECTROLYTE_VOLUME_EDEFAULT);
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
			case AnodynePackage.CELL__CONFIGURATION:
				return configuration != CONFIGURATION_EDEFAULT;
			case AnodynePackage.CELL__FORMAT:
				return format != FORMAT_EDEFAULT;
			case AnodynePackage.CELL__ELECTRODE_AREA:
				return electrodeArea != ELECTRODE_AREA_EDEFAULT;
			case AnodynePackage.CELL__TEMPERATURE:
				return temperature != TEMPERATURE_EDEFAULT;
			case AnodynePackage.CELL__ANODE:
				return anode != null;
			case AnodynePackage.CELL__COUNTER_ANODE:
				return counterAnode != null;
			case AnodynePackage.CELL__COUNTER_ELECTRODE:
				return counterElectrode != null;
			case AnodynePackage.CELL__SEPARATOR:
				return separator != null;
			case AnodynePackage.CELL__ELECTROLYTE:
				return electrolyte != null;
			case AnodynePackage.CELL__ELECTROLYTE_VOLUME:
				return electrolyteVolume != ELECTROLYTE_VOLUME_EDEFAULT;
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
		result.append(" (configuration: ");
		result.append(configuration);
		result.append(", format: ");
		result.append(format);
		result.append(", electrodeArea: ");
		result.append(electrodeArea);
		result.append(", temperature: ");
		result.append(temperature);
		result.append(", electrolyteVolume: ");
		result.append(electrolyteVolume);
		result.append(')');
		return result.toString();
	}

} //CellImpl
