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
	 * Centre-to-centre distance of neighbouring fibres within one row of the lattice; with the row pitch and fibre diameter it sets the porosity of the cross-section. Unit: um. Typical: 1.3-2.5 fibre diameters (17 um for 9 um fibres at porosity 0.75). Source: chosen to match the host's porosity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>XPitch</em>' attribute.
	 * @see #setXPitch(double)
	 * @see org.anodyne.model.AnodynePackage#getStaggeredLattice_XPitch()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 *        annotation="http://anodyne.org/model/label label='Fibre Pitch in a Row'"
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
	 * Distance between neighbouring rows of fibres; every second row is shifted by half the fibre pitch. Unit: um. Typical: 1.2-2 fibre diameters (15 um for 9 um fibres). Source: chosen to match the host's porosity.
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
