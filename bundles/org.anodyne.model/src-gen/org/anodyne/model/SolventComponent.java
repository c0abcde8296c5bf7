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
 * A representation of the model object '<em><b>Solvent Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One solvent of a mixture.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.SolventComponent#getName <em>Name</em>}</li>
 *   <li>{@link org.anodyne.model.SolventComponent#getVolumeParts <em>Volume Parts</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSolventComponent()
 * @model
 * @generated
 */
public interface SolventComponent extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A solvent of the electrolyte. Unit: none (text). Typical: 'DOL', 'DME', 'EC', 'DMC'. Source: the recipe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.anodyne.model.AnodynePackage#getSolventComponent_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolventComponent#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Parts</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts by volume of this solvent in the mixture (only ratios matter). Unit: 1 (dimensionless, above 0). Typical: 1 for each solvent of a 1:1 mixture. Source: the recipe (Li et al. 2022: DOL/DME 1:1, EC/DMC 1:1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Parts</em>' attribute.
	 * @see #setVolumeParts(double)
	 * @see org.anodyne.model.AnodynePackage#getSolventComponent_VolumeParts()
	 * @model default="1"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getVolumeParts();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolventComponent#getVolumeParts <em>Volume Parts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Parts</em>' attribute.
	 * @see #getVolumeParts()
	 * @generated
	 */
	void setVolumeParts(double value);

} // SolventComponent
