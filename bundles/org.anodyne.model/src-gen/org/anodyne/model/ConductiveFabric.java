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
 * A representation of the model object '<em><b>Conductive Fabric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A polymer fabric with a metal coating, e.g. Cu-coated PET.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.ConductiveFabric#getSubstrateFibre <em>Substrate Fibre</em>}</li>
 *   <li>{@link org.anodyne.model.ConductiveFabric#getFibreDiameter <em>Fibre Diameter</em>}</li>
 *   <li>{@link org.anodyne.model.ConductiveFabric#getCoatingMetal <em>Coating Metal</em>}</li>
 *   <li>{@link org.anodyne.model.ConductiveFabric#getCoatingThickness <em>Coating Thickness</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getConductiveFabric()
 * @model
 * @generated
 */
public interface ConductiveFabric extends CurrentCollector {
	/**
	 * Returns the value of the '<em><b>Substrate Fibre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Polymer of the fabric's fibres under the metal coating; it carries no current. Unit: none (text). Typical: 'PET', 'nylon'. Source: supplier data (Li et al. 2022: PET).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrate Fibre</em>' attribute.
	 * @see #setSubstrateFibre(String)
	 * @see org.anodyne.model.AnodynePackage#getConductiveFabric_SubstrateFibre()
	 * @model
	 * @generated
	 */
	String getSubstrateFibre();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ConductiveFabric#getSubstrateFibre <em>Substrate Fibre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substrate Fibre</em>' attribute.
	 * @see #getSubstrateFibre()
	 * @generated
	 */
	void setSubstrateFibre(String value);

	/**
	 * Returns the value of the '<em><b>Fibre Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diameter of the coated fibres. Unit: um. Typical: 10-30 um. Source: supplier data or micrographs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fibre Diameter</em>' attribute.
	 * @see #setFibreDiameter(double)
	 * @see org.anodyne.model.AnodynePackage#getConductiveFabric_FibreDiameter()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getFibreDiameter();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ConductiveFabric#getFibreDiameter <em>Fibre Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fibre Diameter</em>' attribute.
	 * @see #getFibreDiameter()
	 * @generated
	 */
	void setFibreDiameter(double value);

	/**
	 * Returns the value of the '<em><b>Coating Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal of the fibre coating as a substrate id of the metal registry; its barrier governs where new metal nucleates. Unit: none (registry id). Typical: 'copper', 'nickel'. Source: the metal registry (Li et al. 2022: Cu-coated PET).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coating Metal</em>' attribute.
	 * @see #setCoatingMetal(String)
	 * @see org.anodyne.model.AnodynePackage#getConductiveFabric_CoatingMetal()
	 * @model
	 * @generated
	 */
	String getCoatingMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ConductiveFabric#getCoatingMetal <em>Coating Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coating Metal</em>' attribute.
	 * @see #getCoatingMetal()
	 * @generated
	 */
	void setCoatingMetal(String value);

	/**
	 * Returns the value of the '<em><b>Coating Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thickness of the metal coating on each fibre. Unit: um. Typical: 0.5-3 um. Source: supplier data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coating Thickness</em>' attribute.
	 * @see #setCoatingThickness(double)
	 * @see org.anodyne.model.AnodynePackage#getConductiveFabric_CoatingThickness()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getCoatingThickness();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ConductiveFabric#getCoatingThickness <em>Coating Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coating Thickness</em>' attribute.
	 * @see #getCoatingThickness()
	 * @generated
	 */
	void setCoatingThickness(double value);

} // ConductiveFabric
