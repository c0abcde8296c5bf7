/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ocv Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One point of an open-circuit-voltage table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.OcvPoint#getStateOfCharge <em>State Of Charge</em>}</li>
 *   <li>{@link org.anodyne.model.OcvPoint#getVoltage <em>Voltage</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getOcvPoint()
 * @model
 * @generated
 */
public interface OcvPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>State Of Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State of charge of the counter electrode at which the open-circuit voltage is given (0 = empty, 1 = full). Unit: 1 (dimensionless, in [0,1]). Typical: points from 0 to 1, denser near both ends. Source: a slow (C/20) or GITT measurement, or literature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Of Charge</em>' attribute.
	 * @see #setStateOfCharge(double)
	 * @see org.anodyne.model.AnodynePackage#getOcvPoint_StateOfCharge()
	 * @model annotation="http://anodyne.org/model/unit unit='1'"
	 *        annotation="http://anodyne.org/model/label label='State of Charge'"
	 * @generated
	 */
	double getStateOfCharge();

	/**
	 * Sets the value of the '{@link org.anodyne.model.OcvPoint#getStateOfCharge <em>State Of Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Of Charge</em>' attribute.
	 * @see #getStateOfCharge()
	 * @generated
	 */
	void setStateOfCharge(double value);

	/**
	 * Returns the value of the '<em><b>Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open-circuit voltage of the cell at that state of charge, against the anode metal. Unit: V. Typical: LFP vs Li 3.40-3.45 V on its plateau, rising steeply near full. Source: a slow (C/20) or GITT measurement, or literature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voltage</em>' attribute.
	 * @see #setVoltage(double)
	 * @see org.anodyne.model.AnodynePackage#getOcvPoint_Voltage()
	 * @model annotation="http://anodyne.org/model/unit unit='V'"
	 * @generated
	 */
	double getVoltage();

	/**
	 * Sets the value of the '{@link org.anodyne.model.OcvPoint#getVoltage <em>Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voltage</em>' attribute.
	 * @see #getVoltage()
	 * @generated
	 */
	void setVoltage(double value);

} // OcvPoint
