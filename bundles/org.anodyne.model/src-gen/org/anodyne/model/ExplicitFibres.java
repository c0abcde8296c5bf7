/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Explicit Fibres</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fibrous host whose fibres are listed one by one, in the design or in a CSV file, so that a published or a peer's cross-section is simulated exactly. Coordinates have their origin at the bottom-left of the host (the face away from the separator), x is periodic over the periodic width. Thickness is the host thickness; porosity must match the listed fibres (validation warns otherwise).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.ExplicitFibres#getPeriodicWidth <em>Periodic Width</em>}</li>
 *   <li>{@link org.anodyne.model.ExplicitFibres#getFibreFile <em>Fibre File</em>}</li>
 *   <li>{@link org.anodyne.model.ExplicitFibres#getFibres <em>Fibres</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getExplicitFibres()
 * @model
 * @generated
 */
public interface ExplicitFibres extends CurrentCollector {
	/**
	 * Returns the value of the '<em><b>Periodic Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the periodic cross-section the fibres' x coordinates refer to, in um; a study of this collector must use it as its domain width. Typical 20 to 500 um. Source: the layout being reproduced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periodic Width</em>' attribute.
	 * @see #setPeriodicWidth(double)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibres_PeriodicWidth()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getPeriodicWidth();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibres#getPeriodicWidth <em>Periodic Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Periodic Width</em>' attribute.
	 * @see #getPeriodicWidth()
	 * @generated
	 */
	void setPeriodicWidth(double value);

	/**
	 * Returns the value of the '<em><b>Fibre File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSV file with further fibres, relative to the design file (empty: none). Header x_um,y_um,r_um,substrate,covered; one fibre per line; at most 100000 rows; an empty substrate means the collector's. Source: the layout being reproduced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fibre File</em>' attribute.
	 * @see #setFibreFile(String)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibres_FibreFile()
	 * @model
	 * @generated
	 */
	String getFibreFile();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibres#getFibreFile <em>Fibre File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fibre File</em>' attribute.
	 * @see #getFibreFile()
	 * @generated
	 */
	void setFibreFile(String value);

	/**
	 * Returns the value of the '<em><b>Fibres</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.ExplicitFibre}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fibres listed in the design (in addition to those of the fibre file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fibres</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibres_Fibres()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExplicitFibre> getFibres();

} // ExplicitFibres
