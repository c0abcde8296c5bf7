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
 * A representation of the model object '<em><b>Conditioned Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step that runs until its stop condition is met.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.ConditionedStep#getStop <em>Stop</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getConditionedStep()
 * @model abstract="true"
 * @generated
 */
public interface ConditionedStep extends Step {
	/**
	 * Returns the value of the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the step ends; a step without one cannot finish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop</em>' containment reference.
	 * @see #setStop(StopCondition)
	 * @see org.anodyne.model.AnodynePackage#getConditionedStep_Stop()
	 * @model containment="true"
	 * @generated
	 */
	StopCondition getStop();

	/**
	 * Sets the value of the '{@link org.anodyne.model.ConditionedStep#getStop <em>Stop</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop</em>' containment reference.
	 * @see #getStop()
	 * @generated
	 */
	void setStop(StopCondition value);

} // ConditionedStep
