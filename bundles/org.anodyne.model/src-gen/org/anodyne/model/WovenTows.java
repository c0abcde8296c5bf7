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
 * A representation of the model object '<em><b>Woven Tows</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fibres bundled into tows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.WovenTows#getFibresPerTow <em>Fibres Per Tow</em>}</li>
 *   <li>{@link org.anodyne.model.WovenTows#getTowPitch <em>Tow Pitch</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getWovenTows()
 * @model
 * @generated
 */
public interface WovenTows extends FibreLayout {
	/**
	 * Returns the value of the '<em><b>Fibres Per Tow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of fibres bundled in one tow of a woven cloth. Unit: 1 (count, at least 1). Typical: 1000-12000 in commercial tows; tens in a 2D cross-section. Source: supplier data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fibres Per Tow</em>' attribute.
	 * @see #setFibresPerTow(int)
	 * @see org.anodyne.model.AnodynePackage#getWovenTows_FibresPerTow()
	 * @model annotation="http://anodyne.org/model/unit unit='1'"
	 *        annotation="http://anodyne.org/model/label label='Fibres per Tow'"
	 * @generated
	 */
	int getFibresPerTow();

	/**
	 * Sets the value of the '{@link org.anodyne.model.WovenTows#getFibresPerTow <em>Fibres Per Tow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fibres Per Tow</em>' attribute.
	 * @see #getFibresPerTow()
	 * @generated
	 */
	void setFibresPerTow(int value);

	/**
	 * Returns the value of the '<em><b>Tow Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre-to-centre distance of neighbouring tows. Unit: um. Typical: 200-1000 um. Source: supplier data or micrographs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tow Pitch</em>' attribute.
	 * @see #setTowPitch(double)
	 * @see org.anodyne.model.AnodynePackage#getWovenTows_TowPitch()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getTowPitch();

	/**
	 * Sets the value of the '{@link org.anodyne.model.WovenTows#getTowPitch <em>Tow Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tow Pitch</em>' attribute.
	 * @see #getTowPitch()
	 * @generated
	 */
	void setTowPitch(double value);

} // WovenTows
