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
 * A representation of the model object '<em><b>Cell Current Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Charge or discharge a full cell at a C-rate or a current density; set exactly one of the two.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CellCurrentStep#getCRate <em>CRate</em>}</li>
 *   <li>{@link org.anodyne.model.CellCurrentStep#getCurrentDensity <em>Current Density</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCellCurrentStep()
 * @model abstract="true"
 * @generated
 */
public interface CellCurrentStep extends ConditionedStep {
	/**
	 * Returns the value of the '<em><b>CRate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current of a charge or discharge step as a C-rate: multiples of the counter electrode's areal capacity per hour (1 C empties it in one hour). Unit: 1/h (C). Typical: 0.1-5 C. Source: the cycling protocol (Li et al. 2022: 1 C full cells).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>CRate</em>' attribute.
	 * @see #isSetCRate()
	 * @see #unsetCRate()
	 * @see #setCRate(double)
	 * @see org.anodyne.model.AnodynePackage#getCellCurrentStep_CRate()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='C'"
	 *        annotation="http://anodyne.org/model/label label='C-Rate'"
	 * @generated
	 */
	double getCRate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CellCurrentStep#getCRate <em>CRate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>CRate</em>' attribute.
	 * @see #isSetCRate()
	 * @see #unsetCRate()
	 * @see #getCRate()
	 * @generated
	 */
	void setCRate(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CellCurrentStep#getCRate <em>CRate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCRate()
	 * @see #getCRate()
	 * @see #setCRate(double)
	 * @generated
	 */
	void unsetCRate();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CellCurrentStep#getCRate <em>CRate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>CRate</em>' attribute is set.
	 * @see #unsetCRate()
	 * @see #getCRate()
	 * @see #setCRate(double)
	 * @generated
	 */
	boolean isSetCRate();

	/**
	 * Returns the value of the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current of a charge or discharge step as a current density, used instead of the C-rate when given. Unit: mA/cm2. Typical: 0.5-5 mA/cm2. Source: the cycling protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Density</em>' attribute.
	 * @see #isSetCurrentDensity()
	 * @see #unsetCurrentDensity()
	 * @see #setCurrentDensity(double)
	 * @see org.anodyne.model.AnodynePackage#getCellCurrentStep_CurrentDensity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='mA/cm2'"
	 * @generated
	 */
	double getCurrentDensity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CellCurrentStep#getCurrentDensity <em>Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Density</em>' attribute.
	 * @see #isSetCurrentDensity()
	 * @see #unsetCurrentDensity()
	 * @see #getCurrentDensity()
	 * @generated
	 */
	void setCurrentDensity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CellCurrentStep#getCurrentDensity <em>Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCurrentDensity()
	 * @see #getCurrentDensity()
	 * @see #setCurrentDensity(double)
	 * @generated
	 */
	void unsetCurrentDensity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CellCurrentStep#getCurrentDensity <em>Current Density</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Current Density</em>' attribute is set.
	 * @see #unsetCurrentDensity()
	 * @see #getCurrentDensity()
	 * @see #setCurrentDensity(double)
	 * @generated
	 */
	boolean isSetCurrentDensity();

} // CellCurrentStep
