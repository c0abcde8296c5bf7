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
 * A representation of the model object '<em><b>Metal Foam</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An open-cell metal foam, e.g. Cu foam.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.MetalFoam#getPoreSize <em>Pore Size</em>}</li>
 *   <li>{@link org.anodyne.model.MetalFoam#getLigamentDiameter <em>Ligament Diameter</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getMetalFoam()
 * @model
 * @generated
 */
public interface MetalFoam extends CurrentCollector {
	/**
	 * Returns the value of the '<em><b>Pore Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean pore diameter of the open-cell foam. Unit: um. Typical: 100-500 um for Cu and Ni foams. Source: supplier data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pore Size</em>' attribute.
	 * @see #setPoreSize(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalFoam_PoreSize()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getPoreSize();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalFoam#getPoreSize <em>Pore Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pore Size</em>' attribute.
	 * @see #getPoreSize()
	 * @generated
	 */
	void setPoreSize(double value);

	/**
	 * Returns the value of the '<em><b>Ligament Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diameter of the foam's struts (ligaments), the surface metal plates on. Unit: um. Typical: 20-80 um. Source: supplier data or micrographs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ligament Diameter</em>' attribute.
	 * @see #setLigamentDiameter(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalFoam_LigamentDiameter()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getLigamentDiameter();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalFoam#getLigamentDiameter <em>Ligament Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ligament Diameter</em>' attribute.
	 * @see #getLigamentDiameter()
	 * @generated
	 */
	void setLigamentDiameter(double value);

} // MetalFoam
