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
 * A representation of the model object '<em><b>Galvanostatic Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Constant-current plating or stripping of the metal anode.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.GalvanostaticStep#getCurrentDensity <em>Current Density</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getGalvanostaticStep()
 * @model abstract="true"
 * @generated
 */
public interface GalvanostaticStep extends ConditionedStep {
	/**
	 * Returns the value of the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constant current density of a plating or stripping step, per geometric electrode area. Unit: mA/cm2. Typical: 0.25-5 mA/cm2 (the paper's 0.25, 1 and 5). Source: the cycling protocol (Li et al. 2022).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Density</em>' attribute.
	 * @see #setCurrentDensity(double)
	 * @see org.anodyne.model.AnodynePackage#getGalvanostaticStep_CurrentDensity()
	 * @model annotation="http://anodyne.org/model/unit unit='mA/cm2'"
	 * @generated
	 */
	double getCurrentDensity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.GalvanostaticStep#getCurrentDensity <em>Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Density</em>' attribute.
	 * @see #getCurrentDensity()
	 * @generated
	 */
	void setCurrentDensity(double value);

} // GalvanostaticStep
