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
 * A representation of the model object '<em><b>Charge Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Charge the cell (metal plates onto the anode).
 * <!-- end-model-doc -->
 *
 *
 * @see org.anodyne.model.AnodynePackage#getChargeStep()
 * @model
 * @generated
 */
public interface ChargeStep extends CellCurrentStep {
} // ChargeStep
