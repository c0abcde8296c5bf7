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
 * A representation of the model object '<em><b>Anode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metal anode: a current collector (host) with metal pre-deposited on one face.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Anode#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.Anode#getCollector <em>Collector</em>}</li>
 *   <li>{@link org.anodyne.model.Anode#getPreDepositLoading <em>Pre Deposit Loading</em>}</li>
 *   <li>{@link org.anodyne.model.Anode#getPreDepositCurrentDensity <em>Pre Deposit Current Density</em>}</li>
 *   <li>{@link org.anodyne.model.Anode#getOrientation <em>Orientation</em>}</li>
 *   <li>{@link org.anodyne.model.Anode#getSurfaceLayer <em>Surface Layer</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getAnode()
 * @model
 * @generated
 */
public interface Anode extends EObject {
	/**
	 * Returns the value of the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metal the anode plates and strips, as an id of the metal registry (extension point org.anodyne.metals); fixes z, molar volume and the nucleation barriers. Unit: none (registry id). Typical: 'li'; 'na', 'k', 'zn' from plug-ins. Source: the metal registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metal</em>' attribute.
	 * @see #setMetal(String)
	 * @see org.anodyne.model.AnodynePackage#getAnode_Metal()
	 * @model
	 * @generated
	 */
	String getMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Anode#getMetal <em>Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metal</em>' attribute.
	 * @see #getMetal()
	 * @generated
	 */
	void setMetal(String value);

	/**
	 * Returns the value of the '<em><b>Collector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host the metal is deposited into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collector</em>' containment reference.
	 * @see #setCollector(CurrentCollector)
	 * @see org.anodyne.model.AnodynePackage#getAnode_Collector()
	 * @model containment="true"
	 * @generated
	 */
	CurrentCollector getCollector();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Anode#getCollector <em>Collector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collector</em>' containment reference.
	 * @see #getCollector()
	 * @generated
	 */
	void setCollector(CurrentCollector value);

	/**
	 * Returns the value of the '<em><b>Pre Deposit Loading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal pre-deposited on one face of the host before the cell is assembled, per geometric area. It fills the host from that face inward: 1 mAh/cm2 of Li is 4.85 um of dense metal, so 6 mAh/cm2 fills about the first 29 um / porosity. Unit: mAh/cm2. Typical: 1-10 mAh/cm2 (0 = bare host). Source: Li et al. 2022: 6 mAh/cm2 (symmetric), 10 mAh/cm2 (full cells).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Deposit Loading</em>' attribute.
	 * @see #setPreDepositLoading(double)
	 * @see org.anodyne.model.AnodynePackage#getAnode_PreDepositLoading()
	 * @model annotation="http://anodyne.org/model/unit unit='mAh/cm2'"
	 *        annotation="http://anodyne.org/model/label label='Pre-Deposited Metal'"
	 * @generated
	 */
	double getPreDepositLoading();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Anode#getPreDepositLoading <em>Pre Deposit Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Deposit Loading</em>' attribute.
	 * @see #getPreDepositLoading()
	 * @generated
	 */
	void setPreDepositLoading(double value);

	/**
	 * Returns the value of the '<em><b>Pre Deposit Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current density at which the metal was pre-deposited; documents the fabrication (the dense pre-deposited layer is modelled as formed). Unit: mA/cm2. Typical: 0.5-6 mA/cm2. Source: Li et al. 2022: 6 mA/cm2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Deposit Current Density</em>' attribute.
	 * @see #setPreDepositCurrentDensity(double)
	 * @see org.anodyne.model.AnodynePackage#getAnode_PreDepositCurrentDensity()
	 * @model annotation="http://anodyne.org/model/unit unit='mA/cm2'"
	 *        annotation="http://anodyne.org/model/label label='Pre-Deposition Current Density'"
	 * @generated
	 */
	double getPreDepositCurrentDensity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Anode#getPreDepositCurrentDensity <em>Pre Deposit Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Deposit Current Density</em>' attribute.
	 * @see #getPreDepositCurrentDensity()
	 * @generated
	 */
	void setPreDepositCurrentDensity(double value);

	/**
	 * Returns the value of the '<em><b>Orientation</b></em>' attribute.
	 * The default value is <code>"upright"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.Orientation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which way the pre-deposited face looks: upright = towards the separator (new metal plates on top, towards the separator); inverted = away from it (new metal plates bottom-up inside the host). Design > Flip Anode switches it. Unit: none (choice). Typical: inverted for long life. Source: Li et al. 2022, the paper's central comparison.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Orientation</em>' attribute.
	 * @see org.anodyne.model.Orientation
	 * @see #setOrientation(Orientation)
	 * @see org.anodyne.model.AnodynePackage#getAnode_Orientation()
	 * @model default="upright"
	 * @generated
	 */
	Orientation getOrientation();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Anode#getOrientation <em>Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orientation</em>' attribute.
	 * @see org.anodyne.model.Orientation
	 * @see #getOrientation()
	 * @generated
	 */
	void setOrientation(Orientation value);

	/**
	 * Returns the value of the '<em><b>Surface Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional layer on the pre-deposited face, e.g. lithiophilic CuO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surface Layer</em>' containment reference.
	 * @see #setSurfaceLayer(SurfaceLayer)
	 * @see org.anodyne.model.AnodynePackage#getAnode_SurfaceLayer()
	 * @model containment="true"
	 * @generated
	 */
	SurfaceLayer getSurfaceLayer();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Anode#getSurfaceLayer <em>Surface Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surface Layer</em>' containment reference.
	 * @see #getSurfaceLayer()
	 * @generated
	 */
	void setSurfaceLayer(SurfaceLayer value);

} // Anode
