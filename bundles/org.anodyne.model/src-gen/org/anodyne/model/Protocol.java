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
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered list of steps. Its text form reads like 'Plate at 0.25 mA/cm2 for 1 mAh/cm2' (see ProtocolText).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Protocol#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps, run in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getProtocol_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // Protocol
