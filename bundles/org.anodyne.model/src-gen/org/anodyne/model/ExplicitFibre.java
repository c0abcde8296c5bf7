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
 * A representation of the model object '<em><b>Explicit Fibre</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One fibre of an explicit fibre layout, seen in cross-section: a circle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.ExplicitFibre#getX <em>X</em>}</li>
 *   <li>{@link org.anodyne.model.ExplicitFibre#getY <em>Y</em>}</li>
 *   <li>{@link org.anodyne.model.ExplicitFibre#getRadius <em>Radius</em>}</li>
 *   <li>{@link org.anodyne.model.ExplicitFibre#getSubstrate <em>Substrate</em>}</li>
 *   <li>{@link org.anodyne.model.ExplicitFibre#isCovered <em>Covered</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getExplicitFibre()
 * @model
 * @generated
 */
public interface ExplicitFibre extends EObject {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Horizontal position of the fibre centre from the left edge of the cross-section, in um; periodic over the periodic width (values outside 0 to the width wrap). Source: the layout being reproduced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibre_X()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibre#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Height of the fibre centre above the bottom face of the host, in um; the fibre must lie inside the host (y - radius >= 0, y + radius <= thickness). Source: the layout being reproduced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibre_Y()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibre#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fibre radius in um, positive; carbon fibres are typically 3 to 6 um. Source: the layout being reproduced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radius</em>' attribute.
	 * @see #setRadius(double)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibre_Radius()
	 * @model annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getRadius();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibre#getRadius <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radius</em>' attribute.
	 * @see #getRadius()
	 * @generated
	 */
	void setRadius(double value);

	/**
	 * Returns the value of the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substrate id of the fibre surface in the metal registry (e.g. 'carbon'), which sets its nucleation barrier; empty means the collector's substrate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrate</em>' attribute.
	 * @see #setSubstrate(String)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibre_Substrate()
	 * @model
	 * @generated
	 */
	String getSubstrate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibre#getSubstrate <em>Substrate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substrate</em>' attribute.
	 * @see #getSubstrate()
	 * @generated
	 */
	void setSubstrate(String value);

	/**
	 * Returns the value of the '<em><b>Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True if the fibre's surface is already metal (a film too thin to resolve): it reacts with the metal's kinetics, has no nucleation barrier and may strip; its geometry is unchanged. Default false (bare).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covered</em>' attribute.
	 * @see #setCovered(boolean)
	 * @see org.anodyne.model.AnodynePackage#getExplicitFibre_Covered()
	 * @model
	 * @generated
	 */
	boolean isCovered();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ExplicitFibre#isCovered <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covered</em>' attribute.
	 * @see #isCovered()
	 * @generated
	 */
	void setCovered(boolean value);

} // ExplicitFibre
