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
 * A representation of the model object '<em><b>Duration Stop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stop after a time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.DurationStop#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.anodyne.model.DurationStop#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getDurationStop()
 * @model
 * @generated
 */
public interface DurationStop extends StopCondition {
	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a step runs, in the stop's own time unit. Unit: the given time unit (s, min or h). Typical: 1-10 h per half-cycle. Source: the cycling protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see org.anodyne.model.AnodynePackage#getDurationStop_Duration()
	 * @model
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link org.anodyne.model.DurationStop#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The default value is <code>"h"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.TimeUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time unit of the duration, kept so the protocol text prints as written. Unit: none (s, min or h). Typical: h. Source: the cycling protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.anodyne.model.TimeUnit
	 * @see #setUnit(TimeUnit)
	 * @see org.anodyne.model.AnodynePackage#getDurationStop_Unit()
	 * @model default="h"
	 * @generated
	 */
	TimeUnit getUnit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.DurationStop#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.anodyne.model.TimeUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(TimeUnit value);

} // DurationStop
