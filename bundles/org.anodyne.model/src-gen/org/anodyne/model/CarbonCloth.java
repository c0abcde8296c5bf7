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
 * A representation of the model object '<em><b>Carbon Cloth</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A woven or non-woven carbon-fibre cloth.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CarbonCloth#getFibreDiameter <em>Fibre Diameter</em>}</li>
 *   <li>{@link org.anodyne.model.CarbonCloth#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCarbonCloth()
 * @model
 * @generated
 */
public interface CarbonCloth extends CurrentCollector {
	/**
	 * Returns the value of the '<em><b>Fibre Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diameter of the carbon fibres, drawn as circles in the 2D cross-section; with the porosity it fixes the fibre surface on which metal can plate. Unit: um. Typical: 7-10 um. Source: supplier data; typical (SCIENCE.md section 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fibre Diameter</em>' attribute.
	 * @see #setFibreDiameter(double)
	 * @see org.anodyne.model.AnodynePackage#getCarbonCloth_FibreDiameter()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getFibreDiameter();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CarbonCloth#getFibreDiameter <em>Fibre Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fibre Diameter</em>' attribute.
	 * @see #getFibreDiameter()
	 * @generated
	 */
	void setFibreDiameter(double value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the fibres sit in the cross-section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' containment reference.
	 * @see #setLayout(FibreLayout)
	 * @see org.anodyne.model.AnodynePackage#getCarbonCloth_Layout()
	 * @model containment="true"
	 * @generated
	 */
	FibreLayout getLayout();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CarbonCloth#getLayout <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' containment reference.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(FibreLayout value);

} // CarbonCloth
