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
 * A representation of the model object '<em><b>Rest Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Open circuit for a time.
 * <!-- end-model-doc -->
 *
 *
 * @see org.anodyne.model.AnodynePackage#getRestStep()
 * @model
 * @generated
 */
public interface RestStep extends ConditionedStep {
} // RestStep
