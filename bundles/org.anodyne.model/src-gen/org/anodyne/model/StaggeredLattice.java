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
 * A representation of the model object '<em><b>Staggered Lattice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fibres on a regular lattice with every second row shifted by half a pitch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.StaggeredLattice#getXPitch <em>XPitch</em>}</li>
 *   <li>{@link org.anodyne.model.StaggeredLattice#getRowPitch <em>Row Pitch</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getStaggeredLattice()
 * @model
 * @generated
 */
public interface StaggeredLattice extends FibreLayout {
	/**
	 * Returns the value of the '<em><b>XPitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fibre pitch within a row in um.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>XPitch</em>' attribute.
	 * @see #setXPitch(double)
	 * @see org.anodyne.model.AnodynePackage#getStaggeredLattice_XPitch()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getXPitch();

	/**
	 * Sets the value of the '{@link org.anodyne.model.StaggeredLattice#getXPitch <em>XPitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XPitch</em>' attribute.
	 * @see #getXPitch()
	 * @generated
	 */
	void setXPitch(double value);

	/**
	 * Returns the value of the '<em><b>Row Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Distance between rows in um.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Pitch</em>' attribute.
	 * @see #setRowPitch(double)
	 * @see org.anodyne.model.AnodynePackage#getStaggeredLattice_RowPitch()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getRowPitch();

	/**
	 * Sets the value of the '{@link org.anodyne.model.StaggeredLattice#getRowPitch <em>Row Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Pitch</em>' attribute.
	 * @see #getRowPitch()
	 * @generated
	 */
	void setRowPitch(double value);

} // StaggeredLattice
