/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Voltage Stop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stop when the cell voltage reaches a value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.VoltageStop#getVoltage <em>Voltage</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getVoltageStop()
 * @model
 * @generated
 */
public interface VoltageStop extends StopCondition {
	/**
	 * Returns the value of the '<em><b>Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell voltage at which a step ends. Unit: V. Typical: the counter electrode's cut-offs (2.5 V and 3.8 V for Li||LFP). Source: the cycling protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voltage</em>' attribute.
	 * @see #setVoltage(double)
	 * @see org.anodyne.model.AnodynePackage#getVoltageStop_Voltage()
	 * @model annotation="http://anodyne.org/model/unit unit='V'"
	 * @generated
	 */
	double getVoltage();

	/**
	 * Sets the value of the '{@link org.anodyne.model.VoltageStop#getVoltage <em>Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voltage</em>' attribute.
	 * @see #getVoltage()
	 * @generated
	 */
	void setVoltage(double value);

} // VoltageStop
