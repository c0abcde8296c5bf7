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
 * A representation of the model object '<em><b>Additive</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An electrolyte additive.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Additive#getName <em>Name</em>}</li>
 *   <li>{@link org.anodyne.model.Additive#getMassFraction <em>Mass Fraction</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getAdditive()
 * @model
 * @generated
 */
public interface Additive extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An additive of the electrolyte. Unit: none (text). Typical: 'LiNO3', 'FEC', 'VC'. Source: the recipe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.anodyne.model.AnodynePackage#getAdditive_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Additive#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Mass Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount of the additive as a share of the electrolyte's mass. Unit: wt%. Typical: 0.5-10 wt%. Source: the recipe (Li et al. 2022: 2 wt% LiNO3 in the ether electrolyte).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mass Fraction</em>' attribute.
	 * @see #setMassFraction(double)
	 * @see org.anodyne.model.AnodynePackage#getAdditive_MassFraction()
	 * @model annotation="http://anodyne.org/model/unit unit='wt%'"
	 * @generated
	 */
	double getMassFraction();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Additive#getMassFraction <em>Mass Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mass Fraction</em>' attribute.
	 * @see #getMassFraction()
	 * @generated
	 */
	void setMassFraction(double value);

} // Additive
