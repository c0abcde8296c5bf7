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
 * A representation of the model object '<em><b>Surface Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A thin layer on the pre-deposited face of the host that changes the nucleation barrier, e.g. CuO from evaporated and annealed Cu.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.SurfaceLayer#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.SurfaceLayer#getThickness <em>Thickness</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSurfaceLayer()
 * @model
 * @generated
 */
public interface SurfaceLayer extends EObject {
	/**
	 * Returns the value of the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer's material as a substrate id of the metal registry, which gives its nucleation barrier for the anode metal. Unit: none (registry id). Typical: 'cuo' (lithiophilic, barrier below 10 mV), 'ag', 'au'. Source: the metal registry (org.anodyne.metal.lithium for Li).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrate</em>' attribute.
	 * @see #setSubstrate(String)
	 * @see org.anodyne.model.AnodynePackage#getSurfaceLayer_Substrate()
	 * @model
	 * @generated
	 */
	String getSubstrate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SurfaceLayer#getSubstrate <em>Substrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substrate</em>' attribute.
	 * @see #getSubstrate()
	 * @generated
	 */
	void setSubstrate(String value);

	/**
	 * Returns the value of the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thickness of the surface layer on the pre-deposited face; it documents the fabrication and does not change the cross-section (far thinner than a grid cell). Unit: nm. Typical: 50-300 nm. Source: Li et al. 2022: about 150 nm Cu evaporated, annealed at 300 degC to CuO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thickness</em>' attribute.
	 * @see #setThickness(double)
	 * @see org.anodyne.model.AnodynePackage#getSurfaceLayer_Thickness()
	 * @model annotation="http://anodyne.org/model/unit unit='nm'"
	 * @generated
	 */
	double getThickness();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SurfaceLayer#getThickness <em>Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thickness</em>' attribute.
	 * @see #getThickness()
	 * @generated
	 */
	void setThickness(double value);

} // SurfaceLayer
