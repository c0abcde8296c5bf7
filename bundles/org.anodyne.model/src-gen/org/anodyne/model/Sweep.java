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
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A design sweep: the base study run once per point, each point setting the sweep's parameters to one combination of values; the points' results are tabulated (parameters against outputs). Paths and limits: bundles/org.anodyne.model/README.md.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Sweep#getStudy <em>Study</em>}</li>
 *   <li>{@link org.anodyne.model.Sweep#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.anodyne.model.Sweep#getSampling <em>Sampling</em>}</li>
 *   <li>{@link org.anodyne.model.Sweep#getSampleCount <em>Sample Count</em>}</li>
 *   <li>{@link org.anodyne.model.Sweep#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.anodyne.model.Sweep#getMaxPoints <em>Max Points</em>}</li>
 *   <li>{@link org.anodyne.model.Sweep#getOutputs <em>Outputs</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSweep()
 * @model
 * @generated
 */
public interface Sweep extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The base study every point runs, with the parameters changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study</em>' reference.
	 * @see #setStudy(Study)
	 * @see org.anodyne.model.AnodynePackage#getSweep_Study()
	 * @model required="true"
	 * @generated
	 */
	Study getStudy();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Sweep#getStudy <em>Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study</em>' reference.
	 * @see #getStudy()
	 * @generated
	 */
	void setStudy(Study value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.SweepParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The design values the sweep varies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getSweep_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Sampling</b></em>' attribute.
	 * The default value is <code>"grid"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.SweepSampling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How points are made from the parameters: grid (every combination of every parameter's values, the first parameter varying slowest) or latinHypercube (sampleCount points spread over the parameters' ranges, reproducible with the seed). Default grid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampling</em>' attribute.
	 * @see org.anodyne.model.SweepSampling
	 * @see #setSampling(SweepSampling)
	 * @see org.anodyne.model.AnodynePackage#getSweep_Sampling()
	 * @model default="grid"
	 * @generated
	 */
	SweepSampling getSampling();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Sweep#getSampling <em>Sampling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling</em>' attribute.
	 * @see org.anodyne.model.SweepSampling
	 * @see #getSampling()
	 * @generated
	 */
	void setSampling(SweepSampling value);

	/**
	 * Returns the value of the '<em><b>Sample Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of points of a Latin-hypercube sweep (ignored for a grid). Unit: points; typically 10-500; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Count</em>' attribute.
	 * @see #setSampleCount(int)
	 * @see org.anodyne.model.AnodynePackage#getSweep_SampleCount()
	 * @model
	 * @generated
	 */
	int getSampleCount();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Sweep#getSampleCount <em>Sample Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Count</em>' attribute.
	 * @see #getSampleCount()
	 * @generated
	 */
	void setSampleCount(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the Latin-hypercube sampler: the same seed gives the same points. Unit: none; any whole number; default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.anodyne.model.AnodynePackage#getSweep_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Sweep#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most points this sweep may have. 0 (default) means the standard limit of 1000 points; set it explicitly to run a larger sweep. Unit: points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Points</em>' attribute.
	 * @see #setMaxPoints(int)
	 * @see org.anodyne.model.AnodynePackage#getSweep_MaxPoints()
	 * @model
	 * @generated
	 */
	int getMaxPoints();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Sweep#getMaxPoints <em>Max Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Points</em>' attribute.
	 * @see #getMaxPoints()
	 * @generated
	 */
	void setMaxPoints(int value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the result scalars to tabulate (summary.json names such as bottomFraction or cyclesToFailure); empty means the key figures of the study's kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outputs</em>' attribute list.
	 * @see org.anodyne.model.AnodynePackage#getSweep_Outputs()
	 * @model
	 * @generated
	 */
	EList<String> getOutputs();

} // Sweep
