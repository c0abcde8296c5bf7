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
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A simulation study: a cell run through a protocol, with solver settings, life-model parameters and measured points to calibrate against.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Study#getKind <em>Kind</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getCell <em>Cell</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getSolver <em>Solver</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getLifeModel <em>Life Model</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getNucleationBarriers <em>Nucleation Barriers</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getCalibratedParameters <em>Calibrated Parameters</em>}</li>
 *   <li>{@link org.anodyne.model.Study#getMeasuredPoints <em>Measured Points</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"deposition2D"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.StudyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the study computes: deposition2D (one plating transient in the 2D cross-section: where metal plates, current split, design numbers) or cycleLife (the reduced life model coupled to the 2D deposit, cycle by cycle until end of life). Unit: none (choice). Typical: deposition2D to see the growth direction, cycleLife to predict life. Source: chosen by the designer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.anodyne.model.StudyKind
	 * @see #setKind(StudyKind)
	 * @see org.anodyne.model.AnodynePackage#getStudy_Kind()
	 * @model default="deposition2D"
	 * @generated
	 */
	StudyKind getKind();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Study#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.anodyne.model.StudyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StudyKind value);

	/**
	 * Returns the value of the '<em><b>Cell</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cell to simulate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell</em>' reference.
	 * @see #setCell(Cell)
	 * @see org.anodyne.model.AnodynePackage#getStudy_Cell()
	 * @model
	 * @generated
	 */
	Cell getCell();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Study#getCell <em>Cell</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell</em>' reference.
	 * @see #getCell()
	 * @generated
	 */
	void setCell(Cell value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protocol to run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' reference.
	 * @see #setProtocol(Protocol)
	 * @see org.anodyne.model.AnodynePackage#getStudy_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Study#getProtocol <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Solver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numerical settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solver</em>' containment reference.
	 * @see #setSolver(SolverSettings)
	 * @see org.anodyne.model.AnodynePackage#getStudy_Solver()
	 * @model containment="true"
	 * @generated
	 */
	SolverSettings getSolver();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Study#getSolver <em>Solver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solver</em>' containment reference.
	 * @see #getSolver()
	 * @generated
	 */
	void setSolver(SolverSettings value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' attribute list.
	 * The list contents are of type {@link org.anodyne.model.OutputQuantity}.
	 * The literals are from the enumeration {@link org.anodyne.model.OutputQuantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which results the study writes (fields, traces, per-cycle records, retention, Coulombic efficiency, design numbers); empty means the kind's defaults. Unit: none (list of choices). Typical: deposit and design_numbers for deposition2D; voltage_trace, cycle_records, retention for cycleLife. Source: chosen by the designer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outputs</em>' attribute list.
	 * @see org.anodyne.model.OutputQuantity
	 * @see org.anodyne.model.AnodynePackage#getStudy_Outputs()
	 * @model
	 * @generated
	 */
	EList<OutputQuantity> getOutputs();

	/**
	 * Returns the value of the '<em><b>Life Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical parameters of the reduced cycle-life model (documented defaults).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Life Model</em>' containment reference.
	 * @see #setLifeModel(LifeModelParameters)
	 * @see org.anodyne.model.AnodynePackage#getStudy_LifeModel()
	 * @model containment="true"
	 * @generated
	 */
	LifeModelParameters getLifeModel();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Study#getLifeModel <em>Life Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Life Model</em>' containment reference.
	 * @see #getLifeModel()
	 * @generated
	 */
	void setLifeModel(LifeModelParameters value);

	/**
	 * Returns the value of the '<em><b>Nucleation Barriers</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.NucleationBarrierOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Study-specific nucleation barriers overriding the metal registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nucleation Barriers</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getStudy_NucleationBarriers()
	 * @model containment="true"
	 * @generated
	 */
	EList<NucleationBarrierOverride> getNucleationBarriers();

	/**
	 * Returns the value of the '<em><b>Calibrated Parameters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the parameters fitted to the study's measured points before it runs: life-model feature names (e.g. 'cathodeFadeRate'), override names, or 'barrier.<substrate>'. Unit: none (list of names). Typical: one or two parameters per measured quantity. Source: chosen by the designer; fit only what the measurements determine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calibrated Parameters</em>' attribute list.
	 * @see org.anodyne.model.AnodynePackage#getStudy_CalibratedParameters()
	 * @model
	 * @generated
	 */
	EList<String> getCalibratedParameters();

	/**
	 * Returns the value of the '<em><b>Measured Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.MeasuredPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measurements to calibrate against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured Points</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getStudy_MeasuredPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasuredPoint> getMeasuredPoints();

} // Study
