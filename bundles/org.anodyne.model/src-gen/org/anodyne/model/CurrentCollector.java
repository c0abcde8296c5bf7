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
 * A representation of the model object '<em><b>Current Collector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A current collector (host). Subclass it, also from another EPackage, to add a host type.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CurrentCollector#getThickness <em>Thickness</em>}</li>
 *   <li>{@link org.anodyne.model.CurrentCollector#getPorosity <em>Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.CurrentCollector#getArealMass <em>Areal Mass</em>}</li>
 *   <li>{@link org.anodyne.model.CurrentCollector#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.CurrentCollector#getElectronicConductivity <em>Electronic Conductivity</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCurrentCollector()
 * @model abstract="true"
 * @generated
 */
public interface CurrentCollector extends EObject {
	/**
	 * Returns the value of the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thickness of the host from its bottom face to its top face; the space new metal can fill. Unit: um. Typical: 300-400 um for carbon cloth, 100-1000 um for foams, 60 um for the Cu-coated PET fabric, 8-20 um for foils. Source: supplier data (Li et al. 2022: carbon cloth about 350 um).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thickness</em>' attribute.
	 * @see #setThickness(double)
	 * @see org.anodyne.model.AnodynePackage#getCurrentCollector_Thickness()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getThickness();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CurrentCollector#getThickness <em>Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thickness</em>' attribute.
	 * @see #getThickness()
	 * @generated
	 */
	void setThickness(double value);

	/**
	 * Returns the value of the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pore volume fraction of the host, which sets how deep a given charge of metal reaches. Unit: 1 (dimensionless, in (0,1) for porous hosts, 0 for a foil). Typical: 0.7-0.8 for carbon cloth, 0.9-0.98 for metal foams. Source: supplier data or weighing; typical values (SCIENCE.md section 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Porosity</em>' attribute.
	 * @see #setPorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getCurrentCollector_Porosity()
	 * @model annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getPorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CurrentCollector#getPorosity <em>Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Porosity</em>' attribute.
	 * @see #getPorosity()
	 * @generated
	 */
	void setPorosity(double value);

	/**
	 * Returns the value of the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host mass per geometric area, used for gravimetric figures. Unit: mg/cm2 (0 = not given). Typical: 10-20 mg/cm2 carbon cloth, 6.28 mg/cm2 Cu-coated PET, 9.5 mg/cm2 Cu foil. Source: weighing (Li et al. 2022 for the fabric and the foil).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areal Mass</em>' attribute.
	 * @see #setArealMass(double)
	 * @see org.anodyne.model.AnodynePackage#getCurrentCollector_ArealMass()
	 * @model annotation="http://anodyne.org/model/unit unit='mg/cm2'"
	 * @generated
	 */
	double getArealMass();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CurrentCollector#getArealMass <em>Areal Mass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areal Mass</em>' attribute.
	 * @see #getArealMass()
	 * @generated
	 */
	void setArealMass(double value);

	/**
	 * Returns the value of the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Material of the host's bare surface as a substrate id of the metal registry; its nucleation barrier is what the metal must overcome to plate where no metal is yet. Unit: none (registry id). Typical: 'carbon' (20-60 mV for Li), 'copper' (30-40 mV). Source: the metal registry; typical barriers (SCIENCE.md section 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrate</em>' attribute.
	 * @see #setSubstrate(String)
	 * @see org.anodyne.model.AnodynePackage#getCurrentCollector_Substrate()
	 * @model
	 * @generated
	 */
	String getSubstrate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CurrentCollector#getSubstrate <em>Substrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substrate</em>' attribute.
	 * @see #getSubstrate()
	 * @generated
	 */
	void setSubstrate(String value);

	/**
	 * Returns the value of the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electronic conductivity of the host's solid; when given the host must be far more conductive than the electrolyte for the equipotential-solid model to hold. Unit: S/m (0 = not given: treated as an equipotential). Typical: 1e3-1e4 S/m carbon cloth, 6e7 S/m copper. Source: supplier data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Electronic Conductivity</em>' attribute.
	 * @see #setElectronicConductivity(double)
	 * @see org.anodyne.model.AnodynePackage#getCurrentCollector_ElectronicConductivity()
	 * @model annotation="http://anodyne.org/model/unit unit='S/m'"
	 * @generated
	 */
	double getElectronicConductivity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CurrentCollector#getElectronicConductivity <em>Electronic Conductivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Electronic Conductivity</em>' attribute.
	 * @see #getElectronicConductivity()
	 * @generated
	 */
	void setElectronicConductivity(double value);

} // CurrentCollector
