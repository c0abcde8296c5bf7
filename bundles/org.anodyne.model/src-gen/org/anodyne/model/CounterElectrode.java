/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Counter Electrode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The counter electrode of a full cell (a cathode such as LFP) or half cell (a metal).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CounterElectrode#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getArealCapacity <em>Areal Capacity</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getSpecificCapacity <em>Specific Capacity</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getLoading <em>Loading</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getLowerVoltageLimit <em>Lower Voltage Limit</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getUpperVoltageLimit <em>Upper Voltage Limit</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getOcv <em>Ocv</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCounterElectrode()
 * @model
 * @generated
 */
public interface CounterElectrode extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Material</b></em>' attribute.
	 * The default value is <code>"LFP"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.CounterMaterial}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active material of the counter electrode: a cathode (LFP, NMC, LCO), LTO, or a metal for half cells. Unit: none (choice). Typical: LFP for full cells, LTO for Coulombic-efficiency tests. Source: the experiment (Li et al. 2022: LiFePO4 and LTO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Material</em>' attribute.
	 * @see org.anodyne.model.CounterMaterial
	 * @see #setMaterial(CounterMaterial)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Material()
	 * @model default="LFP"
	 * @generated
	 */
	CounterMaterial getMaterial();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getMaterial <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' attribute.
	 * @see org.anodyne.model.CounterMaterial
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(CounterMaterial value);

	/**
	 * Returns the value of the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal id of a metal counter electrode (material = metal); unused otherwise. Unit: none (registry id). Typical: 'li'. Source: the metal registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metal</em>' attribute.
	 * @see #setMetal(String)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Metal()
	 * @model
	 * @generated
	 */
	String getMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getMetal <em>Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metal</em>' attribute.
	 * @see #getMetal()
	 * @generated
	 */
	void setMetal(String value);

	/**
	 * Returns the value of the '<em><b>Areal Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity of the counter electrode per geometric area; 1 C is this capacity per hour. Unit: mAh/cm2. Typical: 1-4 mAh/cm2. Source: cathode loading times specific capacity (the examples' LFP: 1.5 mAh/cm2, SCIENCE.md section 3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areal Capacity</em>' attribute.
	 * @see #setArealCapacity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_ArealCapacity()
	 * @model annotation="http://anodyne.org/model/unit unit='mAh/cm2'"
	 * @generated
	 */
	double getArealCapacity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getArealCapacity <em>Areal Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areal Capacity</em>' attribute.
	 * @see #getArealCapacity()
	 * @generated
	 */
	void setArealCapacity(double value);

	/**
	 * Returns the value of the '<em><b>Specific Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity of the active material per gram. Unit: mAh/g (0 = not given). Typical: 150-160 mAh/g LFP, 175 mAh/g LTO, 180-200 mAh/g NMC. Source: supplier data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specific Capacity</em>' attribute.
	 * @see #setSpecificCapacity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_SpecificCapacity()
	 * @model annotation="http://anodyne.org/model/unit unit='mAh/g'"
	 * @generated
	 */
	double getSpecificCapacity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getSpecificCapacity <em>Specific Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specific Capacity</em>' attribute.
	 * @see #getSpecificCapacity()
	 * @generated
	 */
	void setSpecificCapacity(double value);

	/**
	 * Returns the value of the '<em><b>Loading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass of active material per geometric area. Unit: mg/cm2 (0 = not given). Typical: 5-25 mg/cm2. Source: electrode fabrication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loading</em>' attribute.
	 * @see #setLoading(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Loading()
	 * @model annotation="http://anodyne.org/model/unit unit='mg/cm2'"
	 * @generated
	 */
	double getLoading();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getLoading <em>Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loading</em>' attribute.
	 * @see #getLoading()
	 * @generated
	 */
	void setLoading(double value);

	/**
	 * Returns the value of the '<em><b>Lower Voltage Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower cut-off voltage of the cell on discharge; a step ends when the cell reaches it. Unit: V (0 = not given). Typical: 2.5 V for Li||LFP, 1.0 V for Li||LTO. Source: the cycling protocol of the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Voltage Limit</em>' attribute.
	 * @see #setLowerVoltageLimit(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_LowerVoltageLimit()
	 * @model annotation="http://anodyne.org/model/unit unit='V'"
	 * @generated
	 */
	double getLowerVoltageLimit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getLowerVoltageLimit <em>Lower Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Voltage Limit</em>' attribute.
	 * @see #getLowerVoltageLimit()
	 * @generated
	 */
	void setLowerVoltageLimit(double value);

	/**
	 * Returns the value of the '<em><b>Upper Voltage Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper cut-off voltage of the cell on charge; a step ends when the cell reaches it. Unit: V (0 = not given). Typical: 3.8-4.2 V for Li||LFP, 2.5 V for Li||LTO. Source: the cycling protocol of the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upper Voltage Limit</em>' attribute.
	 * @see #setUpperVoltageLimit(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_UpperVoltageLimit()
	 * @model annotation="http://anodyne.org/model/unit unit='V'"
	 * @generated
	 */
	double getUpperVoltageLimit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getUpperVoltageLimit <em>Upper Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Voltage Limit</em>' attribute.
	 * @see #getUpperVoltageLimit()
	 * @generated
	 */
	void setUpperVoltageLimit(double value);

	/**
	 * Returns the value of the '<em><b>Ocv</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.OcvPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open-circuit voltage against state of charge, ascending in state of charge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ocv</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Ocv()
	 * @model containment="true"
	 *        annotation="http://anodyne.org/model/label label='Open-Circuit Voltage Curve'"
	 * @generated
	 */
	EList<OcvPoint> getOcv();

} // CounterElectrode
