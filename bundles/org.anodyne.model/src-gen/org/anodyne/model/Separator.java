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
 * A representation of the model object '<em><b>Separator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A porous separator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Separator#getThickness <em>Thickness</em>}</li>
 *   <li>{@link org.anodyne.model.Separator#getPorosity <em>Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.Separator#getTortuosity <em>Tortuosity</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSeparator()
 * @model
 * @generated
 */
public interface Separator extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thickness of the separator; with porosity and tortuosity it sets the ohmic drop between the electrodes. Unit: um. Typical: 12-25 um polyolefin, 200-600 um glass fibre. Source: supplier data (Celgard 2500: 25 um).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thickness</em>' attribute.
	 * @see #setThickness(double)
	 * @see org.anodyne.model.AnodynePackage#getSeparator_Thickness()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getThickness();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Separator#getThickness <em>Thickness</em>}' attribute.
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
	 * Pore volume fraction of the separator; its conductance is kappa times porosity over tortuosity. Unit: 1 (dimensionless, in (0,1)). Typical: 0.4-0.55 polyolefin, 0.9 glass fibre. Source: supplier data (Celgard 2500: 0.55).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Porosity</em>' attribute.
	 * @see #setPorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getSeparator_Porosity()
	 * @model annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getPorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Separator#getPorosity <em>Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Porosity</em>' attribute.
	 * @see #getPorosity()
	 * @generated
	 */
	void setPorosity(double value);

	/**
	 * Returns the value of the '<em><b>Tortuosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much longer the ion paths through the separator are than its thickness. Unit: 1 (dimensionless, at least 1; unset means Bruggeman, porosity^-0.5, so kappa_eff = kappa * porosity^1.5). Typical: 1.5-4. Source: supplier data or Bruggeman's relation (SCIENCE.md section 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tortuosity</em>' attribute.
	 * @see #isSetTortuosity()
	 * @see #unsetTortuosity()
	 * @see #setTortuosity(double)
	 * @see org.anodyne.model.AnodynePackage#getSeparator_Tortuosity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getTortuosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Separator#getTortuosity <em>Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tortuosity</em>' attribute.
	 * @see #isSetTortuosity()
	 * @see #unsetTortuosity()
	 * @see #getTortuosity()
	 * @generated
	 */
	void setTortuosity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.Separator#getTortuosity <em>Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTortuosity()
	 * @see #getTortuosity()
	 * @see #setTortuosity(double)
	 * @generated
	 */
	void unsetTortuosity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.Separator#getTortuosity <em>Tortuosity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tortuosity</em>' attribute is set.
	 * @see #unsetTortuosity()
	 * @see #getTortuosity()
	 * @see #setTortuosity(double)
	 * @generated
	 */
	boolean isSetTortuosity();

} // Separator
