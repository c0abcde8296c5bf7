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
 * A representation of the model object '<em><b>Plating Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Plate metal onto the (working) anode at constant current.
 * <!-- end-model-doc -->
 *
 *
 * @see org.anodyne.model.AnodynePackage#getPlatingStep()
 * @model
 * @generated
 */
public interface PlatingStep extends GalvanostaticStep {
} // PlatingStep
