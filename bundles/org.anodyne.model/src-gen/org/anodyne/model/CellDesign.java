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
 * A representation of the model object '<em><b>Cell Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of an .anodyne file: cells, protocols, studies and the materials library the cells reference. The XML namespace carries the format version (http://anodyne.org/model/1.0).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CellDesign#getLibrary <em>Library</em>}</li>
 *   <li>{@link org.anodyne.model.CellDesign#getCells <em>Cells</em>}</li>
 *   <li>{@link org.anodyne.model.CellDesign#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.anodyne.model.CellDesign#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.anodyne.model.CellDesign#getSweeps <em>Sweeps</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCellDesign()
 * @model
 * @generated
 */
public interface CellDesign extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Library</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrolytes, separators and counter electrodes shared by the cells of this design.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Library</em>' containment reference.
	 * @see #setLibrary(MaterialLibrary)
	 * @see org.anodyne.model.AnodynePackage#getCellDesign_Library()
	 * @model containment="true"
	 * @generated
	 */
	MaterialLibrary getLibrary();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CellDesign#getLibrary <em>Library</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Library</em>' containment reference.
	 * @see #getLibrary()
	 * @generated
	 */
	void setLibrary(MaterialLibrary value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Cell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cells described in this file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getCellDesign_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cell> getCells();

	/**
	 * Returns the value of the '<em><b>Protocols</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cycling protocols.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocols</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getCellDesign_Protocols()
	 * @model containment="true"
	 * @generated
	 */
	EList<Protocol> getProtocols();

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Study}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulation studies: a cell run through a protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Studies</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getCellDesign_Studies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Study> getStudies();

	/**
	 * Returns the value of the '<em><b>Sweeps</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Sweep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Design sweeps: one of the studies run over many values of some design parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweeps</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getCellDesign_Sweeps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sweep> getSweeps();

} // CellDesign
