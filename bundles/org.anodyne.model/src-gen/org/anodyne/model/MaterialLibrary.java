/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Material Library</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Materials that cells reference by id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.MaterialLibrary#getElectrolytes <em>Electrolytes</em>}</li>
 *   <li>{@link org.anodyne.model.MaterialLibrary#getSeparators <em>Separators</em>}</li>
 *   <li>{@link org.anodyne.model.MaterialLibrary#getCounterElectrodes <em>Counter Electrodes</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getMaterialLibrary()
 * @model
 * @generated
 */
public interface MaterialLibrary extends EObject {
	/**
	 * Returns the value of the '<em><b>Electrolytes</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Electrolyte}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Liquid electrolytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Electrolytes</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getMaterialLibrary_Electrolytes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Electrolyte> getElectrolytes();

	/**
	 * Returns the value of the '<em><b>Separators</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Separator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Separators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Separators</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getMaterialLibrary_Separators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Separator> getSeparators();

	/**
	 * Returns the value of the '<em><b>Counter Electrodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.CounterElectrode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Counter electrodes for full and half cells.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counter Electrodes</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getMaterialLibrary_CounterElectrodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CounterElectrode> getCounterElectrodes();

} // MaterialLibrary
