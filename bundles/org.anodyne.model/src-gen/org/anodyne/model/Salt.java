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
 * A representation of the model object '<em><b>Salt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A salt of one cation and one anion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Salt#getName <em>Name</em>}</li>
 *   <li>{@link org.anodyne.model.Salt#getCation <em>Cation</em>}</li>
 *   <li>{@link org.anodyne.model.Salt#getCationCharge <em>Cation Charge</em>}</li>
 *   <li>{@link org.anodyne.model.Salt#getAnion <em>Anion</em>}</li>
 *   <li>{@link org.anodyne.model.Salt#getAnionCharge <em>Anion Charge</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSalt()
 * @model
 * @generated
 */
public interface Salt extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The salt's formula as people write it. Unit: none (text). Typical: 'LiTFSI', 'LiPF6', 'NaPF6', 'ZnSO4'. Source: the recipe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.anodyne.model.AnodynePackage#getSalt_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Salt#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Cation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal id of the salt's cation in the metal registry; it must match the anode metal. Unit: none (registry id). Typical: 'li'. Source: the recipe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cation</em>' attribute.
	 * @see #setCation(String)
	 * @see org.anodyne.model.AnodynePackage#getSalt_Cation()
	 * @model
	 * @generated
	 */
	String getCation();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Salt#getCation <em>Cation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cation</em>' attribute.
	 * @see #getCation()
	 * @generated
	 */
	void setCation(String value);

	/**
	 * Returns the value of the '<em><b>Cation Charge</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge number z+ of the cation; the model takes binary z:z salts only. Unit: 1 (integer, at least 1). Typical: 1 (Li+, Na+, K+), 2 (Zn2+). Source: chemistry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cation Charge</em>' attribute.
	 * @see #setCationCharge(int)
	 * @see org.anodyne.model.AnodynePackage#getSalt_CationCharge()
	 * @model default="1"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	int getCationCharge();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Salt#getCationCharge <em>Cation Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cation Charge</em>' attribute.
	 * @see #getCationCharge()
	 * @generated
	 */
	void setCationCharge(int value);

	/**
	 * Returns the value of the '<em><b>Anion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the salt's anion. Unit: none (text). Typical: 'TFSI', 'PF6', 'FSI', 'SO4'. Source: the recipe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anion</em>' attribute.
	 * @see #setAnion(String)
	 * @see org.anodyne.model.AnodynePackage#getSalt_Anion()
	 * @model
	 * @generated
	 */
	String getAnion();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Salt#getAnion <em>Anion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anion</em>' attribute.
	 * @see #getAnion()
	 * @generated
	 */
	void setAnion(String value);

	/**
	 * Returns the value of the '<em><b>Anion Charge</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge number of the anion as a magnitude |z-|; must equal the cation's for a z:z salt. Unit: 1 (integer, at least 1). Typical: 1 (TFSI-, PF6-), 2 (SO4 2-). Source: chemistry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anion Charge</em>' attribute.
	 * @see #setAnionCharge(int)
	 * @see org.anodyne.model.AnodynePackage#getSalt_AnionCharge()
	 * @model default="1"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	int getAnionCharge();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Salt#getAnionCharge <em>Anion Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anion Charge</em>' attribute.
	 * @see #getAnionCharge()
	 * @generated
	 */
	void setAnionCharge(int value);

} // Salt
