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
 * A representation of the model object '<em><b>Nucleation Barrier Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A nucleation overpotential of the anode metal on a substrate for this study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.NucleationBarrierOverride#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.NucleationBarrierOverride#getBarrier <em>Barrier</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getNucleationBarrierOverride()
 * @model
 * @generated
 */
public interface NucleationBarrierOverride extends EObject {
	/**
	 * Returns the value of the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substrate id whose nucleation barrier this study overrides. Unit: none (registry id). Typical: 'carbon', 'cuo', 'copper'. Source: the metal registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrate</em>' attribute.
	 * @see #setSubstrate(String)
	 * @see org.anodyne.model.AnodynePackage#getNucleationBarrierOverride_Substrate()
	 * @model
	 * @generated
	 */
	String getSubstrate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.NucleationBarrierOverride#getSubstrate <em>Substrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substrate</em>' attribute.
	 * @see #getSubstrate()
	 * @generated
	 */
	void setSubstrate(String value);

	/**
	 * Returns the value of the '<em><b>Barrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra overpotential Delta eta_nuc the metal must pay to plate on this substrate where no metal is yet (0 on the metal itself); the larger it is against the ohmic drop, the more surely inverted growth stays bottom-up. Unit: mV. Typical for Li: lithiophilic CuO/Ag/Au below 10 mV, bare carbon 20-60 mV, Cu 30-40 mV. Source: nucleation overpotentials measured on the substrate (SCIENCE.md section 2, typical).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Barrier</em>' attribute.
	 * @see #setBarrier(double)
	 * @see org.anodyne.model.AnodynePackage#getNucleationBarrierOverride_Barrier()
	 * @model annotation="http://anodyne.org/model/unit unit='mV'"
	 *        annotation="http://anodyne.org/model/label label='Nucleation Barrier'"
	 * @generated
	 */
	double getBarrier();

	/**
	 * Sets the value of the '{@link org.anodyne.model.NucleationBarrierOverride#getBarrier <em>Barrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Barrier</em>' attribute.
	 * @see #getBarrier()
	 * @generated
	 */
	void setBarrier(double value);

} // NucleationBarrierOverride
