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
 * A representation of the model object '<em><b>Sweep Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One design value a sweep varies, addressed by a path over the design, with its values as a list or a range. Its name (default: the attribute's name) heads its column in sweep.csv.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.SweepParameter#getPath <em>Path</em>}</li>
 *   <li>{@link org.anodyne.model.SweepParameter#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.anodyne.model.SweepParameter#getSpacing <em>Spacing</em>}</li>
 *   <li>{@link org.anodyne.model.SweepParameter#getValues <em>Values</em>}</li>
 *   <li>{@link org.anodyne.model.SweepParameter#getFrom <em>From</em>}</li>
 *   <li>{@link org.anodyne.model.SweepParameter#getTo <em>To</em>}</li>
 *   <li>{@link org.anodyne.model.SweepParameter#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getSweepParameter()
 * @model
 * @generated
 */
public interface SweepParameter extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the numeric attribute to vary, from the design root: containment or reference features separated by /, list elements picked by [id], [name] or [index], the attribute last, e.g. cells[li-cc-inverted]/anode/collector/thickness.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SweepParameter#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of values, from and to, e.g. um or mA/cm2; it must measure the same quantity as the attribute's own unit. Empty means the attribute's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SweepParameter#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Spacing</b></em>' attribute.
	 * The default value is <code>"list"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.SweepSpacing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the values are given: list (the values as written), linear (count values evenly spaced from from to to) or logarithmic (count values evenly spaced in log from from to to, both > 0). Latin-hypercube sweeps sample the range from..to uniformly (linear) or log-uniformly (logarithmic). Default list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing</em>' attribute.
	 * @see org.anodyne.model.SweepSpacing
	 * @see #setSpacing(SweepSpacing)
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_Spacing()
	 * @model default="list"
	 * @generated
	 */
	SweepSpacing getSpacing();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SweepParameter#getSpacing <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing</em>' attribute.
	 * @see org.anodyne.model.SweepSpacing
	 * @see #getSpacing()
	 * @generated
	 */
	void setSpacing(SweepSpacing value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values of a list parameter, in the parameter's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_Values()
	 * @model
	 * @generated
	 */
	EList<Double> getValues();

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First end of the range of a linear or logarithmic parameter, in the parameter's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(double)
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_From()
	 * @model
	 * @generated
	 */
	double getFrom();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SweepParameter#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(double value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other end of the range, in the parameter's unit; may be below from (the values then run downward).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(double)
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_To()
	 * @model
	 * @generated
	 */
	double getTo();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SweepParameter#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(double value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of values of a linear or logarithmic grid parameter, at least 1 (1 gives from alone). Unit: values; typically 3-20.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.anodyne.model.AnodynePackage#getSweepParameter_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.anodyne.model.SweepParameter#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

} // SweepParameter
