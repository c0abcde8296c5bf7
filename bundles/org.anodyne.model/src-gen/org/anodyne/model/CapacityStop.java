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
 * A representation of the model object '<em><b>Capacity Stop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stop after passing a charge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CapacityStop#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCapacityStop()
 * @model
 * @generated
 */
public interface CapacityStop extends StopCondition {
	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge per geometric area after which a step ends. Unit: mAh/cm2. Typical: 0.5-3 mAh/cm2 (1 mAh/cm2 = 4.85 um of dense Li). Source: the cycling protocol (Li et al. 2022: 1 mAh/cm2 per half-cycle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(double)
	 * @see org.anodyne.model.AnodynePackage#getCapacityStop_Capacity()
	 * @model annotation="http://anodyne.org/model/unit unit='mAh/cm2'"
	 * @generated
	 */
	double getCapacity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CapacityStop#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(double value);

} // CapacityStop
