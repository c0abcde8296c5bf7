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
 * A representation of the model object '<em><b>Solver Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Numerical settings of a study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.SolverSettings#getGridSpacing <em>Grid Spacing</em>}</li>
 *   <li>{@link org.anodyne.model.SolverSettings#getTimeStep <em>Time Step</em>}</li>
 *   <li>{@link org.anodyne.model.SolverSettings#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.anodyne.model.SolverSettings#getDomainWidth <em>Domain Width</em>}</li>
 *   <li>{@link org.anodyne.model.SolverSettings#getMaxCycles <em>Max Cycles</em>}</li>
 *   <li>{@link org.anodyne.model.SolverSettings#getCounterElectrodePotential <em>Counter Electrode Potential</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSolverSettings()
 * @model
 * @generated
 */
public interface SolverSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Grid Spacing</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge length of the square cells of the 2D grid; fibres and deposit are resolved to this size, and the cost grows about as its inverse square. Unit: um. Typical: 0.5-4 um (2 um default, 1 um for figures). Source: numerical choice; check convergence by halving it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grid Spacing</em>' attribute.
	 * @see #setGridSpacing(double)
	 * @see org.anodyne.model.AnodynePackage#getSolverSettings_GridSpacing()
	 * @model default="2.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getGridSpacing();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolverSettings#getGridSpacing <em>Grid Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grid Spacing</em>' attribute.
	 * @see #getGridSpacing()
	 * @generated
	 */
	void setGridSpacing(double value);

	/**
	 * Returns the value of the '<em><b>Time Step</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest time step of a transient; steps are also limited by how fast grid cells fill. Unit: s. Typical: 1-60 s. Source: numerical choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Step</em>' attribute.
	 * @see #setTimeStep(double)
	 * @see org.anodyne.model.AnodynePackage#getSolverSettings_TimeStep()
	 * @model default="10.0"
	 *        annotation="http://anodyne.org/model/unit unit='s'"
	 * @generated
	 */
	double getTimeStep();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolverSettings#getTimeStep <em>Time Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Step</em>' attribute.
	 * @see #getTimeStep()
	 * @generated
	 */
	void setTimeStep(double value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * The default value is <code>"1.0E-6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative tolerance of the nonlinear (Newton) and linear solves. Unit: 1 (dimensionless). Typical: 1e-8 to 1e-4 (1e-6 default). Source: numerical choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.anodyne.model.AnodynePackage#getSolverSettings_Tolerance()
	 * @model default="1.0E-6"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolverSettings#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Domain Width</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the periodic 2D cross-section; a few fibre or tow pitches represent the whole electrode. Unit: um. Typical: 50-300 um (100 um default, the benchmark geometry). Source: numerical choice (SCIENCE.md section 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Width</em>' attribute.
	 * @see #setDomainWidth(double)
	 * @see org.anodyne.model.AnodynePackage#getSolverSettings_DomainWidth()
	 * @model default="100.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getDomainWidth();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolverSettings#getDomainWidth <em>Domain Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Width</em>' attribute.
	 * @see #getDomainWidth()
	 * @generated
	 */
	void setDomainWidth(double value);

	/**
	 * Returns the value of the '<em><b>Max Cycles</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound on the cycles a cycle-life study runs when no end-of-life criterion is met first. Unit: 1 (count, at least 1). Typical: 1000-2000. Source: numerical choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Cycles</em>' attribute.
	 * @see #setMaxCycles(int)
	 * @see org.anodyne.model.AnodynePackage#getSolverSettings_MaxCycles()
	 * @model default="2000"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 *        annotation="http://anodyne.org/model/label label='Maximum Cycles'"
	 * @generated
	 */
	int getMaxCycles();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolverSettings#getMaxCycles <em>Max Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Cycles</em>' attribute.
	 * @see #getMaxCycles()
	 * @generated
	 */
	void setMaxCycles(int value);

	/**
	 * Returns the value of the '<em><b>Counter Electrode Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary condition of a 2D deposition study at the counter-electrode face: when set, the electrolyte there is held at this potential against the counter electrode's solid instead of the counter electrode reacting with its own kinetics (unset, the default). Reproduces a peer code's 'phi = 0 at the top' case; a cycle-life study ignores it. Unit: mV. Typical: 0 (an ideally non-polarisable metal counter electrode); unset for a physical cell. Source: the peer case being reproduced (e.g. the bench accuracy benchmark).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counter Electrode Potential</em>' attribute.
	 * @see #isSetCounterElectrodePotential()
	 * @see #unsetCounterElectrodePotential()
	 * @see #setCounterElectrodePotential(double)
	 * @see org.anodyne.model.AnodynePackage#getSolverSettings_CounterElectrodePotential()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='mV'"
	 * @generated
	 */
	double getCounterElectrodePotential();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SolverSettings#getCounterElectrodePotential <em>Counter Electrode Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter Electrode Potential</em>' attribute.
	 * @see #isSetCounterElectrodePotential()
	 * @see #unsetCounterElectrodePotential()
	 * @see #getCounterElectrodePotential()
	 * @generated
	 */
	void setCounterElectrodePotential(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.SolverSettings#getCounterElectrodePotential <em>Counter Electrode Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCounterElectrodePotential()
	 * @see #getCounterElectrodePotential()
	 * @see #setCounterElectrodePotential(double)
	 * @generated
	 */
	void unsetCounterElectrodePotential();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.SolverSettings#getCounterElectrodePotential <em>Counter Electrode Potential</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Counter Electrode Potential</em>' attribute is set.
	 * @see #unsetCounterElectrodePotential()
	 * @see #getCounterElectrodePotential()
	 * @see #setCounterElectrodePotential(double)
	 * @generated
	 */
	boolean isSetCounterElectrodePotential();

} // SolverSettings
