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
 * A representation of the model object '<em><b>Repeat Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Run the nested steps count times; repeats nest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.RepeatStep#getCount <em>Count</em>}</li>
 *   <li>{@link org.anodyne.model.RepeatStep#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getRepeatStep()
 * @model
 * @generated
 */
public interface RepeatStep extends Step {
	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times the contained steps run in order (a cycle = one repetition). Unit: 1 (count, at least 1). Typical: 100-1000 cycles. Source: the cycling protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.anodyne.model.AnodynePackage#getRepeatStep_Count()
	 * @model annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.anodyne.model.RepeatStep#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The repeated steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getRepeatStep_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // RepeatStep
